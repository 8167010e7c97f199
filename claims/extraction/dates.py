"""Date expressions in a sentence and the calendar day each one names.

Conventions (relative to the article's date D; the extractor records days, so a period
resolves to the day it starts):

* "on Thursday", "Thursday", "last Thursday", "late on Thursday": the most recent Thursday on
  or before D (so a wire story dated Monday that says "on Monday" means D itself).
* "yesterday", "last night": D - 1; "today", "tonight", "this morning": D.
* "this week" / "earlier this week": the Monday of D's week; "last week": the Monday before.
* "this month" / "earlier this month": the 1st of D's month; "last month": the 1st of the
  previous month. "this year": 1 January of D's year; "last year": 1 January of the year before.
* "two weeks ago", "3 days ago", "a month ago": D minus that span (months and years by the
  calendar, the day clamped to the month's end).
* "July 25", "25 July": that day in D's year, or the year before when that would be after D.
  "August 4, 2024", "05 August 2024": as written. "July 25-27": the first day.
* "in November": the 1st of the latest November on or before D; "November 2023": 1 Nov 2023.
* "in 2020", "since 2014": 1 January of that year.

Without an article date only expressions that carry their own year resolve; the rest are still
found (so that their numbers are never read as figures) but resolve to None.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from .lexicon import MONTHS, NUMBER_WORDS, WEEKDAYS

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
    # a wire's dateline in capitals: "ROME, JULY 3 -", "(ANSA) - MILAN, SEPT 12 -"
    r"|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    r"|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\.?"
)
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_SMALL = "|".join(NUMBER_WORDS)

DATE_RE = re.compile(
    rf"""
    (?P<iso>\b{_YEAR}-[01]\d-[0-3]\d\b)
  | (?P<numeric>\b[0-3]?\d[/.][01]?\d[/.](?:{_YEAR}|\d\d)\b)
  | (?P<mdy>\b(?P<mdy_m>{_MONTH})\s+(?P<mdy_d>{_DAY})(?:\s*[-\u2013]\s*{_DAY})?\b(?!\s*(?:%|per|percent))(?![,.]\d)
        (?:,?\s+(?P<mdy_y>{_YEAR})\b)?)
  | (?P<dmy>\b(?:{_DAY},\s*){{0,8}}(?:{_DAY},?\s+(?:and|&)\s+)?
        (?P<dmy_d>{_DAY})(?:\s*[-\u2013]\s*{_DAY})?\s+(?:of\s+)?(?P<dmy_m>{_MONTH})
        (?:,?\s+(?P<dmy_y>{_YEAR})\b)?)
  | (?P<my>(?:\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ll]ast|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-?|[Dd]uring|
        [Ff]rom|[Bb]efore|[Aa]fter|[Tt]hrough|[Oo]f)\s+(?:early\s+|late\s+|mid-?)?)?
        \b(?P<my_m>{_MONTH})(?:\s+(?P<my_y>{_YEAR}))?\b(?!\.?[ \t]*\d))
  | (?P<weekday>\b(?:(?:[Oo]n|[Ll]ast|[Tt]his|[Ss]ince|[Bb]y|[Uu]ntil)\s+)?(?:(?:late|early)\s+
        (?:on\s+)?)?(?P<wd>{_WEEKDAY})(?:\s+(?:night|morning|evening|afternoon))?\b)
  | (?P<ago>\b(?P<ago_n>\d+|{_SMALL}|an?|several|a\s+few|few)\s+(?P<ago_u>days?|weeks?|months?|
        years?|decades?)\s+ago\b)
  | (?P<rel>\b(?:[Ee]arlier\s+|[Ll]ater\s+)?(?:[Yy]esterday|[Tt]oday|[Tt]onight|last\s+night|
        this\s+(?:morning|afternoon|evening|week|month|year)|last\s+(?:week|month|year)|
        the\s+previous\s+day|the\s+day\s+before)\b)
  | (?P<year>\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter|[Tt]hrough|
        [Ee]arly|[Ll]ate|[Mm]id-?|[Ss]ummer|[Ww]inter|[Ss]pring|[Aa]utumn)\s+(?P<year_y>{_YEAR})\b)
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class DateMention:
    """A date expression: its span in the sentence and the day it resolves to (or None)."""

    start: int
    end: int
    text: str
    value: date | None


