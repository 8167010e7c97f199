"""Word tokens with offsets, the unit the speaker and counts rules walk over."""

from __future__ import annotations

import re
from collections import namedtuple

from .lexicon import NAME_PARTICLES, words

_TOKEN_RE = re.compile(
    r"(?P<p>(?:N|Shs|Sh|KSh|Ksh|TSh|Tsh|USh|Ush|Rwf|Frw|Rs|Rp|R|P|Dhs|Dh)(?=\d))"  # a currency written against its number: "N18.4m"
    r"|(?P<a>[A-Za-z]\.(?:[A-Za-z]\.)+)"  # U.S., U.N.
    # a Mongolian name, its patronymic's initial written against it: "Ts.Bolormaa",
    # "D.Enkhjargal" (one word, as the outlet writes it; not "Dr.Smith" or "St.Louis")
    r"|(?P<g>(?!(?:Mr|Ms|Dr|St|Sr|Jr|Co|No|Lt|Fr|Mt|Ft)\.)[A-Z][a-z]?\.[A-Z][a-z]+"
    r"(?:['\u2019]s)?(?![\w'\u2019.-]))"
    # a website that names its publisher or tracker, "PowerOutage.us", "Kun.uz",
    # "Layoffs.fyi": one word
    r"|(?P<d>[A-Z][A-Za-z0-9]*\.(?:com|org|net|gov|edu|info|news|fyi|app|[a-z]{2})(?!\w|\.\w))"
    # words, with apostrophes and hyphens inside (written so the engine never backtracks)
    r"|(?P<w>[^\W\d_]\w*(?:['\u2019\-]\w+)*)"
    r"|(?P<n>\d(?:[\d,.]*\d)?)"
    r"|(?P<q>\S)"
)
_KINDS = {"p": "p", "a": "w", "g": "w", "d": "w", "w": "w", "n": "n", "q": "p"}

# Abbreviations whose full stop belongs to the word ("Col.", "Dr."), not to the sentence.
ABBREVIATIONS = words(
    "mr mrs ms dr prof col gen lt maj brig capt cmdr adm sgt cpl pte rev sen rep gov st jr sr "
    "no vs hon engr barr insp supt cdr gen maj-gen brig-gen lt-col lt-gen cpt fr "
    "inc ltd corp co bros")

# An ampersand name written solid is one word: "S&P", "AT&T", "P&O" (not "R & D").
_AMPERSAND_NAME_RE = re.compile(r"[A-Z]{1,4}&[A-Z]{1,4}(?:['\u2019]s)?(?![\w&])")

# A lower-case particle joined to a name by a hyphen: "al-Haddad", "el-Khoury".
_PARTICLE_NAME = re.compile(
    rf"(?:{'|'.join(sorted(NAME_PARTICLES | words('al el ad as ash an wal abu')))})-[A-Z]")

QUOTES = frozenset("\"\u201c\u201d\u2018\u2019'\u00ab\u00bb")
OPEN_QUOTES = frozenset("\u201c\u00ab\u2018")
CLOSE_QUOTES = frozenset("\u201d\u00bb\u2019")

# Nouns for a body that a lower-case plural possessive names by its members: "the
# teachers' union", "a doctors' group", "the veterans' watchdog".
_MEMBERS_BODIES = words(
    "union unions association associations federation group groups watchdog body council "
    "committee alliance trust forum lobby network league coalition confederation "
    "organisation organization society guild collective")

_new = tuple.__new__


# A name's word after an elided French or Italian article: "de l'Ouest", "Côte d'Ivoire",
# "Ministero dell'Economia".
_ELIDED_NAME = re.compile(r"(?:l|d|dell|all|nell|sull)['\u2019][A-Z\u00c0-\u00de]")


def _is_cap(text: str, kind: str) -> bool:
    """Capitalised, or a name with a lower-case particle: "al-Noura", "el-Sisi", "l'Ouest"."""
    return kind == "w" and (text[0].isupper() or "-" in text[:5] and bool(
        _PARTICLE_NAME.match(text)) or text[1:5].find("'") >= 0 and bool(
        _ELIDED_NAME.match(text)) or "\u2019" in text[1:5] and bool(_ELIDED_NAME.match(text)))


