"""Suggest the event (the happening) each new claim is about.

Claims from articles about the same happening are grouped into one Event, so that their figures
can be compared (`claims.services.relations`). The reading of an article is pure Python over
its text (`read_article`, `happening_for`, `claim_happenings`): the importer runs it in its
extraction workers (`claims.pipeline`) and decides each new claim's event before inserting the
claim (`place_in_events`), so a claim is written once, with its event. `assign_events` does the
same for claims already stored.

How a claim's happening is read (general rules, documented because they are judgement calls):

* **Place.** Capitalised names after "in / at / near / outside / north of ..." or "the town /
  village / city / region ... of" are place candidates ("at a military camp at Tinzaouatene").
  The article's place is the candidate named that way most often (sentences dated long before
  publication are background and do not count); ties go to the name mentioned most often
  overall, then to the one named first. The dateline ("DAKAR") is where
  the reporter filed from, so it only counts when the text names no place at all (and then an
  article naming an event's place anywhere may join that event). A claim
  whose own sentence names a place ("276 schoolgirls in the town of Chibok") takes that place.
* **Date.** Explicit dates ("July 25", "25 July 2024", "in July", "in 2014") and relative ones
  ("two weeks ago", "last week", "yesterday"; weekdays are ignored: they date the speaking, not
  the happening). The article's date is the first date in a sentence that names the article's
  place, else the first one in the opening (headline, summary, first paragraph), else the
  first relative date, within 60 days before publication; otherwise the publication date. A
  claim whose own sentence has a date ("the 2014 abduction") takes it.
* **Key terms.** Capitalised names in the article (people, groups, places), stored on the
  event so an editor can see why articles were grouped.
* **Same happening.** A claim joins an existing event when their dates are at most
  `SAME_EVENT_DAYS` apart and they name the same place, or each names the other's place. With
  no place on one side, at least three shared key terms are needed. The closest event in time
  wins, accepted events first.

What it never does: move a claim that already has an event or that an editor touched
(`Claim.edited`), or change an accepted event's name, dates or key terms (new claims may still
join an accepted event: a new article about a confirmed happening belongs to it).
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from claims.extraction import ExtractedClaim
from claims.models import Appearance, Claim, Event, EventStatus
from claims.services.history import create_with_history, update_with_history
from claims.text import normalise_name, slug_for
from sources.reader import ParsedArticle

SAME_EVENT_DAYS = 14
LOOKBACK_DAYS = 60  # how far before publication an article's own date may lie
MIN_SHARED_TERMS = 3
MAX_TERMS = 15
OPENING_SENTENCES = 4

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
# Month names only count capitalised: "troops march 15 km" is not a date.
_MONTH_RE = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
_WEEKDAYS = {d.lower() for d in calendar.day_name}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

# Capitalised words that are not names: sentence openers, titles, page furniture.
_NOT_NAME_WORDS = """
    a an the this that these those it its he she they we i you his her their our but and or if
    when while after before since as in on at by for from of to with without during despite
    under over about there here what who why how where some many most more no not one two three
    four five six seven eight nine ten all also both each every other such than then thus yet
    president minister prime foreign defence defense interior secretary general gen col colonel
    lt lieutenant captain capt sgt sergeant major maj mr mrs ms dr sir spokesman spokeswoman
    spokesperson official officials chief head leader commander government army police
    governor mayor headmaster headmistress commissioner provincial regional deputy ambassador
    senator judge inspector director professor prof pastor imam bishop king queen prince sheikh
    updated published follow short url photo video read more related mon tue wed thu fri sat sun
    according meanwhile however earlier later last next monday tuesday wednesday thursday friday
    saturday sunday ap afp reuters getty images x
