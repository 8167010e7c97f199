"""The extractor never fails on odd text, and its output always satisfies the invariants."""

from __future__ import annotations

import datetime
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction import extract_claims
from tests.extraction.checks import assert_invariants
from tests.extraction.corpus import Seg

WORDS = st.sampled_from([
    "said", "Police", "the", "army", "killed", "12", "1,200", "about", "more", "than", "at",
    "least", "dozens", "of", "people", ",", ".", "\u201c", "\u201d", "\"", "he", "according",
    "to", "Mr", "Smith", "(Reuters)", "-", "$2bn", "40%", "N50", "million", "between", "and",
    "no", "one", "was", "This", "made", "known", "by", "on", "Thursday", "July", "25", "2020",
    "\n", "Col.", "Abdoulaye", "Maiga", "'s", "statement", "added", "who", "\u2019", ":",
    "Q:", "A:", "three", "twenty-five", "a", "large", "number", "scores", "none", "were",
    "US", "us", "Them", "employers", "rose", "adding", "saying",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=80), st.lists(st.integers(0, 400), max_size=6))
def test_any_word_salad_extracts_without_error(words, cuts):
    text = " ".join(words)
    bounds = sorted({0, len(text), *[c for c in cuts if c < len(text)]})
    parts = ("headline", "summary", "body", "caption")
    segments = [Seg(parts[i % 4], a, b) for i, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False))]
    claims = extract_claims(text, segments, article_date=datetime.date(2024, 8, 5),
                            publisher="Fuzz Times")
    assert_invariants(claims, text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_text_extracts_without_error(text):
    claims = extract_claims(text, [Seg("body", 0, len(text))], article_date=None,
                            publisher="Fuzz Times")
    assert_invariants(claims, text)


def test_an_object_pronoun_in_capitals_opening_a_sentence_does_not_crash():
    # "US" opening a sentence was read as the pronoun "us" and stood for "we", a token the
    # sentence does not hold; a participle clause after it then looked it up and raised.
    for text in ("US employers added 150,000 jobs in May, adding to signs of a slowdown.",
                 "US shares rose 2% on Friday, extending a rally into a third week.",
                 "Us and our 40 volunteers cleared the beach, saying it took six hours."):
        claims = extract_claims(text, [Seg("body", 0, len(text))],
                                article_date=datetime.date(2025, 6, 6), publisher="Wire Desk")
        assert_invariants(claims, text)
        assert claims, text


def test_segments_out_of_range_are_clipped():
    text = "Police said 12 people died."
    claims = extract_claims(text, [Seg("body", -5, 500)], article_date=None, publisher="X")
    assert [(c.speaker, c.figure_text) for c in claims] == [("Police", "12")]


HANG_GUARD_SECONDS = 10.0  # (as in test_speakers.py: only runaway work trips it)


def _time_body(text: str) -> float:
    start = time.perf_counter()
    extract_claims(text, [Seg("body", 0, len(text))], article_date=None, publisher="X")
    return time.perf_counter() - start


def test_a_long_article_naming_a_study_in_every_sentence_does_not_hang():
    # "the researchers said" is no document's issuer, so the look back for one must not read
    # the whole article again for every sentence (nor scan the whole history for each)
    text = "The study found 12. The researchers said 14. The team said 15. " * 700
    assert _time_body(text) < HANG_GUARD_SECONDS


def test_the_look_back_for_a_document_reads_each_sentence_once_per_word(monkeypatch):
    # A count of work, not of seconds: how often a sentence is read for a document's word
    # ("study", and its other words "report", "paper" ... that "the study" may stand for)
    # grows with the article, not with its square (it was 63,027 reads for 300 sentences and
    # 246,327 for 600, when every look-up read the whole article back again)
    from claims.extraction import speakers

    reads = 0
    names_document = speakers._names_document

    def counted(text, doc):
        nonlocal reads
        reads += 1
        return names_document(text, doc)

    monkeypatch.setattr(speakers, "_names_document", counted)
    counts = []
    for copies in (100, 200):
        reads = 0
        text = "The study found 12. The researchers said 14. The team said 15. " * copies
        extract_claims(text, [Seg("body", 0, len(text))], article_date=None, publisher="X")
        counts.append(reads)
    assert counts[0] > 0 and counts[1] <= 2.1 * counts[0]


def test_a_long_article_repeating_a_company_name_does_not_hang():
    # ("Kinta Rail Berhad": whether the name is part of a longer one is read once, not once a
    # sentence over the whole article)
    text = "Kinta Rail Berhad said 5. Bhd " * 1700
    assert _time_body(text) < HANG_GUARD_SECONDS


_SPAN_ALPHABET = st.sampled_from(list("ab A.-_'é1 \u2019,"))


@settings(max_examples=300, deadline=None)
@given(st.text(_SPAN_ALPHABET, max_size=30), st.text(_SPAN_ALPHABET, min_size=1, max_size=4))
def test_word_spans_find_what_a_bounded_pattern_finds(text, word):
    """`_word_spans` stands in for `re.finditer(rf"\\b{re.escape(word)}\\b", text)` (and for
    the pattern without the closing boundary), so that no pattern is compiled per name."""
    import re

    from claims.extraction.speakers import _word_spans

    both = [m.span() for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
    start_only = [m.span() for m in re.finditer(rf"\b{re.escape(word)}", text)]
    assert list(_word_spans(text, word)) == both
    assert list(_word_spans(text, word, bounded_end=False)) == start_only
