"""Splitting a segment of the article into sentences with absolute offsets.

A sentence ends at ".", "!" or "?" (and any closing quotes or brackets after it) followed by
white space and a capital, a digit or an opening quote -- unless the word before the full stop
is an abbreviation ("Col.", "Dr.", "U.S.") or an initial ("J."). A line break always ends a
sentence. Sentences longer than MAX_SENTENCE_CHARS are returned but marked too long, and the
extractor skips them, so a megabyte without a full stop costs one linear scan and nothing more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import MONTHS, WEEKDAYS, words
from .tokens import ABBREVIATIONS

MAX_SENTENCE_CHARS = 2000

_BOUNDARY_RE = re.compile(
    "[.!?]+[\"\u201d\u2019')\\]]*[ \t]+(?=[\"\u201c\u2018'(\\[]?[A-Z0-9\u00c0-\u00de])"
)

# A question or exclamation quoted, then who said it: '"Who checks?" Ruiz asked.'
_CLOSING_QUOTES = "\"\u201d\u2019'"
_SPEECH_AFTER_RE = re.compile(
    r"(?:(?:[A-Z][\w'\u2019.-]*|de|van|von|al|bin)\s+){1,4}(?:said|says|asked|asks|added|adds|"
    r"told|tells|wrote|writes|exclaimed|shouted|wondered|replied|recalled|explained|"
    r"insisted|continued)\b"
    r"|(?:said|says|asked|asks|added|adds|wrote|exclaimed|wondered|replied)\s+[A-Z]")
_DOTTED_RE = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_NEXT_WORD_RE = re.compile(r"[\"\u201c\u2018'(\[]?(\w+)")
_LINE_RE = re.compile(r"[^\n]+")
_NUMBER_BEFORE_RE = re.compile(r"\d\s?$")
_WORD_BEFORE_RE = re.compile(r"([A-Za-z][A-Za-z.\-]*)$")
_MONTH_ABBREVIATIONS = words("jan feb mar apr jun jul aug sep sept oct nov dec")
# Currencies written with a full stop before the amount: "Rs. 36 million", "Tk. 50 crore".
_CURRENCY_ABBREVIATIONS = words("rs tk ksh shs")
# Shortened nouns a number labels: "Vol. 2", "Art. 5", "Sec. 12", "Fig. 3", "Pt. 2" (a
# volume, an article, a section): before a digit the full stop ends no sentence.
_NUMBERED_ABBREVIATIONS = words("vol vols art arts sec secs fig figs pt pts ch chap ep para "
                                "nos")
_CAP_COMMON = words(
    "The A An It He She They We In On At But And This That These Those There His Her Their "
    "Its Our")


@dataclass(frozen=True)
class Sentence:
    """One sentence: its part, absolute offsets (stripped) and text."""

    part: str
    start: int
    end: int
    text: str
    segment: int  # index of the segment it came from

    @property
    def too_long(self) -> bool:
        """Longer than any real sentence: skipped by the extractor."""
        return len(self.text) > MAX_SENTENCE_CHARS


def _after_number(line: str, at: int) -> bool:
    """Whether a number ends right before `at` (maybe a space between):
    "6 p.m.", "6:30 a.m.", "6p.m." are times; "leader P.M. Rasheed" is a name's initials."""
    return bool(_NUMBER_BEFORE_RE.search(line[max(0, at - 12) : at]))


def _is_abbreviation(line: str, dot: int, next_word: str) -> bool:
    """Whether the full stop at `dot` closes an abbreviation rather than the sentence."""
    m = _WORD_BEFORE_RE.search(line, max(0, dot - 20), dot)
    if not m:
        return False
    word = m.group(1)
    low = word.lower().rstrip(".")
    if low in ABBREVIATIONS:
        return True
    if (low in _MONTH_ABBREVIATIONS or low in _CURRENCY_ABBREVIATIONS) and \
            next_word[:1].isdigit():
        return True  # "Oct. 28, 2025", "from Rs. 60 million", "Tk. 500 crore"
    if low in _NUMBERED_ABBREVIATIONS and next_word[:1].isdigit() and word[:1].isupper():
        return True  # "Northern Lights Vol. 2 re-enters the chart", "under Art. 5 of the pact"
    if len(word) == 1 and word.isupper():
        return True  # an initial: "J. K."
    if low in ("a.m", "p.m"):
        if not _after_number(line, m.start()):
            return True  # initials, not a time: "Opposition leader P.M. Rasheed said"
        # "at 3:15 a.m. Fire officials say": the time ends the sentence unless a day, a month
        # or a time zone follows ("3 p.m. Monday", "10 a.m. ET")
        return next_word.lower() in WEEKDAYS or next_word.lower() in MONTHS or (
            next_word.isupper() and len(next_word) <= 4)
    if _DOTTED_RE.fullmatch(word):
        # "U.S." before "The ..." still ends a sentence; before a name it does not
        return next_word not in _CAP_COMMON
    return False


def split_sentences(text: str, start: int, end: int, part: str, segment: int) -> list[Sentence]:
    """The sentences of text[start:end], each stripped, with absolute offsets."""
    out: list[Sentence] = []
    for line in _LINE_RE.finditer(text, start, end):
        ls, le = line.start(), line.end()
        cut = ls
        for m in _BOUNDARY_RE.finditer(text, ls, le):
            dot = m.start()
            nxt = _NEXT_WORD_RE.match(text, m.end(), m.end() + 30)
            if text[dot] == "." and _is_abbreviation(text[max(ls, dot - 20) : dot + 1],
                                                      dot - max(ls, dot - 20),
                                                      nxt.group(1) if nxt else ""):
                continue
            if text[dot] in "?!" and text[m.end() - 1].isspace() and \
                    text[m.start():m.end()].rstrip()[-1:] in _CLOSING_QUOTES and \
                    _SPEECH_AFTER_RE.match(text, m.end(), min(le, m.end() + 80)):
                continue  # '"... a machine?" Okafor said.': the attribution closes the sentence
            stop = m.end()
            _append(out, text, cut, stop, part, segment)
            cut = stop
        _append(out, text, cut, le, part, segment)
    return out


def _append(out: list[Sentence], text: str, a: int, b: int, part: str, segment: int) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if a < b:
        out.append(Sentence(part, a, b, text[a:b], segment))
