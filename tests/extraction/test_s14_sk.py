"""Session 14, round sk (magazine and long-form features desk, heldout102): each rule with
invented sentences in several styles, and at least one sentence the rule must leave alone."""

from __future__ import annotations

from tests.extraction.test_speakers import run


def who(claims):
    return {c.figure_text: c.speaker for c in claims}


def test_goals_conceded_in_play_are_no_admission():
    got = who(run(
        "Head coach Mikkel Sorvik said they won 3-1.",
        "Teams that break the press find space, and Harwick have conceded 11 goals from balls "
        "in behind. Sorvik shrugs at that. \"I'd rather lose 4-3 than win 1-0,\" he said.",
    ))
    assert got["11"] == "Test Herald"
    assert got["4"] == "Mikkel Sorvik"
    got = who(run("The visitors conceded two late tries and Marlow City conceded a penalty "
                  "in the 80th minute, losing by 6 points."))
    assert "Marlow City" not in got.values()
    # the admission stays an admission
    got = who(run("The minister, Ana Ruiz, conceded that 40 people had died in the floods."))
    assert got["40"] == "Ana Ruiz"
    got = who(run("Club chairman Tom Hale conceded the club had lost £4 million last season."))
    assert got["£4 million"] == "Tom Hale"


def test_it_after_a_body_that_declined_to_comment_is_that_body():
    got = who(run(
        "Revenue rose 8.1 per cent, according to the trade body IFPI.",
        "The Harbour Board declined to comment. In a statement it said that over 90 per cent "
        "of the money had gone to local firms.",
    ))
    assert got["over 90 per cent"] == "Harbour Board"
    got = who(run(
        "Soundline says the rule affects 86 per cent of tracks.",
        "Revenue rose 8.1 per cent, according to the trade body IFPI.",
        "Soundline declined to make an executive available. It said that 12 artists had "
        "complained.",
    ))
    assert got["12"] == "Soundline"
    # a sentence the body did not open leaves "it" to the usual reading
    got = who(run(
        "Revenue rose 8.1 per cent, according to the trade body IFPI.",
        "Fans of Soundline were not asked. It said that 40 per cent of sales were online.",
    ))
    assert got["40 per cent"] != "Soundline"


def test_she_after_a_man_quoted_is_the_woman_named_since():
    got = who(run(
        "\"The buses cost us about $1.3 million a year,\" said Lionel Fairbank. He reckons "
        "practice would move by 45 minutes.",
        "The gain is one that the economist Priya Venkataraman, a co-author, calls modest. "
        "She estimates it is worth about 2 per cent in lifetime earnings.",
    ))
    assert got["about 2 per cent"] == "Priya Venkataraman"
    assert got["about $1.3 million"] == "Lionel Fairbank"
    got = who(run(
        "Coach Tom Reyes said his side ran 116 kilometres a match, and he expects more.",
        "That pace worried physiotherapist Dr Ana Lucia Moreno of the club's medical staff. "
        "She said 12 players had reported soreness.",
    ))
    assert got["12"] == "Ana Lucia Moreno"
    # a man named since is no "she"
    got = who(run(
        "\"We need 30 more buses,\" said Lionel Fairbank. He reckons it would take 18 months.",
        "Officials met Mr Tom Hale, the mayor, about it. She said 400 parents had written in.",
    ))
    assert got["400"] != "Tom Hale"


def test_coach_before_a_name_is_a_title():
    got = who(run("Coach Lena Ferraro said the guard missed 11 weeks after surgery."))
    assert got["11 weeks"] == "Lena Ferraro"
    got = who(run("\"We ran 116 kilometres a match,\" said Coach Tomas Brek of Harwick."))
    assert got["116 kilometres"] == "Tomas Brek"
    # a company named with the word keeps it
    got = who(run("National Express Coach Holdings said 12 routes were cut."))
    assert got["12"] == "National Express Coach Holdings"


def test_a_clinical_trial_is_a_study_document():
    got = who(run("Ten minutes of walking may sharpen memory, according to a trial of more than "
                  "300 volunteers led by Kwame Asante at the University of Leeds."))
    assert got["Ten minutes"] == "Kwame Asante"
    assert got["more than 300"] == "Kwame Asante"
    got = who(run("A daily pill cut relapses by 22 per cent, according to a trial run by the "
                  "Hallam Research Trust."))
    assert got["22 per cent"] == "Hallam Research Trust"
    assert "Trial" not in got.values()
    # a court's trial stays with who reported it
    got = who(run("The trial heard that 12 people were hurt, prosecutors said."))
    assert got["12"] == "Prosecutors"


def test_what_a_document_covered_is_no_part_of_its_owner_name():
    got = who(run("A 2023 review by the Cochrane Collaboration of 41 trials found that 12 per "
                  "cent of patients improved."))
    assert got["41"] == "Cochrane Collaboration"
    assert got["12 per cent"] == "Cochrane Collaboration"
    got = who(run("A survey by the Hallam Institute of 2,000 adults found that 37 per cent "
                  "had switched."))
    assert got["37 per cent"] == "Hallam Institute"
    # the sample before the owner, and a name of its own, are left as they were
    got = who(run("A poll of 11 brokerages by Parekh Consensus had estimated a profit of "
                  "Rs 386 crore."))
    assert got["Rs 386 crore"] == "Parekh Consensus"
    got = who(run("The Group of Seven said 40 countries had signed."))
    assert got["40"] == "Group of Seven"


