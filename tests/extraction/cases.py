"""The harness the round test files share (tests/extraction/test_s18_*.py).

Each case is (id, paragraphs, pairs that must be found, pairs that must not, options for
`run`); a case whose id is in the file's XFAIL map, or whose options carry "xfail", is a strict
xfail with that reason, so a rule that starts passing it is noticed.
"""

from __future__ import annotations

import pytest

from tests.extraction.test_speakers import run


def case_params(cases, xfail=None):
    """pytest params for `cases`, each named by its id; unknown XFAIL ids are an error."""
    xfail = xfail or {}
    ids = [case[0] for case in cases]
    if len(ids) != len(set(ids)):
        raise ValueError(f"case ids repeat: {sorted(i for i in set(ids) if ids.count(i) > 1)}")
    unknown = set(xfail) - set(ids)
    if unknown:
        raise ValueError(f"XFAIL names no case: {sorted(unknown)}")
    params = []
    for case_id, paragraphs, wanted, unwanted, options in cases:
        options = dict(options)
        reason = options.pop("xfail", None) or xfail.get(case_id)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(paragraphs, wanted, unwanted, options, id=case_id,
                                   marks=marks))
    return params


def check_pairs(paragraphs, wanted, unwanted, options):
    """Every wanted (speaker, figure) pair is extracted and no unwanted one is."""
    got = {(c.speaker, c.figure_text) for c in run(*paragraphs, **options)}
    for pair in wanted:
        assert pair in got, (pair, sorted(got))
    for pair in unwanted:
        assert pair not in got, (pair, sorted(got))