"""
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split()) | frozenset(MONTHS)

_ABBREVIATIONS = ("Col", "Gen", "Lt", "Sgt", "Capt", "Maj", "Mr", "Mrs", "Ms", "Dr", "St", "Jr",
                  "Sr", "Gov", "Sen", "Rep", "Prof", "No", "U.S", "U.N", "U.K")

_NAME = r"[A-Z][A-Za-z\u00C0-\u024F]+(?:['\u2019-][A-Za-z\u00C0-\u024F]+)*"
# Lower-case words that may sit inside a name: "Front for the Liberation of Nare".
_CONNECTORS = frozenset({"of", "for", "the", "de", "des", "du", "al", "el", "la"})
_NAME_SEQ = re.compile(
    rf"{_NAME}(?:(?:\s+(?:of|for|de|des|du|al|el|la)(?:\s+the)?)?\s+{_NAME})*"
)
_DATELINE_PREFIX = re.compile(r"^[A-Z][A-Z .,'\u2019-]{1,60}:\s+")
_PLACE = re.compile(
    rf"\b(?:(?i:in|at|near|outside|around|inside)|(?i:north|south|east|west|northeast|northwest|"
    rf"southeast|southwest)(?:ern)?\s+of|(?:town|village|city|region|province|state|district|"
    rf"county|camp|base|area|commune|municipality)\s+of)\s+(?:the\s+)?({_NAME}(?:\s+{_NAME})*)"
)
_ABBREVIATION_ENDS = tuple(f"{a}." for a in _ABBREVIATIONS)
_POSSESSIVES = ("'s", "\u2019s")
_SENTENCE_END = re.compile(r"(?<=[.!?\u201d\"])\s+(?=[A-Z\u201c\"'(])|\n+")
_PARENTHESES = re.compile(r"\([^()\n]{0,120}\)")

_DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\.?(?:,?\s+(\d{{4}}))?\b"
)
_MONTH_DAY = re.compile(
    rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?"
)
_MONTH_ONLY = re.compile(
    rf"\b(?i:in|since|during|by|until|of|early|late|mid|end of|last)\s+"
    rf"(?i:early\s+|late\s+|mid-?)?({_MONTH_RE})\b(?:\s+(\d{{4}}))?"
)
# "the 2014 abduction" is a year; "the 2000 soldiers" is a count.
_YEAR_ONLY = re.compile(
    r"\b(?i:in|since|during|of|the|a|an|until)\s+((?:19|20)\d{2})\b(?!\s+[a-z]+s\b)"
)
_AGO = re.compile(
    r"\b(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(day|week|month)s?\s+ago\b",
    re.I,
)
# Necessary for any match of the month patterns (case-sensitive) and of _YEAR_ONLY.
_ANY_MONTH = re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")
_LAST = re.compile(r"\b(yesterday|last\s+week|last\s+month)\b", re.I)


# ---------------------------------------------------------------------------------------------
# Reading an article (pure)
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """When something happened, at day, month or year precision."""

    start: datetime.date
    end: datetime.date
    precision: str  # "day" | "month" | "year"

    def gap_days(self, other: Span) -> int:
        """Days between the two spans; 0 when they overlap."""
        if self.end < other.start:
            return (other.start - self.end).days
        if other.end < self.start:
            return (self.start - other.end).days
        return 0

    def label(self) -> str:
        """"July 2024", or "2014" for a year."""
        if self.precision == "year":
            return str(self.start.year)
        return f"{calendar.month_name[self.start.month]} {self.start.year}"


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass
class ArticleReading:
    """What an article says about where and when: its place, date, names and sentences."""

    place: str
    places: frozenset[str]  # normalised names of every place candidate
    span: Span
    terms: list[str]  # names as written, most mentioned first
    sentences: list[Sentence] = field(default_factory=list)
    published: datetime.date | None = None
    mentions: frozenset[str] = frozenset()  # normalised keys of every name in the article
    place_from_dateline: bool = False
    # The dates each sentence names (keyed by its start), as read: a claim's sentence needs
    # them again.
    sentence_dates: dict[int, list[Span]] = field(default_factory=dict)


@dataclass(frozen=True)
class Happening:
    """What one claim is about: a place, a date span and the article's key terms."""

    place: str
    places: frozenset[str]
    span: Span
    terms: tuple[str, ...]
    mentions: frozenset[str] = frozenset()
    place_from_dateline: bool = False

    @cached_property
    def place_key(self) -> str:
        return _place_key(self.place)

    @cached_property
    def term_keys(self) -> frozenset[str]:
        return frozenset(_place_key(t) for t in self.terms)

    def name(self) -> str:
        """A readable event name: "Tinzaouatene, July 2024"."""
        head = self.place or (self.terms[0] if self.terms else "Unplaced event")
        return f"{head}, {self.span.label()}"


