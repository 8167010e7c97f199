"""Suggesting events: reading where and when an article's happening was, and grouping claims."""

import datetime
from decimal import Decimal

import pytest

from claims.models import Claim, Event, EventStatus
from claims.services.events import assign_events, dates_in, happening_for, read_article
from tests.conftest import make_source
from tests.relations_fixtures import ARTICLES, FEATURE, RADIO, WIRE, Spec, add_claim, build

pytestmark = pytest.mark.django_db

DAY = datetime.date


def reading(name):
    fields = ARTICLES[name]
    return read_article(
        fields["text"], dateline=fields["dateline"], published=fields["published_on"]
    )


# -- reading articles (no database needed, but cheap) -----------------------------------------


def test_the_wire_story_names_the_town_and_the_day_of_the_raid():
    found = reading("wire")
    assert found.place == "Kessoum"
    assert found.span.start == DAY(2025, 3, 2)
    assert happening_for(found).name() == "Kessoum, March 2025"


def test_the_dateline_is_not_the_place_when_the_text_names_one():
    assert "TOMBARA" in WIRE
    assert reading("wire").place == "Kessoum"


def test_the_dateline_is_the_place_when_the_text_names_none():
    assert "in Kessoum" not in RADIO and "at Kessoum" not in RADIO
    assert reading("radio").place == "Kessoum"


def test_an_undated_article_is_dated_by_its_publication():
    assert "March" not in FEATURE
    assert reading("feature").span.start == DAY(2025, 3, 5)


def test_key_terms_are_the_names_in_the_article_without_titles():
    terms = reading("radio").terms
    assert "Moussa Sangare" in terms
    assert "Front for the Liberation of Nare" in terms
    assert not any(t.startswith(("Army", "Lt", "Col")) for t in terms)


def test_dates_without_a_year_are_the_latest_before_publication():
    (_, span), = dates_in("Fighting broke out on December 28.", DAY(2025, 1, 3))
    assert span.start == DAY(2024, 12, 28)


def test_relative_dates_count_back_from_publication():
    (_, span), = dates_in("The raid two weeks ago shocked the country.", DAY(2025, 12, 7))
    assert span.start == DAY(2025, 11, 23)


def test_weekdays_and_counts_that_look_like_years_are_not_dates():
    assert dates_in("He spoke on Thursday about the 2000 soldiers.", DAY(2025, 3, 6)) == []


def test_a_sentence_about_an_old_happening_gets_its_own_place_and_year():
    text = (
        "It was the worst attack since the 2019 raid on the village of Dono, in which 40 died.\n"
        "Gunmen raided the town of Kessoum on March 2.\n"
    )
    found = read_article(text, published=DAY(2025, 3, 4))
    old = happening_for(found, "", text.index("It was"))
    assert old.name() == "Dono, 2019"
    # The background sentence's village is not the article's place, even named first.
    assert happening_for(found, "", text.index("Gunmen")).name() == "Kessoum, March 2025"


def test_a_place_where_something_was_said_does_not_move_the_claim():
    text = (
        "Gunmen raided the town of Kessoum on March 2.\n"
        "The army said in Tombara that seven soldiers were killed.\n"
    )
    found = read_article(text, published=DAY(2025, 3, 4))
    assert happening_for(found, "", text.index("The army")).name() == "Kessoum, March 2025"


# -- grouping claims ---------------------------------------------------------------------------


def build_and_assign(*names):
    claims = []
    for name in names:
        _, made = build(name, merge_repeats=True)
        assign_events(made)
        claims.extend(made)
    return claims


def test_three_outlets_covering_the_raid_share_one_suggested_event():
    claims = build_and_assign("wire", "feature", "radio")
    event = Event.objects.get()
    assert event.name == "Kessoum, March 2025"
    assert event.place == "Kessoum"
    assert event.status == EventStatus.SUGGESTED
    assert (event.start_date, event.end_date) == (DAY(2025, 3, 2), DAY(2025, 3, 2))
    assert {c.event_id for c in Claim.objects.all()} == {event.pk}
    assert all(c.event == event for c in claims)  # the passed objects are updated too