def _month_number(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _day_number(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _shift_months(d: date, months: int) -> date:
    total = d.year * 12 + d.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    day = min(d.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def _month_day(month: int, day: int, year: str | None, ref: date | None) -> date | None:
    if year:
        return _safe_date(int(year), month, day)
    if ref is None:
        return None
    found = _safe_date(ref.year, month, day)
    if found is not None and found > ref:
        found = _safe_date(ref.year - 1, month, day)
    return found


def _resolve(m: re.Match[str], ref: date | None) -> date | None:
    kind = m.lastgroup
    if kind == "iso":
        y, mo, d = m.group("iso").split("-")
        return _safe_date(int(y), int(mo), int(d))
    if kind == "numeric":
        return None  # 05/08/2024 is ambiguous between day-first and month-first
    if kind == "mdy":
        return _month_day(
            _month_number(m.group("mdy_m")), _day_number(m.group("mdy_d")), m.group("mdy_y"), ref
        )
    if kind == "dmy":
        return _month_day(
            _month_number(m.group("dmy_m")), _day_number(m.group("dmy_d")), m.group("dmy_y"), ref
        )
    if kind == "my":
        month = _month_number(m.group("my_m"))
        if m.group("my_y"):
            return date(int(m.group("my_y")), month, 1)
        if ref is None:
            return None
        year = ref.year if month <= ref.month else ref.year - 1
        return date(year, month, 1)
    if kind == "year":
        return date(int(m.group("year_y")), 1, 1)
    if ref is None:
        return None
    if kind == "weekday":
        back = (ref.weekday() - WEEKDAYS[m.group("wd").lower()]) % 7
        return ref - timedelta(days=back)
    if kind == "ago":
        raw = m.group("ago_n").lower()
        if raw.isdigit():
            n = int(raw)
        elif raw in NUMBER_WORDS:
            n = NUMBER_WORDS[raw]
        elif raw in ("a", "an"):
            n = 1
        else:
            return None  # "several weeks ago" names no day
        unit = m.group("ago_u").lower().rstrip("s")
        if unit == "day":
            return ref - timedelta(days=n)
        if unit == "week":
            return ref - timedelta(weeks=n)
        if unit == "month":
            return _shift_months(ref, n)
        if unit == "year":
            return _shift_months(ref, 12 * n)
        return _shift_months(ref, 120 * n)
    text = " ".join(m.group("rel").lower().split())
    text = text.removeprefix("earlier ").removeprefix("later ")
    if text in ("yesterday", "last night", "the previous day", "the day before"):
        return ref - timedelta(days=1)
    if text in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return ref
    if text == "this week":
        return ref - timedelta(days=ref.weekday())
    if text == "last week":
        return ref - timedelta(days=ref.weekday() + 7)
    if text == "this month":
        return ref.replace(day=1)
    if text == "last month":
        return _shift_months(ref.replace(day=1), 1)
    if text == "this year":
        return date(ref.year, 1, 1)
    if text == "last year":
        return date(ref.year - 1, 1, 1)
    return None


# Cheap anchors: a date expression contains one of these, so sentences without any (most)
# skip the full pattern, and the full pattern only runs in a window around each anchor.
_ANCHOR_RE = re.compile(
    # the look-ahead lets the engine skip every position no anchor can start at (2x faster)
    r"(?=[JFMASONDdYyTtawmne\d])(?:"
    r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day\b|[Yy]esterday|[Tt]onight|"
    r"\bago\b|\bweek\b|\bmonth\b|\byear\b|\bnight\b|morning|afternoon|evening|"
    r"\b1[89]\d\d\b|\b20\d\d\b|\d[/.]\d)"
)


_DATE_WORDS = frozenset(
    ["january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight", "ago", "week", "month", "year", "night", "morning", "afternoon", "evening", "previous"]
)
_LOW_WORD_RE = re.compile(r"[a-z]+")
_YEARISH_RE = re.compile(r"(?:1[89]|20)\d\d|\d[/.]\d")


_MONTH_ANCHORS = frozenset(
    ["january", "february", "march", "april", "june", "july", "august", "september", "october",
     "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
     "oct", "nov", "dec"])
_WORD_START_RE = re.compile(r"\b\w")
_NUMERIC_ANCHOR_RE = re.compile(r"(?=\d)(?:\b1[89]\d\d\b|\b20\d\d\b|\d[/.]\d)")


def _anchors(sentence: str, words: set[str], digits: bool = True) -> list[tuple[int, int]]:
    """Where a date expression may be: the spans _ANCHOR_RE would match, found from the
    sentence's words with str.find (a regex scan of every sentence cost more than the rest)."""
    found: list[tuple[int, int]] = []
    low = sentence.lower()
    wanted = words & _DATE_WORDS
    if "day" in words:
        wanted.add("day")
    for w in wanted:
        size = len(w)
        i = low.find(w)
        while i >= 0:
            j = i + size
            if (i == 0 or not low[i - 1].isalpha()) and (j == len(low) or not low[j].isalpha()):
                if w in _MONTH_ANCHORS:
                    if sentence[i].isupper():
                        found.append((i, i + 3))  # "Jan" in "January"
                elif w.endswith("day") and w != "yesterday":
                    found.append((j - 3, j))  # "day" in "Monday", "today"
                else:
                    found.append((i, j))
            i = low.find(w, j)
    if "May" in sentence:
        i = sentence.find("May")
        while i >= 0:
            found.append((i, i + 3))
            i = sentence.find("May", i + 3)
    if digits:
        found.extend(m.span() for m in _NUMERIC_ANCHOR_RE.finditer(sentence))
    found.sort()
    return found


# A capitalised word after a bare month that is no month, weekday or sentence opener: a surname.
_FIRST_NAME_AFTER_RE = re.compile(
    r" (?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|In|On|At|"
    r"This|That|It|He|She|They|We|I)\b)[A-Z][a-z'\u2019-]+\b")


def find_dates(sentence: str, article_date: date | None,
               words: set[str] | None = None, digits: bool = True) -> list[DateMention]:
    """Every date expression in `sentence`, in order, each resolved against `article_date`.

    `words` (the sentence's lower-case words) and `digits` (whether it has any), when the
    caller knows them, save scans.
    """
    if sentence.isupper():
        # a bulletin's capitals ("SUMMARY FOR THE JANUARY 26-28 STORM"): match the title-cased
        # text, whose offsets are the same
        titled = sentence.title()
        if len(titled) == len(sentence) and not titled.isupper():  # ("A B C" stays upper)
            return [DateMention(d.start, d.end, sentence[d.start : d.end], d.value)
                    for d in find_dates(titled, article_date, words, digits)]
    if words is None:
        words = set(_LOW_WORD_RE.findall(sentence.lower()))
    if words.isdisjoint(_DATE_WORDS) and "May" not in sentence and (
            not digits or _YEARISH_RE.search(sentence) is None):
        return []
    anchors = _anchors(sentence, words, digits)
    if not anchors:
        return []
    matches: list[re.Match[str]] = []
    covered = -1
    n = len(sentence)
    # every alternative of DATE_RE starts at a word start: try those in the anchor's window
    for a_start, a_end in anchors:
        if a_start < covered:
            continue
        lo = max(0, a_start - 28)
        hi = min(n, a_end + 24)
        for ws in _WORD_START_RE.finditer(sentence, lo, a_end):
            m = DATE_RE.match(sentence, ws.start(), hi)
            if m is None or m.end() <= a_start:
                continue
            if matches and m.start() < matches[-1].end():
                continue
            matches.append(m)
            covered = m.end()
            break
    found = []
    for m in matches:
        # "May" alone is usually the verb; only a preposition before it makes it the month.
        if (m.lastgroup == "my" and m.group("my_m").startswith("May") and not m.group("my_y")
                and m.start("my_m") == m.start()):
            continue
        if m.lastgroup == "my" and not m.group("my_y") and m.start("my_m") == m.start() and \
                _FIRST_NAME_AFTER_RE.match(sentence, m.end()):
            continue  # "said June Okafor", "Jan Smit said": a first name before a surname
        found.append(DateMention(m.start(), m.end(), m.group(), _resolve(m, article_date)))
    return found
