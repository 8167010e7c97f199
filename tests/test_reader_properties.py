"""Property tests: whatever text the reader gets, it returns articles whose segments slice
exactly, or refuses with a one-line SeedFormatError -- never another exception, never slowly."""

from __future__ import annotations

import datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sources.reader import (
    PARTS,
    ParsedArticle,
    SeedFormatError,
    decode_seed_bytes,
    parse_plain_article,
    parse_seed_text,
)

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_0bd10977ca86cbfa.txt"
SEED_LINES = SEED.read_text(encoding="utf-8").split("\n")

FAST = settings(
    max_examples=200,
    deadline=2000,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Characters that matter to the reader's rules, mixed into otherwise arbitrary text.
SPECIAL = list("•()\n\r:—-@ \u00a0\u2028\ufeff\t") + [
    "Updated 05 August 2024",
    "Published 31 Feb 2024",
    "Follow",
    "Short Url",
    "DAKAR: ",
    " (Reuters)",
    "\r\n",
    "\n\n",
]


def check_articles(articles: list[ParsedArticle]) -> None:
    assert articles
    for position, article in enumerate(articles):
        assert article.position == position
        assert article.line >= 1
        assert article.body, "an article is never returned without a body"
        assert article.date_kind in ("updated", "published")
        assert "\r" not in article.text and "\u00a0" not in article.text
        previous_end = 0
        for segment in article.segments:
            assert segment.part in PARTS
            assert previous_end <= segment.start < segment.end <= len(article.text)
            piece = article.text[segment.start : segment.end]
            assert piece == piece.strip()
            previous_end = segment.end
        body = [article.text[s.start : s.end] for s in article.segments if s.part == "body"]
        assert tuple(body) == article.body


def check_refusal(error: SeedFormatError, filename: str) -> None:
    message = str(error)
    assert message.startswith(f"{filename}:{error.line}: ")
    assert "\n" not in message and "\r" not in message
    assert error.line >= 0
    assert not error.reason.startswith("reader bug"), message


def parse_or_refuse(text: str, filename: str = "prop.txt") -> None:
    try:
        articles = parse_seed_text(text, filename)
    except SeedFormatError as error:
        check_refusal(error, filename)
    else:
        check_articles(articles)


@FAST
@given(st.text())
def test_arbitrary_text_parses_or_is_refused(text):
    parse_or_refuse(text)


@FAST
@given(st.lists(st.one_of(st.sampled_from(SPECIAL), st.text(max_size=12)), max_size=60))
def test_text_built_from_format_pieces_parses_or_is_refused(pieces):
    parse_or_refuse("".join(pieces))


@st.composite
def mutated_seed(draw) -> str:
    lines = list(SEED_LINES)
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        if not lines:
            break
        at = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "swap", "insert", "blank"]))
        if action == "delete":
            del lines[at]
        elif action == "duplicate":
            lines.insert(at, lines[at])
        elif action == "swap":
            other = draw(st.integers(min_value=0, max_value=len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif action == "insert":
            line = lines[at]
            cut = draw(st.integers(min_value=0, max_value=len(line)))
            extra = draw(st.one_of(st.sampled_from(SPECIAL), st.text(max_size=5)))
            lines[at] = line[:cut] + extra + line[cut:]
        else:
            lines.insert(at, "")
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    return newline.join(lines)


@FAST
@given(mutated_seed())
def test_mutated_seed_text_parses_or_is_refused(text):
    parse_or_refuse(text)


@FAST
@given(st.binary(max_size=400), st.sampled_from([None, "latin-1", "utf-16", "cp1252"]))
def test_arbitrary_bytes_decode_or_are_refused(data, encoding):
    try:
        text = decode_seed_bytes(data, "bytes.txt", encoding)
    except SeedFormatError as error:
        check_refusal(error, "bytes.txt")
    else:
        assert "\x00" not in text
        parse_or_refuse(text, "bytes.txt")


@FAST
@given(st.text())
def test_plain_articles_parse_or_are_refused(text):
    try:
        article = parse_plain_article(text, datetime.date(2024, 1, 2), "plain.txt")
    except SeedFormatError as error:
        check_refusal(error, "plain.txt")
    else:
        check_articles([article])