@lru_cache(maxsize=1 << 16)
def _place_key(name: str) -> str:
    # "Tin Zaouatene" and "Tinzaouatene" are one place. Cached: the same names come back in
    # every article and every event compared.
    return normalise_name(name).replace(" ", "")


def _without_possessive(name: str) -> str:
    """ "Kessoum's" -> "Kessoum" (names hold no line breaks)."""
    return name[:-2] if name.endswith(_POSSESSIVES) else name


def _clean_name(name: str) -> str:
    name = _without_possessive(name)
    # "DAKAR" -> "Dakar", but acronyms ("US", "GUR") stay as written.
    return name.title() if name.isupper() and len(name) > 3 else name


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with their offsets; abbreviations such as "Col." do not end a sentence."""
    out: list[Sentence] = []
    begin = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[begin : match.start()]
        if "\n" not in match.group(0) and before.rstrip().endswith(_ABBREVIATION_ENDS):
            continue
        if before.strip():
            out.append(Sentence(begin, match.start(), before))
        begin = match.end()
    if text[begin:].strip():
        out.append(Sentence(begin, len(text), text[begin:]))
    return out


def _names(sentence: str) -> list[tuple[str, bool]]:
    """Capitalised names in a sentence, split at titles, with "is a lone sentence opener".

    "French President Emmanuel Macron" gives "French" and "Emmanuel Macron". A single word that
    opens the sentence ("Rebels in their entrenchments...") may just be capitalised there; the
    caller keeps it only if the article also writes it capitalised elsewhere.
    """
    found: list[tuple[str, bool]] = []
    stripped = _PARENTHESES.sub(" ", sentence) if "(" in sentence else sentence
    opening = len(stripped) - len(stripped.lstrip(" \t\"'\u201c\u2018\u2022-*"))
    prefix = _DATELINE_PREFIX.match(stripped[opening:])
    if prefix:
        opening += prefix.end()
    for match in _NAME_SEQ.finditer(stripped):
        if match.end() <= opening:
            continue  # the dateline itself is read separately
        run: list[str] = []
        runs: list[list[str]] = []
        all_words = match.group(0).split()
        for word in all_words:
            if word in _CONNECTORS:
                if run:
                    run.append(word)
            elif _without_possessive(word).lower() in _NOT_NAMES:
                if run:
                    runs.append(run)
                run = []
            else:
                run.append(word)
        if run:
            runs.append(run)
        for words in runs:
            while words and words[-1] in _CONNECTORS:
                words.pop()
            if not words:
                continue
            first = match.start() == opening and words[0] == all_words[0]
            lone_opener = first and len(words) == 1 and not words[0].endswith(_POSSESSIVES)
            found.append((_clean_name(" ".join(words)), lone_opener))
    return found


def _places(sentence: str) -> list[str]:
    out = []
    for match in _PLACE.finditer(_PARENTHESES.sub(" ", sentence) if "(" in sentence else sentence):
        words = match.group(1).split()
        while words and words[-1].lower() in _NOT_NAMES:
            words.pop()
        if words and words[0].lower() not in _NOT_NAMES:
            out.append(_clean_name(" ".join(words)))
    return out


def _safe_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _infer_year(month: int, day: int, published: datetime.date) -> datetime.date | None:
    # A date without a year is the latest such date not after publication (plus a week, for
    # "due on" dates in articles filed a little early).
    found = _safe_date(published.year, month, day)
    if found and found > published + datetime.timedelta(days=7):
        found = _safe_date(published.year - 1, month, day)
    return found


def _month_span(year: int, month: int) -> Span:
    last = calendar.monthrange(year, month)[1]
    return Span(datetime.date(year, month, 1), datetime.date(year, month, last), "month")


def dates_in(text: str, published: datetime.date) -> list[tuple[int, Span]]:
    """Every date a text mentions, with its offset, read relative to `published`."""
    found: list[tuple[int, Span]] = []
    taken: list[tuple[int, int]] = []

    def free(m: re.Match[str]) -> bool:
        return all(m.end() <= a or m.start() >= b for a, b in taken)

    # Cheap tests first: most sentences name no month, year or relative date, and each
    # pattern below needs what its test looks for.
    has_month = _ANY_MONTH.search(text) is not None
    folded = text.casefold()
    for pattern, order in ((_DAY_MONTH, "dm"), (_MONTH_DAY, "md")) if has_month else ():
        for m in pattern.finditer(text):
            if not free(m):
                continue
            day_text, month_text = (m.group(1), m.group(2)) if order == "dm" else (
                m.group(2), m.group(1))
            month = MONTHS[month_text.lower()]
            day = int(day_text)
            year = m.group(3)
            date = _safe_date(int(year), month, day) if year else _infer_year(month, day, published)
            if date:
                found.append((m.start(), Span(date, date, "day")))
                taken.append((m.start(), m.end()))
    for m in _MONTH_ONLY.finditer(text) if has_month else ():
        if not free(m):
            continue
        month = MONTHS[m.group(1).lower()]
        if m.group(2):
            year = int(m.group(2))
        else:
            year = published.year if month <= published.month else published.year - 1
        found.append((m.start(), _month_span(year, month)))
        taken.append((m.start(), m.end()))
    for m in _YEAR_ONLY.finditer(text) if _ANY_YEAR.search(text) else ():
        if not free(m):
            continue
        year = int(m.group(1))
        if year <= published.year:
            found.append(
                (m.start(), Span(datetime.date(year, 1, 1), datetime.date(year, 12, 31), "year"))
            )
            taken.append((m.start(), m.end()))
    for m in _AGO.finditer(text) if "ago" in folded else ():
        amount = m.group(1).lower()
        n = int(amount) if amount.isdigit() else _NUMBER_WORDS[amount]
        unit = m.group(2).lower()
        days = n * {"day": 1, "week": 7, "month": 30}[unit]
        date = published - datetime.timedelta(days=days)
        if unit == "month":
            found.append((m.start(), _month_span(date.year, date.month)))
        else:
            found.append((m.start(), Span(date, date, "day")))
    for m in _LAST.finditer(text) if "yesterday" in folded or "last" in folded else ():
        what = " ".join(m.group(1).lower().split())
        if what == "yesterday":
            date = published - datetime.timedelta(days=1)
            found.append((m.start(), Span(date, date, "day")))
        elif what == "last week":
            date = published - datetime.timedelta(days=7)
            found.append((m.start(), Span(date, published, "day")))
        else:
            date = published.replace(day=1) - datetime.timedelta(days=1)
            found.append((m.start(), _month_span(date.year, date.month)))
    found.sort(key=lambda item: item[0])
    return found


def _recent(span: Span, published: datetime.date) -> bool:
    earliest = published - datetime.timedelta(days=LOOKBACK_DAYS)
    return span.end >= earliest and span.start <= published + datetime.timedelta(days=7)


def read_article(
    text: str, *, dateline: str = "", published: datetime.date | None = None,
    headline: str = "",
) -> ArticleReading:
    """Read an article's place, date, names and sentences (see the module docstring)."""
    published = published or datetime.date.today()
    sentences = split_sentences(text)
    place_counts: Counter[str] = Counter()
    name_counts: Counter[str] = Counter()
    openers: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    display: dict[str, str] = {}
    # The opening (headline, summary, start of the body) is where an article says what happened.
    opening_end = sentences[min(OPENING_SENTENCES, len(sentences)) - 1].end if sentences else 0
    # Each sentence's dates, places and names, read once: the article's date needs them again.
    parsed: list[tuple[Sentence, list[Span], list[str], list[tuple[str, bool]]]] = []
    for sentence in sentences:
        dated = [span for _, span in dates_in(sentence.text, published)]
        sentence_places = _places(sentence.text)
        sentence_names = _names(sentence.text)
        parsed.append((sentence, dated, sentence_places, sentence_names))
        background = bool(dated) and not any(_recent(span, published) for span in dated)
        # A sentence dated long ago is background ("the 2019 raid on the village of Dono"):
        # its places are not where this article's happening was.
        for place in [] if background else sentence_places:
            key = _place_key(place)
            place_counts[key] += 1
            display.setdefault(key, place)
            first_seen.setdefault(key, sentence.start)
        for name, lone_opener in sentence_names:
            key = _place_key(name)
            if lone_opener:
                openers[key] += 1
                continue
            name_counts[key] += 1
            display.setdefault(key, name)
            first_seen.setdefault(key, sentence.start)
    for key, count in openers.items():
        if key in name_counts or key in place_counts:
            name_counts[key] += count
    if place_counts:
        place_key = min(
            place_counts,
            key=lambda k: (-place_counts[k], -name_counts[k], first_seen.get(k, 0)),
        )
        place = display[place_key]
    elif dateline.strip():
        place = _clean_name(dateline.split(",")[0].strip())
        place_key = _place_key(place)
        display[place_key] = place
    else:
        place, place_key = "", ""

    span = _article_span(parsed, place_key, opening_end, published)
    ordered = sorted(
        name_counts, key=lambda k: (k != place_key, -name_counts[k], first_seen.get(k, 0))
    )
    terms = [display[k] for k in ordered if len(k) > 1][:MAX_TERMS]
    if place and place not in terms:
        terms.insert(0, place)
    places = frozenset(place_counts) | ({place_key} if place_key else set())
    return ArticleReading(
        place, places, span, terms, sentences, published,
        mentions=frozenset(name_counts) | frozenset(place_counts),
        place_from_dateline=bool(place) and not place_counts,
        sentence_dates={sentence.start: dated for sentence, dated, _, _ in parsed},
    )


