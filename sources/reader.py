"""Read seed files (copies of news web pages) into articles, in pure Python over text.

A seed file holds one or more articles. Each article looks like::

    <headline>
    <caption line ending in a credit, e.g. "... (Getty Images)">   (optional, repeatable)
    Short Url                                                       (optional)
    Updated 05 August 2024                                          (or "Published ...")
    Follow                                                          (optional)
    <headline again>                                                (optional)
    • <summary point>                                               (optional, repeatable)
    DAKAR: <first body paragraph>                                   (dateline optional)
    <body paragraphs, one per line; blank lines allowed>
    <caption standing alone between blank lines, ending in a credit>

How the reader decides (the general rules, documented because they are judgement calls):

* **Article boundaries.** Every line of the form "Updated|Published <date>" is a date line and
  anchors one article; date lines separated only by blank, "Follow", "Short Url" or bare URL
  lines form one date block (the article's date is the first one). The headline is found by
  walking back from the date block: if the paragraph right after the date block repeats a line
  above (compared case- and whitespace-insensitively, up to three lines on each side), that line
  is the headline and the lines between it and the date are captions. Otherwise the headline is
  the nearest line above that is neither a caption-shaped line, "Short Url" nor a bare URL.
  An article runs from its headline to the line before the next article's headline.
* **Captions.** A line "ends in a credit" when its last characters are "(Credit)" with a credit
  of at most 80 characters that starts with an upper-case letter, a digit or "@". Between the
  headline and the date line every such line is a caption. After the date, a caption is a line
  that ends in a credit *and stands alone*: a blank line (or the article's edge) both before and
  after it. A line ending in "(AFP)" inside a run of body lines is body. (Consequence: in an
  article whose body paragraphs are all separated by blank lines, a paragraph that ends in a
  parenthesised capitalised word reads as a caption.)
* **Summary points** are lines starting with a bullet ("•", "●", "▪", "◦", "‣", "∙", or "-"/"*"
  followed by a space) after the date block and before the first body paragraph.
* **Paragraphs.** Each non-blank line after the summary is one body paragraph (the seed format
  puts one paragraph per line; blank lines between paragraphs are allowed and ignored).
* **Dateline.** The first body paragraph may open with an upper-case place ("DAKAR: ",
  "NEW YORK: ", "ABUJA, Nigeria: ") or a wire-style place and credit ("LAGOS, Nigeria (Reuters)
  - ", "WASHINGTON (AP) — ", "Dakar (AFP) - "). The place (with its region, without the credit)
  becomes `dateline`; the body segment starts after the prefix.
* **Whole file or nothing.** Text before the first article's headline, an article without a body
  paragraph, a date that does not exist or an unreadable file refuse the whole file with a
  `SeedFormatError` whose message is "FILE:LINE: reason; what to do".

Every line-level check looks at a bounded number of characters, and every scan is linear, so
a 1 MB line or 100k blank lines cost milliseconds, not minutes.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import re
from dataclasses import dataclass

PARTS = ("headline", "summary", "body", "caption")

MAX_HEADLINE_CHARS = 500  # Source.headline is a CharField(max_length=500)
MAX_DATE_LINE_CHARS = 100
MAX_CREDIT_CHARS = 80
MAX_DATELINE_PREFIX_CHARS = 120
MAX_FILE_BYTES = 50 * 1024 * 1024
HEADER_WINDOW = 12  # non-blank lines looked at above a date line when searching the headline
MAX_HEADLINE_LINES = 3


@dataclass(frozen=True)
class Segment:
    """A span of `ParsedArticle.text` with the part of the article it belongs to."""

    part: str
    start: int
    end: int


@dataclass(frozen=True)
class Caption:
    """An image caption and its credit (without the parentheses)."""

    text: str
    credit: str


@dataclass(frozen=True)
class ParsedArticle:
    """One article read from a seed file or from plain text."""

    headline: str
    date: datetime.date
    date_kind: str
    dateline: str
    summary: tuple[str, ...]
    body: tuple[str, ...]
    captions: tuple[Caption, ...]
    text: str
    segments: tuple[Segment, ...]
    position: int
    line: int
    fingerprint: str


class SeedFormatError(ValueError):
    """A file the reader refuses. str(err) == f"{filename}:{line}: {reason}"."""

    def __init__(self, filename: str, line: int, reason: str) -> None:
        super().__init__(filename, line, reason)
        self.filename = filename
        self.line = line
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.filename}:{self.line}: {self.reason}"


# --------------------------------------------------------------------------- text normalisation

# Same-length replacements keep offsets stable; zero-width characters are dropped because they
# would otherwise make "Follow\u200b" or a headline repeat fail to match.
_ODD_SPACES = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000\u2028\u2029\x85\x0b\x0c"
)
_TRANSLATION: dict[int, str | None] = {ord(c): " " for c in _ODD_SPACES}
_TRANSLATION.update({ord(c): None for c in "\u200b\u2060\ufeff"})
# Any character _TRANSLATION changes: most files hold none, and a regex scan is much cheaper
# than str.translate over the whole file.
_ODD_CHARACTER_RE = re.compile("[" + re.escape("".join(map(chr, _TRANSLATION))) + "]")


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _ODD_CHARACTER_RE.search(text) is None:
        return text
    return text.translate(_TRANSLATION)


def _snip(text: str, limit: int = 60) -> str:
    text = "".join(c if c.isprintable() else " " for c in text[: limit + 1])
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def _line_of(text: str, index: int) -> int:
    """1-based line number of `index` in raw text, counting CRLF, CR and LF as one break."""
    head = text[:index]
    return head.count("\n") + head.count("\r") - head.count("\r\n") + 1


def _check_storable(text: str, filename: str) -> None:
    """Refuse characters PostgreSQL text columns or UTF-8 cannot hold."""
    nul = text.find("\x00")
    if nul >= 0:
        raise SeedFormatError(
            filename,
            _line_of(text, nul),
            "contains a NUL character (binary content?); seed files must be plain text -- "
            "remove the NUL characters or check that this is the right file",
        )
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise SeedFormatError(
            filename,
            _line_of(text, exc.start),
            f"contains an unpaired surrogate (U+{ord(text[exc.start]):04X}) that is not valid "
            "text; re-save the file as UTF-8",
        ) from None


# --------------------------------------------------------------------------- lines


class _Line:
    __slots__ = ("start", "lead", "s", "date")

    def __init__(self, start: int, raw: str) -> None:
        self.start = start  # offset of the raw line in the normalised text
        self.s = raw.strip()
        self.lead = len(raw) - len(raw.lstrip()) if self.s else 0
        self.date: tuple[datetime.date, str] | None = None

    @property
    def span(self) -> tuple[int, int]:
        begin = self.start + self.lead
        return begin, begin + len(self.s)


def _split_lines(norm: str) -> list[_Line]:
    lines = []
    pos = 0
    for raw in norm.split("\n"):
        lines.append(_Line(pos, raw))
        pos += len(raw) + 1
    return lines


def _key(s: str) -> str:
    return " ".join(s.split()).casefold()


def _is_follow(s: str) -> bool:
    return len(s) <= 20 and _key(s) in {"follow", "follow us"}


def _is_short_url(s: str) -> bool:
    return len(s) <= 20 and _key(s) in {"short url", "short link", "shorturl"}


def _is_bare_url(s: str) -> bool:
    return (
        len(s) <= 1000
        and (s.startswith("http://") or s.startswith("https://"))
        and not any(c.isspace() for c in s)
    )


def _is_chrome(s: str) -> bool:
    """Page furniture that is never article text: 'Short Url' and bare links."""
    return _is_short_url(s) or _is_bare_url(s)


def _caption_split(s: str) -> tuple[str, str] | None:
    """(text, credit) if the stripped line ends in a parenthesised credit, else None."""
    if not s.endswith(")"):
        return None
    opening = s.rfind("(", max(0, len(s) - MAX_CREDIT_CHARS - 2))
    if opening <= 0:
        return None
    credit = s[opening + 1 : -1].strip()
    if not credit or ")" in credit:
        return None
    if not (credit[0].isupper() or credit[0].isdigit() or credit[0] == "@"):
        return None
    text = s[:opening].rstrip()
    if not text:
        return None
    return text, credit


_UNICODE_BULLETS = "•●▪◦‣∙"
_ASCII_BULLETS = "-*–"


def _bullet_content_offset(s: str) -> int | None:
    """Offset in `s` where a summary point's text starts, or None if `s` is not a bullet line."""
    if not s:
        return None
    if s[0] in _UNICODE_BULLETS:
        i = 1
    elif s[0] in _ASCII_BULLETS and len(s) > 1 and s[1].isspace():
        i = 2
    else:
        return None
    # "• • • text" and similar stutters: skip any further bullets and spaces (linear scan).
    n = len(s)
    while i < n and (s[i].isspace() or s[i] in _UNICODE_BULLETS):
        i += 1
    return i


