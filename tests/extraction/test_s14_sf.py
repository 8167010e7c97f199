"""Session 14 (sf): constructions that recur across the untold sets' authors -- a speaker named
after the verb and described by a relative clause, a quotation opened after a colon, and a
trailer after the verb that holds a slash or a numbered document."""

from __future__ import annotations

from tests.extraction.test_speakers import run as speakers_run


def run(*paragraphs, publisher="Test Herald"):
    return {c.figure_text: c.speaker for c in speakers_run(*paragraphs, publisher=publisher)}


# --- a speaker after the verb, described by a relative clause to the sentence's end ---------

def test_inverted_speaker_with_a_relative_clause_that_holds_clause_words():
    got = run("Three rockets hit the depot overnight, said a guard who asked not to be named "
              "for fear of reprisals.")
    assert got["Three"] == "Guard"


def test_inverted_speaker_with_two_coordinated_relative_clauses():
    got = run("The floodwater reached 40 homes by dawn, said a farmer who lost his herd and "
              "who has lived in the valley all his life.")
    assert got["40"] == "Farmer"


def test_inverted_named_speaker_whose_clause_runs_on():
    got = run("About 60 families were moved to the school hall, said Amina Bello, whose house "
              "was among those flooded.")
    assert got["About 60"] == "Amina Bello"


def test_verb_after_an_aside_keeps_the_subject_before_it():
    # The relative clause belongs to "dozens of staff", what the trust said, not a speaker.
    got = run("The Fenmoor Learning Trust, which runs 14 schools, said dozens of staff who "
              "rely on buses had been unable to reach work.")
    assert got["dozens"] == "Fenmoor Learning Trust"


def test_a_count_after_said_is_no_speaker():
    got = run("Officials said hundreds of people who live near the river were told to leave.")
    assert got["hundreds"] == "Officials"


# --- a quotation after a colon that closes the speaker's clause -----------------------------

def test_colon_quotation_after_a_clause_without_reporting_verb():
    got = run('A health ministry spokesperson hit back: "We have opened 120 new beds since '
              'March."')
    assert got["120"] == "Health ministry"


def test_colon_quotation_after_a_predicate_adjective():
    got = run('Mayor Helen Varga was defiant: "We will hire 35 more inspectors this year."')
    assert got["35"] == "Helen Varga"


def test_colon_label_without_a_verb_is_left_alone():
    got = run('Tomas Rendell in his workshop in Leeds: "I sold 200 chairs last year."')
    assert got["200"] == "Test Herald"


def test_colon_after_a_thing_is_left_alone():
    got = run('The rules are clear: "No more than 40 guests at any time."')
    assert got["No more than 40"] == "Test Herald"


def test_colon_after_a_prepositional_clause_is_left_alone():
    got = run('Priya Shah sent us a photo, with a caption: "The water rose 2 metres."')
    assert got["2 metres"] == "Test Herald"


# --- trailers after the verb with a slash or a numbered document ----------------------------

def test_trailer_with_a_slash_inside_a_name():
    got = run("More than 900 drivers have been hired since May, the operator said at the "
              "Kings/Parade depot.")
    assert got["More than 900"] == "Operator"


def test_trailer_naming_a_numbered_press_release():
    got = run("Disbursements rose to about $2.4 billion, the Fund said in Press Release "
              "No. 24/311, issued in Washington.")
    assert got["about $2.4 billion"] == "Fund"


def test_a_figure_after_the_verb_still_ends_the_trailer():
    got = run("Prices rose, the bureau said, and 20/30 of the stalls closed.")
    assert "20" not in got or got.get("20") != "Bureau"


# --- French and Spanish body names: an elided article, a lower-case last word ---------------

def test_name_with_an_elided_article_after_a_description():
    got = run("About 25,000 homes lost power overnight, grid operator Électricité de l'Est "
              "said.")
    assert got["About 25,000"] == "Électricité de l'Est"


def test_name_whose_last_word_is_lower_case():
    got = run("The Tribunal de commerce said the company owed €14 million to suppliers.")
    assert got["€14 million"] == "Tribunal de commerce"


def test_description_before_a_name_with_a_connector_goes_to_the_role():
    got = run("Inflation slowed to 3.1%, central bank Banco de la Nación said.")
    assert got["3.1%"] == "Banco de la Nación"


def test_lower_case_words_after_a_connector_in_english_are_left_alone():
    # a place with an elided article is no speaker where nothing attributes the figure
    got = run("Imports from Côte d'Ivoire rose 4% last year.")
    assert got["4%"] == "Test Herald"


# --- a reply in indirect speech; an adverb set off by commas before the verb ----------------

def test_responded_that_reports_the_reply():
    got = run("The housing department responded that it had already approved 4,200 "
              "affordable homes.")
    assert got["4,200"] == "Housing department"


