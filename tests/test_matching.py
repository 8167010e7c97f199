"""Measure keys and figure comparison: pure functions, no database."""

from decimal import Decimal

import pytest

from claims.matching import (
    Figure,
    Measure,
    compare,
    context_terms,
    interval,
    measure_key,
    measure_relation,
    parse_measure,
    resolve_broader,
)

D = Decimal


def exact(value, text=None, unit=""):
    return Figure(text or str(value), "exact", D(value), unit=unit)


def about(value, text=None):
    return Figure(text or f"about {value}", "about", D(value))


def over(value):
    return Figure(f"over {value}", "over", D(value), lower=D(value))


def vague(text, lower=None):
    return Figure(text, "vague", None, lower=None if lower is None else D(lower))


# -- measure keys ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "counts",
    [
        "Wagner fighters killed",
        "Wagner mercenaries killed",
        "fighters from Russia's Wagner group killed",
        "fighters from Russia\u2019s mercenary Wagner group killed",
        "Wagner militants dead",
        "deaths of Wagner fighters",
        "Wagner fighters who died",
    ],
)
def test_every_wording_of_wagner_fighters_killed_gives_one_key(counts):
    assert measure_key(counts) == "killed:fighter wagner"


@pytest.mark.parametrize(
    "counts",
    [
        "school children abducted",
        "schoolchildren kidnapped",
        "pupils captured",
        "students seized",
        "children taken hostage",
        "the kidnapping of school pupils",
    ],
)
def test_abducted_kidnapped_captured_seized_children_pupils_students_are_one_measure(counts):
    assert measure_key(counts) == "abducted:child"


def test_soldiers_and_troops_are_one_measure():
    assert measure_key("Malian soldiers killed") == measure_key("Malian troops killed")
    assert measure_key("Malian soldiers killed") == "killed:malian soldier"


def test_killed_dead_deaths_died_killing_are_one_action():
    keys = {measure_key(w) for w in ("killed", "dead", "deaths", "died", "killing", "death toll")}
    assert keys == {"killed"}


def test_determiners_and_generic_people_words_are_dropped():
    assert measure_key("the people killed") == "killed"
    assert measure_key("all of the civilians who were killed") == "killed:civilian"


def test_a_capitalised_possessor_names_the_owner_not_what_is_counted():
    assert measure_key("Mali's soldiers killed") == "killed:soldier"


def test_a_lower_case_possessor_is_what_is_counted():
    assert measure_key("children's deaths") == "killed:child"


def test_rebel_fighters_are_rebels():
    assert measure_key("rebel fighters killed") == measure_key("rebels killed") == "killed:rebel"


def test_different_things_counted_get_different_keys():
    assert measure_key("civilians killed") != measure_key("soldiers killed")
    assert measure_key("civilians killed") != measure_key("civilians wounded")
    assert measure_key("school girls abducted") != measure_key("school children abducted")


def test_empty_counts_give_an_empty_key():
    assert measure_key("") == ""


def test_generic_deaths_are_broader_than_soldiers_killed():
    assert measure_relation("killed", "killed:malian soldier") == "broader"
    assert measure_relation("killed:malian soldier", "killed") == "narrower"
    assert measure_relation("killed:soldier", "killed:soldier") == "same"


def test_measures_of_different_actions_or_disjoint_subjects_are_unrelated():
    assert measure_relation("killed", "abducted:child") is None
    assert measure_relation("killed:fighter wagner", "killed:malian soldier") is None
    assert measure_relation("child", "child school") is None  # no action: only equal keys


def test_a_speaker_army_means_its_soldiers_when_two_narrower_measures_exist():
    narrower = [parse_measure("killed:fighter wagner"), parse_measure("killed:malian soldier")]
    chosen = resolve_broader(parse_measure("killed"), context_terms("Mali's army"), narrower)
    assert chosen == Measure("killed", frozenset({"malian", "soldier"}))


def test_an_unhinted_broader_measure_with_two_candidates_is_left_alone():
    narrower = [parse_measure("killed:fighter wagner"), parse_measure("killed:malian soldier")]
    assert resolve_broader(parse_measure("killed"), context_terms("A hospital"), narrower) is None


def test_a_broader_measure_with_one_candidate_means_that_one():
    narrower = [parse_measure("killed:civilian")]
    chosen = resolve_broader(parse_measure("killed"), context_terms("Red Cross"), narrower)
    assert chosen == parse_measure("killed:civilian")


# -- intervals ---------------------------------------------------------------------------------


def bounds(figure):
    found = interval(figure)
    return (found.low, found.high, found.low_open, found.high_open)


