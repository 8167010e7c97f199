"""Word tokens with offsets, the unit the speaker and counts rules walk over."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import words

_TOKEN_RE = re.compile(
    r"(?:N|Sh|KSh|Ksh|Rs|Rp)(?=\d)"  # a currency written against its number: "N18.4 million"
    r"|(?:[A-Za-z]\.){2,}"  # U.S., U.N.
    r"|[^\W\d_](?:[\w'\u2019\-]*\w)?"  # words, with apostrophes and hyphens inside
    r"|\d(?:[\d,.]*\d)?"
    r"|\S"
)

# Abbreviations whose full stop belongs to the word ("Col.", "Dr."), not to the sentence.
ABBREVIATIONS = words(
    "mr mrs ms dr prof col gen lt maj brig capt cmdr adm sgt cpl pte rev sen rep gov st jr sr "
    "no vs hon engr barr insp supt cdr gen maj-gen brig-gen lt-col lt-gen cpt fr "
    "inc ltd corp co bros")

_PARTICLE_NAME = re.compile(r"(?:al|el|ad|as|ash|an|ibn|bin|abu|de|di|da|du|van|von)-[A-Z]")

QUOTES = frozenset("\"\u201c\u201d\u2018\u2019'\u00ab\u00bb")
OPEN_QUOTES = frozenset("\u201c\u00ab\u2018")
CLOSE_QUOTES = frozenset("\u201d\u00bb\u2019")


@dataclass(slots=True)
class Tok:
    """One token: text, lower-cased text, offsets in the sentence and kind (w, n or p)."""

    text: str
    low: str
    start: int
    end: int
    kind: str

    @property
    def cap(self) -> bool:
        """Capitalised, or a name with a lower-case particle: "al-Noura", "el-Sisi"."""
        if self.kind != "w":
            return False
        return self.text[0].isupper() or bool(_PARTICLE_NAME.match(self.text))

    @property
    def poss(self) -> bool:
        """A possessive: "Mali's"."""
        return self.kind == "w" and self.low.endswith(("'s", "\u2019s"))

    @property
    def base(self) -> str:
        """The word without a possessive 's and without a closing full stop."""
        t = self.text
        if t.endswith(("'s", "\u2019s")):
            t = t[:-2]
        return t.rstrip(".")


def tokenize(sentence: str) -> list[Tok]:
    """Tokens of `sentence`; an abbreviation keeps its full stop ("Col.")."""
    toks: list[Tok] = []
    lowered = sentence.lower().replace("\u2019", "'")
    same = len(lowered) == len(sentence)  # lower() keeps offsets except for rare letters
    append = toks.append
    for m in _TOKEN_RE.finditer(sentence):
        a, b = m.span()
        text = m.group()
        c = text[0]
        if c.isalpha():
            kind = "w" if b == len(sentence) or not sentence[b].isdigit() else "p"
        elif c.isdigit():
            kind = "n"
        else:
            kind = "p"
            if text == "." and toks:
                prev = toks[-1]
                if (prev.kind == "w" and prev.end == a and prev.text[0].isupper()
                        and (prev.low in ABBREVIATIONS or len(prev.text) == 1)):
                    prev.text += "."
                    prev.low += "."
                    prev.end = b
                    continue
        low = lowered[a:b] if same else text.lower().replace("\u2019", "'")
        append(Tok(text, low, a, b, kind))
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