def _article_span(
    parsed: list[tuple[Sentence, list[Span], list[str], list[tuple[str, bool]]]],
    place_key: str, opening_end: int, published: datetime.date,
) -> Span:
    at_place: list[Span] = []
    opening: list[Span] = []
    relative: list[Span] = []
    for sentence, dated, sentence_places, sentence_names in parsed:
        recent = [s for s in dated if _recent(s, published) and s.precision != "year"]
        if not recent:
            continue
        names = {_place_key(n) for n in sentence_places} | {
            _place_key(n) for n, _ in sentence_names
        }
        for span in recent:
            if place_key and place_key in names:
                at_place.append(span)
            if sentence.start < opening_end:
                opening.append(span)
            relative.append(span)
    for group in (at_place, opening, relative):
        if group:
            return group[0]
    return Span(published, published, "day")


def happening_for(
    reading: ArticleReading, quote: str = "", quote_start: int | None = None
) -> Happening:
    """The happening a claim is about: the article's, unless the claim's sentence says otherwise.

    `quote` is the claim's sentence (or part of it); a place or date named in it wins.
    """
    place, span = reading.place, reading.span
    from_dateline = reading.place_from_dateline
    sentence = quote
    own_dates: list[Span] | None = None
    if quote_start is not None:
        for candidate in reading.sentences:
            if candidate.start <= quote_start < candidate.end:
                sentence = candidate.text
                own_dates = reading.sentence_dates.get(candidate.start)
                break
    if sentence and reading.published:
        # A sentence dated far from the article's happening is about another one ("the 2014
        # abduction of 276 schoolgirls in the town of Chibok"); then its own place counts too.
        # A place alone does not: "the army said in Bamako" is where it was said.
        if own_dates is None:
            own_dates = [s for _, s in dates_in(sentence, reading.published)]
        far = [s for s in own_dates if s.gap_days(span) > SAME_EVENT_DAYS]
        if far:
            span = far[0]
            own_places = _places(sentence)
            if own_places:
                place = own_places[0]
                from_dateline = False
    places = reading.places | ({_place_key(place)} if place else set())
    terms = tuple(dict.fromkeys([place, *reading.terms] if place else reading.terms))
    return Happening(
        place, frozenset(places), span, terms[:MAX_TERMS], reading.mentions, from_dateline
    )