def test_his_firm_is_the_firm_he_was_named_with():
    got = who(run(
        "The team is worth about $1.6bn, reckons Harsh Bajaj of Crestline Advisory.",
        "Each of the league's ten teams gets a share, says Mr Bajaj; his firm estimates a "
        "franchise's revenue at $80m-100m a season.",
    ))
    assert got["$80m-100m"] == "Crestline Advisory"
    got = who(run("Prices rose 4%, said Ana Ruiz, a partner at Harbour Capital. Her firm "
                  "expects 12 more deals this year."))
    assert got["12"] == "Harbour Capital"
    # a place after "of" is no firm: the person speaks for hers
    got = who(run("Prices rose 4%, said Ana Ruiz of Mumbai. Her firm expects 12 more deals."))
    assert got["12"] == "Ana Ruiz"


def test_its_organisers_speak_for_the_body_the_sentence_opens_with():
    got = who(run("Major League Cricket, the American competition, launched in 2023 with six "
                  "teams; its organisers say attendance rose by 31% last season."))
    assert got["31%"] == "Major League Cricket"
    got = who(run("The Northern Film Festival sold 48,000 tickets, and its organisers said "
                  "ticket revenue rose 12 per cent."))
    assert got["12 per cent"] == "Northern Film Festival"
    # a person opening the sentence is no event: "its" is not her
    got = who(run("Ana Ruiz founded the race in 2010; its organisers say 400 runners dropped "
                  "out this year."))
    assert got["400"] != "Ana Ruiz"


def test_an_archive_is_a_body():
    got = who(run("Of the roughly 5,900 exoplanets confirmed, only 17 are rocky, according to "
                  "the NASA Exoplanet Archive."))
    assert got["roughly 5,900"] == "NASA Exoplanet Archive"
    got = who(run("The National Archives said 1,200 files had been digitised."))
    assert got["1,200"] == "National Archives"
    # a person named Archer is still a person
    got = who(run("Ruth Archer said 40 files were lost."))
    assert got["40"] == "Ruth Archer"


def test_the_team_after_researchers_at_a_body_is_that_body():
    got = who(run("Researchers at the Battery Reliability Lab tore down 156 packs. The team "
                  "reports that 30 percent had failed within two years."))
    assert got["30 percent"] == "Battery Reliability Lab"
    got = who(run("Scientists at the Hallam Marine Institute tagged 240 sharks.",
                  "The team said 18 of them crossed the basin."))
    assert got["18"] == "Hallam Marine Institute"
    # a team no body's staff stand for stays unnamed
    got = who(run("The team reports that 30 percent had failed."))
    assert got["30 percent"] == "Test Herald"


def test_her_own_research_opening_a_sentence_goes_on_for_her():
    got = who(run("\"The real question is what happens after six months,\" says Sarah "
                  "Lindqvist. Her group is now running a trial with 1,200 participants."))
    assert got["1,200"] == "Sarah Lindqvist"
    got = who(run("Tom Reyes, an economist at Harbour Bank, said rents rose 4%. His "
                  "calculations put the shortfall at 30,000 homes."))
    assert got["30,000"] == "Tom Reyes"
    # a team's result, or a company's shares, are no more of what was said
    got = who(run("Coach Ana Ruiz said they were tired. Her team lost 3-1 on Sunday."))
    assert got["3"] == "Test Herald"
    got = who(run("Rents rose 4%, Harbour Bank said. Its shares have risen 46% this year."))
    assert got["46%"] == "Test Herald"


def test_a_speaker_describing_its_own_trade_before_its_verb():
    got = who(run("Promoter Dario Vance, who books about 250 shows a year across the South, "
                  "estimates that mid-size tours sell 15 per cent fewer tickets."))
    assert got["about 250"] == "Dario Vance"
    got = who(run("Dr Ana Ruiz, who treats about 40 patients a week, said 12 had long Covid."))
    assert got["about 40"] == "Ana Ruiz"
    # the writer's description after "said X" stays the writer's
    got = who(run("\"It's full,\" said Dr Ana Ruiz, who treats about 40 patients a week."))
    assert got["about 40"] == "Test Herald"


def test_a_body_that_surveyed_people_is_a_pollster():
    got = who(run("The Fair Ticketing Alliance, a fan group, surveyed 3,500 concertgoers and "
                  "found that 71 per cent had skipped a show. Nearly 1 in 3 said they had "
                  "paid too much at least once."))
    assert got["Nearly 1 in 3"] == "Fair Ticketing Alliance"
    got = who(run("Harbour Research polled 1,200 drivers and found 40% wanted tolls cut. "
                  "Another 25% said they would pay more for faster roads."))
    assert got["25%"] == "Harbour Research"
    # a body that did no survey leaves the next sentence's share alone
    got = who(run("The Fair Ticketing Alliance said 71 per cent of fans had skipped a show. "
                  "Ticket prices rose 12% in a year."))
    assert got["12%"] == "Test Herald"