def test_replied_that_after_a_long_apposition():
    got = run("A spokesperson for the port authority, run by the state (PSA), replied that 12 "
              "berths had reopened.")
    assert got["12"] == "Port authority"


def test_replied_without_that_is_no_statement():
    got = run("The firm replied to the letter within 14 days.")
    assert got["within 14 days"] == "Test Herald"


def test_adverb_between_commas_keeps_the_subject_of_a_relative_clause():
    got = run("Villagers who spoke to the Daily Courier, however, said 35 people were taken.")
    assert got["35"] == "Villagers"


def test_adverb_between_commas_after_a_name():
    got = run("The transport union, meanwhile, said 60 drivers had walked out.")
    assert got["60"] == "Transport union"


# --- a body's document that an outlet saw ----------------------------------------------------

def test_lower_case_body_owns_the_document_an_outlet_saw():
    got = run("The quota was cut to 8,000 tonnes, according to a ministry document seen by "
              "the Tribune.")
    assert got["8,000 tonnes"] == "Ministry"


def test_police_tally_obtained_by_an_outlet_is_the_police_figure():
    got = run("At least 23 people were killed, according to a police tally obtained by the "
              "Tribune.")
    assert got["At least 23"] == "Police"


def test_a_document_without_owner_stays_with_the_outlet_that_saw_it():
    got = run("At least 23 people were killed, according to a document seen by the Tribune.")
    assert got["At least 23"] == "Tribune"


# --- "was quoted as saying" with no one named who quotes ------------------------------------

def test_subject_quoted_as_saying_without_an_agent():
    got = run("The governor was quoted as saying 45 villages had been cut off.")
    assert got["45"] == "Governor"


def test_quoted_as_saying_with_an_agent_still_names_the_subject():
    got = run("The governor is quoted by local radio as saying 45 villages had been cut off.")
    assert got["45"] == "Governor"


def test_a_quoted_price_is_no_quotation():
    got = run("Shares were quoted at 45 pence in early trading.")
    assert got["45 pence"] == "Test Herald"


# --- two relative clauses joined by "and" between a subject and its verb --------------------

def test_second_relative_clause_set_off_by_commas():
    got = run("A nurse who worked on the night shift, and who asked not to be named, said "
              "crews waited up to 9 hours outside the hospital.")
    assert got["up to 9 hours"] == "Nurse"


def test_second_relative_clause_after_a_non_restrictive_first():
    got = run("The driver, who was on the route, and who saw the crash, said 12 people were "
              "hurt.")
    assert got["12"] == "Driver"


def test_and_which_about_a_thing_is_left_alone():
    got = run("The plan that ministers backed, and which cost £40m, said nothing of jobs.")
    assert got.get("£40m") != "Ministers"


# --- a body's noun without an article after "figures from" ----------------------------------

def test_figures_from_police_are_the_police_figures():
    got = run("Figures from police show 212 burglaries were reported in March.")
    assert got["212"] == "Police"


def test_data_from_police_after_the_statement():
    got = run("Burglaries rose to 212 in March, data from police show.")
    assert got["212"] == "Police"


def test_reports_from_people_are_no_body_document():
    got = run("Reports from villagers show 14 houses burned.")
    assert got["14"] != "Reports"


# --- a named body's estimate opened with "Under"; a council staff report --------------------

def test_under_a_named_body_estimate():
    got = run("Under a Home Office estimate published last year, up to 9,000 officers could "
              "retire by 2030.")
    assert got["up to 9,000"] == "Home Office"


def test_under_a_named_agreement_is_left_alone():
    got = run("Under the Kigali Agreement, emissions must fall 45% by 2035.")
    assert got["45%"] == "Test Herald"


def test_under_a_capitalised_plan_name_is_left_alone():
    got = run("Under the Clean Streets Plan, 40 buses will be replaced.")
    assert got["40"] == "Test Herald"


def test_council_staff_report_is_the_council_report():
    got = run("The typical bill would rise to $2,310, according to a council staff report "
              "tabled on Tuesday.")
    assert got["$2,310"] == "Council"


def test_staff_report_without_owner_stays_unowned():
    got = run("The typical bill would rise to $2,310, according to a staff report.")
    assert got["$2,310"] == "Test Herald"


# --- a street address in the trailer after the verb -----------------------------------------

def test_street_address_after_the_verb_keeps_the_attribution():
    got = run("Some 40 jobs will go, the prime minister said outside 10 Downing Street.")
    assert got["Some 40"] == "Prime minister"


def test_home_address_after_a_quotation():
    got = run('"Dozens of families here cannot pay," Mrs Okafor said from her home at 14 '
              'Riverside Tce.')
    assert got["Dozens"] == "Okafor"


def test_a_count_after_at_is_no_address():
    got = run("Some 40 jobs will go, the minister said at 14 board meetings.")
    assert got["Some 40"] == "Test Herald"
