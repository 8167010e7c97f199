"""The claim changelist: review queue, columns, filters, search, and a pinned query count."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from claims.admin import EstimatedCountPaginator
from claims.models import (
    Claim,
    Event,
    RelationKind,
    RelationStatus,
    SpeakerAlias,
    SpeakerKind,
    Status,
)
from claims.services.review import set_review
from tests.admin_fixtures import quoted_claim, relate
from tests.conftest import make_claim, make_source, make_speaker

pytestmark = pytest.mark.django_db

URL = "/admin/claims/claim/"


def listed(response) -> list[Claim]:
    return list(response.context["cl"].result_list)


def make_desk(n: int) -> None:
    """n claims by varied speakers and sources, with events, aliases, appearances, relations."""
    events = [Event.objects.create(name=f"Battle {i}", slug=f"battle-{i}") for i in range(3)]
    previous = None
    for i in range(n):
        speaker = make_speaker(kind=[SpeakerKind.PERSON, SpeakerKind.ARMED_GROUP][i % 2])
        SpeakerAlias.objects.create(speaker=speaker, alias=f"Alias {i}")
        claim = quoted_claim(
            [f"Report {i}", f"The group said {i + 10} fighters were killed."],
            f"The group said {i + 10} fighters were killed.",
            str(i + 10),
            speaker=speaker,
            value=i + 10,
            event=events[i % 3],
        )
        if previous is not None:
            kind = RelationKind.CONTRADICTS if i % 2 else RelationKind.CONFIRMS
            relate(previous, claim, kind)
        previous = claim


# --- access and the queue -----------------------------------------------------------------


def test_anonymous_is_sent_to_login(client):
    claim = make_claim()
    for url in (URL, URL + "review-queue/", URL + f"{claim.pk}/compare/", URL + f"{claim.pk}/change/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response.url.startswith("/admin/login/"), url
    response = client.post(URL + f"{claim.pk}/compare/", {"do": "review", "status": "verified"})
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.status == Status.UNREVIEWED


def test_outsider_with_staff_flag_but_no_group_is_refused(client, outsider):
    client.force_login(outsider)
    assert client.get(URL).status_code == 403
    assert client.get(URL + "review-queue/").status_code == 403
    index = client.get("/admin/").content.decode()
    assert "You don’t have permission to view or edit anything." in index


def test_reviewer_lands_on_the_review_queue_contradictions_first(client, reviewer, editor):
    make_claim(text="calm claim")
    contested = make_claim(text="contested claim")
    other = make_claim(text="other side")
    done = make_claim(text="already verified")
    relate(contested, other, RelationKind.CONTRADICTS)
    set_review(done, user=reviewer, status=Status.VERIFIED)
    client.force_login(reviewer)
    response = client.get(URL)
    assert response.status_code == 302
    assert response.url == URL + "?queue=todo"
    rows = [c.text for c in listed(client.get(response.url))]
    assert set(rows[:2]) == {"contested claim", "other side"}
    assert "calm claim" in rows
    assert "already verified" not in rows


def test_review_queue_url_and_all_filter(client, reviewer):
    make_claim(text="open claim")
    done = make_claim(text="closed claim")
    set_review(done, user=reviewer, status=Status.REJECTED)
    client.force_login(reviewer)
    response = client.get(URL + "review-queue/")
    assert response.status_code == 302
    assert response.url.endswith("?queue=todo")
    assert [c.text for c in listed(client.get(URL + "?queue=all"))] == [
        "closed claim",
        "open claim",
    ]


def test_editor_lands_on_all_claims(client, editor, reviewer):
    done = make_claim(text="closed claim")
    set_review(done, user=reviewer, status=Status.VERIFIED)
    client.force_login(editor)
    response = client.get(URL)
    assert response.status_code == 200
    assert [c.text for c in listed(response)] == ["closed claim"]


# --- columns, filters and search ----------------------------------------------------------


def test_row_shows_figure_bounds_source_link_and_relation_counts(client, editor):
    claim = make_claim(
        text="over 300 killed",
        figure_text="over 300",
        value=300,
        lower=300,
        search_text="over 300 killed",
    )
    relate(claim, make_claim(), RelationKind.CONTRADICTS)
    relate(make_claim(), claim, RelationKind.CONTRADICTS)
    relate(claim, make_claim(), RelationKind.CONFIRMS)
    relate(claim, make_claim(), RelationKind.CONTRADICTS, status=RelationStatus.REJECTED)
    client.force_login(editor)
    response = client.get(URL + f"?q={claim.text}")
    row = listed(response)[0]
    assert (row.n_confirms, row.n_contradicts) == (1, 2)
    page = response.content.decode()
    assert "over 300<br><span class=\"claim-meta\">300 · 300–…</span>" in page
    assert reverse("admin:sources_source_change", args=[claim.source_id]) in page


def test_search_matches_quote_alias_and_headline_once_each(client, editor):
    speaker = make_speaker("Abdoulaye Maiga")
    SpeakerAlias.objects.create(speaker=speaker, alias="Col. Maiga")
    SpeakerAlias.objects.create(speaker=speaker, alias="Colonel Maiga")
    claim = quoted_claim(
        ["Mali cuts ties", "Spokesman Col. Maiga said 47 soldiers died near Tinzaouatene."],
        "Spokesman Col. Maiga said 47 soldiers died near Tinzaouatene.",
        "47",
        speaker=speaker,
        value=47,
    )
    make_claim(text="unrelated 12 claim", value=12)
    client.force_login(editor)
    for term in ["Tinzaouatene", "colonel maiga", "Mali cuts", '"Col. Maiga"']:
        rows = listed(client.get(URL, {"q": term, "queue": "all"}))
        assert [row.pk for row in rows] == [claim.pk], term


def test_search_finds_words_by_their_beginning_and_needs_every_term(client, editor):
    claim = quoted_claim(
        ["Clashes in the north", "Officials said 47 soldiers died near Tinzaouatene."],
        "Officials said 47 soldiers died near Tinzaouatene.",
        "47",
        value=47,
    )
    quoted_claim(
        ["Other news", "Officials said 12 soldiers died near Kidal."],
        "Officials said 12 soldiers died near Kidal.",
        "12",
        value=12,
    )
    client.force_login(editor)
    for term in ["Tinza", "tinzaouatene soldiers", "soldier tinza"]:
        assert [row.pk for row in listed(client.get(URL, {"q": term}))] == [claim.pk], term
    assert listed(client.get(URL, {"q": "Tinzaouatene Kidal"})) == []


def test_search_finds_an_alias_added_after_the_claims(client, editor):
    speaker = make_speaker("Abdoulaye Maiga")
    claim = quoted_claim(
        ["Mali cuts ties", "Abdoulaye Maiga said 47 soldiers died."],
        "Abdoulaye Maiga said 47 soldiers died.",
        "47",
        speaker=speaker,
        value=47,
    )
    SpeakerAlias.objects.create(speaker=speaker, alias="Interim Premier")
    client.force_login(editor)
    assert [row.pk for row in listed(client.get(URL, {"q": "interim premier"}))] == [claim.pk]


@pytest.mark.parametrize("term", ["!!!", "'", '"', "&|:*", "a & b", "( ) <->"])
def test_search_with_punctuation_answers_without_error(client, editor, term):
    make_claim(search_text="84 fighters killed")
    client.force_login(editor)
    assert client.get(URL, {"q": term}).status_code == 200


def test_date_hierarchy_lists_every_year_from_the_first_to_the_last(client, editor):
    for year in (2022, 2024):
        make_claim(stated_on=datetime.date(year, 5, 1))
    client.force_login(editor)
    assert [c["title"] for c in _hierarchy(client.get(URL))] == ["2022", "2023", "2024"]


def test_date_hierarchy_lists_only_years_with_claims_when_they_are_far_apart(client, editor):
    for year in (1950, 2024):
        make_claim(stated_on=datetime.date(year, 5, 1))
    client.force_login(editor)
    assert [c["title"] for c in _hierarchy(client.get(URL))] == ["1950", "2024"]


def test_date_hierarchy_within_one_year_lists_its_months_and_drills_down(client, editor):
    make_claim(stated_on=datetime.date(2024, 3, 30))
    make_claim(stated_on=datetime.date(2024, 5, 2))
    client.force_login(editor)
    assert [c["title"] for c in _hierarchy(client.get(URL))] == [
        "March 2024",
        "April 2024",
        "May 2024",
    ]
    response = client.get(URL, {"stated_on__year": 2024, "stated_on__month": 3})
    assert [c["title"] for c in _hierarchy(response)] == ["30 March"]
    assert len(listed(response)) == 1


def _hierarchy(response) -> list[dict]:
    """The date_hierarchy links the changelist page shows."""
    from django.contrib.admin.templatetags.admin_list import date_hierarchy

    return date_hierarchy(response.context["cl"])["choices"]


def test_filters_for_contradictions_suggestions_speaker_kind_event_and_source(client, editor):
    event = Event.objects.create(name="Battle of Tinzaouatene", slug="tinza")
    group = make_speaker("CSP-DPA", kind=SpeakerKind.ARMED_GROUP)
    a = make_claim(speaker=group, event=event)
    b = make_claim()
    c = make_claim()
    relate(a, b, RelationKind.CONTRADICTS, status=RelationStatus.ACCEPTED)
    relate(b, c, RelationKind.CONFIRMS, status=RelationStatus.SUGGESTED)
    client.force_login(editor)

    def pks(**params):
        return {row.pk for row in listed(client.get(URL, params))}

    assert pks(contradicted="yes") == {a.pk, b.pk}
    assert pks(contradicted="no") == {c.pk}
    assert pks(suggestions="yes") == {b.pk, c.pk}
    assert pks(speaker__kind__exact=SpeakerKind.ARMED_GROUP) == {a.pk}
    assert pks(event=event.pk) == {a.pk}
    assert pks(source=c.source_id) == {c.pk}


def test_source_filter_offers_the_selected_source_even_when_old(client, editor):
    old = make_source(headline="Very old article", published_on=None)
    make_claim(source=old)
    for _ in range(16):
        make_claim()
    client.force_login(editor)
    page = client.get(URL, {"source": old.pk}).content.decode()
    assert "Very old article" in page


# --- cost -------------------------------------------------------------------------------


@pytest.mark.parametrize("rows", [20, 120])
def test_changelist_query_count_is_pinned_for_editor(client, editor, rows, django_assert_num_queries):
    make_desk(rows)
    client.force_login(editor)
    client.get(URL)  # warm the content-type and permission caches like a second page view
    with django_assert_num_queries(EDITOR_QUERIES):
        response = client.get(URL)
    assert len(listed(response)) == min(rows, 50)


@pytest.mark.parametrize("rows", [20, 120])
def test_review_queue_query_count_is_pinned(client, reviewer, rows, django_assert_num_queries):
    make_desk(rows)
    client.force_login(reviewer)
    client.get(URL + "?queue=todo")
    with django_assert_num_queries(REVIEWER_QUERIES):
        response = client.get(URL + "?queue=todo")
    assert len(listed(response)) == min(rows, 50)
    first = listed(response)[0]
    assert first.n_contradicts >= 1


@pytest.mark.parametrize("rows", [20, 120])
def test_searching_costs_the_same_queries(client, editor, rows, django_assert_num_queries):
    make_desk(rows)
    client.force_login(editor)
    client.get(URL + "?q=fighters")
    with django_assert_num_queries(EDITOR_QUERIES):
        response = client.get(URL + "?q=fighters")
    assert len(listed(response)) == min(rows, 50)


EDITOR_QUERIES = 9
REVIEWER_QUERIES = 9


def test_paginator_counts_small_results_exactly():
    for _ in range(3):
        make_claim()
    paginator = EstimatedCountPaginator(Claim.objects.all(), 2)
    assert paginator.count == 3
    assert paginator.num_pages == 2


def test_paginator_shows_a_filtered_result_beyond_the_cap_as_cap_plus(
    monkeypatch, django_assert_num_queries
):
    for _ in range(4):
        make_claim()
    monkeypatch.setattr(EstimatedCountPaginator, "CAP", 2)
    paginator = EstimatedCountPaginator(Claim.objects.filter(value__gt=0), 2)
    # One bounded COUNT and no second, full one: only unfiltered PostgreSQL tables are
    # estimated, any other result beyond the cap is "more than the cap".
    with django_assert_num_queries(1):
        count = paginator.count
    assert str(count) == "2+"
    assert paginator.num_pages == 2


def test_changelist_names_a_result_beyond_the_cap_with_a_plus(client, editor, monkeypatch):
    for _ in range(4):
        make_claim()
    monkeypatch.setattr(EstimatedCountPaginator, "CAP", 2)
    client.force_login(editor)
    page = client.get(URL, {"status__exact": Status.UNREVIEWED}).content.decode()
    assert "2+ claims" in page


def test_queue_filter_all_link_keeps_the_reviewer_on_all_claims(client, reviewer):
    make_claim()
    client.force_login(reviewer)
    response = client.get(URL + "?queue=todo")
    spec = next(s for s in response.context["cl"].filter_specs if s.parameter_name == "queue")
    links = {c["display"]: c for c in spec.choices(response.context["cl"])}
    assert links["To review (contradictions first)"]["selected"]
    assert links["All claims"]["query_string"] == "?queue=all"
    assert client.get(URL + "?queue=all").status_code == 200


def test_paginator_estimates_a_huge_unfiltered_postgresql_table(monkeypatch):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if connection.vendor != "postgresql":
        pytest.skip("pg_class estimates exist on PostgreSQL only")
    for _ in range(4):
        make_claim()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE claims_claim")
    monkeypatch.setattr(EstimatedCountPaginator, "CAP", 2)
    with CaptureQueriesContext(connection) as queries:
        count = EstimatedCountPaginator(Claim.objects.all(), 2).count
    assert count == 4
    assert "pg_class" in queries[-1]["sql"]
    assert not any("COUNT(*) FROM \"claims_claim\"" in q["sql"] for q in queries)