def claim_happenings(
    text: str,
    *,
    dateline: str,
    published: datetime.date,
    first_appearances: Sequence[tuple[str, int | None]],
) -> list[Happening | None]:
    """The happening of each claim of one article, read from the claim's first appearance.

    `first_appearances` has one (quote, offset in `text`) per claim. A claim with nothing to
    group by (no place, no key terms) gets None: better no event than a meaningless one. Pure,
    so import workers run it beside the extractor (`claims.pipeline`) and the writer only
    matches the happenings to events.
    """
    if not first_appearances:
        return []
    reading = read_article(text, dateline=dateline, published=published)
    found: list[Happening | None] = []
    for quote, start in first_appearances:
        happening = happening_for(reading, quote, start)
        found.append(happening if happening.place or happening.terms else None)
    return found


def article_happenings(
    article: ParsedArticle, claims: Sequence[ExtractedClaim]
) -> list[Happening | None]:
    """`claim_happenings` for a parsed article's extracted claims (each read at its first
    appearance), with the article's fields as the importer stores them."""
    return claim_happenings(
        article.text,
        dateline=article.dateline[:120],  # Source.dateline's length
        published=article.date,
        first_appearances=[
            (c.appearances[0].quote, c.appearances[0].start) if c.appearances else ("", None)
            for c in claims
        ],
    )