def test_about_80_covers_72_to_88():
    assert bounds(about(80)) == (D(72), D(88), False, False)


def test_a_small_exact_figure_is_taken_as_written():
    assert bounds(exact(84)) == (D(84), D(84), False, False)
    assert bounds(exact(80)) == (D(80), D(80), False, False)


def test_a_large_round_exact_figure_allows_five_percent_for_rounding():
    assert bounds(exact(300)) == (D(285), D(315), False, False)
    assert bounds(exact(303)) == (D(303), D(303), False, False)


def test_over_at_least_up_to_under_and_ranges():
    assert bounds(over(300)) == (D(300), None, True, False)
    assert bounds(Figure("at least 40", "at_least", D(40))) == (D(40), None, False, False)
    assert bounds(Figure("up to 50", "up_to", D(50))) == (D(0), D(50), False, False)
    assert bounds(Figure("under 50", "under", D(50))) == (D(0), D(50), False, True)
    assert bounds(Figure("40 to 50", "range", None, D(40), D(50))) == (D(40), D(50), False, False)


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("dozens", 12),
        ("scores", 40),
        ("hundreds", 100),
        ("thousands", 1000),
        ("tens of thousands", 10000),
        ("hundreds of thousands", 100000),
    ],
)
def test_vague_words_follow_the_conflict_data_convention(text, low):
    assert bounds(vague(text)) == (D(low), None, False, False)


def test_a_large_number_is_any_positive_count():
    assert bounds(vague("a large number")) == (D(0), None, True, False)


def test_a_figure_without_any_number_cannot_be_read():
    assert interval(Figure("some", "exact", None)) is None


# -- comparison --------------------------------------------------------------------------------


def test_84_and_20_contradict_with_a_one_line_rationale():
    result = compare(
        exact(84), exact(20), counts="Wagner fighters killed", context="Tinzaouatene, July 2024"
    )
    assert result.kind == "contradicts"
    assert result.rationale == "84 vs 20 Wagner fighters killed, Tinzaouatene, July 2024"


def test_about_80_confirms_84_and_says_how_about_was_read():
    result = compare(about(80), exact(84), counts="Wagner fighters killed")
    assert result.kind == "confirms"
    assert result.rationale == "about 80 vs 84 Wagner fighters killed (about 80 = 72\u201388)"


def test_about_80_contradicts_89():
    assert compare(about(80), exact(89)).kind == "contradicts"


def test_over_300_confirms_303_and_contradicts_215():
    assert compare(over(300), exact(303)).kind == "confirms"
    assert compare(over(300), exact(215)).kind == "contradicts"


def test_over_300_contradicts_exactly_300_only_when_300_is_not_rounded():
    # "300" is a round figure (285-315), so it can be "over 300"; "47" cannot be "over 47".
    assert compare(over(300), exact(300)).kind == "confirms"
    assert compare(over(47), exact(47)).kind == "contradicts"


def test_a_large_number_of_deaths_confirms_47_soldiers_killed():
    result = compare(
        vague("a large number"), exact(47), counts="Malian soldiers killed",
        context="Tinzaouatene, July 2024",
    )
    assert result.kind == "confirms"
    assert result.rationale == (
        "a large number vs 47 Malian soldiers killed (a large number = any positive count), "
        "Tinzaouatene, July 2024"
    )


def test_a_large_number_contradicts_none_at_all():
    assert compare(vague("a large number"), exact(0, "no")).kind == "contradicts"


def test_dozens_contradicts_seven_and_confirms_fifteen():
    assert compare(vague("dozens"), exact(7)).kind == "contradicts"
    assert compare(vague("dozens"), exact(15)).kind == "confirms"


def test_hundreds_contradicts_about_50():
    assert compare(vague("hundreds"), about(50)).kind == "contradicts"


def test_two_open_ended_figures_one_of_them_vague_are_not_compared():
    assert compare(vague("dozens"), vague("a large number")) is None
    assert compare(vague("hundreds"), over(300)) is None


def test_two_open_ended_precise_figures_still_confirm():
    assert compare(over(300), Figure("at least 310", "at_least", D(310))).kind == "confirms"


def test_figures_in_different_units_are_incomparable():
    assert compare(exact(45, "45%", unit="%"), exact(45)) is None
    assert compare(exact(5, unit="USD"), exact(5, unit="EUR")) is None


def test_unit_spellings_are_folded():
    assert compare(exact(45, unit="per cent"), exact(45, unit="%")).kind == "confirms"


def test_the_rationale_fits_the_database_column():
    result = compare(exact(1), exact(2), counts="x" * 600)
    assert len(result.rationale) <= 500
