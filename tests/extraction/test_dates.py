"""Date expressions resolve against the article date as the dates module documents."""

from __future__ import annotations

import datetime

import pytest

from claims.extraction.dates import find_dates

MONDAY = datetime.date(2024, 8, 5)


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("said on Thursday", datetime.date(2024, 8, 1)),
        ("said Sunday", datetime.date(2024, 8, 4)),
        ("said on Monday", MONDAY),
        ("late on Friday", datetime.date(2024, 8, 2)),
        ("said yesterday", datetime.date(2024, 8, 4)),
        ("said today", MONDAY),
        ("this week", MONDAY),
        ("last week", datetime.date(2024, 7, 29)),
        ("last month", datetime.date(2024, 7, 1)),
        ("earlier this month", datetime.date(2024, 8, 1)),
        ("last year", datetime.date(2023, 1, 1)),
        ("two weeks ago", datetime.date(2024, 7, 22)),
        ("3 days ago", datetime.date(2024, 8, 2)),
        ("a month ago", datetime.date(2024, 7, 5)),
        ("on July 25", datetime.date(2024, 7, 25)),
        ("on 25 July", datetime.date(2024, 7, 25)),
        ("on December 25", datetime.date(2023, 12, 25)),
        ("on August 4, 2024", datetime.date(2024, 8, 4)),
        ("Updated 05 August 2024", datetime.date(2024, 8, 5)),
        ("said in November", datetime.date(2023, 11, 1)),
        ("said in July", datetime.date(2024, 7, 1)),
        ("in November 2023", datetime.date(2023, 11, 1)),
        ("since 2014", datetime.date(2014, 1, 1)),
    ],
)
def test_date_phrases_resolve_relative_to_the_article_date(phrase, expected):
    found = find_dates(phrase, MONDAY)
    assert [d.value for d in found] == [expected]


def test_without_an_article_date_only_dated_phrases_resolve():
    assert [d.value for d in find_dates("on Thursday", None)] == [None]
    assert [d.value for d in find_dates("on August 4, 2024", None)] == [datetime.date(2024, 8, 4)]


def test_may_the_verb_is_not_a_month():
    assert find_dates("Officials may revise the toll.", MONDAY) == []
    assert [d.value for d in find_dates("It happened in May.", MONDAY)] == [
        datetime.date(2024, 5, 1)]
