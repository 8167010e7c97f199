"""Session 14 (se): which numbers are figures and how far a figure's wording reaches."""

from __future__ import annotations

from tests.extraction.test_speakers import by_figure, run


def figures(*paragraphs, **kw):
    return by_figure(run(*paragraphs, **kw))


def test_a_toll_free_line_grouped_four_three_three_is_no_figure():
    c = figures("Lumo Power said customers could report faults on 1850 372 999 or online.",
                "The charity said callers could ring 1890 200 300. It said 1,850 people called.")
    assert set(c) == {"1,850"}


def test_a_clock_time_opening_a_scene_is_no_figure():
    c = figures("At 6.40 on a weekday morning, Mara Ellison is already on her second bus.",
                "At 8.35 the bus pulls up outside the school, 14 minutes late, she said.",
                "At 11.15 that night the ward was full, said nurse Tom Reddy.")
    assert set(c) == {"14 minutes"}
    # not a rate opening its sentence, nor a level reached "at" mid-sentence
    c = figures("At 9.25%, the yield is still among the highest, said Ana Voss.",
                "The birth rate stood at 0.72 last year, the statistics office said.")
    assert set(c) == {"9.25%", "0.72"}


def test_a_compound_saying_how_many_spaces_songs_or_seats_a_thing_has_is_a_figure():
    c = figures("The plan calls for a 420-space parking garage, council planner Rita Ode said.",
                "The band played a 22-song set, promoter Sam Tiller said.",
                "The club plays at the 12,000-capacity Riverside Ground, its chairman Ian Hale "
                "said.")
    assert c["420-space"].value == 420 and c["420-space"].speaker == "Rita Ode"
    assert c["22-song"].value == 22 and c["22-song"].speaker == "Sam Tiller"
    assert c["12,000-capacity"].value == 12000
    # a weight that sizes a trade's standard sack stays out
    c = figures("Output will reach 38 million 60-kilogram bags, analyst Ruth Vane said.")
    assert set(c) == {"38 million"}


def test_a_team_sized_in_words_by_its_people_is_a_figure():
    c = figures("A four-person ground team would need ten nights, ecologist Mia Rowe said.")
    assert c["four-person"].value == 4 and c["four-person"].speaker == "Mia Rowe"
    # a flat's type or a building's height in words stays out
    c = figures("A three-storey block of two-room flats collapsed, fire officer Ade Bello "
                "said, and 12 people were rescued.")
    assert set(c) == {"12"}


def test_a_finding_or_record_that_came_to_nothing_is_a_zero():
    c = figures("The Civic Watch group said it found no irregularities linked to dead voters.",
                "The club hosted no international matches last season, treasurer Joe Pike "
                "said.")
    assert c["no irregularities"].value == 0
    assert c["no international matches"].value == 0
    assert c["no international matches"].speaker == "Joe Pike"
    # what shows or explains a thing is no count
    c = figures("Detectives found no signs of forced entry, Sgt Lena Ortiz said.")
    assert c == {}


def test_none_of_those_just_counted_with_its_state():
    c = figures("Monitors said they had recorded irregularities at 57 polling stations, but "
                "none serious enough to change the result.",
                "Medics treated 214 runners, medical director Rui Fonte said. None was in a "
                "serious condition, he added.")
    assert c["none"].value == 0
    assert c["None"].value == 0 and c["None"].speaker == "Rui Fonte"
    # "none" that is no count of anything just counted stays out
    c = figures("He had several offers, but none serious, agent Ray Cole said.")
    assert "none" not in c


def test_one_person_harmed_is_a_count():
    c = figures("One was treated in hospital for smoke inhalation, fire officer Jo Kent said.",
                "\"One of our officers sustained a gunshot injury,\" Insp Musa Bala said.")
    assert c["One"].value == 1
    assert {x.speaker for x in run(
        "One was treated in hospital for smoke inhalation, fire officer Jo Kent said.",
        "\"One of our officers sustained a gunshot injury,\" Insp Musa Bala said.")} == {
            "Jo Kent", "Musa Bala"}
    # one of a group who only speaks, or "one" standing for a thing, is no count
    c = figures("One of the officers said the road was closed, Insp Musa Bala said.",
                "One was the largest fire in years, chief Jo Kent said.")
    assert c == {}