# ---------------------------------------------------------------------------------------------
# Matching happenings to events (pure)
# ---------------------------------------------------------------------------------------------


class EventView:
    """What matching needs to know about an Event.

    `key_terms` is the event's stored text, `terms` the names in it. `order` breaks ties
    between equally good events: the primary key, or for an event not yet saved a number above
    every saved one, in the order the events were made (their future primary keys are in that
    order too).
    """

    __slots__ = (
        "accepted", "key_terms", "order", "pk", "place", "place_key", "span", "term_keys", "terms",
    )

    def __init__(
        self, pk: int | None, place: str, span: Span, key_terms: str, accepted: bool,
        order: int | None = None,
    ) -> None:
        self.pk = pk
        self.place = place
        self.place_key = _place_key(place)
        self.span = span
        self.accepted = accepted
        self.order = (pk or 0) if order is None else order
        self.set_terms(key_terms)

    def set_terms(self, key_terms: str) -> None:
        self.key_terms = key_terms
        self.terms, self.term_keys = _stored_terms(key_terms)


def _split_terms(key_terms: str) -> list[str]:
    return [t.strip() for t in key_terms.split(",") if t.strip()]


@lru_cache(maxsize=4096)
def _stored_terms(key_terms: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """An event's key terms and their keys (cached: the same events are read batch after
    batch)."""
    terms = tuple(_split_terms(key_terms))
    return terms, frozenset(_place_key(t) for t in terms)


def same_happening(h: Happening, event: EventView) -> bool:
    """True when a claim's happening and an event are the same (module docstring's rule)."""
    if h.span.gap_days(event.span) > SAME_EVENT_DAYS:
        return False
    if h.place and event.place:
        if h.place_key == event.place_key:
            return True
        if h.place_from_dateline and event.place_key in h.mentions:
            return True  # filed from the capital about a town it names
        return event.place_key in h.places and h.place_key in event.term_keys
    shared = h.term_keys & event.term_keys
    return len(shared) >= MIN_SHARED_TERMS


def best_event(h: Happening, events: Iterable[EventView]) -> EventView | None:
    """The event a happening belongs to: accepted first, then the closest in time."""
    matches = [e for e in events if same_happening(h, e)]
    if not matches:
        return None
    return min(matches, key=lambda e: (not e.accepted, h.span.gap_days(e.span), e.order))


class EventIndex:
    """Event views indexed so that a happening is compared only with events it could join.

    An event can match a happening with a place only through a place key the happening names
    (its own place, the article's places, or any name it mentions when the place came from the
    dateline) or, for an event without a place, through shared key terms; a happening without a
    place only through shared key terms. So the candidates are the events filed under those
    keys, and `best_event` over them gives what it gives over every event.
    """

    def __init__(self) -> None:
        self._by_place: dict[str, list[EventView]] = defaultdict(list)
        self._by_term: dict[str, list[EventView]] = defaultdict(list)

    def add(self, view: EventView) -> None:
        self._by_place[view.place_key].append(view)
        for key in view.term_keys:
            self._by_term[key].append(view)

    def set_terms(self, view: EventView, key_terms: str) -> None:
        """Change a view's key terms (they only grow) and file it under the new ones."""
        before = view.term_keys
        view.set_terms(key_terms)
        for key in view.term_keys - before:
            self._by_term[key].append(view)

    def candidates(self, h: Happening) -> list[EventView]:
        found: dict[int, EventView] = {}
        if h.place:
            keys = {h.place_key} | h.places
            if h.place_from_dateline:
                keys |= h.mentions
            for key in keys:
                for view in self._by_place.get(key, ()):
                    found[id(view)] = view
        for key in h.term_keys:
            for view in self._by_term.get(key, ()):
                if not (h.place and view.place):
                    found[id(view)] = view
        return list(found.values())

    def best(self, h: Happening) -> EventView | None:
        return best_event(h, self.candidates(h))


# ---------------------------------------------------------------------------------------------
# The ORM side
# ---------------------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _stored_span(start: datetime.date, end: datetime.date | None) -> Span:
    """An event's dates as a span, with the precision they describe."""
    end = end or start
    if start.month == 1 and start.day == 1 and end == datetime.date(start.year, 12, 31):
        precision = "year"
    elif start.day == 1 and end == _month_span(start.year, start.month).end:
        precision = "month"
    else:
        precision = "day"
    return Span(start, end, precision)


# Slugs looked up at once per new event name: the name's slug and the next few numbered ones.
_SLUG_LOOKAHEAD = 4
# Tie-break order of events made in this batch: above every primary key.
_UNSAVED_ORDER = 1 << 62


def _numbered_slug(base: str, n: int) -> str:
    return base if n == 1 else f"{base}-{n}"


def free_event_slugs(names: Sequence[str]) -> list[str]:
    """A unique slug for each new event name, in order: the name's slug, else `-2`, `-3`...

    The first one free both in the database and among the earlier names of the list, found by
    looking up exact slugs (an index lookup) rather than every slug sharing the prefix.
    """
    bases = [slug_for(name, 200) for name in names]
    looked: dict[str, int] = {}  # base -> suffixes 1..n already looked up
    taken: set[str] = set()

    def look_up(wanted: dict[str, int]) -> None:
        slugs = [
            _numbered_slug(base, n)
            for base, upto in wanted.items()
            for n in range(looked.get(base, 0) + 1, upto + 1)
        ]
        for start in range(0, len(slugs), 500):
            taken.update(
                Event.objects.filter(slug__in=slugs[start : start + 500]).values_list(
                    "slug", flat=True
                )
            )
        for base, upto in wanted.items():
            looked[base] = max(looked.get(base, 0), upto)

    look_up({base: count + _SLUG_LOOKAHEAD for base, count in Counter(bases).items()})
    slugs: list[str] = []
    for base in bases:
        n = 1
        while True:
            if n > looked[base]:
                look_up({base: 2 * looked[base]})
            slug = _numbered_slug(base, n)
            if slug not in taken:
                break
            n += 1
        taken.add(slug)
        slugs.append(slug)
    return slugs


def _merge_terms(old: list[str], new: Iterable[str]) -> str:
    merged: dict[str, str] = {}
    for term in [*old, *new]:
        merged.setdefault(_place_key(term), term)
    text = ""
    for term in merged.values():
        candidate = f"{text}, {term}" if text else term
        if len(candidate) > 500:
            break
        text = candidate
    return text


def _nearby_views(spans: Iterable[Span]) -> list[EventView]:
    """Events whose dates lie within `SAME_EVENT_DAYS` of the spans' range, read as views
    (rows, not model instances: most are only compared)."""
    spans = list(spans)
    window = datetime.timedelta(days=SAME_EVENT_DAYS)
    earliest = min(s.start for s in spans) - window
    latest = max(s.end for s in spans) + window
    rows = (
        Event.objects.filter(start_date__lte=latest)
        .filter(Q(end_date__gte=earliest) | Q(end_date__isnull=True, start_date__gte=earliest))
        .order_by()
        .values_list("pk", "place", "start_date", "end_date", "key_terms", "status")
    )
    return [
        EventView(pk, place, _stored_span(start, end), key_terms, status == EventStatus.ACCEPTED)
        for pk, place, start, end, key_terms, status in rows
    ]


def place_in_events(members: Sequence[tuple[Claim, Happening, object]]) -> list[Claim]:
    """Set each claim's event (`event_id`): the existing event its happening matches, or a new
    one.

    `members` are (claim, its happening, its article): claims without a place group only with
    claims of the same article. The claims may be unsaved: the importer decides their events
    before inserting them, so each claim is written once, with its event. New events are
    suggested ones named "Place, Month Year"; a suggested event joined gains the joining
    claims' key terms. Writes the new events and the changed key terms in bulk (with history);
    the caller saves the claims. Returns the claims given an event, in the order given.
    """
    groups: dict[tuple[str, Span], list[Claim]] = defaultdict(list)
    founders: dict[tuple[str, Span], Happening] = {}
    for claim, happening, article in members:
        where = happening.place_key or f"source:{article}"
        groups[(where, happening.span)].append(claim)
        founders.setdefault((where, happening.span), happening)
    if not groups:
        return []

    index = EventIndex()
    for view in _nearby_views(key[1] for key in groups):
        index.add(view)
    new: list[tuple[EventView, str]] = []  # (view of a new event, its full name)
    grown: dict[int, EventView] = {}  # saved events whose key terms grew
    chosen: list[tuple[list[Claim], EventView]] = []
    for key, claims in groups.items():
        happening = founders[key]
        view = index.best(happening)
        if view is None:
            view = EventView(
                None,
                happening.place[:200],
                happening.span,
                _merge_terms([], happening.terms),
                accepted=False,
                order=_UNSAVED_ORDER + len(new),
            )
            new.append((view, happening.name()))
            index.add(view)
        elif _add_terms(index, view, happening) and view.pk is not None:
            grown[view.pk] = view
        chosen.append((claims, view))

    with transaction.atomic(savepoint=False):
        if new:
            slugs = free_event_slugs([name for _, name in new])
            events = [
                Event(
                    name=name[:300],
                    slug=slug,
                    place=view.place,
                    start_date=view.span.start,
                    end_date=view.span.end,
                    key_terms=view.key_terms,
                )
                for (view, name), slug in zip(new, slugs, strict=True)
            ]
            create_with_history(events, Event)
            for (view, _), event in zip(new, events, strict=True):
                view.pk = event.pk
        if grown:
            now = timezone.now()
            update_with_history(
                [Event(pk=pk, key_terms=view.key_terms, updated_at=now) for pk, view in grown.items()],
                Event,
                ["key_terms", "updated_at"],
            )
    placed: list[Claim] = []
    for claims, view in chosen:
        for claim in claims:
            claim.event_id = view.pk
            placed.append(claim)
    return placed


def assign_events(claims: list[Claim]) -> None:
    """Suggest an Event for each saved claim (see the module docstring for the rules).

    Claims that already have an event, and claims an editor touched, are left alone. Each claim
    joins the existing event it matches, or a new suggested event named "Place, Month Year".
    The passed Claim objects get their `event` set too. (The importer does the same before it
    inserts its claims: `place_in_events`.)
    """
    ids = [c.pk for c in claims if c.pk is not None]
    if not ids:
        return
    todo = list(
        Claim.objects.filter(pk__in=ids, event__isnull=True, edited=False)
        .select_related("source")
        .order_by("pk")
    )
    if not todo:
        return

    quotes: dict[int, tuple[str, int]] = {}
    for claim_id, quote, start in (
        Appearance.objects.filter(claim_id__in=[c.pk for c in todo])
        .order_by("claim_id", "created_at", "start")
        .values_list("claim_id", "quote", "start")
    ):
        quotes.setdefault(claim_id, (quote, start))

    readings: dict[int, ArticleReading] = {}
    members: list[tuple[Claim, Happening, object]] = []
    for claim in todo:
        source = claim.source
        reading = readings.get(source.pk)
        if reading is None:
            reading = read_article(
                source.text, dateline=source.dateline,
                published=source.published_on or claim.stated_on or datetime.date.today(),
                headline=source.headline,
            )
            readings[source.pk] = reading
        quote, start = quotes.get(claim.pk, ("", None))
        happening = happening_for(reading, quote, start)
        if not happening.place and not happening.terms:
            continue  # nothing to group by: better no event than a meaningless one
        members.append((claim, happening, source.pk))
    if not members:
        return

    with transaction.atomic():
        changed = place_in_events(members)
        update_with_history(changed, Claim, ["event"])

    events = Event.objects.in_bulk({c.event_id for c in changed})
    by_pk = {c.pk: events[c.event_id] for c in changed}
    for claim in claims:
        if claim.pk in by_pk:
            claim.event = by_pk[claim.pk]


def _add_terms(index: EventIndex, view: EventView, happening: Happening) -> bool:
    """Add a joining claim's key terms to a suggested event's view (saved later, in bulk).

    An accepted event keeps its key terms. The event's dates stay those of the happening that
    founded it: stretching them with every later article would let an event drift week by
    week into unrelated ones. True when the key terms changed.
    """
    if view.accepted:
        return False
    terms = _merge_terms(view.terms, happening.terms)
    if terms == view.key_terms:
        return False
    index.set_terms(view, terms)
    return True