def test_the_event_stores_the_key_terms_that_grouped_it():
    build_and_assign("wire", "feature", "radio")
    terms = Event.objects.get().key_terms.split(", ")
    assert terms[0] == "Kessoum"
    assert {"Idrissa Tamboura", "Awa Diarra", "Moussa Sangare"} <= set(terms)


def test_unrelated_happenings_get_their_own_events():
    build_and_assign("wire", "flood", "feature", "second_raid", "radio")
    names = sorted(Event.objects.values_list("name", flat=True))
    assert names == ["Kessoum, June 2025", "Kessoum, March 2025", "Port Malo, March 2025"]
    raid = Event.objects.get(name="Kessoum, March 2025")
    assert raid.claims.count() == 8  # 9 claims, the governor's repeat merged into one
    assert Event.objects.get(name="Port Malo, March 2025").claims.count() == 1


def test_rerunning_changes_nothing():
    claims = build_and_assign("wire", "feature")
    before = list(Event.objects.values_list("pk", "name", "key_terms"))
    assign_events(claims)
    assert list(Event.objects.values_list("pk", "name", "key_terms")) == before


def test_a_claim_an_editor_touched_is_never_given_an_event():
    _, claims = build("wire")
    Claim.objects.filter(pk=claims[0].pk).update(edited=True)
    assign_events(claims)
    assert Claim.objects.get(pk=claims[0].pk).event is None
    assert Claim.objects.get(pk=claims[1].pk).event is not None


def test_a_claim_an_editor_put_in_an_event_stays_there():
    elsewhere = Event.objects.create(name="Market fire", slug="market-fire")
    _, claims = build("wire")
    Claim.objects.filter(pk=claims[0].pk).update(event=elsewhere, edited=True)
    claims[0].refresh_from_db()
    assign_events(claims)
    assert Claim.objects.get(pk=claims[0].pk).event == elsewhere


def test_new_claims_join_an_accepted_event_without_changing_it():
    accepted = Event.objects.create(
        name="Massacre at Kessoum market",
        slug="massacre-at-kessoum-market",
        place="Kessoum",
        start_date=DAY(2025, 3, 2),
        end_date=DAY(2025, 3, 2),
        status=EventStatus.ACCEPTED,
        key_terms="Kessoum",
    )
    build_and_assign("wire", "radio")
    accepted.refresh_from_db()
    assert Event.objects.count() == 1
    assert accepted.claims.count() == 5
    assert (accepted.name, accepted.key_terms) == ("Massacre at Kessoum market", "Kessoum")


def test_an_event_name_already_taken_gets_a_distinct_slug():
    Event.objects.create(
        name="Kessoum, March 2025", slug="kessoum-march-2025", place="Kessoum",
        start_date=DAY(2020, 3, 1), end_date=DAY(2020, 3, 1),
    )
    build_and_assign("wire")
    new = Event.objects.exclude(start_date=DAY(2020, 3, 1)).get()
    assert new.slug == "kessoum-march-2025-2"


def test_an_article_filed_from_the_capital_about_a_town_it_names_joins_the_towns_event():
    build_and_assign("wire")
    text = (
        "Officials counted the dead after the raid on Kessoum.\n"
        "The interior minister said 90 civilians were killed.\n"
    )
    source = make_source(text=text, headline="Officials count the dead", dateline="TOMBARA",
                         published_on=DAY(2025, 3, 4))
    claim = add_claim(source, Spec("Interior minister", "government", "The interior minister",
                                   "90", "civilians killed", Decimal(90)))
    assign_events([claim])
    assert Claim.objects.get(pk=claim.pk).event.name == "Kessoum, March 2025"


def test_articles_that_name_no_place_do_not_share_an_event_for_their_date_alone():
    day = DAY(2025, 3, 4)
    claims = []
    for text, speaker in (
        ("Doctors Without Borders said 40 patients were treated.\n", "Doctors Without Borders"),
        ("The Sahel Relief Fund said 12 trucks arrived.\n", "Sahel Relief Fund"),
    ):
        source = make_source(text=text, headline="Update", published_on=day)
        claims.append(add_claim(source, Spec(speaker, "organisation", text[:12], "40",
                                             "patients treated", Decimal(40))))
    assign_events(claims)
    events = {Claim.objects.get(pk=c.pk).event_id for c in claims}
    assert len(events) == 2 and None not in events