def test_a_record_number_is_no_vague_figure_but_a_large_number_is():
    c = figures("Trains carried a record number of passengers, operator Lin Wei said.",
                "A large number of trains were delayed, Lin Wei added.")
    assert set(c) == {"A large number"}


def test_someone_brought_in_with_a_and_then_their_age_is_no_count():
    c = figures("7:05 a.m. - A bicyclist, 62, suffered minor injuries, police said.",
                "A pensioner, 81, was taken to hospital, and 3 others were hurt, police said.")
    assert set(c) == {"3"}
    # a count set off by commas after "a statement" stays a count
    c = figures("In a statement, 45, or almost half, of the members backed it, the union said.")
    assert set(c) == {"45"}


def test_a_name_in_capitals_with_zero_is_no_figure():
    c = figures("The state's Zero Fatalities campaign aims to end road deaths, officials said.",
                "Its Zero Waste programme started in 2019, the council said.")
    assert c == {}
    c = figures("Zero deaths were recorded on the roads in May, officials said.")
    assert c["Zero deaths"].value == 0


def test_the_second_day_of_a_span_from_a_date_is_no_count():
    c = figures("Diners fell ill after eating there from September 6 to 9, inspector Leung Wai "
                "said.", "The plant was shut from May 2 until 14 workers were rehired, "
                "manager Ana Ruiz said.")
    assert set(c) == {"14"}


def test_people_doing_something_said_to_be_over_an_age():
    c = figures("Around 60 per cent of patients attending are over 75, the hospital said.")
    assert set(c) == {"Around 60 per cent"}
    c = figures("Sales of the cars are over 75,000 this year, dealer Tim Cole said.")
    assert set(c) == {"over 75,000"}


def test_a_year_of_a_plan_counted_like_a_label_is_no_figure():
    c = figures("\"The real test is year three,\" curator Ben Aalst says.",
                "The deal yields a return of about 6.5% by year three, analyst Rose Kim said.")
    assert set(c) == {"about 6.5%"}
    c = figures("Last year three people died on the road, police said.")
    assert c["three"].value == 3


def test_a_securitys_term_with_its_issuer_between_is_no_span():
    c = figures("The yield on 10-year government bonds rose 6 basis points, traders said.",
                "The council signed a 30-year ground lease, its leader Amy Reed said.")
    assert set(c) == {"6 basis points", "30-year"}


def test_a_projection_by_a_body_is_that_bodys():
    c = figures("According to a projection by the Centre for Vote Studies, an independent "
                "group, the Green Party will win 27 of the 81 seats.")
    assert c["27"].speaker == "Centre for Vote Studies"


def test_a_gapped_list_item_in_thousands_after_a_name_is_a_figure():
    c = figures("Campo Verde has recorded 7,912 cases, Bangu 6,240 and Santa Rita 5,087, the "
                "health secretariat said.")
    assert {"7,912", "6,240", "5,087"} <= set(c)
    assert c["6,240"].value == 6240
    # a name's own number, never written with a thousands comma, stays out
    c = figures("The jet was a Boeing 737, the airline said, and 12 passengers were hurt.")
    assert set(c) == {"12"}


def test_a_chemical_formulas_subscript_is_no_figure():
    c = figures("Gold forms the complex [Au(CN)2]-, and 12 tonnes were recovered, the miner "
                "Sam Oyo said.", "Lime, Ca(OH)2, neutralises the acid, he added.")
    assert set(c) == {"12 tonnes"}
    # a bracketed count after a word with a space stays a count
    c = figures("Deaths rose to 14 (up from 9), the ministry said.")
    assert "14" in c
