"""bench/extract_instructions.py: the fixed work an instruction count is taken over."""

from __future__ import annotations

from unittest import mock

from bench import extract_instructions


def _calls(n: str, capsys) -> list:
    with mock.patch.object(extract_instructions, "extract_claims",
                           wraps=extract_instructions.extract_claims) as extract:
        extract_instructions.main([n])
    assert capsys.readouterr().out.strip() == n
    return extract.call_args_list


def test_it_extracts_the_number_of_articles_asked_for_and_says_so(capsys):
    asked, baseline = _calls("3", capsys), _calls("0", capsys)
    # a run with N less the run with 0 (as the module's docstring subtracts them) leaves the
    # N extractions alone: both runs do the same one warm-up extraction first, of the first
    # article, and the N that follow are N different articles
    assert len(baseline) == 1 and len(asked) == 4
    assert asked[0] == baseline[0] == asked[1]
    assert len({call.args[0] for call in asked[1:]}) == 3
