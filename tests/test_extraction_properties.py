"""Property tests: the extractor never crashes, never hangs, and keeps its invariants on any text."""

from __future__ import annotations

import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.extraction import extract_claims
from sources.reader import SeedFormatError, parse_plain_article

WORDS = [
    "said", "killed", "at least", "more than", "about", "dozens of", "hundreds", "of", "the",
    "police", "according to", "rebels", "84", "1,200", "3.5 million", "$2bn", "40%", "between",
    "and", "20-30", "no one was", "in 2020", "on July 25", "he told reporters.", "Col.", "John Doe",
    "\"", "“", "”", ",", ".", "\n", "\n\n", "(Reuters) -", "LAGOS:", "twenty-five", "a dozen",
    "up to", "fewer than", "nearly", "a large number of deaths", "scores of", "tens of thousands",
]

sentences = st.lists(st.sampled_from(WORDS), min_size=1, max_size=60).map(" ".join)
any_text = st.one_of(st.text(max_size=2000), sentences)


def check_invariants(text: str) -> None:
    try:
        article = parse_plain_article(f"Headline\n\n{text}", datetime.date(2024, 8, 5))
    except SeedFormatError:
        return  # a documented refusal
    claims = extract_claims(
        article.text, article.segments, article_date=article.date, publisher="Test Wire"
    )
    for claim in claims:
        assert claim.appearances
        if claim.lower is not None and claim.value is not None:
            assert claim.lower <= claim.value
        if claim.upper is not None and claim.value is not None:
            assert claim.value <= claim.upper
        if claim.lower is not None and claim.upper is not None:
            assert claim.lower <= claim.upper
        for appearance in claim.appearances:
            assert article.text[appearance.start : appearance.end] == appearance.quote
            assert appearance.start <= appearance.figure_start < appearance.figure_end
            assert appearance.figure_end <= appearance.end


@settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_extractor_keeps_offsets_and_bounds_on_any_text(text):
    check_invariants(text)


@settings(max_examples=60, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(sentences, min_size=1, max_size=8))
def test_extractor_keeps_invariants_on_multi_paragraph_articles(paragraphs):
    check_invariants("\n\n".join(paragraphs))


def test_a_one_megabyte_sentence_does_not_hang():
    text = "The rebels said " + "many more of the 84 fighters and " * 30000 + "were killed."
    check_invariants(text)
