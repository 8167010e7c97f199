"""Round sb: who a description, a shortened name or a pronoun stands for."""

from __future__ import annotations

from tests.extraction.test_speakers import by_figure, run


def speakers(*paragraphs, **kw):
    return {f: c.speaker for f, c in by_figure(run(*paragraphs, **kw)).items()}


def test_bare_organisers_speak_for_the_body_named_as_organiser():
    got = speakers("The Harbour Fair drew 41,000 visitors, organisers Quayline Events said.",
                   "Organisers said 62% of stalls were run by local traders.")
    assert got["62%"] == "Quayline Events"
    got = speakers("Prize money rose to $20,000, according to Velocorsa, the company that "
                   "organises the race.",
                   "A record 9,400 riders started, the organisers said.")
    assert got["9,400"] == "Velocorsa"
    got = speakers("The march, organised by the Renters Alliance, set off at noon.",
                   "Organizers said 18,000 people took part.")
    assert got["18,000"] == "Renters Alliance"


def test_organisers_with_no_named_organiser_stay_organisers():
    got = speakers("Organisers said 57,000 runners crossed the finish line.")
    assert got["57,000"] == "Organisers"
    # two organising bodies: a bare "organisers" names neither
    got = speakers("The fair is staged by Brightway Shows, and the parade is organised by "
                   "the Mill Lane Trust.",
                   "Organisers said 12,000 people came.")
    assert got["12,000"] == "Organisers"