# --------------------------------------------------------------------------- dates

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ]
    )
    for name in names
}

_DATE_HEAD = re.compile(r"(?:last\s+)?(updated|published)(?:\s+on)?(?:\s*:\s*|\s+)", re.I)
_TIME = (
    r"(?:(?:\s*,\s*|\s+)(?:at\s+)?|T)"
    r"(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?::(?P<se>\d{2}))?"
    r"(?:\s*(?P<ap>[ap]\.?m\.?))?"
    r"(?:\s*(?:\(?[a-z]{1,5}(?:[+-]\d{1,2}(?::?\d{2})?)?\)?|[+-]\d{2}:?\d{2}))?"
)
_TRAILER = r"(?:\s*[|·•–—]\s*\S.{0,60}|\s+-\s+\S.{0,60})?\s*"
_WD = r"(?:(?P<wd>[a-z]{3,9})\.?,?\s+)?"
_DATE_FORMS = [
    re.compile(
        _WD + r"(?P<d>\d{1,2})(?:st|nd|rd|th)?[\s-]+(?P<mon>[a-z]{3,9})\.?,?[\s-]+(?P<y>\d{4})"
        rf"(?:{_TIME})?{_TRAILER}",
        re.I,
    ),
    re.compile(
        _WD + r"(?P<mon>[a-z]{3,9})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})"
        rf"(?:{_TIME})?{_TRAILER}",
        re.I,
    ),
    re.compile(rf"(?P<y>\d{{4}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})(?:{_TIME})?Z?{_TRAILER}", re.I),
]
_NUMERIC_DATE = re.compile(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")


class _DateProblem(Exception):
    pass


def _date_from_match(m: re.Match[str]) -> datetime.date | None:
    groups = m.groupdict()
    if groups.get("mon") is not None:
        month = _MONTHS.get(groups["mon"].lower())
        if month is None:
            if groups.get("wd") is None and groups["mon"].lower() not in _WEEKDAYS:
                raise _DateProblem(f"unknown month '{groups['mon']}'")
            return None
    else:
        month = int(groups["m"])
    weekday = None
    if groups.get("wd") is not None:
        weekday = _WEEKDAYS.get(groups["wd"].lower())
        if weekday is None:
            return None  # "Updated around 5 Aug 2024": not a plain date line
    day, year = int(groups["d"]), int(groups["y"])
    if not 1900 <= year <= 2100:
        raise _DateProblem(f"year {year} is out of range (1900-2100)")
    try:
        date = datetime.date(year, month, day)
    except ValueError:
        raise _DateProblem(f"{day} {_month_name(month)} {year} does not exist") from None
    if weekday is not None and date.weekday() != weekday:
        raise _DateProblem(f"{date:%d %B %Y} was a {date:%A}, not '{groups['wd']}'")
    if groups.get("h") is not None:
        hour, minute = int(groups["h"]), int(groups["mi"])
        second = int(groups["se"]) if groups.get("se") else 0
        max_hour = 12 if groups.get("ap") else 23
        min_hour = 1 if groups.get("ap") else 0
        if not (min_hour <= hour <= max_hour and minute <= 59 and second <= 59):
            raise _DateProblem(f"time {m.group('h')}:{m.group('mi')} does not exist")
    return date


def _month_name(month: int) -> str:
    return datetime.date(2000, month, 1).strftime("%B") if 1 <= month <= 12 else f"month {month}"


def _parse_date_line(s: str) -> tuple[datetime.date, str] | None:
    """(date, kind) for a date line, None for any other line; raises _DateProblem for a
    date-shaped line whose date does not exist."""
    if not s or len(s) > MAX_DATE_LINE_CHARS or s[0] not in "UuPpLl":
        return None
    head = _DATE_HEAD.match(s)
    if head is None:
        return None
    rest = s[head.end() :]
    kind = head.group(1).lower()
    for form in _DATE_FORMS:
        m = form.fullmatch(rest)
        if m is not None:
            date = _date_from_match(m)
            if date is not None:
                return date, kind
    if _NUMERIC_DATE.match(rest):
        raise _DateProblem(
            f"numeric date '{_snip(rest, 20)}' is ambiguous (day/month or month/day?)"
        )
    return None


# --------------------------------------------------------------------------- datelines

_NOT_PLACES = {
    "BREAKING",
    "BREAKING NEWS",
    "UPDATE",
    "UPDATED",
    "EXCLUSIVE",
    "WATCH",
    "ANALYSIS",
    "OPINION",
    "NOTE",
    "EDITOR'S NOTE",
    "EDITOR’S NOTE",
    "CORRECTION",
    "LIVE",
    "VIDEO",
    "PHOTOS",
    "READ MORE",
    "ALSO READ",
    "FACT CHECK",
    "FACTBOX",
    "EXPLAINER",
    "WARNING",
    "SPOILER",
}
_PLACE_PUNCT = ".'’-"


def _place_words_ok(place: str, upper_only: bool) -> bool:
    words = place.split()
    if not 1 <= len(words) <= 5 or len(place) > 40:
        return False
    letters = 0
    for word in words:
        if not word[0].isalpha() or not word[0].isupper():
            return False
        for c in word:
            if c.isalpha():
                letters += 1
                if upper_only and not c.isupper():
                    return False
            elif c not in _PLACE_PUNCT:
                return False
    return letters >= 2


def _region_ok(region: str) -> bool:
    if not region or len(region) > 40 or not region[0].isupper():
        return False
    return all(c.isalnum() or c in _PLACE_PUNCT or c == " " for c in region)


def _split_dateline(par: str) -> tuple[str, int] | None:
    """(place, offset where the paragraph's text starts) if `par` opens with a dateline."""
    window = par[:MAX_DATELINE_PREFIX_CHARS]
    seps = []
    for sep in (":", " - ", " -- ", "—", " – "):
        at = window.find(sep)
        if at > 0:
            seps.append((at, len(sep)))
    if not seps:
        return None
    at, width = min(seps)
    head = window[:at].strip()
    credit = ""
    if head.endswith(")"):
        opening = head.rfind("(")
        if opening <= 0:
            return None
        credit = head[opening + 1 : -1].strip()
        if not credit or len(credit) > 30 or not credit[0].isupper():
            return None
        head = head[:opening].rstrip()
    city, comma, region = head.partition(",")
    city, region = city.strip(), region.strip()
    if not _place_words_ok(city, upper_only=not credit):
        return None
    if city.upper() in _NOT_PLACES:
        return None
    if comma:
        if not _region_ok(region):
            return None
        # Reuters style "LONDON, March 3 (Reuters) -": the date is not part of the place.
        if region.split()[0].rstrip(".").lower() in _MONTHS and any(c.isdigit() for c in region):
            region = ""
    text_start = at + width
    n = len(par)
    while text_start < n and par[text_start].isspace():
        text_start += 1
    if text_start >= n:
        return None
    place = f"{city}, {region}" if region else city
    return place, text_start


# --------------------------------------------------------------------------- articles


@dataclass
class _Block:
    first_date: int  # line index of the date line anchoring the article
    header_end: int  # first line after the date block
    date: datetime.date
    kind: str
    headline_first: int = -1
    headline_last: int = -1
    body_from: int = -1  # first line after the headline repeat (if any)


def _find_anchors(lines: list[_Line], filename: str) -> list[int]:
    anchors = []
    for i, line in enumerate(lines):
        s = line.s
        if not s or len(s) > MAX_DATE_LINE_CHARS or s[0] not in "UuPpLl":
            continue
        try:
            found = _parse_date_line(s)
        except _DateProblem as exc:
            raise SeedFormatError(
                filename,
                i + 1,
                f"date line '{_snip(s)}': {exc}; correct the date (e.g. 'Updated 05 August 2024')",
            ) from None
        if found is not None:
            line.date = found
            anchors.append(i)
    return anchors


def _date_blocks(lines: list[_Line], anchors: list[int]) -> list[_Block]:
    blocks: list[_Block] = []
    n = len(lines)
    k = 0
    while k < len(anchors):
        first = anchors[k]
        j = first + 1
        while j < n:
            s = lines[j].s
            if not s or _is_follow(s) or _is_chrome(s):
                j += 1
            elif lines[j].date is not None:
                k += 1  # a second date line ("Published ...", "Updated ...") joins this block
                j += 1
            else:
                break
        date, kind = lines[first].date  # type: ignore[misc]
        blocks.append(_Block(first_date=first, header_end=j, date=date, kind=kind))
        k += 1
    return blocks


def _run_above(lines: list[_Line], last: int, lower: int) -> list[int]:
    """Up to MAX_HEADLINE_LINES contiguous non-blank line indices ending at `last`, nearest last."""
    run = [last]
    i = last - 1
    while i >= lower and len(run) < MAX_HEADLINE_LINES and lines[i].s:
        run.append(i)
        i -= 1
    run.reverse()
    return run


def _run_below(lines: list[_Line], first: int, upper: int) -> list[int]:
    run = []
    i = first
    while i < upper and len(run) < MAX_HEADLINE_LINES and lines[i].s:
        run.append(i)
        i += 1
    return run


def _joined_key(lines: list[_Line], indices: list[int]) -> str | None:
    if any(len(lines[i].s) > MAX_HEADLINE_CHARS for i in indices):
        return None
    return _key(" ".join(lines[i].s for i in indices))


def _locate_headline(
    lines: list[_Line], block: _Block, lower: int, upper: int, filename: str
) -> None:
    """Fill in the block's headline lines and where its body may start."""
    candidates: list[int] = []  # non-blank lines above the date, nearest first
    i = block.first_date - 1
    while i >= lower and len(candidates) < HEADER_WINDOW:
        if lines[i].s:
            candidates.append(i)
        i -= 1
    window_full = len(candidates) == HEADER_WINDOW

    repeat = _run_below(lines, block.header_end, upper)
    if repeat:
        # Keys of the paragraph after the date block, for 1..3 of its first lines.
        repeat_keys = {}
        for size in range(1, len(repeat) + 1):
            key = _joined_key(lines, repeat[:size])
            if key:
                repeat_keys.setdefault(key, size)
        # Look past at most one line that is neither chrome nor caption-shaped (a caption
        # without a credit); further up is the previous article, whose text may well recur
        # (a page copied twice), so matching there would steal its paragraphs.
        plain_lines_passed = 0
        for cand in candidates:
            s = lines[cand].s
            if _is_chrome(s):
                continue
            run = _run_above(lines, cand, lower) if plain_lines_passed == 0 else [cand]
            for size in range(1, len(run) + 1):
                key = _joined_key(lines, run[-size:])
                if (
                    key
                    and key in repeat_keys
                    and (plain_lines_passed == 0 or repeat_keys[key] == 1)
                ):
                    block.headline_first = run[-size]
                    block.headline_last = cand
                    block.body_from = block.header_end + repeat_keys[key]
                    return
            if _caption_split(s) is None:
                plain_lines_passed += 1
                if plain_lines_passed > 1:
                    break

    block.body_from = block.header_end
    chosen = -1
    for cand in candidates:
        s = lines[cand].s
        if _is_chrome(s):
            continue
        if _caption_split(s) is None:
            chosen = cand
            break
    if chosen < 0:
        usable = [c for c in candidates if not _is_chrome(lines[c].s)]
        if usable and not window_full:
            chosen = usable[-1]  # only caption-shaped lines above: the topmost is the headline
    if chosen < 0:
        raise SeedFormatError(
            filename,
            block.first_date + 1,
            "date line without a headline above it; put the article's headline on its own "
            "line before the date line",
        )
    if len(lines[chosen].s) > MAX_HEADLINE_CHARS:
        raise SeedFormatError(
            filename,
            chosen + 1,
            f"headline is {len(lines[chosen].s)} characters long (at most "
            f"{MAX_HEADLINE_CHARS}); put the headline on its own line before the date line",
        )
    block.headline_first = block.headline_last = chosen


def _build_article(
    norm: str,
    lines: list[_Line],
    block: _Block,
    end: int,
    position: int,
    filename: str,
) -> ParsedArticle:
    last = end - 1
    while last > block.headline_first and not lines[last].s:
        last -= 1
    base = lines[block.headline_first].start
    text_end = lines[last].span[1]
    text = norm[base:text_end].rstrip()

    segments: list[Segment] = []
    summary: list[str] = []
    body: list[str] = []
    captions: list[Caption] = []
    dateline = ""

    def add(part: str, begin: int, stop: int) -> str:
        segments.append(Segment(part, begin - base, stop - base))
        return norm[begin:stop]

    head_begin = lines[block.headline_first].span[0]
    head_end = lines[block.headline_last].span[1]
    add("headline", head_begin, head_end)
    headline = " ".join(
        lines[i].s for i in range(block.headline_first, block.headline_last + 1) if lines[i].s
    )

    def add_caption(line: _Line) -> None:
        split = _caption_split(line.s)
        caption_text, credit = split if split else (line.s, "")
        begin = line.span[0]
        captions.append(Caption(add("caption", begin, begin + len(caption_text)), credit))

    for i in range(block.headline_last + 1, block.first_date):
        s = lines[i].s
        if s and not _is_chrome(s) and not _is_follow(s) and lines[i].date is None:
            add_caption(lines[i])

    in_summary = True
    for i in range(block.body_from, last + 1):
        line = lines[i]
        s = line.s
        if not s or _is_chrome(s) or (in_summary and _is_follow(s)):
            continue
        begin, stop = line.span
        if in_summary:
            offset = _bullet_content_offset(s)
            if offset is not None:
                if offset < len(s):
                    summary.append(add("summary", begin + offset, stop))
                continue
        alone = (i == block.body_from or not lines[i - 1].s) and (i == last or not lines[i + 1].s)
        if not body:
            found = _split_dateline(s) if s[0].isalpha() else None
            if found is not None:
                dateline, skip = found
                body.append(add("body", begin + skip, stop))
                in_summary = False
                continue
        if alone and _caption_split(s) is not None:
            add_caption(line)
            continue
        body.append(add("body", begin, stop))
        in_summary = False

    if not body:
        raise SeedFormatError(
            filename,
            block.first_date + 1,
            f"article '{_snip(headline)}' has a headline and a date but no body paragraph "
            "(cut off?); add the article's text or delete the article",
        )
    return ParsedArticle(
        headline=headline,
        date=block.date,
        date_kind=block.kind,
        dateline=dateline,
        summary=tuple(summary),
        body=tuple(body),
        captions=tuple(captions),
        text=text,
        segments=tuple(segments),
        position=position,
        line=block.headline_first + 1,
        fingerprint=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


def _parse_seed_text(text: str, filename: str) -> list[ParsedArticle]:
    _check_storable(text, filename)
    norm = _normalise(text)
    if not norm.strip():
        raise SeedFormatError(
            filename, 0, "file is empty; give it at least one article (headline, date line, body)"
        )
    lines = _split_lines(norm)
    anchors = _find_anchors(lines, filename)
    if not anchors:
        raise SeedFormatError(
            filename,
            0,
            "no article found: no date line such as 'Updated 05 August 2024' or "
            "'Published 5 Aug 2024'; each article needs a headline, a date line and a body",
        )
    blocks = _date_blocks(lines, anchors)
    lower = 0
    for k, block in enumerate(blocks):
        upper = blocks[k + 1].first_date if k + 1 < len(blocks) else len(lines)
        _locate_headline(lines, block, lower, upper, filename)
        lower = block.body_from

    for i in range(blocks[0].headline_first):
        if lines[i].s and not _is_chrome(lines[i].s) and not _is_follow(lines[i].s):
            raise SeedFormatError(
                filename,
                i + 1,
                f"text before the first article's headline ('{_snip(lines[i].s)}'); delete it, "
                "or give that article a date line such as 'Updated 05 August 2024'",
            )

    articles = []
    for k, block in enumerate(blocks):
        end = blocks[k + 1].headline_first if k + 1 < len(blocks) else len(lines)
        articles.append(_build_article(norm, lines, block, end, k, filename))
    return articles


def parse_seed_text(text: str, filename: str = "<text>") -> list[ParsedArticle]:
    """Parse a whole seed file's text into its articles, or refuse it with SeedFormatError.

    The whole file or nothing: one bad article refuses the file. Any unexpected failure inside
    the reader is also reported as a SeedFormatError (reason starting "reader bug") so that an
    import never dies with a traceback.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_seed_text expects str, got {type(text).__name__}")
    try:
        return _parse_seed_text(text, filename)
    except SeedFormatError:
        raise
    except Exception as exc:  # the importer must get one line, never a traceback
        raise SeedFormatError(
            filename,
            0,
            f"reader bug ({type(exc).__name__}: {_snip(str(exc))}); please report this file",
        ) from exc


# --------------------------------------------------------------------------- bytes and files


# Control characters other than white space: many of them mean binary content.
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f]")


def _control_ratio(text: str) -> float:
    sample = text[:65536]
    if not sample:
        return 0.0
    return len(_CONTROL_RE.findall(sample)) / len(sample)


def decode_seed_bytes(data: bytes, filename: str, encoding: str | None = None) -> str:
    """Decode a seed file's bytes: UTF-8 (a BOM is allowed) unless `encoding` is given.

    Refuses undecodable bytes (naming the byte offset), NUL bytes and other binary content.
    """
    if encoding is None:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise SeedFormatError(
                filename,
                0,
                "looks like UTF-16 (byte-order mark); re-save it as UTF-8 or re-run with "
                "--encoding utf-16",
            )
        nul = data.find(b"\x00")
        if nul >= 0:
            raise SeedFormatError(
                filename,
                0,
                f"binary content (NUL byte at byte offset {nul}); seed files must be plain "
                "UTF-8 text -- check that this is the right file",
            )
        bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
        try:
            text = data[bom:].decode("utf-8")
        except UnicodeDecodeError as exc:
            offset = exc.start + bom
            raise SeedFormatError(
                filename,
                0,
                f"not UTF-8 (invalid byte 0x{data[offset]:02x} at byte offset {offset}); "
                "re-run with --encoding latin-1 if the file uses another encoding",
            ) from None
    else:
        try:
            text = data.decode(encoding)
        except LookupError:
            raise SeedFormatError(
                filename, 0, f"unknown encoding '{_snip(encoding)}'; use e.g. utf-8 or latin-1"
            ) from None
        except UnicodeDecodeError as exc:
            raise SeedFormatError(
                filename,
                0,
                f"not {encoding} (invalid byte 0x{data[exc.start]:02x} at byte offset "
                f"{exc.start}); check the --encoding value",
            ) from None
        if text.startswith("\ufeff"):
            text = text[1:]
        nul = text.find("\x00")
        if nul >= 0:
            raise SeedFormatError(
                filename,
                0,
                f"binary content (NUL character at character {nul}); seed files must be plain "
                "text -- check that this is the right file",
            )
    if _control_ratio(text) > 0.01:
        raise SeedFormatError(
            filename,
            0,
            "binary content (many control characters); seed files must be plain text -- "
            "check that this is the right file",
        )
    return text


def read_seed_file(
    path: str | os.PathLike[str], encoding: str | None = None
) -> list[ParsedArticle]:
    """Read and parse one seed file; every failure (missing file included) is a SeedFormatError."""
    filename = os.fspath(path)
    try:
        with open(filename, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise SeedFormatError(
            filename, 0, f"cannot read the file ({exc.strerror or exc}); check the path"
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise SeedFormatError(
            filename,
            0,
            f"file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; split it into smaller "
            "seed files",
        )
    return parse_seed_text(decode_seed_bytes(data, filename, encoding), filename)


# --------------------------------------------------------------------------- plain articles


def parse_plain_article(text: str, date: datetime.date, filename: str = "<text>") -> ParsedArticle:
    """Read any outlet's plain text: first non-empty line the headline, every further non-empty
    line a body paragraph. A dateline/wire prefix on the first paragraph ("LAGOS, Nigeria
    (Reuters) - ", "KYIV: ", "WASHINGTON (AP) — ") goes to `dateline` (the place only)."""
    if isinstance(date, datetime.datetime):
        date = date.date()
    try:
        _check_storable(text, filename)
        norm = _normalise(text)
        lines = _split_lines(norm)
        first = next((i for i, line in enumerate(lines) if line.s), None)
        if first is None:
            raise SeedFormatError(filename, 0, "text is empty; paste the headline and the body")
        if len(lines[first].s) > MAX_HEADLINE_CHARS:
            raise SeedFormatError(
                filename,
                first + 1,
                f"first line is {len(lines[first].s)} characters long, too long for a headline "
                f"(at most {MAX_HEADLINE_CHARS}); put the headline on the first line by itself",
            )
        base = lines[first].start
        last = max(i for i in range(first, len(lines)) if lines[i].s) if lines else first
        segments = []
        begin, stop = lines[first].span
        segments.append(Segment("headline", begin - base, stop - base))
        body: list[str] = []
        dateline = ""
        for i in range(first + 1, last + 1):
            line = lines[i]
            if not line.s:
                continue
            begin, stop = line.span
            if not body and line.s[0].isalpha():
                found = _split_dateline(line.s)
                if found is not None:
                    dateline, skip = found
                    begin += skip
            segments.append(Segment("body", begin - base, stop - base))
            body.append(norm[begin:stop])
        if not body:
            raise SeedFormatError(
                filename,
                first + 1,
                "no body paragraph after the headline; paste the article's text below its headline",
            )
        article_text = norm[base : lines[last].span[1]]
        return ParsedArticle(
            headline=lines[first].s,
            date=date,
            date_kind="published",
            dateline=dateline,
            summary=(),
            body=tuple(body),
            captions=(),
            text=article_text,
            segments=tuple(segments),
            position=0,
            line=first + 1,
            fingerprint=hashlib.sha256(article_text.encode("utf-8")).hexdigest(),
        )
    except SeedFormatError:
        raise
    except Exception as exc:  # callers get one line, never a traceback
        raise SeedFormatError(
            filename,
            0,
            f"reader bug ({type(exc).__name__}: {_snip(str(exc))}); please report this text",
        ) from exc
