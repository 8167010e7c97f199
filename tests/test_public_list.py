"""The public claim list: each filter, bad filter values, facets, sorting, paging, JSON and CSV."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import pytest

from claims import views
from claims.models import ClaimRelation, RelationKind, RelationStatus, SpeakerKind
from tests.conftest import make_claim, make_speaker
from tests.public_fixtures import *  # noqa: F403 -- the world and fresh_cache fixtures
from tests.public_fixtures import bulk_claims

pytestmark = pytest.mark.django_db


def listed_ids(client, query: str = "") -> list[int]:
    response = client.get("/claims/?format=json" + ("&" + query if query else ""))
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def test_home_and_list_show_public_claims_newest_first(client, world):
    for url in ("/", "/claims/"):
        html = client.get(url).content.decode()
        assert "Over 12,000 people displaced by the Ruvu floods" in html
        assert html.index("8,500 people in the camps, again") < html.index(
            "Over 12,000 people displaced"
        )


def test_unreviewed_claims_carry_the_not_yet_reviewed_label(client, world):
    html = client.get("/claims/?status=unreviewed").content.decode()
    assert "8,500 displaced people in camps" in html
    assert '<span class="status status-unreviewed">Not yet reviewed</span>' in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=verified", {"verified"}),
        ("status=unreviewed", {"unreviewed"}),
        ("verdict=inaccurate", {"bridges"}),
        ("verdict=unverifiable", {"repeat"}),
        ("qualifier=over", {"verified"}),
        ("qualifier=up_to", {"bridges"}),
        ("kind=organisation", {"unreviewed", "repeat"}),
        ("kind=person", {"verified", "bridges"}),
        ("speaker=amina-okafor", {"verified", "bridges"}),
        ("event=ruvu-delta-floods", {"verified", "unreviewed", "bridges", "repeat"}),
        ("source=camps-fill-up", {"repeat"}),
        ("source=floods-ruvu-delta", {"verified", "unreviewed", "bridges"}),
        ("value_min=8500&value_max=9000", {"unreviewed", "repeat"}),
        ("value_min=10000", {"verified"}),
        ("value_max=40", {"bridges"}),
        ("stated_after=2024-03-04", {"bridges", "repeat"}),
        ("stated_before=2024-03-03", {"verified", "unreviewed"}),
        ("stated_after=2024-03-04&stated_before=2024-03-04", {"bridges"}),
        ("has_contradictions=true", {"verified", "unreviewed"}),
        ("has_contradictions=false", {"bridges", "repeat"}),
        ("q=bridges", {"bridges"}),
        ("q=Okafor", {"verified", "bridges"}),
        ("q=Delta Relief", {"unreviewed", "repeat"}),
        ("q=volcano", set()),
    ],
)
def test_each_filter_narrows_the_list(client, world, query, expected):
    ids = set(listed_ids(client, query))
    assert ids == {getattr(world, name).pk for name in expected}


def test_filters_combine(client, world):
    assert listed_ids(client, "kind=person&status=disputed") == [world.bridges.pk]


def test_requests_with_the_same_filters_share_no_state(client, world):
    # The filter form's fields are shared between requests (claims/filters.py): one request's
    # values and errors must never reach the next.
    assert set(listed_ids(client, "speaker=amina-okafor&q=bridges")) == {world.bridges.pk}
    bad = client.get("/claims/?format=json&speaker=nobody-has-this&q=bridges")
    assert bad.status_code == 400 and "speaker" in bad.json()["errors"]
    assert set(listed_ids(client, "speaker=delta-relief-society&q=displaced")) == {
        world.unreviewed.pk
    }
    page = client.get("/claims/?speaker=delta-relief-society").content.decode()
    assert "No speaker has that address name" not in page


def test_contradiction_with_a_rejected_claim_does_not_count(client, world):
    # The rejected claim contradicts `verified` too; only the accepted public pair counts.
    ClaimRelation.objects.filter(from_claim=world.verified, to_claim=world.unreviewed).delete()
    assert listed_ids(client, "has_contradictions=true") == []


def test_suggested_contradictions_do_not_count_as_contradictions(client, world):
    ClaimRelation.objects.create(
        from_claim=world.bridges,
        to_claim=world.repeat,
        kind=RelationKind.CONTRADICTS,
        status=RelationStatus.SUGGESTED,
    )
    assert world.bridges.pk not in listed_ids(client, "has_contradictions=true")


def test_active_filters_are_shown_with_a_remove_link(client, world):
    html = client.get("/claims/?speaker=amina-okafor&status=verified").content.decode()
    assert "Speaker: <strong>Amina Okafor</strong>" in html
    assert 'href="?status=verified" aria-label="Remove filter Speaker"' in html


BAD_VALUES = [
    ("value_min=abc", "Figure at least", "Enter a number."),
    ("value_max=1e999", "Figure at most", "Ensure that there are no more than"),
    ("value_min=NaN", "Figure at least", "Enter a number."),
    ("stated_after=2024-13-45", "Stated on or after", "Enter a valid date."),
    ("stated_before=yesterday", "Stated on or before", "Enter a valid date."),
    ("page=-1", "Page", "Page must be a whole number from 1 to 5000."),
    ("page=abc", "Page", "Page must be a whole number from 1 to 5000."),
    ("page=999999", "Page", "Page must be a whole number from 1 to 5000."),
    ("page=0", "Page", "Page must be a whole number from 1 to 5000."),
    ("sort=;drop", "Sort", "Select a valid choice."),
    ("sort=id", "Sort", "Select a valid choice."),
    ("status=rejected", "Status", "Select a valid choice."),
    ("verdict=true", "Verdict", "Select a valid choice."),
    ("has_contradictions=maybe", "Contradicted", "Select a valid choice."),
    ("speaker=nobody-at-all", "Speaker", "No speaker has that address name"),
    ("speaker=%3Cscript%3E", "Speaker", "A speaker is named by its address name"),
    ("event=nowhere", "Event", "No event has that address name"),
    ("source=" + "s" * 300, "Source", "A source is named by its address name"),
    ("q=" + "flood " * 40, "Search", "Ensure this value has at most 200 characters"),
    ("q=" + "x" * 10_000, "Search", "Too long: at most 1000 characters."),
    ("q=%00", "Search", "Null characters are not allowed."),
]


@pytest.mark.parametrize(("query", "label", "message"), BAD_VALUES)
def test_bad_filter_values_are_explained_on_the_page(client, world, query, label, message):
    response = client.get("/claims/?" + query)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="errors"' in html
    assert f"<strong>{label}</strong>: {message}" in html.replace("&#x27;", "'")
    assert "Over 12,000 people displaced" not in html  # no results under a broken filter


@pytest.mark.parametrize(("query", "label", "message"), BAD_VALUES)
def test_bad_filter_values_give_a_json_400(client, world, query, label, message):
    for fmt in ("json", "csv"):
        response = client.get(f"/claims/?format={fmt}&" + query)
        assert response.status_code == 400
        errors = response.json()["errors"]
        assert any(message in text for texts in errors.values() for text in texts), errors


def test_speaker_with_only_rejected_claims_cannot_be_picked(client, world):
    response = client.get("/claims/?speaker=rival-group-spokesman&format=json")
    assert response.status_code == 400
    assert "Rival Group Spokesman" not in response.content.decode()


@pytest.mark.parametrize(
    "q", ['"unbalanced', "!!!", "the", "a & b | !c", "-", "Okafor:*", "déplacés", "12,000"]
)
def test_odd_search_text_never_fails(client, world, q):
    response = client.get("/claims/", {"q": q, "format": "json"})
    assert response.status_code == 200
    assert world.rejected.pk not in [row["id"] for row in response.json()["results"]]


def test_head_requests_get_no_body_and_no_error(client, world):
    for url in ("/claims/?format=csv", "/claims/?format=json", "/claims/"):
        assert client.head(url).status_code == 200


def test_unknown_format_is_refused(client, world):
    response = client.get("/claims/?format=xml")
    assert response.status_code == 400
    assert response.json() == {"errors": {"format": ["Format must be one of: html, json, csv."]}}


def test_unknown_parameters_are_ignored(client, world):
    assert len(listed_ids(client, "utm_source=newsletter")) == 4


def test_facets_count_the_filtered_claims(client, world):
    body = client.get("/claims/?format=json&speaker=amina-okafor").json()
    assert body["count"] == 2
    assert body["facets"]["status"] == {
        "unreviewed": 0,
        "in_review": 0,
        "verified": 1,
        "disputed": 1,
    }
    assert body["facets"]["verdict"]["mostly_accurate"] == 1
    assert body["facets"]["verdict"]["inaccurate"] == 1
    assert body["facets"]["speaker_kind"]["person"] == 2
    assert body["facets"]["speaker_kind"]["organisation"] == 0


def test_facets_are_links_that_keep_the_other_filters(client, world):
    html = client.get("/claims/?kind=person").content.decode()
    assert (
        '<a href="?kind=person&amp;status=verified">Verified</a> <span class="count">1</span>'
        in html
    )
    assert '<li class="active"><a href="?">Person</a> <span class="count">2</span></li>' in html


def test_sorting_by_value_and_by_stated_date(client, world):
    by_value = listed_ids(client, "sort=value_high")
    assert by_value[0] == world.verified.pk and by_value[-1] == world.bridges.pk
    assert listed_ids(client, "sort=value_low")[0] == world.bridges.pk
    assert listed_ids(client, "sort=stated")[0] == world.repeat.pk
    assert listed_ids(client, "sort=oldest")[0] == world.verified.pk


def test_claims_without_a_stated_date_sort_last_either_way(client, world):
    undated = make_claim(stated_on=None)
    assert listed_ids(client, "sort=stated")[-1] == undated.pk
    assert listed_ids(client, "sort=stated_oldest")[-1] == undated.pk


def test_pagination_links_keep_the_filters(client, db):
    bulk_claims(45, counts="boats sunk")
    html = client.get("/claims/?q=fighters&sort=value_high").content.decode()
    assert "Claims 1–20 of 45" in html
    assert 'rel="next" href="?q=fighters&amp;sort=value_high&amp;page=2"' in html
    assert 'rel="prev"' not in html
    page3 = client.get("/claims/?q=fighters&sort=value_high&page=3").content.decode()
    assert "Claims 41–45 of 45" in page3
    assert 'rel="prev" href="?q=fighters&amp;sort=value_high&amp;page=2"' in page3
    assert 'rel="next"' not in page3


def test_json_pages_link_to_each_other(client, db):
    bulk_claims(25)
    first = client.get("/claims/?format=json&sort=value_low").json()
    assert [row["value"] for row in first["results"]][:3] == [10, 11, 12]
    assert first["previous"] is None
    second = client.get(first["next"]).json()
    assert len(second["results"]) == 5
    assert second["next"] is None
    assert second["previous"] == "http://testserver/claims/?sort=value_low&format=json"
    assert {r["id"] for r in first["results"]}.isdisjoint({r["id"] for r in second["results"]})


def test_a_page_past_the_end_says_so(client, world):
    response = client.get("/claims/?page=7")
    assert response.status_code == 200
    assert "Page 7 is past the last page of these results." in response.content.decode()
    assert client.get("/claims/?page=7&format=json").json()["results"] == []


def test_json_twin_has_the_same_rows_and_fields(client, world):
    body = client.get("/claims/?format=json&status=verified").json()
    assert body["count"] == 1
    row = body["results"][0]
    assert row["url"] == f"http://testserver/claims/{world.verified.pk}/"
    assert row["figure_text"] == "over 12,000"
    assert row["value"] == 12000 and row["lower"] == 12000 and row["upper"] is None
    assert row["speaker"] == {
        "name": "Amina Okafor",
        "slug": "amina-okafor",
        "kind": "person",
        "url": "http://testserver/speakers/amina-okafor/",
    }
    assert row["source"]["publisher"] == "Coastal Courier"
    assert row["event"]["slug"] == "ruvu-delta-floods"
    assert row["verdict_label"] == "Mostly accurate"


def read_csv(response) -> list[dict[str, str]]:
    assert response.streaming, "CSV exports must stream"
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_twin_streams_every_matching_claim(client, db):
    bulk_claims(30, counts="boats sunk")
    make_claim(text="unrelated", search_text="unrelated", value=Decimal("5"))
    rows = read_csv(client.get("/claims/?format=csv&value_min=10"))
    assert len(rows) == 30  # not just one page
    assert {row["value"] for row in rows} == {str(v) for v in range(10, 40)}
    assert rows[0]["url"].startswith("http://testserver/claims/")


def test_csv_honours_filters_and_neutralises_formulas(client, world):
    speaker = make_speaker("=HYPERLINK(evil)", SpeakerKind.MEDIA)
    make_claim(speaker=speaker, text="+1 spreadsheet trick", value=Decimal("-3"))
    rows = read_csv(client.get("/claims/?format=csv&kind=media"))
    assert len(rows) == 1
    assert rows[0]["speaker"] == "'=HYPERLINK(evil)"
    assert rows[0]["text"] == "'+1 spreadsheet trick"
    assert rows[0]["value"] == "-3"
    rows = read_csv(client.get("/claims/?format=csv&status=verified"))
    assert [row["figure_text"] for row in rows] == ["over 12,000"]
    assert rows[0]["event"] == "Ruvu delta floods, March 2024"


def test_json_output_is_valid_json_with_unicode(client, world):
    raw = client.get("/claims/?format=json").content.decode()
    assert json.loads(raw)["count"] == 4


def test_csv_export_larger_than_one_fetch_streams_every_row_in_order(
    client, db, monkeypatch, django_assert_num_queries
):
    bulk_claims(30, counts="boats sunk")
    whole = read_csv(client.get("/claims/?format=csv&sort=value_high"))
    monkeypatch.setattr(views, "CSV_FETCH_ROWS", 7)
    # More rows than one fetch: a first plain read finds an eighth row, then one cursor
    # streams them all (the first read is dropped, not stitched to the rest).
    with django_assert_num_queries(2):
        chunked = read_csv(client.get("/claims/?format=csv&sort=value_high"))
    assert [row["id"] for row in chunked] == [row["id"] for row in whole]
    assert len(chunked) == 30


def test_csv_export_that_fits_one_fetch_is_one_plain_query(
    client, db, monkeypatch, django_assert_num_queries
):
    bulk_claims(7, counts="boats sunk")
    monkeypatch.setattr(views, "CSV_FETCH_ROWS", 7)
    with django_assert_num_queries(1) as captured:
        rows = read_csv(client.get("/claims/?format=csv"))
    assert len(rows) == 7
    assert "LIMIT 8" in captured.captured_queries[0]["sql"]