class Tok(namedtuple("_TokFields", "text low start end kind cap")):
    """One token: text, lower-cased text, offsets in the sentence, kind (w, n or p) and
    whether it is capitalised (or a name with a lower-case particle: "al-Noura").

    A named tuple, so that a sentence's hundreds of tokens cost one C call each to build.
    """

    __slots__ = ()

    def __new__(cls, text: str, low: str, start: int, end: int, kind: str,
                cap: bool | None = None) -> Tok:
        """Build a token; `cap` is worked out from the text when not given."""
        return _new(cls, (text, low, start, end, kind,
                          _is_cap(text, kind) if cap is None else cap))

    @property
    def poss(self) -> bool:
        """A possessive: "Mali's", "Citizens'"."""
        return self[4] == "w" and self[1].endswith(("'s", "s'"))

    @property
    def base(self) -> str:
        """The word without a possessive 's and without a closing full stop."""
        t = self[0]
        if t.endswith(("'s", "\u2019s")):
            t = t[:-2]
        elif t.endswith(("s'", "s\u2019")):
            t = t[:-1]
        return t.rstrip(".")


def _members_body_next(sentence: str, at: int) -> bool:
    """The word at `at` is a body's noun ("union" in "the nurses' union said")."""
    m = re.match(r"[a-z]+", sentence[at : at + 20])
    return m is not None and m.group() in _MEMBERS_BODIES


def _open_single_quote(toks: list[Tok]) -> bool:
    """An opening single quote before, still unclosed: "'the farmers' union" would be the
    quote's close (an odd count of lone single quotes)."""
    return sum(1 for t in toks if t[4] == "p" and t[0] in ("'", "\u2018", "\u2019")) % 2 == 1


def tokenize(sentence: str) -> list[Tok]:
    """Tokens of `sentence`; an abbreviation keeps its full stop ("Col.")."""
    toks: list[Tok] = []
    lowered = sentence.lower().replace("\u2019", "'")
    same = len(lowered) == len(sentence)  # lower() keeps offsets except for rare letters
    append = toks.append
    kinds = _KINDS
    find = sentence.find
    pos = 0
    for chunk in sentence.split():
        a = find(chunk, pos)
        pos = b = a + len(chunk)
        if chunk.isalpha():
            # a plain word (most chunks): one token, no regex
            append(_new(Tok, (chunk, lowered[a:b] if same else chunk.lower(), a, b, "w",
                              chunk[0].isupper() or "-" in chunk[:5] and
                              _PARTICLE_NAME.match(chunk) is not None)))
            continue
        if "&" in chunk and (amp := _AMPERSAND_NAME_RE.match(sentence, a, b)) is not None:
            x = amp.end()
            append(_new(Tok, (sentence[a:x], lowered[a:x] if same else sentence[a:x].lower(),
                              a, x, "w", True)))
            a = x
        for m in _TOKEN_RE.finditer(sentence, a, b):
            x, y = m.span()
            group = m.lastgroup
            text = m.group()
            if group == "q" and text in ("'", "\u2019") and y == b and toks:
                prev = toks[-1]
                if (prev[4] == "w" and prev[3] == x and prev[5] and prev[1].endswith("s")
                        and sentence[b + 1 : b + 2].isupper() and sentence[b : b + 1] == " "):
                    # a plural possessive inside a name: "the Ntomba Citizens' Forum"
                    toks[-1] = _new(Tok, (prev[0] + text, prev[1] + "'", prev[2], y, "w", True))
                    continue
                if (prev[4] == "w" and prev[3] == x and not prev[5] and prev[1].endswith("s")
                        and sentence[b : b + 1] == " " and _members_body_next(sentence, b + 1)
                        and not _open_single_quote(toks)):
                    # a plural possessive naming a body by its members: "the nurses' union"
                    # (not a closing quote: "called the plan 'a gift to landlords' and ...")
                    toks[-1] = _new(Tok, (prev[0] + text, prev[1] + "'", prev[2], y, "w",
                                          False))
                    continue
            if group == "q" and text == "." and toks:
                prev = toks[-1]
                if (prev[4] == "w" and prev[3] == x and prev[0][0].isupper()
                        and (prev[1] in ABBREVIATIONS or len(prev[0]) == 1)):
                    toks[-1] = _new(Tok, (prev[0] + ".", prev[1] + ".", prev[2], y, "w", True))
                    continue
            kind = kinds[group]
            append(_new(Tok, (text, lowered[x:y] if same else text.lower().replace("\u2019", "'"),
                              x, y, kind, _is_cap(text, kind))))
    return toks


def index_at(toks: list[Tok], pos: int) -> int:
    """Index of the first token that starts at or after `pos` (len(toks) if none)."""
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].start < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo
