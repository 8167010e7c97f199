"""bench/extract_instructions.py: the fixed work an instruction count is taken over."""

from __future__ import annotations

from unittest import mock

from bench import extract_instructions


def test_it_extracts_the_number_of_articles_asked_for_and_says_so(capsys):
    with mock.patch.object(extract_instructions, "extract_claims",
                           wraps=extract_instructions.extract_claims) as extract:
        extract_instructions.main(["3"])
    assert capsys.readouterr().out.strip() == "3"
    assert extract.call_count == 4  # one to warm up, then the three
