"""Who states each figure: attribution frames in a sentence and speaker names in an article.

A *frame* is an attribution inside one sentence: a speaker phrase, the reporting verb and the
direction in which it covers the sentence:

* ``pre`` -- "X said (that) ...", "According to X, ...": covers what follows the verb;
* ``post`` -- "... , X said." / "... , said X." / "...," he told reporters.": covers what
  precedes it;
* ``mid`` -- "..., according to X, ...", "... was made known by X": covers the whole clause.

Speaker phrases become speakers (`SpeakerRef`): titles move to the role ("government
spokesman Col. Abdoulaye Maiga" -> "Abdoulaye Maiga", role "Col., government spokesman"); a
surname alone binds to the nearest full mention before it in the article; "he"/"she" resolve to
the last person who spoke, "it"/"they" to the last body that spoke; "the French president"
resolves to the last person whose role has those words; "the army" to the last body named with
that word ("Mali's army"); "Maiga's statement" and "a UN report" are their owners' words; an
unnamed "police spokesman" speaks for the police.

Names the article writes in other places count too (`ArticleSpeakers.bodies` and
`.mentions`, scanned once on demand; `.mention_index` looks mentions up by position and name
without a walk over a long article):

* a short name stands for the body named in full: "Sahra said" for Sahra Airways, "a
  Westmoor spokesman" for Westmoor Buses, "Board staff" for the Kerio Valley Health Board,
  "Programme staff" for the World Food Programme, a headline's "Red Cross" for the Kenya Red
  Cross Society (the last such body before; headlines and summary points look ahead);
* "the company", "the firm", "the carrier", "the utility", "the body", "the group" take the
  most recent body of a kind that word can describe (a company's name for "the company", any
  body for "the body"), whether it spoke or was only named; "the ministry", "the police" take
  the last body named with that word and otherwise stay themselves ("Police" never becomes
  another government body), "the government" and "the authorities" any government body; a
  description with a word of the body's name takes it ("the statistics office" for the
  National Bureau of Statistics); "the official" is the official who spoke before;
* a name with no word of its kind is a body's when the article says so (`cued_bodies`): an
  apposition ("Brenner Getriebebau, a family-owned maker of gearbox housings,", "Dunmore
  Offshore, the consortium building ..."), "Pune-based X", shares in X, X's chief executive,
  "X, which employs 2,300 people", "X profits beat forecasts"; "the company" is then that
  body, and the company a sentence opens with rather than a founder, investor or partner it
  names beside it; "the companies said" is each of the two companies the sentence names;
  "the witness", "the prosecutor" ("Prosecuting, X said"), "the coroner" are the person named
  in that role;
* "he"/"she" is the person a sentence was about after the last speaker ("Home Minister X has
  resigned. ... he said"), otherwise the last person who spoke;
* "one of the people said" is the group that spoke before ("People familiar with the
  matter"); "three people familiar with the matter" is that group, its number no claim;
* "the disaster agency (BNPB) said" is BNPB; "X, which said ..." is X; "X, in a statement by
  his spokesman, Y, ... promised" is Y; "with the CEO saying" is the CEO; "a survey by Gallup
  found", "figures released on Monday by the ONS show", "data from the NBS showed", "an
  analysis of registrations by X", "its most recent filing" are the owner's (a document
  without a named owner -- "the report shows" -- stays the publisher's, but "the same report
  projects that" is the report's issuer named before); "a spokesperson for Stratton Harbor"
  speaks for Stratton Harbor Bancorp;
* a named body that "has forecast", "finds that" or "reckons" states the figure, as does one
  that "forecast lows of 2C", "has listed 96 contacts", "released data showing", "puts the
  probability of ... at" or set "her price target"; a place that "recorded" or "posted" a
  figure is what the sentence's source counted ("Arden posted 6.4 percent, the bureau said");
* interview answers ("A:") belong to the person introduced before them, not to a group a
  question quotes ("Q: Critics say ...").

Kinds: ``media`` (outlets, news agencies, the publisher), ``armed_group`` (rebels, separatists,
militants, jihadists, bandits, named groups such as Boko Haram or Wagner), ``government`` (a
country, its capital as metonym, ministries, armies, police, officials, the presidency),
``organisation`` (UN bodies, NGOs, companies, international bodies) and ``person``
(a personal name, or people speaking as such: residents, witnesses, doctors).
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from itertools import islice, takewhile

from .dates import DateMention
from .lexicon import (
    ABBREVIATED,
    ARMED_GROUP_NAMES,
    ARMED_HEADS,
    CAPITALS,
    CLOCK_WORDS,
    CLOSING_VERBS,
    COMMON_CAPITALISED,
    COMPANY_KIND_WORDS,
    COMPANY_NAME_HEADS,
    COMPANY_NAME_OPENERS,
    COUNTRIES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DATA_DOCUMENTS,
    DATA_VERBS,
    DEMONYMS,
    DISTANCE_UNITS,
    DOCUMENT_HEADS,
    DURATION_UNITS,
    EPITHET_NOUNS,
    FEMALE_GIVEN_NAMES,
    GOVERNMENT_HEADS,
    GOVERNMENT_SEATS,
    HONORIFIC_PAIRS,
    LEGAL_PREFIXES,
    MALE_GIVEN_NAMES,
    MEASURE_UNITS,
    MEDIA_HEADS,
    MEDIA_NAMES,
    MONTHS,
    NAME_PARTICLES,
    NUMBER_WORDS,
    OBJECT_PRONOUNS,
    OPENING_SAY_VERBS,
    ORG_HEADS,
    ORGANISATION_NAMES,
    PARTICIPLE_VERBS,
    PASSIVE_BY,
    PEERAGE_TITLES,
    PEOPLE_SPEAKER_HEADS,
    PLACE_NAME_HEADS,
    POLL_DOCUMENTS,
    PRONOUNS,
    QUOTE_VERBS,
    REPORTING_VERBS,
    SCALE_WORDS,
    SPEAKER_PHRASE_WORDS,
    SPEAKING_PARTICIPLES,
    SPEC_UNITS,
    STREET_WORDS,
    SUBJECT_GAP_WORDS,
    TITLE_WORDS,
    WEEKDAYS,
    is_superlative,
    words,
)
from .tokens import ABBREVIATIONS, CLOSE_QUOTES, OPEN_QUOTES, QUOTES, Tok, index_at, tokenize

_GAP_WORDS_RE = re.compile(r"[\w']+|,")

PERSON = "person"
ORGANISATION = "organisation"
GOVERNMENT = "government"
ARMED_GROUP = "armed_group"
MEDIA = "media"

# Determiners by kind, from which the determiner sets the rules test are built.
_ARTICLES = words("a an the")
_POSSESSIVE_DETERMINERS = words("its their his her")
_THE_OR_POSSESSIVE = _POSSESSIVE_DETERMINERS | {"the"}
_SINGULAR_DEMONSTRATIVES = words("this that")
_DEMONSTRATIVES = _SINGULAR_DEMONSTRATIVES | words("these those")
# The pronouns that open a clause as its subject.
_SUBJECT_PRONOUNS = words("he she it we they")

# Verbs in the simple past (never a participle after a noun): a phrase before one is its
# subject ("..., said the fund fell well short" says what the fund did; no one called "the
# fund" spoke, as "said the report seen by Reuters" has the report speak).
_SIMPLE_PAST = words("rose fell grew sank slid won gave took came went began rang ran saw met "
                     "fled fought broke stood became")
_PAST_VERBS = _SIMPLE_PAST | words(
    "lost led hit cut set put kept held left sold bought paid spent seen shown")
# Words that end a speaker phrase when walking over it.
_PHRASE_STOP = words(
    """
    in on at by with from to into onto after before during since until as than over under
    about around against between among amongst across through via near per and or but nor
    while whereas who whom whose which where when what why how if because though although so
    yet is are was were be been being am has have had having will would could should may
    might must can do does did not no also all both each every either neither its their
    his her our your my them him us me that this these those there here then now today
    yesterday tonight only just even still already again further besides plus reportedly
    allegedly however meanwhile earlier later last next once first ago more most less least
    many much some any such very too
    alongside amid amidst despite towards toward throughout
    """) | _PAST_VERBS  # (prepositions after a name: "released by the ministry alongside ...")

# Nouns after which an unnamed speaker speaks for the body named before or after them.
_SPOKES_HEADS = words(
    "spokesman spokeswoman spokesperson spokespersons spokespeople official officials source "
    "sources officer officers representative representatives member members statement staff")
# Heads whose "from X" names who speaks through them: "a statement from the army", "a
# spokesman from the ministry", "a briefing note from the city's treasurer" (a "note" only
# there: "a note seen by Reuters" is whoever wrote it)
# Forecasts as documents a body issues: "Forecasts from the Southern Ocean Climate Centre
# suggest ..." are the centre's.
_FORECAST_DOCUMENTS = words("forecast forecasts outlook outlooks prediction predictions")
# ("according to research by the X Trust": a mass noun for a study, its maker after "by")
_FROM_HEADS = DOCUMENT_HEADS | _SPOKES_HEADS | _FORECAST_DOCUMENTS | words("note notes research")

# An unnamed person speaking for a body: "a spokesperson said", "an official said".
_UNNAMED_SPOKES = words("spokesman spokeswoman spokesperson official")
# Titles of a state's audit or oversight office, which a story calls by the title alone once
# it named the office ("the Comptroller and Auditor General (CAG) of India ... the auditor
# said"): the office, not an unnamed person.
_OFFICE_TITLES = words("auditor comptroller ombudsman auditor-general")

_NOUN_VERBS = words(
    "project projects forecast forecasts appeal appeals pledge pledges promise promises "
    "post posts report reports claim claims count counts record records document documents "
    "note notes tally estimate estimates state states show shows quote quotes tweet tweets "
    "place places cite")

_TRAILER_WORDS = words(
    """
    on in at a an the to late early earlier later last this night morning afternoon evening
    week month statement statements interview video post conference news press briefing
    reporters journalists television radio tv phone telephone by from via message text email
    during visit speech address broadcast online website social media account his her their
    its separate recorded parliament lawmakers reporter reporters correspondent yesterday
    analysts investors delegates supporters crowd residents students audience visitors
    senators legislators officials diplomats ministers mourners worshippers congregation
    today x twitter facebook telegram instagram youtube tiktok whatsapp podcast remarks
    televised told sunday monday tuesday wednesday thursday friday saturday local state
    official also separately written emailed released issued joint brief short new
    """)

# Acts that state a figure only when one follows: "UN seeks $47bn", "Tinubu presented a
# N47.9 trillion budget" (but "police seek a suspect", "presented the award").
_MONEY_GATED = words(
    "seek seeks sought seeking request requests requested present presents presented unveil "
    "unveils unveiled propose proposes proposed table tables tabled listed lists"
)
# Acts of putting things forward whose object may be a bare count of them: "tabled 211
# amendments", "has proposed 14 data centre campuses" (not "presented a N47.9 trillion
# budget", "proposed a 5% rise", "proposed cutting fares by 10%": an amount it states).
_PUT_FORWARD = words(
    "table tables tabled present presents presented unveil unveils unveiled propose proposes "
    "proposed")
# Words after a count that make it an amount, not a number of things: "tabled 4.5 million".
_COUNT_NOT_ITEMS = words("per percent percentage points point pc pct times fold cents pence "
                         "paise kobo centavos basis")


def _counted_items_after(toks: list[Tok], v: int) -> bool:
    """Whether the verb at `v` is followed at once by a bare count of plural things ("211
    amendments", "three new bills", "14 data centre campuses"): digits without a currency,
    scale or unit, or a number word, then up to two modifiers and a plural noun."""
    n = len(toks)
    if v + 2 >= n:
        return False
    t = toks[v + 1]
    if not (t.kind == "n" and t.text.replace(",", "").isdigit() or t.low in NUMBER_WORDS):
        return False
    for k in range(v + 2, min(n, v + 5)):
        w = toks[k]
        if w.kind != "w" or w.cap or w.low in SCALE_WORDS or w.low in CURRENCY_WORDS or \
                w.low in _COUNT_NOT_ITEMS or w.low in NUMBER_WORDS or w.low in MEASURE_UNITS \
                or w.low in DISTANCE_UNITS or w.low in DURATION_UNITS:
            return False  # ("proposed 35 cents a share", "unveiled 40 kilometres of track")
        if len(w.low) > 3 and w.low.endswith("s") and not w.low.endswith(("ss", "us", "is")):
            return True
    return False


# "listed on the exchange", "listed as missing", "listed among the dead": no list given.
_LISTED_NOT = words("on in as among at for under with by")

# Verbs whose object, not subject, follows them: "..., told Reuters" is not inverted.
_NOT_INVERTED = words(
    "seek seeks sought request requests requested present presents presented unveil unveils "
    "unveiled propose proposes proposed table tables tabled listed lists "
    "tell tells told put puts placed place places gave give gives show shows showed indicate "
    "indicates indicated suggest suggests suggested quote quotes quoted cite cites cited "
    "count counts counted record records recorded document documents documented accuse "
    "accuses accused estimate estimates estimated calculate calculated project projects "
    "projected forecast forecasts vow vows vowed promise promises promised pledge pledges "
    "pledged appeal appeals appealed tally tallied"
)

# Verbs of estimating that also invert before a name: "..., estimated Avery Lake, a
# consultant at Brindle Partners." (not "..., estimated 500 people").
_INVERTED_ESTIMATES = words("estimated estimates projected projects calculated calculates "
                            "predicted predicts forecast forecasts")

# How often a document comes out, or that it is the latest ("the annual report", "its new
# survey").
_PERIODIC_ADJECTIVES = words("annual latest new monthly quarterly weekly")
_DOC_ADJECTIVES = _PERIODIC_ADJECTIVES | words(
    "a an the joint separate written brief short recent detailed preliminary provisional "
    "official unofficial initial final earlier later fresh its his her their another daily "
    "situation "
    "status progress incident casualty field internal interim technical confidential leaked "
    "unpublished classified this that these those "
    # what a document is about: "Metro budget documents", "Acme earnings data" are Metro's
    # and Acme's
    "budget budgetary financial earnings census audit inspection enrollment enrolment "
    "spending payroll")


# A body's unnamed official or spokesperson opening a frame: "..., the official said",
# "a coastguard spokeswoman told reporters" ("he" or "she" after it is that person again).
_ANONYMOUS_VOICE_RE = re.compile(r"(?i)(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:"
                                 + "|".join(sorted(_UNNAMED_SPOKES)) + r")\b")


# a possessive after a person's first full name (`ArticleSpeakers._own_pronoun`)
# (a few lower-case words after the name, none capitalised: "said her city", "walked for
# nine days with her five children"; not "said Ambrose died ... in his blood")
_OWN_POSSESSIVE_RE = re.compile(r"(?:,[^,]{0,60},)?\s+(?:[a-z][\w-]*\s+|\d[\d,.]*\s+){1,7}?"
                                r"(?:her|his|herself|himself)\s+[a-z]")
_SHE_HE_RE = re.compile(r"\b(?:she|he|her|him|his|herself|himself)\b", re.IGNORECASE)

# how far back "she" looks for a woman named when the person last quoted is a man
_GENDER_LOOK_BACK = 1500

_PLURAL_PEOPLE = words("men women people children residents officers staff")


def _plural_description(name: str) -> bool:
    """Whether a person speaker is a group described in the plural ("Some men", "Many
    residents"), which "he" or "she" cannot stand for."""
    last = name.rsplit(" ", 1)[-1]
    return last.islower() and (last in _PLURAL_PEOPLE or
                               last.endswith("s") and not last.endswith("ss"))


# (the point first, then the look-behinds past it: the same matches, found by a fast scan for
# the point rather than by trying the look-behinds at every position)
_TITLED_SENTENCE_END_RE = re.compile(r"[.!?](?<!\b[A-Z].)(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|No).)"
                                     r"(?<!\bMrs.)[\"'\u201d\u2019]?(?:\s+|$)|\n")


def _sentence_around(text: str, pos: int) -> tuple[int, int] | None:
    """The (start, end) of the sentence holding text[pos] (a title's point, "Mr.", and an
    initial's do not end one)."""
    start = 0
    for m in _TITLED_SENTENCE_END_RE.finditer(text, max(0, pos - 600), pos):
        start = m.end()
    m = _TITLED_SENTENCE_END_RE.search(text, pos)
    end = m.start() if m else len(text)
    return (start, end) if end > start else None


_HONORIFIC_ONLY_RE = re.compile(r"\W*(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+")


def _surname_in(name: str, text: str, span: tuple[int, int], pos: int) -> bool:
    """Whether the person's surname stands alone (no given name before it), capitalised, in
    text[span] away from `pos` (the pronoun that may stand for the person) and not as the
    sentence's opening subject ("Ms Obi owes $600, she said" is her own account)."""
    parts = name.split()
    if len(parts) < 2 or len(parts[-1]) < 3 or not parts[-1][:1].isupper():
        return False
    sentence = text[span[0] : span[1]]
    if parts[-1] not in sentence:
        return False  # (the cheap test first: no surname, no pattern to build)
    given = re.escape(parts[-2]) + r"\s+$"
    for m in re.finditer(r"\b" + re.escape(parts[-1]) + r"\b", sentence):
        at = span[0] + m.start()
        before = text[span[0] : at]
        if abs(at - pos) <= 3 or re.search(given, before) or \
                not before.strip(" \"'\u201c\u2018") or \
                _HONORIFIC_ONLY_RE.fullmatch(before):
            continue
        return True
    return False


@dataclass(slots=True)
class SpeakerRef:
    """A resolved speaker: display name, kind, role and the other full names used."""

    name: str
    kind: str
    role: str = ""
    aliases: list[str] = field(default_factory=list)
    key: str = ""
    generic: bool = False  # named only by a description ("the company"), no proper name
    head: str = ""  # for a generic speaker, the noun that describes it ("company")

    def __post_init__(self) -> None:
        if not self.generic:
            self.name = shed_name_descriptors(self.name)
        if not self.key:
            self.key = normalise_key(self.name)


# Lower-case words a story writes after a body's capitalised name to say what kind of body it
# is ("the Haki Watch rights group", "the Magen David Adom ambulance service", "the Tidepool
# daily"): a description, not part of the name (not "UN refugee agency" or "PA news agency",
# where a lower-case word before the kind is part of how the body is known, nor "Bawumia's
# campaign" or "Kaduna police", a part of a body).
_NAME_DESCRIPTOR_TAILS = frozenset([
    "union", "trade union", "farmers' union", "daily", "newspaper", "website", "news website",
    "news site", "rights group", "human rights group", "campaign group", "advocacy group",
    "lobby group", "pressure group", "activist group", "logistics group", "ambulance service",
    "agency", "charity", "think tank", "think-tank", "broadcaster"])
# Kind words a story writes before a body's name ("Lloyd's broker Carrow & Finch", "the
# German NGO Mare Aperto", "rival Daesan Shipbuilding"), with a possessive or nationality
# before them: a description, not part of the name.
_NAME_DESCRIPTOR_HEADS = words(
    "broker lender insurer charity ngo NGO consultancy carrier retailer rival")
_NAME_WORD_RE = re.compile(r"[A-Z0-9][\w'&.-]*|of|for|and|&|de|del|la|du|des")


@lru_cache(maxsize=8192)
def shed_name_descriptors(name: str) -> str:
    """A body's name without the kind words a story wrapped it in: "Haki Watch rights group"
    is "Haki Watch", "Lloyd's broker Carrow & Finch" is "Carrow & Finch", "Rival Daesan
    Shipbuilding" is "Daesan Shipbuilding". The rest must be a capitalised name."""
    parts = name.split()
    if len(parts) < 2:
        return name
    # a tail of one or more lower-case kind words after a capitalised word
    for n in (3, 2, 1):
        if len(parts) > n and " ".join(parts[-n:]).replace("\u2019", "'") in \
                _NAME_DESCRIPTOR_TAILS and all(p.islower() for p in parts[-n:]) and \
                parts[-n - 1][:1].isupper() and parts[-n - 1].lower() not in _NAME_STOP_BEFORE_TAIL \
                and all(_NAME_WORD_RE.fullmatch(p) for p in parts[:-n]) and \
                (parts[-1] != "agency" or len(parts) - n >= 2):
            # (not "UNHCR agency": a lone acronym before "agency" is how the body is known)
            parts = parts[:-n]
            break
    # a kind word opening the name, perhaps after a possessive or a nationality
    for k in (0, 1):
        if len(parts) > k + 1 and parts[k].lower() in _NAME_DESCRIPTOR_HEADS and \
                (parts[k].islower() or parts[k] == "NGO" or k == 0 and parts[k] == "Rival") and \
                (k == 0 or parts[0].replace("\u2019", "'").endswith("'s") and parts[0][:1].isupper()
                 or parts[0].lower() in DEMONYMS) and \
                (k == 1 or parts[0] in ("Rival", "rival", "NGO")) and \
                parts[k + 1][:1].isupper() and parts[k + 1].lower() not in ("of", "for") and \
                all(_NAME_WORD_RE.fullmatch(p) for p in parts[k + 1:]):
            parts = parts[k + 1:]
            break
    return " ".join(parts)


# Capitalised words after which a kind word is part of how the body is known ("UN agency").
# ("Vostok News agency", "Interfax Press agency": a news agency is known as one)
_NAME_STOP_BEFORE_TAIL = words("un u.n. eu who news press")


@dataclass(slots=True)
class Frame:
    """An attribution inside a sentence (offsets relative to the sentence)."""

    direction: str  # pre | post | mid
    zone_start: int  # start of speaker phrase + verb (figures inside it are not claims)
    zone_end: int
    verb_start: int
    verb_end: int
    np: list[Tok]
    appos: list[Tok]
    speaker: SpeakerRef | None = None
    date: date | None = None
    inherit: bool = False  # a participle ("..., saying") continuing an earlier frame
    also: SpeakerRef | None = None  # a second speaker: "X and Y both said"


@lru_cache(maxsize=16384)
def normalise_key(name: str) -> str:
    """Identity key for a speaker name: lower-case, straight apostrophes, demonyms and
    well-known abbreviations folded ("UN" and "United Nations" are one speaker)."""
    key = _normalise_key(name)
    return ABBREVIATED.get(key, key)


def _normalise_key(name: str) -> str:
    words = re.findall(r"[\w'-]+", name.replace("\u2019", "'").lower())
    out = []
    for i, w in enumerate(words):
        if w.endswith("'s"):
            w = w[:-2]
        if i == 0 and w in DEMONYMS:
            w = DEMONYMS[w].lower()
        if w in ("the", "a", "an"):
            continue
        out.append(w)
    if len(out) == 2 and out[1] in _REMIT_HEADS and out[0] in _REMIT_NOUNS:
        return f"{out[1]} of {out[0]}"  # "Health Ministry" is the "Ministry of Health"
    return " ".join(out)


# A body's head word and the one-word remits it may be named with either way round:
# "the Health Ministry" and "the Ministry of Health" are one body.
_REMIT_HEADS = frozenset(["ministry", "department"])
_REMIT_NOUNS = words(
    "health finance education defence defense interior justice energy transport agriculture "
    "environment labour labor tourism culture water housing trade industry fisheries "
    "forestry mines mining petroleum information communications immigration")


def _clean(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = " ".join(text.split()).replace(" , ", ", ")
    return text.strip(" ,;:")


_INITIALS_RE = re.compile(r"A\.?\s[A-Z]\.?\s[A-Z]")


def _display(text: str) -> str:
    text = _clean(text)
    if text[:8].lower() == "another ":
        text = text[8:]
    elif text[:4] == "Its " and text[4:5].isupper() or text[:6] == "Their " and \
            text[6:7].isupper():
        text = text.split(" ", 1)[1]  # "Its Financial Conduct Authority reckons": the body the
        # possessive refers to is named after it
    if text[:4].lower() == "the " and not text[4:5].isupper():
        text = text[4:]
    elif text[:4] == "The " or (text[:2].lower() == "a " and not _INITIALS_RE.match(text)) or \
            text[:3].lower() == "an ":
        text = text.split(" ", 1)[1] if " " in text else text
    return text[:1].upper() + text[1:] if text else text


def _ngrams(words: list[str], n_max: int = 5) -> set[str]:
    out = set()
    for n in range(1, min(n_max, len(words)) + 1):
        for i in range(len(words) - n + 1):
            out.add(" ".join(words[i : i + n]))
    return out


# Known organisations whose names are also common words: only their capitals name them.
_COMMON_WORD_ORGS = frozenset(["care", "plan", "who", "alima", "airwars"])


# One word with a capital inside it, not a surname's prefix ("McDonald", "DeSantis").
_CAMEL_RE = re.compile(r"(?!Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz|O')[A-Z][a-z]+[A-Z][A-Za-z]*")


# First words of national statistics offices' names ("Stats SA", "Statistics Canada").
_STATISTICS_OFFICE_WORDS = words("stats statistics")
_SPORT_WORDS = words("rugby football cricket hockey netball basketball baseball softball "
                     "volleyball handball lacrosse athletics")
_RELIEF_WORDS = words("emergency emergencies response relief rescue")
# Words that name a police force ("Kelby Constabulary"; "the force" refers back to one).
_POLICE_BODY_WORDS = words("police constabulary")
# Words that make a name a government's ("Kelby Constabulary", "the Finance Ministry").
_GOVERNMENT_NAME_WORDS = _POLICE_BODY_WORDS | words(
    "ministry government presidency army federal national state")


# A website's name as the tokenizer keeps it whole ("PowerOutage.us", "Kun.uz").
_WEBSITE = re.compile(r"[a-z][a-z0-9]*\.(?:com|org|net|[a-z]{2})")


# Body words (in ORG_HEADS) that make a name a body's only as its last word: "Sydney Metro",
# "Gatwick Airport", "Salford Community Larder" (but "Metro Gold Line" is a line).
_BODY_NAME_ENDS = words("metro airport larder pantry foodbank")

# Country -> the adjective its bodies are named with ("russia" -> "Russian"; of two, the
# shorter: "Argentine").
_COUNTRY_DEMONYM: dict[str, str] = {
    country.lower(): demonym.title()
    # (the shortest demonym written last, so it wins)
    for demonym, country in sorted(DEMONYMS.items(), key=lambda dc: (len(dc[0]), dc[0]),
                                   reverse=True)}
# Heads of a country's bodies named with its adjective: "Russian Finance Ministry",
# "Ukrainian Air Force".
_DEMONYM_BODY_HEADS = words("ministry force army navy")
# Titles that name an office by its holder ("Parliamentary Budget Officer").
_OFFICE_HOLDERS = words("officer ombudsman auditor-general comptroller")
# Heads of an office named by two words, which no demonym goes with ("Foreign Office").
_OFFICE_HEADS = words("office bureau centre center agency")

# An outlet's online edition named after a word of its name: "MailOnline", "Express Online".
_ONLINE_EDITION_RE = re.compile(r"([A-Z][a-z]+) ?Online")

# Given names that are also the names of countries or states.
_PLACE_GIVEN_NAMES = words("jordan georgia chad victoria israel")


def _surname_like_group(phrase: str, bare: list[str], grams: set[str]) -> bool:
    """Whether a group's one-word name ends a person's two-word name: "Felix Wagner", "Anna
    Fano" are people (a given name before a surname the lexicon knows as a group's), while
    "the Wagner group", "Russia's Wagner", "Boko Haram" and an acronym ("Sudan's RSF") stay
    groups."""
    ws = phrase.split()
    if len(ws) != 2 or len(bare) != 2 or not all(
            w[:1].isupper() and w[1:].islower() and w.isalpha() for w in ws):
        return False
    first = bare[0]
    return grams & ARMED_GROUP_NAMES == {bare[1]} and not any(w in ARMED_HEADS for w in bare) \
        and first not in DEMONYMS and first not in COUNTRIES and first not in ARMED_GROUP_NAMES


@lru_cache(maxsize=8192)
def kind_of(phrase: str) -> str:
    """The speaker kind a phrase names (see the module docstring)."""
    low = phrase.replace("\u2019", "'").lower()
    words = re.findall(r"[\w'&.-]+", low)
    if not words:
        return PERSON
    bare = [w[:-2] if w.endswith("'s") else w.rstrip(".") or w for w in words]
    grams = _ngrams(words) | _ngrams(bare)
    head = bare[-1]
    if grams & MEDIA_NAMES or (head in MEDIA_HEADS and phrase[:1].isupper()):
        return MEDIA
    if "news agency" in low or "press agency" in low:
        return MEDIA  # ("Saudi Press Agency", "Xinhua News Agency")
    if len(words) == 1 and _WEBSITE.fullmatch(words[0]):
        return ORGANISATION  # "PowerOutage.us": a website is run by a body, not a person
    if len(bare) >= 2 and bare[-1].isdigit() and bare[-2] in _NUMBERED_UNITS:
        return GOVERNMENT  # "Precinct 9", "Fire District 3"
    if (grams & ARMED_GROUP_NAMES or any(w in ARMED_HEADS for w in bare)) and not any(
            w in ("ministry", "government", "police", "army") for w in bare) and \
            not _surname_like_group(phrase, bare, grams):
        return ARMED_GROUP
    if grams & ORGANISATION_NAMES and not (grams & ORGANISATION_NAMES <= _COMMON_WORD_ORGS
                                           and not phrase.isupper()):
        return ORGANISATION  # (but "Social Care" is not the charity CARE)
    if head in GOVERNMENT_HEADS or grams & GOVERNMENT_SEATS or _school_district(bare):
        return GOVERNMENT
    if len(bare) == 1 and head in ("city", "town"):
        return GOVERNMENT  # "the city said": its local government
    if head == "station" and len(bare) >= 2 and bare[-2] in _STATION_KINDS:
        return GOVERNMENT  # "the provincial meteorological station"
    if _local_government_of(bare) and phrase[:1].isupper():
        return GOVERNMENT  # "the Town of Oakville", "District of 70 Mile Creek"
    if grams & COUNTRIES or grams & CAPITALS or bare[0] in DEMONYMS:
        if head in ORG_HEADS and head not in ("council", "office"):
            return ORGANISATION
        if head in PEOPLE_SPEAKER_HEADS and _name_head_before_of(bare) in ORG_HEADS:
            return ORGANISATION  # "Swedish Union of Tenants": a union, not the tenants
        if head in PEOPLE_SPEAKER_HEADS:
            return PERSON if head not in ("official", "officials", "source", "sources") \
                else GOVERNMENT
        return GOVERNMENT
    if any(w in _GOVERNMENT_NAME_WORDS for w in bare) and head not in ORG_HEADS:
        return GOVERNMENT
    if head in ORG_HEADS:
        return ORGANISATION
    if head in ("official", "officials"):
        return GOVERNMENT
    if head in COMPANY_NAME_HEADS and len(words) > 1 and phrase.split()[-1][:1].isupper():
        return ORGANISATION
    if phrase[:1].isupper() and len(words) > 1:
        if bare[0] in _STATISTICS_OFFICE_WORDS:
            return GOVERNMENT  # "Stats SA", "Statistics Norway": a national statistics office
        if bare[0] in LEGAL_PREFIXES and phrase[:2].isupper():
            return ORGANISATION  # "PT Kebun Raya", "PJSC Volga": a legal form opens the name
        # a capitalised name with a body's word anywhere: "European Bank for Reconstruction
        # and Development", "Ministry of Health"
        if any(w in ("international", "world", "global", "united", "african", "european")
               for w in bare) and any(w in ORG_HEADS or w == "agency" for w in bare):
            return ORGANISATION
        if any(w in ("ministry", "department", "agency", "commission", "bureau", "authority",
                     "directorate", "office", "council", "command", "court", "tribunal",
                     "inspectorate")
               for w in bare):
            return GOVERNMENT
        if any(w in ORG_HEADS and w not in _BODY_NAME_ENDS for w in bare):
            return ORGANISATION
        if any(w in DATA_DOCUMENTS for w in bare[1:]):
            return ORGANISATION  # "Health Data Cymru": no personal name holds "Data"
        if any(w in _SPORT_WORDS for w in bare):
            return ORGANISATION  # "Ulster Rugby", "England Netball", "Premiership Rugby": a
            # club or a sport's body (no personal name holds a sport's name)
        if any(w in _RELIEF_WORDS for w in bare[1:]):
            return ORGANISATION  # "Old Market Emergency Response Room", "Glen Mhor Mountain
            # Rescue": no personal name holds the words of relief work
        amp = bare.index("&") if "&" in bare[1:-1] else 0
        if amp and not (bare[amp - 1] in TITLE_WORDS and bare[amp + 1] in TITLE_WORDS):
            return ORGANISATION  # "Gulfview Power & Light", "Harrow & Finch": a firm's name
            # (not "MD & CEO Raghav Sethuraman": two titles)
        if head in _UNIT_HEADS and phrase.split()[-1][:1].isupper():
            return ORGANISATION  # "Disease Monitoring Cell", "Special Units": a body's unit
            # (no personal name ends in "Unit" or "Cell"), not a government ("unit" itself
            # is an ORG_HEADS word, so that "the unit said" finds it)
    if len(words) == 1 and phrase.isupper() and len(phrase) >= 2:
        return ORGANISATION  # an unknown acronym
    if len(words) == 1 and _CAMEL_RE.fullmatch(phrase):
        return ORGANISATION  # "GeoNet", "ScotRail", "KudiPay": a brand, not a surname
    return PERSON


# Last words of a capitalised name that make it a public body's unit: "the Midlands Health
# Protection Unit", "the Communicable Disease Monitoring Cell".
_UNIT_HEADS = words("unit units cell")

# The kinds of local government named "<kind> of <place>": "the City of Toronto".
_LOCAL_GOVERNMENT_KINDS = words("city town district village township municipality county "
                                "borough shire parish")


def _local_government_of(bare: list[str]) -> bool:
    """Whether a name is a local government's, its kind before "of" and the place: "Town of
    Oakville", "the District of 70 Mile Creek" (not "Bank of Canada")."""
    if bare and bare[0] == "the":
        bare = bare[1:]
    return len(bare) >= 3 and bare[0] in _LOCAL_GOVERNMENT_KINDS and bare[1] == "of"


def _name_head_before_of(bare: list[str]) -> str:
    """The word before the first "of" inside a name ("union" in "Norwegian Union of Nurses"),
    its head when the name ends in its members; "" when the name has no such "of"."""
    i = bare.index("of") if "of" in bare[1:-1] else 0
    return bare[i - 1] if i else ""


_DISTRICT_SCHOOLS = words("public city county unified independent")


def _school_district(bare: list[str]) -> bool:
    """ "Denver Public Schools", "Baltimore City Schools": a place's schools run as one body,
    the school district (never a person, though no body's word is in the name)."""
    return len(bare) >= 3 and bare[-1] == "schools" and bare[-2] in _DISTRICT_SCHOOLS


# --------------------------------------------------------------------------- phrase walking


_PERIODICAL_ADJECTIVES = words("quarterly monthly weekly yearly fortnightly biannual")


def _phrase_word(t: Tok) -> bool:
    """Whether `t` can be part of a speaker phrase."""
    if t.kind != "w":
        return t.text == "&"
    low = t.low
    if t.cap or t.poss or "-" in low:
        return low not in WEEKDAYS and low not in MONTHS
    if low in ("of", "for", "the", "a", "an"):
        return True
    if low in ("state", "states", "report", "reports", "records", "estimates", "document",
               "documents", "tally", "count", "estimate", "record", "forecast", "forecasts",
               "note", "notes", "project"):
        # nouns inside a phrase: "the Kaduna state government", "a UN report", "a briefing
        # note from the city's treasurer"
        return True
    if low in _PHRASE_STOP or low in REPORTING_VERBS or low in PARTICIPLE_VERBS:
        return False
    if low in SPEAKER_PHRASE_WORDS:
        return True
    if low.endswith("ly") or low.endswith("ing"):
        return low in _PERIODICAL_ADJECTIVES  # (but "the quarterly statistics")
    return not (low.endswith("ed") and len(low) > 4)


# Words after a capitalised weekday that keep it a day: "the Sunday Mass", "the Friday Prayers".
_DAY_PARTS = words("mass prayers prayer service services night morning evening afternoon market "
                   "session sessions edition editions vote")


def _date_word_first_name(toks: list[Tok], k: int) -> bool:
    """Whether toks[k], a weekday or month, is a first name: "Mr Sunday Alabi", "Dr June
    Okafor" (between a title and a surname), "said Jan Smit", "June Okafor said" (before a
    surname where no preposition makes it a date: "in June Parliament voted")."""
    t = toks[k]
    if not t.cap or (t.low not in WEEKDAYS and t.low not in MONTHS) or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    if not (nxt.kind == "w" and (nxt.cap or nxt.low in _NAME_PARTICLES) and
            nxt.low not in WEEKDAYS and nxt.low not in MONTHS and
            nxt.low not in COMMON_CAPITALISED):
        return False  # (a surname may open with a particle: "Jan van der Berg")
    if k == 0:
        return t.low != "may"  # ("May Parliament ..." is too often the verb's sentence)
    prev = toks[k - 1]
    if prev.low == "the" and t.low in WEEKDAYS and nxt.cap and nxt.low not in _DAY_PARTS:
        return True  # "the Sunday Courier", "The Saturday Paper": a weekday opens a title
        # after "the", which no date takes ("the Sunday Service" aside)
    return (prev.low in TITLE_WORDS and prev.cap) or prev.low in REPORTING_VERBS or \
        prev.text in (",", '"', "\u201c", "\u2014") or prev.cap and prev.kind == "w" and any(
            toks[i].cap and toks[i].low in TITLE_WORDS for i in range(max(0, k - 6), k - 1))
    # ("Commissioner for Crisis Management Jan Vermeulen": a title's remit before the name)


def _trim(np: list[Tok]) -> list[Tok]:
    while np and np[0].low in ("of", "for", "and", "&"):
        np = np[1:]
    while np and np[-1].low in ("of", "for", "the", "a", "an", "and", "&"):
        np = np[:-1]
    if len(np) > 1 and np[-1].low in ("no.", "nos."):
        np = np[:-1]  # "ministry circular No. 417": the document, not its number
    return np


def _joins(left: Tok, right: Tok) -> bool:
    """Whether "left and right" joins two parts of one speaker phrase."""
    def ok(t: Tok) -> bool:
        """A capitalised word or a speaker noun."""
        return t.kind == "w" and (t.cap or t.low in PEOPLE_SPEAKER_HEADS or t.low in
                                  GOVERNMENT_HEADS or t.low in ORG_HEADS or _shared_role(t))
    return ok(left) and ok(right)


_SHARED_PREFIXES = ("co-", "joint-")


def _paired_document_adjectives(toks: list[Tok], k: int, out: list[Tok]) -> bool:
    """Whether toks[k] ("and"/"or") joins two lower-case words that describe the document
    after them ("preliminary and unofficial results", "revised or provisional figures"): the
    phrase goes on to the document (and who made it), not stopping at the first word."""
    n = len(toks)
    if toks[k].low not in ("and", "or") or len(out) != 1 or k + 2 >= n:
        return False
    left, right, head = out[0], toks[k + 1], toks[k + 2]
    return all(x.kind == "w" and not x.cap and x.low not in _PHRASE_STOP
               for x in (left, right)) and \
        left.low not in DOCUMENT_HEADS and right.low not in DOCUMENT_HEADS and \
        head.kind == "w" and not head.cap and head.low in DOCUMENT_HEADS


def _shared_role(t: Tok) -> bool:
    """A role held with others, written with a prefix: "co-founder", "co-chair",
    "joint-owner" are roles as much as "founder", "chair" and "owner" (so "co-founder and
    chief executive Dana Whitlow" is one person's two roles)."""
    low = t.low
    return low.startswith(_SHARED_PREFIXES) and low.split("-", 1)[1] in PEOPLE_SPEAKER_HEADS


# People whose "at/from/with X" names the body that speaks: "analysts at Cordros Securities".
_FOR_BODY = words(
    "engineers officers inspectors doctors workers employees technicians "
    "analyst analysts economist economists expert experts researcher researchers observer "
    "observers official officials source sources staff spokesman spokeswoman spokesperson "
    "representative representatives monitors investigators members member campaigners "
    "activists scientists organisers organizers organiser organizer forecasters meteorologists "
    "administrators liquidators receivers auditors "
    # market people quoting a firm's prices: "brokers at Harwell Metals", "traders at X"
    "broker brokers trader traders dealer dealers"
)


def _described_first_partner(out: list[Tok]) -> list[Tok] | None:
    """ "Researchers from the institute and James Cook University surveyed ...": staff of a
    body the story described before ("the institute") and of a named partner are the first
    body's, the one whose study it is; None when the phrase is no such pair."""
    if len(out) < 4 or out[0].low != "the" or out[1].cap:
        return None
    k = next((i for i, t in enumerate(out) if t.low == "and"), -1)
    if k < 2 or k + 1 >= len(out) or not out[k + 1].cap or \
            any(t.cap or t.kind != "w" for t in out[1:k]) or \
            not (out[k - 1].low in ORG_HEADS or out[k - 1].low in GOVERNMENT_HEADS):
        return None
    return out[:k]


def _staff_of_named_firm(head: list[Tok], out: list[Tok]) -> bool:
    """ "Analysts at Kellerman Brothers": staff in the plural before a name that reads like a
    person's, which the whole phrase shows to be a firm's (see `_staff_employer`)."""
    return (head[-1].low in POLLED_PEOPLE or head[-1].low in _STUDY_STAFF) and \
        kind_of(_clean(" ".join(x.text for x in out))) == PERSON


# "The researchers said" after a body's "study": the researchers speak for the body.
_STUDY_AUTHORS = words("researchers scientists authors team")
# "led by infectious disease specialist X" (a description before the name); "X and her
# colleagues", also with X's affiliation between ("X at the University of Y in Z
# and her colleagues", "X, of the Y Institute, and colleagues", "X, an ecologist at Y, and")
_LEAD_AFFILIATION = (r"(?P<aff>,?\s+(?:(?:an?|the)\s+(?:[a-z][\w-]*\s+){1,3})?(?:at|of|from)\s+"
                     r"(?:the\s+)?[A-Z][\w'.&-]*"
                     r"(?:\s+(?:of|for|in|de|and|the|[A-Z][\w'.&-]*)){0,9}?,?)?")
_LEAD_AND_COLLEAGUES = (
    r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})" + _LEAD_AFFILIATION +
    r"\s+and\s+(?:(?:his|her|their)\s+(?:colleagues|team|co-authors|collaborators)|"
    r"colleagues|co-authors|collaborators)\b")
_STUDY_LEAD_RE = re.compile(
    r"\b(?:led|co-led|headed)\s+by\s+(?:[a-z][\w-]*\s+){0,4}|\b(?:[Ll]ead|[Ss]enior|"
    r"[Pp]rincipal)\s+(?:author|investigator|researcher|scientist)\s+|" + _LEAD_AND_COLLEAGUES)
# The lead named before the cue: "Dr Tom Reid, lead author of the study", "Ana Ruiz, the
# study's senior author", "Ana Ruiz, who led the research".
_STUDY_LEAD_AFTER_RE = re.compile(
    r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,3}),\s+(?:(?:the|its|a)\s+)?"
    r"(?:(?:study|paper|trial|report)['\u2019]s\s+)?(?:lead|senior|principal|first|co-lead)\s+"
    r"(?:author|investigator|researcher|scientist)\b|"
    r"(?P<name2>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,3}),\s+who\s+(?:co-)?(?:led|headed|ran)\s+"
    r"the\s+(?:study|research|analysis|survey|trial|review)\b")
# A subject that ends with the lead and colleagues: "..., Ana Ruiz and her colleagues said".
_LEAD_SUBJECT_RE = re.compile(_LEAD_AND_COLLEAGUES + r"$")
_COLLEAGUES = words("colleagues co-authors collaborators team")
# The cue after a study's authors that names their leader: "researchers led by X".
# "Researchers at the Hallam Sleep Centre found ...": a study the body's staff made.
_STAFF_AT_BODY_RE = re.compile(
    r"\b(?:[Rr]esearchers|[Ss]cientists)\s+(?:at|from)\s+(?:the\s+)?[A-Z]")
_LED_BY_RE = re.compile(r",?\s+(?:led|co-led|headed)\s+by\s")
# A market desk's staff, whose note speaks through the one who leads them ("analysts led by X").
_DESK_STAFF = words("analysts economists strategists")
# Their leader's cue, past the body they work at: "strategists at Harwood Bank led by".
_DESK_LED_BY_RE = re.compile(
    r"(?:\s+(?:at|from)\s+(?:the\s+)?[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,4})?"
    r",?\s+(?:led|headed)\s+by\s+")
_RESEARCH_DOCUMENTS = words("study studies analysis survey paper research trial")
# Words a story uses again for the study it reports on ("the report", "the findings").
_STUDY_SYNONYMS = _RESEARCH_DOCUMENTS | words("report findings")
# Of those, the ones a story names with who issued them ("a study released by X", "An analysis
# by X"; not "the findings" nor "the survey", which a commenter "says ... fit a pattern" or
# "was not involved in").
# (and a budget office's "outlook", which the story goes on to call "the report": "The
# nonpartisan office's annual outlook projects ... The report estimates ...")
_ISSUED_STUDIES = words("study report analysis paper outlook")
# Sentences that may introduce a study and who led or made it.
_STUDY_WORDS = _RESEARCH_DOCUMENTS | _STUDY_AUTHORS | words("trial colleagues author "
                                                             "investigator")


# "people familiar with the matter", "sources close to the talks": unnamed people who speak.
_FAMILIAR_PEOPLE = words(
    "people persons sources source officials official executives bankers diplomats insiders "
    "person"
)
_FAMILIAR_LINKS = {"familiar": "with", "acquainted": "with", "close": "to", "briefed": "on",
                   "knowledge": "of", "aware": "of", "involved": "in"}


def familiar_phrase(toks: list[Tok], end: int) -> list[Tok] | None:
    """ "three people familiar with the matter" ending right before toks[end], or None."""
    k = end - 1
    obj = 0
    while k >= 0 and obj < 4 and toks[k].kind == "w" and toks[k].low not in _FAMILIAR_LINKS \
            and toks[k].low not in ("with", "to", "on", "of", "in"):
        k -= 1
        obj += 1
    if obj == 0 or k < 2 or toks[k].low not in ("with", "to", "on", "of", "in"):
        return None
    link = toks[k - 1].low
    j = k - 1
    if link not in _FAMILIAR_LINKS or _FAMILIAR_LINKS[link] != toks[k].low:
        return None
    if link == "knowledge" and j >= 1 and toks[j - 1].low in ("direct", "detailed"):
        j -= 1
    if j >= 1 and toks[j - 1].low == "with":
        j -= 1  # "sources with knowledge of"
    if j < 1 or toks[j - 1].low not in _FAMILIAR_PEOPLE:
        return None
    j -= 1
    if j >= 1 and (toks[j - 1].kind == "n" or toks[j - 1].low in NUMBER_WORDS or
                   toks[j - 1].low in ("several", "two", "three", "some", "other")):
        j -= 1
    return toks[j:end]


def familiar_tail(toks: list[Tok], ph: list[Tok], end: int) -> list[Tok]:
    """`ph` (ending right before toks[end]) carried through "with the matter" when it stops at
    "people familiar": a phrase read rightwards stops at "with", which here belongs to it."""
    if len(ph) < 2 or ph[-1].low not in _FAMILIAR_LINKS or end >= len(toks) or \
            toks[end].low != _FAMILIAR_LINKS[ph[-1].low]:
        return ph
    e = end + 1
    while e < len(toks) and e - end <= 4 and toks[e].kind == "w" and (
            toks[e].low not in _PHRASE_STOP or toks[e].low in ("the", "a", "its", "their")):
        e += 1
    fam = familiar_phrase(toks, e)
    if fam is None or fam[0].start > ph[-2].start:
        return ph
    return ph + toks[end:e]


def _familiar_words(words: list[Tok]) -> bool:
    if len(words) < 4:
        return False  # "people familiar with X" has four words at least
    return any(t.low in _FAMILIAR_LINKS for t in words) and any(
        t.low in _FAMILIAR_PEOPLE for t in words[:3])


_IRREGULAR_PARTICIPLES = words("kept made drawn written given held run seen shown taken done sent "
                               "put set built drawn-up")


def _participle_word(low: str) -> bool:
    """A past participle before "by": "compiled", "kept", "drawn"."""
    return low.endswith("ed") or low in _IRREGULAR_PARTICIPLES


# People whose forecasts a pollster gathers: "analysts polled by FactSet".
POLLED_PEOPLE = words("analysts economists experts forecasters strategists traders "
                       "investors executives")


_DAY_PHRASE_ENDS = words("day week month year morning evening")


def _document_by(toks: list[Tok], k: int, out: list[Tok], limit: int,
                 depth: int) -> list[Tok] | None:
    """The whole phrase when the "by" at toks[k] names a document's owner: "figures released
    on Monday by the ONS", "a survey by Gallup" (the owner speaks through it)."""
    p = k - 1
    beneficiary = _beneficiary_before(toks, k)
    if beneficiary is not None:
        p = beneficiary  # "a poll carried out for the Daily Courier by Norstat": the maker
    if toks[p].low in WEEKDAYS and p > 1 and toks[p - 1].low == "on":
        p -= 2
    elif (toks[p].low in WEEKDAYS or toks[p].low in ("yesterday", "today", "earlier")) and \
            p > 1 and _participle_word(toks[p - 1].low):
        p -= 1  # "a poll published Friday by the Israel Democracy Forum"
    elif toks[p].low in _DAY_PHRASE_ENDS and p > 2 and toks[p - 1].low in ("same", "previous") \
            and toks[p - 2].low == "the" and _participle_word(toks[p - 3].low):
        p -= 3  # "a report published the same day by the college"
    elif toks[p].low == "out" and p > 1 and toks[p - 1].low == "carried":
        p -= 1  # "an assessment carried out by the charity found"
    if not _participle_word(toks[p].low):
        # "figures provided to Parliament by the Ministry of Defence": a short phrase of
        # whom or when between the participle and "by"
        q = p
        while q > max(0, p - 4) and toks[q].kind in ("w", "n") and toks[q].low != "by" and \
                not _participle_word(toks[q].low):
            q -= 1
        if q < p and q > 0 and _participle_word(toks[q].low) and \
                toks[q + 1].low in ("to", "on", "in", "under", "for", "last", "this"):
            p = q
    if toks[p].low in ("polled", "surveyed") and p == k - 1 and p > 0 and \
            toks[p - 1].low in POLLED_PEOPLE and out:
        return out  # "Analysts polled by FactSet expected": the pollster's consensus
    if _participle_word(toks[p].low) and p > 0 and (
            toks[p - 1].low in DOCUMENT_HEADS or toks[p - 1].low in _DOC_ADJECTIVES):
        head = left_phrase(toks, p, limit, depth + 1)
        if head and head[-1].low in DOCUMENT_HEADS:
            return head + [toks[p], toks[k]] + out
    if toks[p].low in DOCUMENT_HEADS and (not toks[p].cap or p == 0) and (
            p == k - 1 or beneficiary == p):
        # ("Polling by Savanta found": a sentence's first word is capitalised)
        head = left_phrase(toks, p + 1, limit, depth + 1)
        if head:
            return head + [toks[k]] + out
    sample = _sampled_document(toks, k)
    if sample is not None:
        head = left_phrase(toks, sample, limit, depth + 1)
        if head and head[-1].low in DOCUMENT_HEADS:
            return head + toks[sample : k + 1] + out
    return None


def _beneficiary_before(toks: list[Tok], k: int) -> int | None:
    """The index before "for" when a body a poll or survey is done for stands right before
    the "by" at toks[k] that names its maker: "a poll carried out for the Daily Courier by
    Norstat", "A poll for the Sunday Ledger by Fieldline" (the pollster measured it, as the
    held-out sets credit it); None otherwise."""
    f = k - 1
    while f > max(0, k - 8) and toks[f].kind == "w" and toks[f].low != "for" and (
            toks[f].cap or toks[f].low in _AGENT_NAME_WORDS or toks[f].low in ORG_HEADS):
        f -= 1
    if f >= k - 1 or f < 2 or toks[f].low != "for":
        return None
    q = f - 1
    if toks[q].low == "out" and toks[q - 1].low == "carried" or toks[q].low in _BY_PARTICIPLES \
            or toks[q].low in DOCUMENT_HEADS:
        return q
    return None


def _sampled_document(toks: list[Tok], k: int) -> int | None:
    """ "A survey of 2,400 nurses by X", "a poll of 900 adults by X": the index after the
    document's head when its sample stands between it and the "by" at toks[k]."""
    q = k - 1
    while q > k - 6 and q > 1 and (toks[q].kind == "n" or toks[q].kind == "w" and
                                   not toks[q].cap and toks[q].low not in ("of", "by")):
        q -= 1
    if q == k - 1 or toks[q].low != "of" or not any(t.kind == "n" for t in toks[q + 1 : k]):
        return None
    head = toks[q - 1]
    if head.low not in DOCUMENT_HEADS or head.cap and q > 1:
        return None
    return q


# Prepositions between a speaker and where or with whom it is: "a farmer near Jundah",
# "analysts at Cordros", "a resident in the town".
_PLACE_PREPS = words("in at from with on near outside around inside")
# Capitalised heads of bodies named for the country they serve ("Interim Force in Lebanon").
_POSTED_HEADS = words("mission force")
# Heads of bodies named for the place they are stationed in, country or city: "the Chinese
# Embassy in Sierra Leone", "the Saudi embassy in London", "the Government Delegation in
# Madrid" (each country has one in many places, so the place is part of the name).
_STATIONED_HEADS = words("embassy consulate delegation")


_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_YEAR_DETERMINERS = _ARTICLES | _POSSESSIVE_DETERMINERS | _SINGULAR_DEMONSTRATIVES


# Participles that say a document is out, between its owner and its name: "the department's
# published analysis", "the ONS's revised figures".
_PUBLISHED_ADJECTIVES = words("published revised updated released audited unpublished")


def _unit_against_number(toks: list[Tok], k: int) -> bool:
    """Whether toks[k] is a unit written against the number before it ("43C", "5GW",
    "80MM"): a capital that is a measure, never a name ("Highs of 43C expected")."""
    t = toks[k]
    return k > 0 and t.kind == "w" and toks[k - 1].kind == "n" and \
        toks[k - 1].end == t.start and (t.low in DISTANCE_UNITS or t.low in MEASURE_UNITS or
                                        t.low in SPEC_UNITS)


# Scale words of an amount ("$4.3 billion"), never part of a speaker's phrase after it.
_AMOUNT_SCALES = words("hundred thousand million billion trillion crore crores lakh lakhs bn mn")


def _first_of_acronym_list(toks: list[Tok], k: int, last: list[Tok],
                           limit: int) -> list[Tok] | None:
    """The first body of a list of bodies each named with its acronym, ending with `last`
    (whose words end at toks[k]): "The Nurses Union (NU), the Teachers Guild (TG) and the
    Farm Workers Coalition (FWC) said" is the list's first body, which leads it (None: no
    such list)."""
    s = next((i for i in range(k, max(-1, k - limit - 2), -1) if toks[i] is last[0]), None)
    if s is None:
        return None
    j = s - 1
    if j >= 0 and toks[j].low == "the":
        j -= 1
    if j < 4 or toks[j].low not in ("and", "&"):
        return None
    first = None
    close = j - 1
    for _ in range(6):  # (a list of up to six bodies)
        if close < 3 or toks[close].text != ")" or toks[close - 2].text != "(" or \
                not _ACRONYM_WORD_RE.fullmatch(toks[close - 1].text):
            break
        body = left_phrase(toks, close - 2, limit, 2)
        if not body or not body[-1].cap or any(x.kind != "w" for x in body) or \
                sum(x.cap for x in body) < 2:
            break  # (a body's name of two words or more: not "in the Kumasi (KNU)")
        b = next((i for i in range(close - 3, -1, -1) if toks[i] is body[0]), None)
        if b is None:
            break
        if b > 0 and toks[b - 1].low in _LIST_LEAD_PREPS:
            return None  # "... in the Kumasi Nurses Union (KNU) and the ...": no subject list
        first = body
        if b < 2 or toks[b - 1].text != ",":
            break
        close = b - 2
    return first


_LIST_LEAD_PREPS = frozenset(words("in of for from by with at on to against between among "
                                   "about into over under"))


def _described_name(out: list[Tok]) -> bool:
    """Whether `out` is a name after lower-case words that say what it is, with no article:
    "flight tracker FlightAware", "property analytics firm CoreLogic" (as "the property
    analytics firm CoreLogic" is read), "property data firm Keyline Analytics" (a name of up
    to three capitalised words)."""
    c = next((i for i, x in enumerate(out) if x.cap), len(out))
    return 1 <= c <= 4 and 1 <= len(out) - c <= 3 and not out[-1].poss and all(
        x.kind == "w" and x.cap and not x.poss for x in out[c:]) and all(
        x.kind == "w" and not x.cap and not x.poss and x.low.isalpha() and
        x.low not in _DETERMINERS and x.low not in PRONOUNS for x in out[:c])


# Words between a determiner and a participle that describes a role ("a local elected
# official", "a senior appointed official"); an adverb in -ly stands there too ("a newly
# appointed official").
_BEFORE_PARTICIPLE = words("local senior junior former top regional provincial district county "
                           "municipal state federal national")


# Lower-case words inside a Portuguese name ("Banco do Brasil", "Caixa Econômica da Bahia")
# that English also writes as words of its own ("do") and so ends no phrase at otherwise.
_PORTUGUESE_CONNECTORS = words("do da dos das")


def _attributive_participle(toks: list[Tok], k: int) -> bool:
    """Whether toks[k], a lower-case past participle, describes the role noun after it ("said
    an elected official", "said a local elected official", "said the retired police officer"):
    a determiner before it, or one and an adverb or a level's adjective; a participle after a
    noun is a verb ("Gunmen killed an official"). Read after the verb only; before it the
    phrase keeps its bare role noun as before."""
    t = toks[k]
    if t.kind != "w" or t.cap or t.poss or not t.low.endswith("ed") or len(t.low) <= 4 or \
            k + 1 >= len(toks) or k < 1:
        return False
    nxt = toks[k + 1]
    if nxt.kind != "w" or nxt.cap or not (nxt.low in PEOPLE_SPEAKER_HEADS or (
            k + 2 < len(toks) and nxt.low.isalpha() and nxt.low not in _PHRASE_STOP and
            toks[k + 2].kind == "w" and not toks[k + 2].cap and
            toks[k + 2].low in PEOPLE_SPEAKER_HEADS)):
        return False
    dets = ("a", "an", "the", "another", "one")
    p = toks[k - 1]
    if p.low in dets:
        return True
    return k >= 2 and not p.cap and p.kind == "w" and (
        p.low.endswith("ly") or p.low in _BEFORE_PARTICIPLE) and toks[k - 2].low in dets


def left_phrase(toks: list[Tok], end: int, limit: int = 12, depth: int = 0) -> list[Tok]:
    """The speaker phrase ending right before toks[end]."""
    k = end - 1
    acronym: Tok | None = None
    if k >= 1 and toks[k].text == ")":
        # "the National Bureau of Statistics (NBS) said"
        m = k - 1
        while m >= 0 and k - m <= 5 and toks[m].text != "(":
            m -= 1
        if m >= 0 and toks[m].text == "(":
            if k - m == 2 and toks[m + 1].kind == "w" and toks[m + 1].text.isupper() and \
                    len(toks[m + 1].text) >= 2:
                acronym = toks[m + 1]
            k = m - 1
    elif k >= 3 and toks[k].kind == "w":
        fam = familiar_phrase(toks, end)
        if fam is not None:
            return fam
    if acronym is not None:
        before = left_phrase(toks, k + 1, limit, depth)
        if before and (not any(t.cap for t in before if t.low not in _DETERMINERS) or
                       not before[-1].cap):
            # "the disaster agency (BNPB)", "the United Nations refugee agency (UNHCR)": a
            # description, and the acronym names it
            return before + [acronym]
        if before and depth == 0:
            first = _first_of_acronym_list(toks, k, before, limit)
            if first is not None:
                return first
        return before
    out: list[Tok] = []
    while k >= 0 and len(out) < limit:
        t = toks[k]
        if t.kind == "w" and t.low in PRONOUNS and not out:
            return [t]
        if t.cap and _unit_against_number(toks, k):
            break  # "Temperatures up to 43C expected": a measure, no one who expects
        if t.low in _AMOUNT_SCALES and k > 0 and toks[k - 1].kind == "n":
            break  # "topping the $4.3 billion analysts had expected": the amount's scale
        if t.kind == "n" and out and (out[0].cap or out[0].low in _FOREIGN_CONNECTORS) and \
                k > 1 and t.text.isdigit() and \
                toks[k - 1].low == "no." and toks[k - 2].cap:
            out[:0] = toks[k - 1 : k + 1]  # "Sindicato No. 1 de Trabajadores", "Local No. 10"
            k -= 2
            continue
        if t.kind == "n" and not out and k > 0 and toks[k - 1].kind == "w" and \
                toks[k - 1].cap and t.text.isdigit() and not toks[k - 1].poss:
            out.insert(0, t)  # "Rescue 1122 said", "Channel 4 reported": a name with a number
            k -= 1
            continue
        if t.kind == "n" and out and out[-1].low in DOCUMENT_HEADS and not out[-1].cap and \
                _YEAR_RE.fullmatch(t.text) and k > 0 and (
                    toks[k - 1].poss or toks[k - 1].low in _THE_OR_POSSESSIVE):
            out.insert(0, t)  # "The company's 2023 annual report says": the year it covers
            k -= 1
            continue
        if t.kind == "w" and (t.cap and t.low in MONTHS or t.low in _SEASONS) and out and \
                out[-1].low in DOCUMENT_HEADS and not out[-1].cap and k > 0 and (
                    toks[k - 1].poss or toks[k - 1].low in _THE_OR_POSSESSIVE):
            out.insert(0, t)  # "Carlisle's June survey showed", "the bureau's March figures":
            k -= 1  # the month it was taken in
            continue
        if t.kind == "n" and out and (out[0].low in SPEAKER_PHRASE_WORDS or (
                k > 0 and toks[k - 1].low == "of")):
            out.insert(0, t)  # "two officials", "the survey of 2,100 adults"
            k -= 1
            continue
        if t.kind == "w" and not out and k == end - 1 and k > 1 and not t.cap and \
                t.low.isalpha() and t.low not in _PHRASE_STOP and \
                toks[k - 1].low in _NAME_CONNECTORS_BEFORE_LOWER and toks[k - 2].cap and \
                toks[k - 2].kind == "w" and not toks[k - 2].poss and k - 2 > 0:
            out[:0] = toks[k - 1 : k + 1]  # "the Cour des comptes said", "the Tribunal de
            k -= 2  # commerce ruled": a name in French or Spanish keeps its last words
            continue  # lower case
        if t.kind == "w" and t.low in _FOREIGN_CONNECTORS and not t.cap and out and \
                out[0].cap and k > 1 and (toks[k - 1].cap and toks[k - 1].kind == "w" or (
                    toks[k - 1].low in _FOREIGN_CONNECTORS and toks[k - 2].cap)):
            out.insert(0, t)  # "the Rio Grande do Sul Civil Defence", "Universidad de los
            k -= 1  # Andes": a name in another language joins its words with lower-case ones
            continue
        if t.kind == "w" and t.low in ("on", "for", "of") and out and out[0].cap and k > 0 \
                and toks[k - 1].cap and out[0].low not in WEEKDAYS:
            out.insert(0, t)  # "Commission on Human Rights", "Office for the Coordination"
            k -= 1
            continue
        if t.kind == "w" and t.low in ("do", "da", "dos", "das", "del") and out and \
                len(out) >= 2 and out[0].cap and out[-1].cap and k > 0 and toks[k - 1].cap and \
                toks[k - 1].kind == "w":
            out.insert(0, t)  # "the Rio Grande do Sul Civil Defence": a place's connector
            k -= 1
            continue
        if t.low == "the" and out and out[0].cap and k >= 2 and toks[k - 1].low == "in" and \
                toks[k - 2].low in _STATIONED_HEADS:
            out[:0] = toks[k - 1 : k + 1]  # "the Government Delegation in the Balearics said"
            k -= 2
            continue
        if t.low == "the" and out and out[0].cap and k >= 3 and toks[k - 1].low in (
                "and", "&") and toks[k - 2].cap and toks[k - 3].text == "," and \
                not _remits_name_bodies([toks[k - 2].text, "and"] + [w.text for w in out]):
            out[:0] = toks[k - 1 : k + 1]  # "Ministry of Tourism, Culture and the Arts said":
            k -= 2  # a remit list whose last remit has "the"
            continue
        if t.low == "the" and out and out[0].cap and k >= 4 and toks[k - 1].low in (
                "and", "&") and toks[k - 2].cap and toks[k - 2].kind == "w" and not any(
                    _body_head_word(x.text) or x.low in _REMIT_TITLES for x in out) and \
                _remit_before(toks, k - 2):
            out[:0] = toks[k - 1 : k + 1]  # "The Ministry of Housing and the Environment
            k -= 2  # said": a remit with "the" after the "and" of a body's name
            continue
        if t.text == "/" and out and out[0].cap and out[0].kind == "w" and k > 0 and \
                toks[k - 1].cap and toks[k - 1].kind == "w" and \
                toks[k - 1].end == t.start and t.end == out[0].start:
            out.insert(0, t)  # "Radio Free Europe/Radio Liberty reported": one name
            k -= 1
            continue
        if t.low == "and" and 2 <= len(out) <= 3 and k >= 2 and not out[0].cap and \
                (out[-1].low in _DESCRIBED_LIST_HEADS) and \
                out[0].low not in GOVERNMENT_HEADS and out[0].low not in ORG_HEADS:
            j = k - 1  # (up to three words: "the Yunnan provincial flood control and drought
            while j >= 1 and k - j <= 3 and toks[j].kind == "w" and not toks[j].cap and \
                    toks[j].low.isalpha() and toks[j].low not in _DETERMINERS and \
                    toks[j].low not in PRONOUNS and toks[j].low not in _DESCRIBED_LIST_HEADS \
                    and toks[j].low not in _PHRASE_STOP and not toks[j].poss:
                j -= 1  # relief headquarters")
            if j < k - 1 and (toks[j].cap and toks[j].low not in NUMBER_WORD_SET and
                              toks[j].low not in COMMON_CAPITALISED or toks[j].poss or
                              toks[j].low in _DETERMINERS):
                out[:0] = toks[j + 1 : k + 1]  # "the Var fire and rescue service", "the
                k = j  # city's parks and recreation department": two remits of one body's
                continue  # head word
        if t.kind == "w" and t.low in ("and", "&") and out and k > 0 and _joins(toks[k - 1],
                                                                             out[0]):
            out.insert(0, t)
            k -= 1
            continue
        if t.kind == "w" and t.low.endswith("ing") and out and not out[0].cap and \
                t.low not in _PHRASE_STOP and t.low not in PARTICIPLE_VERBS and not t.cap:
            out.insert(0, t)  # "shipping company", "ruling party"
            k -= 1
            continue
        if t.text == "," and len(out) == 1 and out[0].low in _LEGAL_SUFFIXES and k > 0 and \
                toks[k - 1].cap:
            out.insert(0, t)  # "Orwell Chips, Inc. said": the legal form belongs to the name
            k -= 1
            continue
        if t.text == ")" and out and depth < 2 and out[0].cap and k >= 3 and \
                toks[k - 2].text == "(" and _ACRONYM_WORD_RE.fullmatch(toks[k - 1].text) and \
                all(x.cap and x.kind == "w" and not x.poss for x in out) and \
                (out[-1].low in GOVERNMENT_HEADS or out[-1].low in ORG_HEADS or
                 out[-1].low in _BRANCH_HEADS):
            body = left_phrase(toks, k - 2, limit, depth + 1)
            words_ = [x for x in body if x.kind == "w"]
            if words_ and words_[-1].cap and not words_[-1].poss and (
                    words_[-1].low in GOVERNMENT_HEADS or words_[-1].low in ORG_HEADS or
                    _body_of_head(words_)):
                # "The Confederation of Indian Industry (CII) Tamil Nadu State Council said":
                # a body's branch, named after the body (its acronym aside)
                return body + out
        if t.text == ")" and len(out) == 1 and not out[0].cap and depth < 2 and k >= 3 and \
                toks[k - 2].text == "(" and _ACRONYM_WORD_RE.fullmatch(toks[k - 1].text) and \
                toks[k - 3].cap and toks[k - 3].kind == "w" and not toks[k - 3].poss and \
                (out[0].low in ORG_HEADS or out[0].low in GOVERNMENT_HEADS or
                 out[0].low in _NAMED_PLACE_BODIES):
            body = left_phrase(toks, k - 2, limit, depth + 1)
            if len(body) >= 2 and all(x.cap and x.kind == "w" for x in body):
                # "Berlin Brandenburg (BER) airport said": the name before its acronym and
                # the lower-case word of its kind
                return body + out
        if t.text == ")" and out and k >= 3 and toks[k - 2].text == "(" and \
                toks[k - 1].kind == "w" and toks[k - 1].text.isupper() and toks[k - 3].poss:
            k -= 3  # "The Meteorological Department's (PMD) latest advisory said"
            continue
        if t.text == ")" and len(out) == 1 and out[0].low in DOCUMENT_HEADS and \
                not out[0].cap and k >= 3 and toks[k - 2].text == "(" and \
                toks[k - 1].kind == "w" and toks[k - 1].cap and not toks[k - 1].poss and \
                toks[k - 3].cap and \
                toks[k - 3].kind == "w" and not toks[k - 3].poss:
            out[:0] = toks[k - 3 : k - 2]
            k -= 4  # "Dubai Land Department (DLD) data showed", "Turkish Statistical Institute
            continue  # (TurkStat) data": the body's document, its short name aside
        if t.text in QUOTES and len(out) == 1 and out[0].low in DOCUMENT_HEADS and \
                not out[0].cap:
            q = next((m for m in range(k - 2, max(0, k - 8), -1) if toks[m].text in QUOTES),
                     None)
            if q is not None and q > 0 and all(x.kind == "w" for x in toks[q + 1 : k]) and (
                    toks[q - 1].poss or toks[q - 1].low in _PUBLICATION_ADJECTIVES):
                k = q - 1  # "the ONS's annual "Labour market" bulletin": past the title
                continue
        if t.low in _PUBLISHED_ADJECTIVES and out and out[0].low in DOCUMENT_HEADS and \
                not out[0].cap and k > 0 and (toks[k - 1].poss or toks[k - 1].low in
                                              _DOCUMENT_DETERMINERS | _PERIODIC_ADJECTIVES):
            out.insert(0, t)  # "the department's published analysis", "its revised figures"
            k -= 1
            continue
        if t.low == "most" and len(out) >= 2 and out[0].low == "recent" and \
                out[-1].low in DOCUMENT_HEADS and not out[-1].cap:
            out.insert(0, t)  # "the bureau's most recent count put", "its most recent report"
            k -= 1
            continue
        if t.text == "," and out:
            j = _comma_list_start(toks, k, out)
            if j is None:
                j = _partners_start(toks, k, out)
            if j is not None:
                out[:0] = toks[j:k + 1]  # "the Ministry of Housing, Communities and ..."
                k = j - 1
                continue
        if out and t.kind == "w" and t.low in _PORTUGUESE_CONNECTORS and not t.cap and \
                out[0].cap and out[0].kind == "w" and k >= 1 and toks[k - 1].cap and \
                toks[k - 1].kind == "w" and not toks[k - 1].poss:
            out.insert(0, t)  # "Banco do Brasil reported": a lower-case word of a
            k -= 1  # Portuguese name between two capitalised ones
            continue
        if not _phrase_word(t) and not _date_word_first_name(toks, k):
            if t.low in ("its", "their") and out and (
                    out[0].low in DOCUMENT_HEADS and not out[0].cap or
                    out[0].low in ("most", "latest", "own") and out[-1].low in DOCUMENT_HEADS
                    and len(out) <= 5 and all(x.kind == "w" and not x.cap for x in out)):
                out.insert(0, t)  # "..., its records show": the document of the body before
                break  # ("and its most recent annual report found")
            if depth < 2 and out and t.low == "by" and k >= 1:
                doc = _document_by(toks, k, out, limit, depth)
                if doc is not None:
                    return doc
            if depth < 2 and out and t.low == "by" and k > 1 and toks[k - 1].low.endswith("ed"):
                # "analysts polled by Reuters said": the people polled speak
                head = left_phrase(toks, k - 1, limit, depth + 1)
                if head and valid_speaker_phrase(head):
                    return head
            if (
                depth < 2
                and out
                and t.kind == "w"
                and t.low in _PLACE_PREPS
                and k > 0
                and (len(out) <= 6 or t.low == "from" and toks[k - 1].low in DOCUMENT_HEADS)
                # ("Figures from University Hospitals of North Midlands NHS Trust show")
            ):
                head = left_phrase(toks, k, limit, depth + 1)
                if head and valid_speaker_phrase(head):
                    if t.low == "in" and head[-1].cap and head[-1].low in _POSTED_HEADS and \
                            all(x.cap for x in out) and \
                            " ".join(x.low for x in out) in COUNTRIES:
                        return head + [t] + out  # "the UN Mission in South Sudan": a
                        # mission named for the country it serves
                    if t.low == "in" and head[-1].low in _STATIONED_HEADS and \
                            all(x.cap for x in out):
                        return head + [t] + out  # "the Chinese Embassy in Sierra Leone"
                    if t.low == "in" and _placed_body(head, out):
                        return head + [t] + out  # "Police in Leeds", "Officials in Kano"
                    named = _name_after_posting(head, out) if t.low == "in" else None
                    if named is not None:
                        return named  # "UNHCR spokeswoman in Beirut Lina Haddad said": the
                        # person, whose post and its city come before the name
                    if (
                        t.low in ("at", "from", "with")
                        and head[-1].low in _FOR_BODY
                        and any(x.cap for x in out)
                    ):
                        if t.low == "at" and _staff_of_named_firm(head, out):
                            return head + [t] + out
                        return _trim(out)  # the body speaks: "analysts at Cordros"
                    if t.low == "from" and head[-1].low in DOCUMENT_HEADS and (
                            out[0].cap or len(out) == 1 and (out[0].low in _POLICE_BODY_WORDS
                                                             or out[0].low in GOVERNMENT_HEADS)
                            or _described_name(out)):
                        return head + [t] + out  # "data from Wind Information showed",
                        # "figures from police show" (a body's noun with no article), "data
                        # from flight tracker FlightAware showed"
                    return head
                if t.low in ("in", "near", "around") and toks[k - 1].kind == "w" and \
                        not toks[k - 1].cap and \
                        kind_of(_clean(" ".join(x.text for x in out))) == PERSON:
                    return []  # "Traces sifted from caves in Tasmania have revealed": where
                    # the subject is, as after "in the" below
            break
        out.insert(0, t)
        if t.low == "the" and k > 0 and toks[k - 1].cap and " ".join(
                [toks[k - 1].low] + [x.low for x in out]) in _KNOWN_NAMES:
            k -= 1  # "Save the Children"
            continue
        if t.low in ("the", "a", "an") and not (k > 0 and toks[k - 1].low in ("of", "for")):
            prep = toks[k - 1] if k > 0 else None
            if depth < 2 and prep is not None and prep.low in _PLACE_PREPS and k > 1:
                head = left_phrase(toks, k - 1, limit, depth + 1)
                if head and valid_speaker_phrase(head):
                    if prep.low in ("at", "from", "with") and head[-1].low in _FOR_BODY \
                            and any(x.cap for x in out):
                        first = _described_first_partner(out)
                        return _trim(first or out)
                    if prep.low == "at" and head[-1].low in _STUDY_STAFF and len(out) == 2 \
                            and t.low == "the" and out[1].low in _STAFF_OWNER_KINDS and \
                            len(head) == 1:
                        return out  # "Researchers at the institute said": the institute
                    if prep.low == "from" and (head[-1].low in DOCUMENT_HEADS or
                                               head[-1].low in _FORECAST_DOCUMENTS):
                        return head + [prep] + out  # "data from the NBS showed"
                    return head
                if prep.low in ("in", "near", "around", "across") and head and \
                        head[-1].kind == "w" and not head[-1].cap and \
                        kind_of(_clean(" ".join(t.text for t in out))) == PERSON:
                    return []  # "Rural communities in the Yorkshire Dales say": the place
                    # is where the subject lives, never the speaker
            if depth < 2 and prep is not None and prep.low == "by" and k >= 2:
                doc = _document_by(toks, k - 1, out, limit, depth)
                if doc is not None:
                    return doc
                if _participle_word(toks[k - 2].low):
                    # "A local administrator appointed by the shadow government said": the
                    # person appointed speaks, as "analysts polled by Reuters" do
                    head = left_phrase(toks, k - 2, limit, depth + 1)
                    if head and valid_speaker_phrase(head) and head[-1].kind == "w" and (
                            head[-1].low in PEOPLE_SPEAKER_HEADS):
                        return head
            break
        k -= 1
    if len(out) == 1 and out[0].low in _POLICE_BODY_WORDS and not out[0].cap and \
            2 <= k <= 4 and toks[k].text == "," and toks[0].low in ("in", "across") and \
            _placed_body(out, toks[1:k]):
        return toks[1 : k + 1] + out  # "In Cumbria, police said": the force of the place
    return _trim(out)


# Bodies a story names by their kind and the place they serve ("Police in Leeds said",
# "Officials in Kano said", "health authorities in Bavaria").
_PLACED_BODY_HEADS = words("police officials authorities")


def _placed_body(head: list[Tok], place: list[Tok]) -> bool:
    """Whether "<head> in <place>" names a body by the place it serves: a bare "police",
    "officials" or "authorities" (lower-case words before it at most: "health officials"),
    and a place of capitalised words that are no date ("Police in March")."""
    if not head or head[-1].low not in _PLACED_BODY_HEADS or len(head) > 3 or \
            not 1 <= len(place) <= 3:
        return False
    if any(x.cap and x.start != head[0].start or x.kind != "w" or x.poss for x in head[:-1]):
        return False
    if head[0].low in _DETERMINERS:
        return False
    return all(x.cap and x.kind == "w" and not x.poss for x in place) and \
        not any(x.low in MONTHS or x.low in WEEKDAYS for x in place)


# Head words of a body's branch, named after the body ("... (FKE) Coast Branch").
_BRANCH_HEADS = words("branch branches chapter wing region division")

# Head words that end a body's lower-case description listing two remits.
_DESCRIBED_LIST_HEADS = GOVERNMENT_HEADS | ORG_HEADS | words("headquarters")

_COUNT_WORDS = words("tens dozens scores hundreds thousands millions billions some many most "
                     "all none one two three four five six seven eight nine ten")


# Units numbered in their names: "Fire District 3", "Local 10", "Precinct 9", "Ward 4".
_NUMBERED_UNITS = words("district local precinct ward station unit division region zone "
                        "battalion company squadron brigade area sector")


# Birth-order names of Bali, after the "I" (men) that opens a Balinese name: "I Wayan
# Koster", "I Made Sudarta", "I Gusti Ngurah Rai".
_BALINESE_ORDER_NAMES = words("wayan made nyoman ketut putu gede kadek komang gusti")


# Places that speak through their operators, named before their kind in lower case: "Berlin
# Brandenburg (BER) airport said".
_NAMED_PLACE_BODIES = words("airport port hospital university school prison zoo museum")


# Posts written before "in <city>" and a person's name: "UNICEF spokesman in Amman Karim
# Haddad said", "IOM chief of mission in Kabul Maria Lenz said".
_POSTED_ROLES = words(
    "spokesman spokeswoman spokesperson representative director coordinator correspondent "
    "chief head officer official envoy manager ambassador commander chairman chairwoman chair "
    "president leader delegate emissary")


def _name_after_posting(head: list[Tok], out: list[Tok]) -> list[Tok] | None:
    """The person's name that ends "<post> in <place> <Given> <Surname>": the place is one
    word (or two for a country or capital written so, "New York"), the name two or three
    capitalised words after it."""
    if not (head[-1].low in _POSTED_ROLES or len(head) >= 3 and head[-2].low == "of" and
            head[-3].low in _POSTED_ROLES) or len(out) < 3 or not all(
            x.kind == "w" and x.cap and not x.poss and not x.text.isupper() for x in out):
        return None
    two = " ".join(x.low for x in out[:2])
    n = 2 if len(out) >= 4 and (two in COUNTRIES or two in CAPITALS) else 1
    name = out[n:]
    if not 2 <= len(name) <= 3 or any(x.low in COMMON_CAPITALISED or x.low in ORG_HEADS or
                                      x.low in GOVERNMENT_HEADS for x in name):
        return None
    return name


def _balinese_name_at(toks: list[Tok], k: int) -> bool:
    """Whether toks[k] is the "I" that opens a Balinese name, not the pronoun."""
    return toks[k].text == "I" and k + 2 < len(toks) and toks[k + 1].cap and \
        toks[k + 1].low in _BALINESE_ORDER_NAMES and toks[k + 2].cap


def _month_of_document(toks: list[Tok], d: int) -> bool:
    """Whether toks[d:] after a month go on to a document and its maker: "a January survey by
    X", "an October progress report the X presented to lawmakers" (up to two plain words
    before the document; its maker named after it by "by", "from" or a contact clause)."""
    n = len(toks)
    end = min(n - 1, d + 3)
    while d < end and toks[d].kind == "w" and not toks[d].cap and \
            toks[d].low not in DOCUMENT_HEADS and toks[d].low not in _PHRASE_STOP:
        d += 1
    if d + 1 >= n or toks[d].low not in DOCUMENT_HEADS or toks[d].cap:
        return False
    after = toks[d + 1]
    if after.low in ("by", "from"):
        return True
    if after.low == "the" and d + 2 < n:
        after = toks[d + 2]
    return after.kind == "w" and after.cap and after.low not in MONTHS and \
        after.low not in WEEKDAYS and not after.poss


def right_phrase(toks: list[Tok], start: int, limit: int = 14) -> list[Tok]:
    """The speaker phrase starting at toks[start] ("said government spokesman Col. X")."""
    out: list[Tok] = []
    k = start
    n = len(toks)
    while k < n and len(out) < limit:
        t = toks[k]
        if t.text == "(" and out and not out[-1].cap and out[-1].low in _ROLE_HEADS and \
                k + 3 < n and toks[k + 1].kind == "w" and not toks[k + 1].cap and \
                toks[k + 2].text == ")" and toks[k + 3].cap and toks[k + 3].kind == "w":
            k += 3  # "its deputy chief commissioner (operations) X": the office's branch,
            continue  # in brackets between the title and its holder's name
        if t.kind == "n" and t.text.isdigit() and len(t.text) <= 3 and out and out[-1].cap and \
                out[-1].low in _NUMBERED_UNITS and (k + 1 >= n or toks[k + 1].text in ".,;"):
            out.append(t)  # "of Jackson County Fire District 3", "Precinct 9"
            k += 1
            continue
        if t.kind == "n" and out and (out[-1].low in _YEAR_DETERMINERS or out[-1].poss) and \
                _YEAR_RE.fullmatch(t.text) and k + 1 < n and toks[k + 1].kind == "w" and \
                toks[k + 1].low not in _PHRASE_STOP:
            out.append(t)  # "according to a 2023 audit by ...": the year the document is of
            k += 1
            continue
        if t.kind == "w" and t.low in MONTHS and out and out[-1].low in _YEAR_DETERMINERS and \
                _month_of_document(toks, k + 1):
            out.append(t)  # "according to a January survey by X": the month it is of (its
            # maker named after it; "its March report" alone would make a name of the month)
            k += 1
            continue
        if t.kind == "n" and t.text.isdigit() and not _YEAR_RE.fullmatch(t.text) and \
                len(out) > 1 and out[-1].low == "of" and out[-2].cap and k + 1 < n and \
                toks[k + 1].kind == "w" and toks[k + 1].cap:
            out.append(t)  # "according to the Town of 70 Mile Creek": a place named with a
            k += 1  # number, which a capitalised word goes on
            continue
        if t.low == "no." and out and out[-1].cap and k + 1 < n and toks[k + 1].kind == "n" \
                and toks[k + 1].text.isdigit():
            out.extend(toks[k : k + 2])  # "the Sindicato No. 1 de Trabajadores", "Local No. 10"
            k += 2
            continue
        if t.kind == "w" and not out and t.low in _POSSESSIVE_DETERMINERS and k + 1 < n \
                and toks[k + 1].kind == "w" and toks[k + 1].low not in _PHRASE_STOP:
            out.append(t)  # "according to its annual report"
            k += 1
            continue
        if t.kind == "w" and not out and t.low in ("its", "their") and k + 2 < n and \
                toks[k + 1].low == "most" and toks[k + 2].kind == "w" and \
                toks[k + 2].low not in _PHRASE_STOP:
            out.extend(toks[k : k + 2])  # "its most recent filing": a superlative, not a stop
            k += 2
            continue
        if t.kind == "w" and not out and (t.low in PRONOUNS or t.low in OBJECT_PRONOUNS) and \
                not _balinese_name_at(toks, k):
            if t.low in OBJECT_PRONOUNS:
                return [Tok(OBJECT_PRONOUNS[t.low], OBJECT_PRONOUNS[t.low], t.start, t.end, "w")]
            return [t]
        if (
            t.kind == "w"
            and t.low in ("from", "by")
            and out
            and out[-1].low in _FROM_HEADS
        ):
            out.append(t)
            k += 1
            continue
        if t.low == "in" and out and out[-1].low in _STATIONED_HEADS and k + 1 < n and (
                toks[k + 1].cap and toks[k + 1].kind == "w" or toks[k + 1].low == "the" and
                k + 2 < n and toks[k + 2].cap and toks[k + 2].kind == "w"):
            m = k + 2 if toks[k + 1].low == "the" else k + 1  # ("in the Balearics")
            while m < n and toks[m].cap and toks[m].kind == "w":
                m += 1
            out.extend(toks[k:m])  # "according to the Chinese Embassy in Sierra Leone"
            k = m
            continue
        if t.low == "in" and len(out) >= 2 and out[-1].cap and out[-1].low in _POSTED_HEADS \
                and all(x.cap or x.low in ("the", "of", "for", "on", "and") for x in out):
            m = k + 1
            while m < n and toks[m].cap and toks[m].kind == "w":
                m += 1
            if m > k + 1 and " ".join(x.low for x in toks[k + 1 : m]) in COUNTRIES:
                out.extend(toks[k:m])  # "according to the UN Assistance Mission in
                k = m  # Afghanistan": a mission named for the country it serves
                continue
        if t.kind == "w" and t.low in ("on",) and out and out[-1].cap and k + 1 < n \
                and toks[k + 1].cap and toks[k + 1].low not in WEEKDAYS:
            out.append(t)  # "the Kenya National Commission on Human Rights"
            k += 1
            continue
        if t.kind == "w" and t.low in ("and", "&") and out and k + 1 < n and _joins(
                out[-1], toks[k + 1]):
            out.append(t)
            k += 1
            continue
        if t.text == "/" and out and out[-1].cap and out[-1].kind == "w" and k + 1 < n and \
                toks[k + 1].cap and toks[k + 1].kind == "w" and out[-1].end == t.start and \
                t.end == toks[k + 1].start:
            out.append(t)  # "a new NPR/Marist poll": two sponsors' names as one
            k += 1
            continue
        if t.low == "and" and out and not out[-1].cap and out[-1].kind == "w" and \
                out[-1].low not in _DESCRIBED_LIST_HEADS and not out[-1].poss and \
                any(x.cap and x.low not in NUMBER_WORD_SET or x.poss for x in out):
            # "the Yunnan provincial flood control and drought relief headquarters", "the
            # city's parks and recreation department": two remits of one body's head word
            m = k + 1
            while m < n and m - k <= 3 and toks[m].kind == "w" and not toks[m].cap and \
                    toks[m].low.isalpha() and toks[m].low not in _DESCRIBED_LIST_HEADS and \
                    toks[m].low not in _PHRASE_STOP and toks[m].low not in _DETERMINERS:
                m += 1
            if m < n and m - k <= 4 and m > k + 1 and toks[m].low in _DESCRIBED_LIST_HEADS and \
                    (m + 1 >= n or not _phrase_word(toks[m + 1]) or toks[m + 1].low in (
                        "of", "for", "the", "a", "an")):
                out.extend(toks[k : m + 1])
                k = m + 1
                continue
        if _paired_document_adjectives(toks, k, out):
            out.extend(toks[k : k + 2])  # "according to partial and unofficial results from X"
            k += 2
            continue
        if t.low == "and" and out and not out[-1].cap and any(
                x.low in ("for", "of") for x in out[1:]):
            # a role's remit: "member for safety and security, Ruan van der Merwe"
            m = k + 1
            while m < n and m - k <= 3 and toks[m].kind == "w" and not toks[m].cap and \
                    _phrase_word(toks[m]):
                m += 1
            if m > k + 1 and m < n and toks[m].text == ",":
                out.extend(toks[k:m])
                k = m
                continue
        if t.kind == "n" and not out:
            out.append(t)
            k += 1
            continue
        m = _described_name_start(toks, k, out)
        if m:
            out.extend(toks[k:m])  # "British packaging maker Brixworth Group"
            k = m
            continue
        if (t.kind == "w" and t.low.endswith("ing") and not t.cap and k + 1 < n
                and t.low not in _PHRASE_STOP and t.low not in PARTICIPLE_VERBS
                and toks[k + 1].kind == "w" and _phrase_word(toks[k + 1])
                and not toks[k + 1].cap and toks[k + 1].low in SPEAKER_PHRASE_WORDS):
            out.append(t)  # "Greek shipping company"
            k += 1
            continue
        if t.text == "(" and out and k + 3 < n and toks[k + 2].text == ")" and \
                toks[k + 1].text.isupper() and toks[k + 1].kind == "w" and toks[k + 3].cap and \
                toks[k + 3].kind == "w" and (out[-1].low in TITLE_WORDS or
                                             out[-1].low in PEOPLE_SPEAKER_HEADS):
            out.extend(toks[k : k + 3])  # "additional superintendent of police (STF) Vikram
            k += 3  # Chaudhary": a unit's acronym between a title and the name
            continue
        if t.text == "(" and out and k + 2 < n and toks[k + 2].text == ")" and \
                _ACRONYM_WORD_RE.fullmatch(toks[k + 1].text) and not out[-1].cap and \
                out[-1].low in _GENERIC_KINDS and out[0].low in _ARTICLES:
            out.extend(toks[k : k + 3])  # "according to the UN refugee agency (UNHCR)": a
            break  # body described in lower case and named by its acronym, as after "said"
        if t.text == "(" and out and out[-1].poss and k + 2 < n and toks[k + 2].text == ")" \
                and toks[k + 1].text.isupper() and toks[k + 1].kind == "w":
            out[-1] = _possessive_base(out[-1])
            break  # "the Central Pollution Control Board's (CPCB) daily bulletin"
        if t.text in QUOTES and out and (out[-1].poss or out[-1].low in _PUBLICATION_ADJECTIVES):
            q = next((m for m in range(k + 2, min(n - 1, k + 8)) if toks[m].text in QUOTES),
                     None)
            if q is not None and all(x.kind == "w" for x in toks[k + 1 : q]) and \
                    toks[q + 1].low in DOCUMENT_HEADS and not toks[q + 1].cap:
                k = q + 1  # "according to the ONS's annual "Labour market" bulletin"
                continue
        if t.text == "," and out:
            end = _comma_list_end(toks, k, out)
            if end is None:
                end = _partners_end(toks, k, out)
            if end is not None:
                out.extend(toks[k:end])  # "by the Department for Digital, Culture, Media and"
                k = end
                continue
        if t.kind == "w" and not t.cap and t.low in _NOUN_VERBS and k + 1 < n and \
                toks[k + 1].low in PEOPLE_SPEAKER_HEADS:
            out.append(t)  # "according to project director X": a noun before a role
            k += 1
            continue
        if out and _attributive_participle(toks, k):
            out.append(t)  # "said a local elected official"
            k += 1
            continue
        if out and t.kind == "w" and t.low in _PORTUGUESE_CONNECTORS and not t.cap and \
                out[-1].cap and out[-1].kind == "w" and not out[-1].poss and k + 1 < n and \
                toks[k + 1].cap and toks[k + 1].kind == "w":
            out.append(t)  # "according to Banco do Brasil"
            k += 1
            continue
        if not _phrase_word(t) and not _date_word_first_name(toks, k):
            break
        if t.low == "of" and out and out[-1].cap and k + 1 < n and toks[k + 1].kind == "w" and \
                not toks[k + 1].cap and toks[k + 1].low not in _DETERMINERS and \
                out[-1].low not in _ROLE_HEADS and out[-1].low not in _REMIT_TITLES and \
                out[-1].low not in _COUNT_WORDS:  # (not "Tens of thousands of")
            break  # "an analysis by Harbour Watch of freedom of information requests"
        if out and out[-1].cap and not out[-1].poss and t.kind == "w" and not t.cap and \
                not t.poss and \
                t.low not in SPEAKER_PHRASE_WORDS and t.low.endswith("s") and k + 1 < n and \
                (toks[k + 1].low in _VERB_OBJECT_STARTS or toks[k + 1].kind == "n" or
                 out[-1].low in _SPEAKER_HEADS and toks[k + 1].kind == "w" and
                 not toks[k + 1].cap and _phrase_word(toks[k + 1])):
            # "The BMA wants a rise", "The Valley Statistics Office publishes wage data": a
            # verb after the name ends the phrase (after a body's head word, a word in -s
            # that is no speaker's is its verb; "Israeli strikes kill" is a plural's; a
            # possessive never is: "the Pell County clerk's office")
            break
        out.append(t)
        k += 1
    return _trim(out)


def _described_name_start(toks: list[Tok], k: int, out: list[Tok]) -> int:
    """Where the name starts after a nationality and a lower-case description that open a
    phrase (0 if they do not): "Danish shipping group Norrvik Lines", "Swiss drugmaker
    Heltara" (the description of what the named body does, with its country first)."""
    if len(out) != 1 or out[0].low not in DEMONYMS or toks[k].cap:
        return 0
    m = k
    while m < len(toks) and m - k < 3 and toks[m].kind == "w" and not toks[m].cap and \
            toks[m].text.isalpha() and toks[m].low not in _PHRASE_STOP and \
            toks[m].low not in _DETERMINERS and toks[m].low not in PRONOUNS:
        m += 1
    if m == k or m >= len(toks) or not toks[m].cap or toks[m].kind != "w":
        return 0
    return m


def _body_of_head(words: list[Tok]) -> bool:
    """ "Ministry of Housing", "Department for Digital": a body's head word, then of/for and a
    capitalised word, the start of a name whose list of remits may run on past commas."""
    for i in range(len(words) - 2):
        head = words[i].low.split("-", 1)[0]  # (and "Directorate-General of Budget, ...")
        if words[i].cap and (head in GOVERNMENT_HEADS or head in ORG_HEADS
                             or words[i].low in _REMIT_TITLES) \
                and words[i + 1].low in ("of", "for") and (words[i + 2].cap or (
                    words[i + 2].low == "the" and i + 3 < len(words) and words[i + 3].cap)):
            return True  # (and "Ministry of the Environment, Conservation and Parks")
    return False


# Titles followed by a remit that may list several ("Minister of Economy, Trade and Industry").
_REMIT_TITLES = words("minister secretary commissioner director")


# Last words that make a listed remit a body of its own ("UNICEF and the World Health
# Organization", "the Central Bank"), so the list names several bodies, not one body's remits.
_LISTED_BODY_HEADS = words(
    "organisation organization association union foundation institute corporation company "
    "firm group fund programme program network federation university hospital charity "
    "coalition alliance council committee society trust centre center bank league movement "
    "mission consortium party board commission agency ministry department authority bureau "
    "office treasury court embassy directorate inspectorate")


def _remits_name_bodies(words_: list[str], head_last: bool = False) -> bool:
    """Whether the words of a remit list ("Fisheries and the Environment", "UNICEF and the
    World Health Organization") hold a body's name: an acronym ("UNICEF") or a remit ending
    in a body's head word ("Organization", "Bank"). With `head_last` the list is written
    before the body's own head word, which ends its last item ("Valley Irrigation, Drainage
    and Flood Control Authority")."""
    items: list[list[str]] = [[]]
    for w in words_:
        if w in (",", "and", "&"):
            items.append([])
        elif w != "the":
            items[-1].append(w)
    return any(item and (len(item) == 1 and len(item[0]) >= 3 and item[0].isupper() or
                         item[-1].lower() in _LISTED_BODY_HEADS and not (
                             head_last and i == len(items) - 1))
               for i, item in enumerate(items))


def _comma_list_end(toks: list[Tok], k: int, out: list[Tok]) -> int | None:
    """The end of a body's name that runs on past the comma at toks[k] ("Ministry of Housing,
    Communities and Local Government"): capitalised words and commas up to an "and" and its
    last capitalised words. None when the comma ends the phrase."""
    if not out[-1].cap:
        return None
    n = len(toks)
    m = k
    seen_and = False
    while m < n:
        t = toks[m]
        if (t.text == "," and not seen_and and m + 1 < n and toks[m + 1].cap) or (
                t.kind == "w" and t.cap and not t.poss):
            m += 1
        elif t.low in ("and", "&") and not seen_and and m + 1 < n and toks[m - 1].cap and (
                toks[m + 1].cap or toks[m + 1].low == "the" and m + 2 < n and toks[m + 2].cap):
            seen_and = True  # (", Fisheries and the Environment": "the" before the last remit)
            m += 2 if toks[m + 1].low == "the" else 1
        else:
            break
    if not (seen_and and toks[m - 1].cap) or _remits_name_bodies(
            [t.text for t in toks[k:m]], head_last=not _body_of_head(out)):
        return None
    head = toks[m - 1].low
    # "the Ministry of Housing, Communities and Local Government"; a list of capitalised
    # words before the head word: "the Philippine Atmospheric, Geophysical and Astronomical
    # Services Administration"
    return m if _body_of_head(out) or head in GOVERNMENT_HEADS or head in ORG_HEADS else None


def _partner_name(t: Tok) -> bool:
    return t.kind == "w" and t.cap and not t.poss and t.low not in COMMON_CAPITALISED and \
        t.low not in GOVERNMENT_HEADS and t.low not in ORG_HEADS and \
        t.low.rstrip(".") not in _LEGAL_SUFFIXES


def _partners_end(toks: list[Tok], k: int, out: list[Tok]) -> int | None:
    """The end of a firm named for its partners that runs on past the comma at toks[k]:
    "Challenger, Gray & Christmas Inc.", "Skadden, Arps & Flom" (one word a partner, the
    last after "&", then a legal form, if any). None when the comma ends the phrase."""
    if not out or not _partner_name(out[-1]) or (len(out) > 1 and out[-2].cap):
        return None
    n = len(toks)
    m = k
    while m + 1 < n and toks[m].text == "," and _partner_name(toks[m + 1]):
        m += 2
    if m == k or m + 1 >= n or toks[m].text != "&" or not _partner_name(toks[m + 1]):
        return None
    m += 2
    if m < n and toks[m].cap and toks[m].low.rstrip(".") not in _LEGAL_SUFFIXES:
        return None  # ("..., Gray & Christmas Holdings": a longer name than the partners')
    if m < n and toks[m].low in _LEGAL_SUFFIXES:
        m += 1
    elif m + 1 < n and toks[m].text == "," and toks[m + 1].low in _LEGAL_SUFFIXES:
        m += 2
    return m


def _partners_start(toks: list[Tok], k: int, out: list[Tok]) -> int | None:
    """Where a firm named for its partners starts, walking left from the comma at toks[k]
    when `out` is its last partners ("Gray & Christmas" in "Challenger, Gray & Christmas
    said")."""
    words_ = [t for t in out if t.low.rstrip(".") not in _LEGAL_SUFFIXES and t.text != ","]
    if len(words_) != 3 or words_[1].text != "&" or not _partner_name(words_[0]) or \
            not _partner_name(words_[2]):
        return None
    j = k
    while j >= 1 and _partner_name(toks[j - 1]):
        j -= 1  # the partner before the comma
        if j >= 2 and toks[j - 1].text == "," and _partner_name(toks[j - 2]):
            j -= 1  # and another comma, with a partner before it
            continue
        break
    if j == k or (j > 0 and toks[j - 1].cap):
        return None
    return j


def _comma_list_start(toks: list[Tok], k: int, out: list[Tok]) -> int | None:
    """Where a body's name that runs on past commas starts, walking left from the comma at
    toks[k] when `out` is its last remits ("Communities and Local Government"), or they and
    what the body owns ("Communities and Local Government's annual figures")."""
    owner = next((i for i, t in enumerate(out) if t.poss), None)
    if owner is not None:
        out = out[: owner + 1]
    if not any(t.low in ("and", "&") for t in out) or not all(
            t.cap or t.low in ("and", "&") or t.low == "the" and i > 0 and
            out[i - 1].low in ("and", "&") for i, t in enumerate(out)):
        return None  # ("Fisheries and the Environment": "the" only after the "and")
    if _remits_name_bodies([t.text for t in out], head_last=True):
        return None  # ("UNICEF and the World Health Organization": bodies, not remits)
    j = k - 1
    while j >= 2 and (toks[j].cap and not toks[j].poss or toks[j].text == ","):
        the = int(toks[j - 1].low == "the" and j >= 3)  # "Ministry of the Environment, ..."
        if toks[j - 1 - the].low in ("of", "for") and toks[j].cap and toks[j - 2 - the].cap and (
                toks[j - 2 - the].low in GOVERNMENT_HEADS or toks[j - 2 - the].low in ORG_HEADS
                or toks[j - 2 - the].low in _REMIT_TITLES):
            return None if _remits_name_bodies([t.text for t in out]) else j - 2 - the
        j -= 1
    last = out[-1].low
    if len(out) >= 4 and out[-1].base.lower() in COUNTRIES and out[-2].low not in ("and", "&") \
            and not any(t.base.lower() in COUNTRIES or t.base.lower() in DEMONYMS
                        for t in out[:-1]) and k >= 1 and toks[k - 1].cap and \
            toks[k - 1].kind == "w" and toks[k - 1].base.lower() not in COUNTRIES and \
            toks[k - 1].low not in COMMON_CAPITALISED and \
            (k == 1 or not toks[k - 2].cap or toks[k - 2].text == ","):
        # "Immigration, Refugees and Citizenship Canada said": a department named for its
        # remits and then its country, as Canada names them (not "Germany, France and Italy")
        return k - 1
    if (last in GOVERNMENT_HEADS or last in ORG_HEADS) and k >= 1 and toks[k - 1].cap:
        # "the Philippine Atmospheric, Geophysical and Astronomical Services Administration":
        # a list of capitalised words before the body's head word, all one name
        j = k
        while j >= 1 and (toks[j - 1].cap and not toks[j - 1].poss and
                          toks[j - 1].low not in _DETERMINERS or
                          toks[j - 1].text == "," and j >= 2 and toks[j - 2].cap):
            j -= 1
        if j >= 1 and toks[j - 1].low in _DETERMINERS:
            return j
    return None


def _appos_after(toks: list[Tok], k: int) -> tuple[list[Tok], int]:
    """An apposition ", the government spokesman," at toks[k] (after an optional short place
    phrase: "the police spokesman in the state, SP William Aya,"); returns it and its end."""
    n = len(toks)
    j = k
    if j < n and toks[j].low in ("in", "of", "at", "for") and toks[j].kind == "w":
        m = j + 1
        while m < n and m - j <= 5 and toks[m].text != "," and toks[m].kind == "w":
            m += 1
        if m < n and toks[m].text == ",":
            j = m
    if j >= n or toks[j].text != ",":
        return [], k
    ph = right_phrase(toks, j + 1)
    if not ph or ph[0].low in ("who", "which", "whose"):
        return [], k
    if j != k and toks[k].low in ("in", "at") and len(ph) == 1 and ph[0].cap:
        return [], k  # "the Storm Prediction Center in Norman, Oklahoma": the place's state
    heads = {t.low.rstrip(".") for t in ph}
    if heads & (PEOPLE_SPEAKER_HEADS | _SPOKES_HEADS | set(TITLE_WORDS)) or any(
        t.cap for t in ph
    ):
        end = j + 1 + len(ph)
        if end + 2 < n and toks[end].text == "(" and toks[end + 2].text == ")" and \
                toks[end + 1].text.isupper() and ph[-1].cap and (
                    end + 3 >= n or toks[end + 3].text in (",", ".", ";")):
            end += 3  # ", the Western Cricket Board (WCB).": the name's acronym after it
        if end >= n or toks[end].text in (",", ".", ";", ")") or toks[end].text in QUOTES:
            return ph, end
    return [], k


def _head_before_of(np: list[Tok]) -> Tok | None:
    for i, t in enumerate(np):
        if t.low in ("of", "for") and i > 0:
            return np[i - 1]
    return None


def _group_member(np: list[Tok]) -> str:
    """ "one of the people", "two of the officials": the group's noun ("" if not that)."""
    if len(np) == 2 and np[0].low == "the" and np[1].low in ("people", "sources", "persons",
                                                             "person"):
        return np[1].low  # "said the people, who asked not to be identified": the same group
        # (and "the person said" after "a person familiar with the matter": that person)
    if len(np) < 3 or np[1][1] != "of" or not (
            np[0].low in ("one", "another", "some", "most", "several", "many", "each") or
            np[0].low in NUMBER_WORDS or np[0].kind == "n"):
        return ""
    rest = [t for t in np[2:] if t.low not in _DETERMINERS]
    if len(rest) == 1 and (rest[0].low in PEOPLE_SPEAKER_HEADS or rest[0].low in
                           _FAMILIAR_PEOPLE or rest[0].low in ("them", "those")):
        return rest[0].low
    return ""


def _currency_amount_word(text: str) -> bool:
    """Whether a capitalised word is an amount written against its currency's letters ("SR4",
    "RM9", "LE4,500"), which reads as one word but names no one."""
    amount = _LETTERS_AMOUNT_RE.fullmatch(text)
    return amount is not None and amount.group(1).lower() in CURRENCY_SYMBOLS


def _former_person(np: list[Tok]) -> bool:
    """ "the former Ireland under-21 international", "the ex-champion": what someone was, in
    lower case after "the former", describes a person the story named before (a body's word or
    a title keeps its own rules: "the former minister" is the person with that role)."""
    if len(np) < 3 or np[0].low != "the" or np[1].low not in ("former", "ex-"):
        return False
    head = np[-1]
    return head.kind == "w" and not head.cap and not head.poss and \
        head.low not in GOVERNMENT_HEADS and head.low.rstrip(".") not in TITLE_WORDS and \
        head.low not in PEOPLE_SPEAKER_HEADS and head.low not in DOCUMENT_HEADS


def valid_speaker_phrase(np: list[Tok]) -> bool:
    """Whether a phrase can be a speaker: a pronoun, a proper name or a speaker noun."""
    if not np:
        return False
    if _familiar_words(np) or _group_member(np):
        return True
    if len(np) >= 2 and np[-1].kind == "n" and np[-2].kind == "w" and np[-2].cap:
        return True  # "Rescue 1122", "Channel 4": a name that ends in a number
    if len(np) >= 2 and np[-1].low == "one" and np[-1].cap and np[-2].kind == "w" and \
            np[-2].cap and np[-2].low not in NUMBER_WORDS and not np[-2].poss:
        return True  # "Hydro One", "Capital One", "Sky One": a name ending in the word one
    if len(np) >= 3 and np[-1].kind == "w" and not np[-1].cap and \
            np[-2].low in _NAME_CONNECTORS_BEFORE_LOWER and np[-3].cap and not np[-3].poss:
        return True  # "the Cour des comptes": a French name whose last word is lower case
    if len(np) >= 2 and np[0].low in ("its", "their") and np[-1].low in _MEASURING:
        return True  # "Its monitoring stations recorded": the instruments of the body before
    if len(np) == 2 and np[0].low in ("his", "her") and np[1].low in _OWN_TEAMS:
        return True  # "her team found": the researcher who leads it
    if 2 <= len(np) <= 3 and np[0].low in ("his", "her") and np[-1].low in _OWN_RESEARCH and (
            len(np) == 2 or np[1].poss and np[1].base.lower() in _RESEARCH_GROUPS):
        return True  # "His team's simulations suggest": the researcher just quoted
    if len(np) == 2 and np[0].low == "the" and np[1].low in ("latter", "former", "pair"):
        return True  # "The latter said": one of the two people named just before
    if len(np) == 2 and np[0].low == "both" and np[1].low.endswith("s") and \
            np[1].low[:-1] in PEOPLE_SPEAKER_HEADS:
        return True  # "Both senators said": the two named just before (`two_named_before`)
    if _owned_measure(np):
        return True  # "the lender's index": a measure its owner compiles
    if _former_person(np):
        return True  # "the former Ireland under-21 international said"
    for head in (np[-1], _head_before_of(np)):
        if head is None or head.kind != "w":
            continue
        low = head.low[:-2] if head.poss else head.low
        if low in PRONOUNS:
            return True
        if head.cap and _currency_amount_word(head.text):
            continue  # "A ticket costs RM4, the company said": an amount, no name
        if head.cap:
            if _compound_modifier(head) or head.start == 0 and len(np) == 1 and \
                    low in _MARKET_NOUNS:
                continue  # "Multi-unit projects, ... accounted for", "Thirty-one", "Oil
                # posted its biggest gain": a modifier, a count or a market, no name
            if low not in COMMON_CAPITALISED or low in ("police", "officials", "residents",
                                                       "witnesses") or \
                    low in _NAME_ENDING_GAP_WORDS and head is np[-1] and len(np) >= 2 and \
                    np[-2].cap and np[-2].kind == "w" and np[-1].start > 0:
                return True
            if head.text.isupper() and len(head.text) >= 2 and low in ORGANISATION_NAMES:
                return True  # "The WHO said": a known body's acronym, not the word "who"
            continue
        if low.endswith("ies") and len(low) > 4:
            low = low[:-3] + "y"
        elif low.endswith("s") and (low[:-1] in ORG_HEADS or low[:-1] in GOVERNMENT_HEADS) \
                and low not in _COUNTED_PLURALS:
            low = low[:-1]  # "campaign groups", "aid organisations" (not "with all 118
            # reporting units counted": a "unit" speaks as a named body, units are counted)
        if (
            low in PEOPLE_SPEAKER_HEADS
            or low in GOVERNMENT_HEADS
            or low in ARMED_HEADS
            or low in ORG_HEADS
            or low in DOCUMENT_HEADS
            or low in MEDIA_HEADS
            or low in ("media", "press", "spokesperson", "spokeswoman", "spokesman",
                       "organisers", "organizers", "rescuers", "charity", "year-old",
                       "headquarters", "airport")
            # ("the headquarters said": a command's, named before; "the airport said": the
            # named airport's operator)
            or ("-" in low and low.split("-", 1)[0] in PEOPLE_SPEAKER_HEADS)
            or low == "station" and head is np[-1] and len(np) >= 2 and
            np[-2].low in _STATION_KINDS  # "the provincial meteorological station said"
            or low in ("city", "town") and head is np[-1] and not head.poss
            # ("the city said", "Oslo city said"; not "the town's estimated 150,000")
            or low in ("think-tank", "thinktank") or low == "tank" and head is np[-1] and
            len(np) >= 2 and np[-2].low == "think"  # "the think tank warned"
            or low == "team" and head is np[-1] and np[0].low == "the"
            # ("the team estimates": a study's team, whom the article names, speaks.py)
        ):
            return True  # (and "the director-general", "the secretary-general")
    # "Italy's coast guard": a body named after a country or place
    head = np[-1]
    return head.kind == "w" and not head.cap and len(np) >= 2 and any(
        t.poss and t.cap and (t.base.lower() in COUNTRIES or t.base.lower() in CAPITALS)
        or t.low in DEMONYMS for t in np[:-1])


_COUNTED_PLURALS = words("units")

# What a market or an economy's report is about, opening a sentence with a capital: never a
# name ("Oil posted its biggest gain", "Copper rose 2%, traders said").
_MARKET_NOUNS = words(
    "oil crude gold silver copper aluminium aluminum nickel zinc tin iron steel coal gas "
    "wheat corn maize soybeans soy rice sugar coffee cocoa cotton rubber lumber timber palm "
    "stocks shares equities bonds yields prices rents wages costs bills fares sales exports "
    "imports output production revenue revenues profit profits earnings spending investment "
    "research demand supply inflation growth unemployment turnover markets futures currencies "
    "bitcoin property housing")


def _compound_modifier(t: Tok) -> bool:
    """A capitalised word made of parts joined by hyphens whose later part is in lower case
    ("Multi-unit", "Hard-pressed", "Long-term") opening its sentence, or a count in words
    ("Thirty-one", "Forty"): a modifier or a number, never a name ("Coca-Cola", "Rolls-Royce",
    "Al-Shabaab" capitalise every part; "Lau Wing-sze", a given name, opens no sentence).
    In capitals, a hyphenated word of two long parts ("HARD-PRESSED families", a tabloid's
    opening) is no acronym either."""
    return _compound_word(t.text, t.low[:-2] if t.poss else t.low, t.start == 0)


def _compound_word(text: str, low: str, opening: bool) -> bool:
    """`_compound_modifier` for a word's text (`opening`: it opens its sentence)."""
    if low != "one" and _count_word(low):
        return True
    if "-" not in text or text.startswith("-"):
        return False
    parts = text.split("-")
    if low.split("-", 1)[0] in PEOPLE_SPEAKER_HEADS or low.split("-", 1)[0] in TITLE_WORDS:
        return False  # ("Vice-chancellor", "Co-founder"...: a role)
    if not opening:
        return False  # (East Asian given names: "Lau Wing-sze", "Kim Dae-sung")
    if text.isupper():
        return len(parts) == 2 and all(len(p) >= 4 and p.isalpha() and any(
            c in "AEIOUY" for c in p[1:]) for p in parts)  # (not "ABVV-FGTB", a union's)
    return parts[0][:1].isupper() and any(p[:1].islower() and p.isalpha() for p in parts[1:])

# Kinds of station that speak as the body running them ("the weather station said").
_STATION_KINDS = words("meteorological weather monitoring seismic seismological hydrological "
                       "observation")


# --------------------------------------------------------------------------- frames

_DATE_GAP_OK = _TRAILER_WORDS | {"told", ",", "reporters", "that"}


def _frame_date(sentence: str, dates: list[DateMention], frame: Frame) -> date | None:
    """The date attached to the reporting verb ("said on Thursday", "On Sunday, X said")."""
    after = max(frame.verb_end, frame.zone_end)  # "made known by X, in a statement on Tuesday"
    for d in dates:
        if d.start >= after:
            gap = sentence[after : d.start]
            gap_words = _GAP_WORDS_RE.findall(gap)
            if len(gap_words) <= 6 and all(w.lower() in _DATE_GAP_OK or w[0].isupper()
                                           for w in gap_words):
                return d.value
        elif d.end <= frame.zone_start:
            gap = sentence[d.end : frame.zone_start].strip(" ,")
            if not gap:
                return d.value
        elif frame.zone_start <= d.start and d.end <= frame.verb_start:
            return d.value  # "X on Thursday said"
    return None


def _of_named_data(toks: list[Tok], j: int) -> bool:
    """ "of Home Office outcome data" after a document's author: capitalised words, then a
    document word after at most two more lower-case words (the data analysed, no part of the
    author's name)."""
    n = len(toks)
    start = j
    while j < n and (toks[j].cap and toks[j].kind == "w" or j > start and j + 1 < n and
                     toks[j].low in ("of", "and", "for", "&") and toks[j + 1].cap):
        j += 1  # ("of Ministry of Health records")
    if j == start:
        return False
    for k in range(j, min(n, j + 3)):
        if toks[k].kind != "w" or toks[k].cap:
            return False
        if toks[k].low in DOCUMENT_HEADS:
            return True
    return False


# A possessive determiner right before a name: "their Pratt & Whitney geared turbofan engines"
_PRODUCT_OWNER_RE = re.compile(r"\b(?:its|their|his|her|our|my)\s$")
# ... names a maker only when a product follows ("their Osprey Motors Ltd gearboxes") or the
# name is a firm's pair ("their Holm & Dressler"): not "her Labour Party post"
_OWNED_PRODUCT_RE = re.compile(
    r"\s+(?:[a-z][a-z-]*\s+){0,2}(?:engines?|jets?|vaccines?|propellers?|brakes?|gearboxes|"
    r"gearbox|turbines?|tyres?|tires?|batteries|battery|chips?|planes?|aircraft|cars?|"
    r"vehicles?|trucks?|phones?|handsets?|software|drugs?|devices?|reactors?|rockets?|"
    r"helicopters?|locomotives?|trains?|boilers?|pumps?)\b")

_RELATIVE_OPENERS = words("which who whose")
# Marks inside an aside between a speaker and "said": "Radio Free Europe/Radio Liberty",
# "D-N.Y.", "which holds a 60% stake", "which raised $40 million".
_INNER_ASIDE_MARKS = frozenset("&()/.-%$\u20ac\u00a3\u00a5\u20b9\u20a6")
_SURVEY_WORDS = words("survey poll polling study research report analysis review")
# A report that speaks in a headline, one word ("Report says"; a poll's headline figures join
# the body's claim of the poll, whoever it is "for").
_HEADLINE_REPORTS = frozenset(w.capitalize() for w in words("report study analysis review"))
# "a survey by the charity Family Lifeline", "the poll of 4,000 parents for Harbour Trust",
# "research commissioned by Norbank", "The analysis by the Harbour Institute": the body a
# survey or report is by or for.
_SURVEY_BY_RE = re.compile(
    r"(?:\b(?:[Ss]urvey|[Pp]oll|[Ss]tudy|[Rr]esearch|[Rr]eport|[Aa]nalysis|[Rr]eview)\b(?:\s+of\s+(?:more\s+than\s+|nearly\s+)?"
    r"[\d,]+(?:\s+[a-z]+){1,2})?,?\s+(?:by|for|from|commissioned\s+by|carried\s+out\s+by|"
    # ("economists surveyed by Bloomberg", "analysts polled by Reuters": the poll's owner)
    r"conducted\s+by)|\b(?P<polled>surveyed|polled)\s+by)\s+(?:the\s+)?(?P<what>(?:[a-z][a-z-]+\s+){1,2}(?=[A-Z]))?"
    r"(?P<name>[A-Z][\w'\u2019&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'\u2019&-]*){0,6})")


_SEASONS = words("spring summer autumn fall winter")
# The means a document was got by, after its obtainer: "under Freedom of Information rules",
# "through an access-to-information request", "via the Official Information Act".
_MEANS_WORDS = words("under via through")
_MEANS_NOUNS = words("rules law laws act request requests legislation")


def _means_start(toks: list[Tok], j: int) -> int | None:
    """Where a means phrase ending at toks[j] opens ("under" in "... obtained by the Herald
    under Freedom of Information rules"), when a "by" names the obtainer before it; None
    when toks[j] ends none."""
    if toks[j].low not in _MEANS_NOUNS:
        return None
    k = j - 1
    while k > 1 and j - k < 8 and toks[k].kind == "w" and toks[k].low not in _MEANS_WORDS:
        k -= 1
    if k < 2 or toks[k].low not in _MEANS_WORDS or not (toks[k - 1].cap or toks[k - 1].low in
                                                       ORG_HEADS | GOVERNMENT_HEADS):
        return None
    return k if any(t.low == "by" for t in toks[max(0, k - 7) : k - 1]) else None


def _document_from_owner_before(toks: list[Tok], j: int) -> bool:
    """Whether a document and its named owner end right before toks[j]: "Figures from the
    Statistics Office (published)", "Data from Harbour Bank (released)"."""
    k = j - 1
    while k >= 0 and toks[k].kind == "w" and (toks[k].cap or toks[k].low in (
            "of", "for", "and", "&") and k > 0 and toks[k - 1].cap):
        k -= 1
    if k == j - 1 or k < 1:
        return False
    if toks[k].low == "the":
        k -= 1
    return k >= 1 and toks[k].low in ("from", "by") and toks[k - 1].low in DOCUMENT_HEADS


def _weekday_date_before(toks: list[Tok], j: int) -> bool:
    """Whether the comma at toks[j] closes a weekday's date set off by commas: "on Thursday,
    June 12," or "on Friday, 14 March,"."""
    if j < 5 or toks[j - 3].text != "," or toks[j - 4].low not in WEEKDAYS or \
            toks[j - 5].low != "on":
        return False
    a, b = toks[j - 2], toks[j - 1]
    return a.low in MONTHS and b.kind == "n" or a.kind == "n" and b.low in MONTHS


_LINKING_ADVERBS = words("however though meanwhile instead nonetheless nevertheless too "
                         "likewise")


_AGO_UNITS = words("day days week weeks month months year years decade decades")


# Words between a subject and its verb that also end names, capitalised: "Peace Now",
# "Clean Air Now", "Britain First", "USA Today".
_NAME_ENDING_GAP_WORDS = words("now first today")


def _skip_gap_left(toks: list[Tok], j: int) -> int:
    """From the token before a verb, skip auxiliaries, adverbs and short time phrases."""
    while j >= 0:
        t = toks[j]
        low = t.low
        if t.text == "," and _weekday_date_before(toks, j):
            return j - 3  # "Jane Doe, on Thursday, June 12, presented": as ", on Thursday,"
        if t.text == "," and j >= 3 and toks[j - 1].low in _LINKING_ADVERBS and \
                toks[j - 2].text == "," and toks[j - 3].kind == "w":
            j -= 3  # "Residents who spoke to Reuters, however, said": an adverb set off by
            continue  # commas stands between the subject and its verb
        if low == "last" and j + 1 < len(toks) and toks[j + 1].low in (
                "week", "month", "year", "weekend", "night"):
            j -= 1  # "The authority had last week warned"
            continue
        if (low in ("month", "year", "weekend") or low in _SEASONS) and j >= 1 and \
                toks[j - 1].low in ("last", "this"):
            j -= 2  # "The board last month said", "a survey by the union last autumn found"
            continue
        if low in SUBJECT_GAP_WORDS and low not in ("last",):
            if low in _NAME_ENDING_GAP_WORDS and t.text[:1].isupper() and j > 0 and \
                    toks[j - 1].cap and toks[j - 1].kind == "w" and not toks[j - 1].poss and \
                    j + 1 < len(toks) and toks[j + 1].text[:1].islower():
                return j  # "Clean Air Now said", "Britain First said": a name's last word
                # (the verb in lower case: no title-case headline's "Now Says")
            j -= 1
            continue
        if t.kind == "n" and _YEAR_RE.fullmatch(t.text) and j >= 2 and \
                toks[j - 1].low in ("in", "during") and toks[j - 2].kind == "w":
            j -= 2  # "An audit commissioned by the IVRA in 2022 found": the year, not the owner
            continue
        if low in MONTHS and j >= 2 and toks[j - 1].low == "in" and \
                toks[j - 2].low in _PERFECT_AUXILIARIES:
            j -= 2  # "The agency had in July warned": the month between the auxiliary and verb
            continue
        if low in WEEKDAYS:
            j -= 1
            if j >= 0 and toks[j].low in ("on", "late", "early"):
                j -= 1
            continue
        if t.text in QUOTES and t.text in OPEN_QUOTES:
            j -= 1
            continue
        if low in DOCUMENT_HEADS and j >= 2 and toks[j - 1].low in ("a", "an", "the") \
                and toks[j - 2].low == "in":
            j -= 3  # "The army in a statement said"
            continue
        means = _means_start(toks, j)
        if means is not None:
            j = means - 1  # "Figures obtained by the Herald under Freedom of Information rules
            continue  # show": the means the figures were got by, not their owner
        if low == "ago" and j >= 4 and toks[j - 1].low in _AGO_UNITS and \
                toks[j - 3].low in _RELEASED:
            j -= 3  # "A Senate report published two years ago estimated": when, not who
            continue
        if low in _RELEASED and j >= 1 and (toks[j - 1].low in DOCUMENT_HEADS or
                                            _document_from_owner_before(toks, j)):
            j -= 1  # "Government data released on Wednesday showed", "Figures from the
            continue  # Statistics Office published last month showed"
        if j >= 3 and toks[j - 1].low in MONTHS and t.kind == "n" and \
                toks[j - 2].low in ("in", "during") and toks[j - 3].low in _RELEASED:
            j -= 3  # "a survey conducted in July 2025 found": the month, not the owner
            continue
        if low in MONTHS and j >= 2 and toks[j - 1].low in ("in", "during") and (
                toks[j - 2].low in _RELEASED or toks[j - 2].cap and j >= 4 and
                any(x.low == "by" for x in toks[max(0, j - 8) : j - 2])):
            j -= 2  # "a survey conducted in July found", "a poll by the Nurses Guild in
            # March found"
            continue
        if j >= 2 and toks[j - 2].low == "on" and (
                t.kind == "n" and toks[j - 1].low in MONTHS
                or low in MONTHS and toks[j - 1].kind == "n"):
            j -= 3  # "estimates released by the board on Oct 1 showed": the date, not the owner
            continue
        if low in ("survey", "poll") and j >= 4:
            q = j - 1
            while q > j - 5 and toks[q].kind == "w" and not toks[q].cap and \
                    toks[q].low not in ("in", "by"):
                q -= 1
            if toks[q].low == "in" and q + 1 < j and toks[q + 1].low in _YEAR_DETERMINERS and \
                    q >= 2 and toks[q - 1].cap and any(
                        x.low == "by" for x in toks[max(0, q - 6) : q - 1]):
                j = q - 1  # "Analysts polled by the Central Bank in its monthly survey had
                continue  # pencilled in": the poll the pollster asked them in
        agent = _agent_before_adjunct(toks, j)
        if agent is not None:
            j = agent  # "A survey conducted by the council in December found", "An assessment
            continue  # carried out by X between 6 and 9 July across 38 districts found"
        break
    return j


# Prepositions that open the time or place a document's fieldwork took, after its maker:
# "conducted by the council in December", "carried out by X between 6 and 9 July across 38
# districts".
_ADJUNCT_PREPS = words("in on between across during from over at throughout among")
_AGENT_NAME_WORDS = words("the of and for")


def _on_inside_name(toks: list[Tok], n: int, j: int) -> bool:
    """ "the Commission on Elections", "the Committee on Climate Change": an "on" at toks[n]
    between capitalised words (not a weekday's or a month's: "by the council on Monday") is
    inside a name, up to toks[j]."""
    return toks[n].low == "on" and 0 < n < j and toks[n - 1].cap and toks[n + 1].cap and \
        toks[n + 1].low not in WEEKDAYS and toks[n + 1].low not in MONTHS


def _agent_before_adjunct(toks: list[Tok], j: int) -> int | None:
    """Where a document's maker ends, when toks[j] closes a time or place phrase after it:
    "A survey of 420 hotels conducted by the council in December (found)" gives the index of
    "council". The maker must follow "<document> conducted/carried out/commissioned by", and
    the phrase after it holds no clause (a "that", "which" or a verb would be one); None
    otherwise."""
    lo = max(0, j - 14)
    k = j
    while k > lo and toks[k].low != "by":
        if toks[k].low in ("that", "which", "who", "said", "says") or toks[k].kind == "p":
            return None  # (", carried out by X in March, found": the apposition's own rule)
        k -= 1
    b = k
    if b <= lo or toks[b].low != "by":
        return None
    v = b - 1
    if toks[v].low == "out" and v >= 1:
        v -= 1
    if toks[v].low not in _BY_PARTICIPLES or not any(
            t.low in DOCUMENT_HEADS for t in toks[max(0, v - 8) : v]):
        return None
    n = b + 1
    while n <= j and toks[n].kind == "w" and (toks[n].cap or toks[n].low in _AGENT_NAME_WORDS
                                                or toks[n].low in ORG_HEADS | GOVERNMENT_HEADS
                                                or _on_inside_name(toks, n, j)):
        if toks[n].low in _ADJUNCT_PREPS and not _on_inside_name(toks, n, j):
            break
        n += 1
    if n == b + 1 or n > j or toks[n].low not in _ADJUNCT_PREPS or \
            not (toks[n - 1].cap or toks[n - 1].low in ORG_HEADS | GOVERNMENT_HEADS):
        return None
    return n - 1


_SENT = words("sent wrote sends writes releases issues publishes files")
# Lower-case words of the time a document came out, between its release word and its verb:
# "figures released today show", "data published last week show".
_RELEASE_TIME_WORDS = words("today yesterday earlier this last week month year morning "
                            "afternoon evening night")


def _released_document_before(toks: list[Tok], v: int) -> int | None:
    """Where the document right before "released today" (or "published last week") stands,
    when those words end right before the verb at `v`; None when they do not."""
    k = v - 1
    while k > 1 and v - k <= 3 and (toks[k].low in _RELEASE_TIME_WORDS or toks[k].low in (
            "last", "this", "on", "earlier")):
        k -= 1
    if k < 1 or toks[k].low not in _RELEASED or toks[k - 1].low not in DOCUMENT_HEADS or \
            toks[k - 1].cap:
        return None
    return k - 1
_RELEASED = words("released published issued compiled announced posted provided conducted "
                  "carried")


# Reporting verbs that are mostly nouns after a verb ("on state television", "a report").
_NOUNISH_VERBS = words(
    "state states report reports post posts record records count counts note notes tally "
    "estimate estimates claim claims document documents"
)

_CLAUSE_WORDS = words(
    "that he she they it we i was were is are had has have will would could can may might "
    "must should did does do been be being "
    # ("work the county's engineer says can't wait": the clause goes on)
    "can't cannot won't wouldn't couldn't shouldn't isn't aren't wasn't weren't hasn't "
    "haven't hadn't doesn't don't didn't mustn't"
)


# Counts written in words end a trailer: what follows them is the statement's content.
_TRAILER_ENDING_COUNTS = frozenset(NUMBER_WORDS) - {"one"} | words(
    "tens dozens hundreds thousands millions billions")


_TRAILER_DETERMINERS = _ARTICLES | _POSSESSIVE_DETERMINERS
# Modifiers that, like a determiner, make the next word a noun: "in a separate statement".
_TRAILER_MODIFIERS = words("separate new written")


# What follows a participle that describes the documents a speaker said something in ("in
# documents posted on its website", "in letters posted to patients").
_PARTICIPLE_TRAILERS = words("on to in at by online with late earlier last this")


def _participle_of_plural(toks: list[Tok], k: int) -> bool:
    """Whether toks[k] is a past participle describing the plural noun right before it, after
    "in" ("said in documents posted on its website"), not a verb that opens a new clause."""
    if k < 2 or k + 1 >= len(toks) or not toks[k].low.endswith("ed"):
        return False
    noun = toks[k - 1]
    j = k - 2
    if j >= 1 and toks[j].kind == "w" and toks[j].low not in _CLAUSE_WORDS and \
            toks[j].low not in REPORTING_VERBS and toks[j - 1].low in ("in", "via", "through"):
        j -= 1  # ("said in review documents posted on its website")
    return toks[j].low in ("in", "via", "through") and noun.kind == "w" and \
        not noun.cap and len(noun.low) > 3 and noun.low.endswith("s") and \
        not noun.low.endswith("ss") and toks[k + 1].low in _PARTICIPLE_TRAILERS


def _modified_noun(toks: list[Tok], k: int) -> bool:
    """Whether toks[k] is a noun after a determiner and one or two modifiers ("in its March
    forecast", "in their latest forecast"), not a verb that starts a new clause."""
    for j in (k - 2, k - 3):
        if j < 0 or toks[j].low not in _TRAILER_DETERMINERS:
            continue
        return all(t.kind == "w" and t.low not in REPORTING_VERBS and t.low not in _CLAUSE_WORDS
                   for t in toks[j + 1 : k])
    return False


# Words after a number that make it a clock time: "said at 6 a.m.", "at a 6pm briefing".
_MERIDIEMS = frozenset(CLOCK_WORDS) | words("a.m p.m")  # (and "a.m" a sentence's end cut)


def _clock_time(toks: list[Tok], k: int) -> int:
    """How many tokens a clock time opening at toks[k] spans ("6 a.m.", "6:30 p.m.", "6pm",
    "18:00"); 0 when toks[k] opens none."""
    n = len(toks)
    t = toks[k]
    if t.kind != "n" or len(t.text) > 5 or not t.text.replace(".", "", 1).isdigit():
        return 0
    m = k + 1
    minutes = False
    if m + 1 < n and toks[m].text == ":" and toks[m + 1].kind == "n" and \
            len(toks[m + 1].text) == 2 and toks[m].start == t.end and toks[m + 1].start == \
            toks[m].end:
        m += 2
        minutes = True
    if m < n and toks[m].low in _MERIDIEMS:
        return m + 1 - k
    return m - k if minutes else 0


_ADDRESS_PREPS = words("at outside from near")


def _trailer_only(toks: list[Tok], k: int) -> bool:
    """Whether toks[k:] up to the clause end only adds circumstances ("told reporters on
    Sunday", "in a report published on Thursday"), so the attribution covers what precedes."""
    n = len(toks)
    seen = 0
    while k < n:
        t = toks[k]
        if t.kind == "p":
            if t.text in (",", ".", ";", "!", "?", ")", "\u2014", "\u2013", "-") or \
                    t.text in QUOTES:
                return True  # (a spaced en dash ends the clause as an em dash does)
            if t.text in ("(", "&", "'") or t.text == "/" and 0 < k < n - 1 and \
                    toks[k - 1].end == t.start and toks[k + 1].start == t.end:
                # ("said at the Chicago/State station": a slash inside a name)
                k += 1
                continue
            return False
        if t.kind == "n" and k and toks[k - 1].low in _ADDRESS_PREPS and k + 1 < n and \
                toks[k + 1].cap and toks[k + 1].kind == "w" and t.text.isdigit() and \
                len(t.text) <= 4 and any(x.low.rstrip(".") in STREET_WORDS
                                         for x in toks[k + 1 : k + 4]):
            seen += 1  # a street address: "said at 10 Downing Street", "her home at 22
            k += 1  # Riverview Tce"
            continue
        if t.kind == "n" and k and toks[k - 1].low == "no." and toks[k - 1].cap:
            seen += 1  # a number that names: "said in Press Release No. 25/142"
            k += 1
            while k + 1 < n and toks[k].text == "/" and toks[k + 1].kind == "n" and \
                    toks[k].start == toks[k - 1].end and toks[k + 1].start == toks[k].end:
                k += 2
            continue
        if k + 1 < n and (t.kind == "n" and toks[k + 1].low in MONTHS or t.cap and t.low in
                          MONTHS and toks[k + 1].kind == "n") and len(
                toks[k + 1 if t.cap else k].text) <= 2:
            seen += 2  # a date: "said on 3 June", "wrote in a June 30 report"
            k += 2
            continue
        if t.kind == "n" and k and _YEAR_RE.fullmatch(t.text) and (
                toks[k - 1].low in MONTHS or toks[k - 1].low in ("in", "since")):
            seen += 1  # a year: "said in a report published in October 2024"
            k += 1
            continue
        clock = _clock_time(toks, k)
        if clock and k and toks[k - 1].low not in _CLAUSE_WORDS:
            seen += clock  # a time: "said shortly after 6 a.m.", "said at a 6 p.m. briefing"
            k += clock
            continue
        if t.kind == "n" and k and toks[k - 1].cap and toks[k - 1].kind == "w" and \
                t.text.isdigit() and len(t.text) <= 2 and (
                    k + 1 >= n or toks[k + 1].cap or toks[k + 1].kind == "p"):
            seen += 1  # a number in an outlet's name: "told BBC Radio 5 Live", "Channel 4"
            k += 1
            continue
        if t.kind == "n" and t.text.isdigit() and len(t.text) <= 2 and k + 1 < n and \
                toks[k + 1].start == t.end and toks[k + 1].cap and toks[k + 1].kind == "w" and \
                len(toks[k + 1].text) >= 2:
            seen += 2  # an outlet's name opening with its channel number: "told 9News", "2GB"
            k += 2
            continue
        if t.low in ("that", "which") and seen and k + 3 < n and \
                toks[k + 1].low in ("was", "were") and toks[k + 2].low in _ACCESS_PARTICIPLES \
                and toks[k + 3].low == "by":
            seen += 3  # "told staff in a memo on Tuesday that was seen by TechCrunch": who got
            k += 3  # hold of the memo, a circumstance of the telling
            continue
        if t.kind == "n" or t.low in _CLAUSE_WORDS or t.low in _TRAILER_ENDING_COUNTS:
            return False  # ("had recorded hundreds of cases": a figure, no circumstance)
        if t.low in REPORTING_VERBS and seen and t.low not in _NOUNISH_VERBS and toks[
                k - 1].low not in _TRAILER_DETERMINERS and toks[k - 1].low not in \
                _TRAILER_MODIFIERS and not _modified_noun(toks, k) and \
                not _participle_of_plural(toks, k):
            return False
        seen += 1
        if seen > 14:
            return False
        k += 1
    return True


# Words that open a clause of the speaker's own circumstances after an inverted "said X":
# '"...," said Omondi as he moved the motion', "..., said Ruiz while she packed".
_OWN_CLAUSE_OPENERS = words("as while when after before")


def _speakers_own_clause(toks: list[Tok], k: int) -> bool:
    """Whether toks[k:] is a clause about what the speaker was doing as he spoke ("as he
    moved the motion"): its subject a pronoun, no figure or quotation before the end."""
    if k + 2 >= len(toks) or toks[k].low not in _OWN_CLAUSE_OPENERS or \
            toks[k + 1].low not in ("he", "she", "they"):
        return False
    for t in toks[k + 2 :]:
        if t.kind == "n" or t.text in QUOTES or t.text in (",", ";"):
            return False
    return True


# Who a speaker named after the verb is, told in a relative clause that runs to the sentence's
# end: "..., said a resident who helped recover the bodies and who declined to be named",
# "..., said a trader who did not want to be identified." The clause describes the speaker;
# its verbs ("be named") open no new statement.
_SPEAKER_RELATIVES = words("who whose")


def _speaker_relative_only(toks: list[Tok], ph: list[Tok], k: int) -> bool:
    """Whether toks[k:] is only a relative clause about the speaker phrase `ph` (a common noun
    or a name, not a pronoun), running to the sentence's end without a quotation."""
    n = len(toks)
    if k >= n or toks[k].low not in _SPEAKER_RELATIVES or ph[-1].low in PRONOUNS or not (
            ph[0].low in ("a", "an", "another", "one") or ph[0].cap and ph[0].low != "the"):
        return False  # (a person described or named, not "dozens of staff who ...")
    v = index_at(toks, ph[0].start) - 1
    if any(toks[i].text == "," and toks[i + 1].low in _RELATIVE_OPENERS for i in range(v)):
        return False  # ("The trust, which runs 12 schools, said dozens of staff who rely on
        # trains had been unable to work": the verb's subject is before it)
    end = n
    while end > k and toks[end - 1].kind == "p" and toks[end - 1].text in (".", "!", "?"):
        end -= 1
    if end - k > 30:
        return False
    return all(t.text not in QUOTES and t.text not in (";", ":") for t in toks[k:end])


def _statement_author(toks: list[Tok], k: int) -> tuple[list[Tok], list[Tok]] | None:
    """ ", in a statement by his Chief Press Secretary, Ismaila Isah,": who wrote it."""
    n = len(toks)
    if k + 4 >= n or toks[k].text != "," or toks[k + 1].low != "in":
        return None
    m = k + 2
    while m < n and m - k <= 6 and toks[m].low != "by":
        if toks[m].kind != "w":
            return None
        m += 1
    if m >= n or toks[m].low != "by" or not any(
            t.low in DOCUMENT_HEADS for t in toks[k + 2 : m]):
        return None
    ph = right_phrase(toks, m + 1)
    if not ph or not valid_speaker_phrase(ph):
        return None
    appos, _ = _appos_after(toks, m + 1 + len(ph))
    return ph, appos


_DATELINE_DASHES = frozenset(["-", "\u2014", "\u2013", "--"])


def _after_dateline(toks: list[Tok]) -> int:
    """The index after a dateline that opens the sentence (0 if none): "OSLO, March 3
    (Reuters) - Norrvik said ...", "TULSA, Okla. \u2014 The utility said ..." (the place in
    capitals, then a date, a state or a wire's name, then a dash), never the subject."""
    if not toks or not toks[0].text.isupper() or len(toks[0].text) < 3 or toks[0].kind != "w":
        return 0
    k = 1
    while k < len(toks) and toks[k].kind == "w" and toks[k].text.isupper():
        k += 1  # ("NEW DELHI")
    if k >= len(toks) or toks[k].text not in (",", "(") and toks[k].text not in _DATELINE_DASHES:
        return 0
    for j in range(k, min(len(toks), k + 10)):
        if toks[j].text in _DATELINE_DASHES:
            while j < len(toks) and toks[j].text in _DATELINE_DASHES:
                j += 1
            return j if j < len(toks) else 0
    return 0


def _demonym_description(subj: list[Tok]) -> bool:
    """Whether a sentence's subject is a nationality and lower-case words ending in a kind of
    company ("German lender", "Japanese carmaker", "The Swiss drugmaker"): a headline's or
    summary's description of a company, capitalised where the line opens, which names no one
    (a state's body so described, "The Senegalese coastguard", is its own speaker)."""
    ws = [t for t in subj if t.low not in ("the", "a", "an")]
    return len(ws) >= 2 and ws[0].low in DEMONYMS and not ws[0].poss and all(
        t.kind == "w" and not t.cap and not t.poss for t in ws[1:]) and \
        ws[-1].low in _COMPANY_GENERIC


def _clause_subject(toks: list[Tok], upto: int) -> list[Tok] | None:
    """The subject at the start of the sentence (after an intro phrase ending in a comma)."""
    i = _after_dateline(toks)
    if i + 1 < len(toks) and toks[i].low in ("but", "and", "yet") and toks[i].cap:
        i += 1  # "But in a statement on Tuesday, the minister, X, described ..."
    if toks and toks[i].low in ("on", "in", "at", "during", "after", "before", "late",
                                "earlier", "later", "last", "speaking", "meanwhile", "overall",
                                "altogether", "separately", "responding", "reacting",
                                "commenting", "addressing") or \
            toks and toks[i].low in SPEAKING_PARTICIPLES:
        for k in range(i + 1, min(upto, i + 12)):
            if toks[k].text == ",":
                i = k + 1
                break
    ph = right_phrase(toks, i)
    k = i + len(ph)
    if ph and k + 3 < upto and toks[k].text == "(" and toks[k + 2].text == ")" and \
            toks[k + 1].cap:
        # "Harbour Workers Federation (HWF) president Alan Moyo said ... and warned ...": the
        # body and its acronym open a longer subject, the person with its title after them
        after = right_phrase(toks, k + 3)
        if after and valid_speaker_phrase(after) and k + 3 + len(after) < upto:
            return after
    if ph and k + 1 < upto and (toks[k].low == "at" and ph[-1].low in POLLED_PEOPLE | _STUDY_STAFF
                                or toks[k].low in ("at", "from") and
                                ph[-1].low in _APPOINTED_STAFF):
        # "Analysts at Maybank Securities raised their target, saying ...": staff speaking for
        # the firm they work at (read as the firm: `_staff_employer`); "Administrators from
        # the accountancy firm Pellham Stroud were appointed and said ...": the firm's
        m = k + 1
        if ph[-1].low in _APPOINTED_STAFF and m < upto and toks[m].low == "the":
            m += 1
            while m < upto and m - k <= 5 and toks[m].kind == "w" and not toks[m].cap:
                m += 1  # ("the accountancy firm")
        while m < upto and m - k <= 5 and toks[m].kind == "w" and toks[m].cap and \
                not toks[m].poss:
            m += 1
        if m > k + 1:
            ph = toks[i:m]
            k = m
    named = _self_name(toks, k, upto) if ph and k < upto else None
    if named:
        return named  # ("A gang calling itself BlackSpire": a gang is no speaker, the name is)
    if ph and valid_speaker_phrase(ph) and k < upto and not _numbered_place_end(toks, k):
        return ph
    return None


def _numbered_place_end(toks: list[Tok], k: int) -> bool:
    """Whether the subject phrase before `k` stops inside a numbered name ("The detour runs
    along Route 9, adding ...", "Flights leave from Terminal 2"): its capitalised last word is
    the start of a place with a number, not who speaks (a speaker's age comes after a comma)."""
    return k < len(toks) and toks[k].kind == "n" and k > 0 and toks[k - 1].cap and \
        toks[k - 1].kind == "w"


# Staff a firm is appointed to send, who speak for it: "administrators from Pellham Stroud".
_APPOINTED_STAFF = words("administrators liquidators receivers auditors")
_SELF_WORDS = words("itself themselves")


def _self_name(toks: list[Tok], k: int, upto: int) -> list[Tok] | None:
    """The name after a subject that gives it ("A hacking group that calls itself Ember
    Spider", "a gang calling itself BlackSpire"): who the subject is, when its verb comes
    after the name."""
    n = min(upto, len(toks))
    m = k
    if m < n and toks[m].low in ("that", "which"):
        m += 1
    if m + 1 < n and toks[m].low in ("calls", "call", "calling") and toks[m + 1].low in \
            _SELF_WORDS:
        m += 2
    else:
        return None
    start = m
    if m < n and toks[m].low == "the":
        m += 1
    end = m
    while end < n and end - m < 5 and toks[end].kind == "w" and toks[end].cap and \
            not toks[end].poss:
        end += 1
    if end == m or end >= n:
        return None
    return toks[start:end]


# Verbs of voicing a worry ("raised concern that ..."), and the worries they voice.
_CONCERN_VERBS = words("raised raises voiced voices expressed expresses")
_CONCERNS = words("concern concerns fears alarm worry worries")
# Verbs of a court's order, and the words that name who makes one.
_ORDER_VERBS = words("directed directs ordered orders imposed imposes awarded awards")
_JUDICIAL_HEADS = words("court courts bench judge judges justice justices tribunal magistrate")
# A finding a court, a judge or a coroner gives is their statement of the figures in it:
# "Judge Ana Cole ruled that 40 workers were owed", "the coroner concluded that she waited
# more than 11 hours", "..., the court ruled". Only theirs: "the firm found 12 faults" is a
# deed, "the council held a vote" no finding.
_RULING_VERBS = words("ruled rules held holds found finds concluded concludes determined")
_RULING_HEADS = _JUDICIAL_HEADS | words("coroner coroners magistrates sheriff")
_JUDICIAL_DOCUMENTS = words("ruling judgment judgement verdict")
# What investigators believe or suspect is their statement of the figures in it ("Police
# suspect the gang attempted another 20 snatchings", "Investigators believe the group is
# responsible for at least 85 thefts"); only theirs: "residents believe" is no source.
_SUSPECT_VERBS = words("believe believes suspect suspects")
_INVESTIGATING_HEADS = words("police investigators detectives officers prosecutors")
_SUSPECTED_OPENERS = words("the that a an he she they it his her their this these those some")
# The staff a body sends to inspect, audit or investigate, and words of such bodies' names:
# "Inspectors found ..." after HM Inspectorate of Prisons spoke is the inspectorate's finding,
# "auditors found" the Auditor-General's, "detectives say" the police force's.
_STAFF_BODY_WORDS = {
    "inspectors": words("inspectorate inspection inspections inspector"),
    "auditors": words("audit auditor auditors"),
    "investigators": words("investigation investigations investigative police constabulary"),
    "detectives": words("police constabulary"),
}

# Common nouns of people or of government ("Officials asked for ...": no named party).
_PEOPLE_OR_GOVERNMENT_HEADS = PEOPLE_SPEAKER_HEADS | GOVERNMENT_HEADS

_ADVICE_VERBS = words("advises advised recommends recommended urges urged reminds reminded "
                      "urging advising recommend urge advise")  # ("Sharjah Police is urging motorists to ...")
# Verbs of a demand before "for" or "on ... to": "is calling for a 5% rise".
_CALL_VERBS = words("call calls called calling")
# Verbs of demanding: "The union is demanding an 8% pay rise", ", demanding that ...".
_DEMAND_VERBS = words("demand demands demanded demanding")
# Participles of a demand or advice set off by a comma, which continue the clause's subject.
_DEMAND_PARTICIPLES = words("demanding urging")
# Handing over a document that shows figures: "presented bank records showing", "sent us a
# spreadsheet listing", "shared documents indicating" -- as good as releasing it.
_DOCUMENT_HANDING = words("presented presents sent sends shared shares provided provides "
                          "produced produces")

# Nouns for something said whose sayer "from" or "by" names, before what was said: "a warning
# from the chief executive that the cut would leave a hole of €18 million".
_CLAIM_NOUNS = words("warning warnings claim claims estimate prediction assurance assurances "
                     "assertion projection insistence pledge promise")


# Verbs that report a statement only before "that" or a quotation.
# The verbs of a quotation (QUOTE_VERBS: "replied", "responded", "continued", ...) and "went
# on" report so too when they open what the subject says ("The ministry responded that it had
# built 6,000 homes", 'Fallon went on: "..."'); elsewhere they follow a quotation only. Not
# "asked that", "wondered that": a request or a doubt.
_THAT_VERBS = words("caution cautions cautioned underscored underscores underlined underlines "
                    "reckoned retorts")
_NOT_SAYING_THAT = words("asked asks wondered wonders")
# Verbs of telling a hearer, which report with "that" after the hearer ("briefed the
# committee that", "assured lawmakers that", "reminded the court that").
_INFORMING_VERBS = words("informed informs briefed briefs apprised apprises assured assures "
                         "reminded reminds notified notifies")
# Words that end a hearer before its "that": none may stand in it.
_HEARER_STOPS = words("on about of for to with by after before because if when while and or but "
                      "who which said says")


def _told_object_then_that(toks: list[Tok], v: int) -> bool:
    """Whether toks[v] is followed by a short hearer ("the meeting", "the Standing
    Committee", "senators", none) and then "that" or a colon."""
    n = len(toks)
    for w in range(v + 1, min(n, v + 8)):
        t = toks[w]
        if t.low == "that" or t.text == ":" and w > v + 1:
            return w == v + 1 and t.low == "that" or w > v + 1
        if t.kind != "w" or t.low in _HEARER_STOPS and not (
                t.low in ("of", "on", "for") and w + 1 < n and toks[w + 1].cap):
            return False  # (but "the Committee on Finance", "residents on Monday")
    return False

# Words of time that may stand between such a verb and its "that" ("cautioned on Monday that",
# "cautioned again that"): the time words of _WHEN_WORDS below, and "again" and "also" (one
# name for both sets had the later one, without "again", replace this one).
_THAT_GAP_WORDS = words("on again also last this earlier late early week month year yesterday "
                        "today")


_BE_FORMS = words("is are was were be been being")
# Participles of valuing, whose passive names the valuer after the value: "was valued at
# $287,000 by quantity surveyor Tom Brennan", "was put at 1,200 by the organisers".
_VALUED = words("valued estimated put placed pegged assessed priced costed calculated")


# Passives of being told, whose "by" names the teller: "the jury was told by X".
_TOLD_PASSIVES = words("told informed advised assured briefed")
# Participles of keeping a count, after "with" and a body: "with the NCM recording 95.2mm".
_WITH_COUNTING = words("recording logging registering tallying counting")
# Every word that can open a frame (the loop below looks only at these).
# "Analysts polled by X had pencilled in $2.96 billion": the consensus written down.
_PENCILLED = words("pencilled penciled")
# Verbs of a body that measured something itself, its sample right after: "The Kessler
# Institute surveyed 1,510 eligible voters", "The board tested 60 wells", "The office
# audited 212 projects" (what it asked or checked is its claim, as its findings are; not
# "questioned 30 people" or "interviewed", which an investigation does).
_MEASURING_VERBS = words("surveyed polled sampled tested audited")
_SAMPLE_LEADS = words("more than over nearly almost about around some roughly at least a total "
                      "of")


def _measuring_body(np: list[Tok]) -> bool:
    """Whether a subject can have measured something for the record: a body by its name or
    its kind, or "it" for one (not a person, "Ferrante polled 31.5%", nor "Researchers" or
    "Doctors" the story does not place)."""
    if not np:
        return False
    if np[-1].cap:
        return kind_of(_clean(" ".join(t.text for t in np))) != PERSON
    return np[-1].low in ORG_HEADS or np[-1].low in GOVERNMENT_HEADS or np[-1].low == "it"


def _measured_sample(toks: list[Tok], v: int) -> bool:
    """Whether the verb at toks[v] has a count right after it ("surveyed 1,510", "tested more
    than 60", "polled some 3,000"), and a subject that could have done it: not "was tested",
    "polled by", "tested positive"."""
    n = len(toks)
    if v == 0 or toks[v - 1].low in _BE_FORMS or toks[v - 1].low in ("been", "being") or \
            v + 1 >= n or toks[v + 1].low == "by":
        return False
    w = v + 1
    while w < min(n, v + 5) and toks[w].low in _SAMPLE_LEADS:
        w += 1
    if w + 1 < n and toks[w + 1].low in _NOT_SAMPLES:
        return False  # ("The party polled 81,204 votes", "polled 31.5%": an election's count)
    return w < n and (toks[w].kind == "n" or toks[w].low in NUMBER_WORDS and w + 1 < n and
                      toks[w + 1].kind == "w" and toks[w + 1].low not in ("of", "times"))


_NOT_SAMPLES = words("votes vote ballots % per percent seats")


# The participles of REVISE_VERBS, which carry on the clause's subject ("..., cutting its
# forecast to 2%").
_REVISE_PARTICIPLES = words(
    "raising lifting lowering cutting trimming slashing revising upgrading downgrading "
    "increasing reducing boosting hiking keeping holding maintaining reaffirming narrowing "
    "widening setting tightening paring")


_FRAME_TRIGGERS = (
    REPORTING_VERBS | DATA_VERBS | PASSIVE_BY | PARTICIPLE_VERBS | QUOTE_VERBS
    | _CONCERN_VERBS | _ORDER_VERBS | _ADVICE_VERBS | _DOCUMENT_HANDING | _RULING_VERBS
    | _SUSPECT_VERBS
    | _CALL_VERBS | _DEMAND_VERBS | _DEMAND_PARTICIPLES | _REVISE_PARTICIPLES
    | _THAT_VERBS | _INFORMING_VERBS | words("pointed points want wants submitted submits went "
                                        "based")
    | CLOSING_VERBS
    | _CLAIM_NOUNS
    | _VALUED
    | words("according quoted cited quoting citing known launched launches launch issued issues "
            "made makes read reads delivered per by")
    | words("expecting looking guide guides guided") | _PENCILLED
    | _WITH_COUNTING | _TOLD_PASSIVES | words("heard") | _MEASURING_VERBS
    # verbs of stated terms (_CHARACTERISING_VERBS, _REQUEST_VERBS, _MEASURED_AT_VERBS,
    # defined below)
    | words("described describes termed terms branded brands labelled labels labeled dubbed "
            "dubs characterised characterized characterises characterizes regards regarded "
            "asked asks instructed instructs requested requests measured "
            "measures gauged gauges")
)
# Counts a body keeps, after "by X's (own)": "serves, by the council's own count, 6,000 homes".
_KEPT_COUNTS = words("count counts tally estimate estimates calculations reckoning figures "
                     "records")


_ADMIT_VERBS = words("admit admits admitted admitting")
# What a defendant admits in court: charges, counts, offences, or a crime named by its noun.
_PLEA_NOUNS = words("charge charges count counts offence offences offense offenses crime crimes "
                    "fraud manslaughter murder theft burglary assault robbery arson bribery "
                    "corruption perjury negligence liability breach breaches misconduct "
                    "wrongdoing")


# What a side gives away in a game ("Brentvale have conceded 11 goals", "conceded two late
# tries", "conceded a penalty"): "concede" then means let in, not admit.
_CONCEDED_IN_PLAY = words(
    "goal goals try tries run runs point points penalty penalties wicket wickets touchdown "
    "touchdowns corner corners free-kick free-kicks foul fouls sack sacks boundaries sixes "
    "fours set sets frame frames break breaks equaliser equalizer")


def _conceded_in_play(toks: list[Tok], v: int) -> bool:
    """ "conceded 11 goals from balls in behind": a count let in during play, no admission
    (the next four words, up to punctuation, hold a word of scoring)."""
    if toks[v].low not in ("concede", "concedes", "conceded", "conceding"):
        return False
    for t in toks[v + 1 : v + 5]:
        if t.kind not in ("w", "n"):
            return False
        if t.low in _CONCEDED_IN_PLAY:
            return True
    return False


# A person's own firm named by a possessive ("his firm estimates", "her consultancy says").
_PERSONS_FIRM_RE = re.compile(r"([Hh]is|[Hh]er)\s+(?:firm|company|consultancy|agency|bank|"
                              r"fund|practice|employer|group|organi[sz]ation|charity|"
                              r"nonprofit|institute)")


# "his office said" after "Sheriff Roy Tedesco declined to be interviewed": the office the
# sheriff heads, which the story named ("the Saltillo County Sheriff's Office").
_PERSONS_OFFICE_RE = re.compile(r"([Hh]is|[Hh]er)\s+office")
_TITLED_OFFICE_RE = re.compile(
    r"\b((?:[A-Z][\w-]*\s+){0,4}?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['\u2019]s\s+Office)\b")


# The firm a person is named with: "Harsh Bajaj of Crestline Advisory", "a partner at Harbour
# Capital" (a name ending in a company word: "of Mumbai" is a place).
_PERSONS_FIRM_BEFORE_RE = re.compile(r"\b([Hh]is|[Hh]er)\s+$")
_FIRM_AFTER_PERSON_RE = re.compile(
    r"\s(?:of|at|from)\s+(?:the\s+)?(?:(nonprofit|non-profit|charity|think[ -]tank|advocacy "
    r"group|campaign group)\s+)?((?:[A-Z][\w&'-]*[ \t]+){0,4}[A-Z][\w&'-]*)")
_FIRM_WORDS = words("advisory advisers advisors capital economics insights strategies "
                    "consultants intelligence markets management")


def _plea(toks: list[Tok], v: int) -> bool:
    """ "Hale admitted causing death by dangerous driving", "Doyle admitted six counts of
    burglary", "the firm admitted 11 offences": a plea to charges, not a statement of the
    figures after it (nor a frame for the next sentence's "He was banned for 12 years")."""
    if toks[v].low not in _ADMIT_VERBS:
        return False
    k = v + 1
    if k < len(toks) and toks[k].low in ("to", "a", "an", "the", "two", "both", "all"):
        k += 1
    while k < len(toks) and (toks[k].kind == "n" or toks[k].low in NUMBER_WORDS or
                             toks[k].low in ("further", "other", "more", "separate")):
        k += 1
    if k >= len(toks) or toks[k].kind != "w":
        return False
    w = toks[k].low
    return w in _PLEA_NOUNS or w.endswith("ing") and len(w) > 5 and \
        w not in ("having", "being", "nothing", "everything", "something")


def _by_own_count(toks: list[Tok], v: int) -> bool:
    """ "..., by the municipality's own count, about 6,000 households", "By its estimate,
    ...": toks[v] is a "by" opening an owner's count (a source, as "according to" is)."""
    if v > 0 and toks[v - 1].text != ",":
        return False
    for k in range(v + 1, min(len(toks) - 1, v + 9)):
        t = toks[k]
        if t.poss or t.low in _POSSESSIVE_DETERMINERS:
            nxt = k + 2 if toks[k + 1].low == "own" and k + 2 < len(toks) else k + 1
            return toks[nxt].low in _KEPT_COUNTS
        if t.kind != "w":
            return False
    return False


# Verbs of an opening "As X has shown, ...": what follows is what X showed or said.
_AS_VERBS = words("shown showed show shows found finds noted notes argued argues said says "
                  "written wrote writes warned warns observed observes reported reports "
                  "documented documents demonstrated demonstrates estimated estimates "
                  "calculated calculates")
_AS_AUX = words("has have had also previously")


def _as_opener(toks: list[Tok]) -> Frame | None:
    """ "As Maria Solano of the University of Lima has shown, output is four times higher":
    a sentence opening with "As" + speaker + a verb of showing or saying, then a comma."""
    c = next((i for i, t in enumerate(toks[:16]) if t.text == ","), -1)
    if c < 3 or toks[c - 1].low not in _AS_VERBS:
        return None
    v = c - 1
    k = v
    while k > 2 and toks[k - 1].low in _AS_AUX:
        k -= 1
    np = left_phrase(toks, k)
    if np and np[0] is toks[0]:
        np = np[1:]  # (the capital of "As" opens no name)
    if not np or np[0] is not toks[1] and not (np[0] is toks[2] and toks[1].low == "the"):
        return None
    if not valid_speaker_phrase(np) or np[-1].low in DOCUMENT_HEADS or (
            np[-1].low in PRONOUNS and np[-1].low not in _SUBJECT_PRONOUNS):
        return None
    return Frame("pre", toks[0].start, toks[c].end, toks[v].start, toks[v].end, np, [])


# Words that show a sentence reports research ("combined data from", "analysed samples").
_STUDY_EVIDENCE = _RESEARCH_DOCUMENTS | words(
    "data samples trial trials records measurements model models simulations experiments "
    "analysed analyzed measured sampled surveyed modelled modeled simulated")


def _lead_opener(toks: list[Tok]) -> Frame | None:
    """ "Ana Ruiz at the University of X and her colleagues tracked 300 wolves ...": a
    sentence opening with a study's lead and her colleagues, then any verb. What the team
    did and found is the study's, which its lead speaks for (a reporting verb after them is
    read as any other: see `_lead_with_colleagues`). The lead's institution, or a word of
    research in the sentence, shows it is a study ("Senator X and her colleagues voted" is
    no study)."""
    k = next((i for i, t in enumerate(toks[:30]) if t.low in _COLLEAGUES), -1)
    if k < 2 or k + 1 >= len(toks) or toks[k + 1].kind != "w" or toks[k + 1].cap or \
            toks[k + 1].low in _FRAME_TRIGGERS:
        return None
    v = k + 1
    while v + 1 < len(toks) and toks[v].low in SUBJECT_GAP_WORDS:
        v += 1  # "... and colleagues have now mapped"
    research = any(t.low in _STUDY_EVIDENCE for t in toks)
    np = _lead_with_colleagues(toks, k + 1, affiliated=not research)
    if not np or np[0] is not toks[0] or toks[v].kind != "w" or toks[v].low in _FRAME_TRIGGERS:
        return None
    return Frame("pre", toks[0].start, toks[v].end, toks[v].start, toks[v].end, np, [])


def _present_after_group(toks: list[Tok], v: int) -> bool:
    """Whether "present" at toks[v] is the adjective after the people it places ("the 480 MPs
    present,", "members present at the meeting"): it ends its clause or a place follows."""
    nxt = toks[v + 1] if v + 1 < len(toks) else None
    return v > 0 and toks[v - 1].kind == "w" and not toks[v - 1].poss and (
        nxt is None or nxt.text in (",", ".", ";", ":", ")") or
        nxt.low in ("at", "in", "during", "on", "for", "when", "were", "was", "voted"))


# Those a poll asks, counted in an opening "Of 25 analysts surveyed by X, 17 ...".
_POLLED_GROUPS = POLLED_PEOPLE | words("people adults respondents voters residents")
_POLLED_VERBS = words("polled surveyed questioned interviewed asked")
_TESTED_VERBS = words("tested sampled analysed analyzed inspected checked examined audited "
                      "screened")


def _of_those_polled(toks: list[Tok]) -> Frame | None:
    """ "Of 25 analysts surveyed this month by X, 17 expected a hold": the pollster's count of
    those it asked and of their answers, as "A survey of 150 stores by X found" is X's. The
    frame is the "by X" phrase, covering the whole sentence; nothing when no comma closes it."""
    n = len(toks)
    k = 2 if toks[1].low == "the" else 1
    if toks[k].kind != "n" and toks[k].low not in NUMBER_WORDS:
        return None
    p = k + 1
    while p < min(n, k + 4) and toks[p].low not in _POLLED_GROUPS and not (
            p + 1 < n and toks[p + 1].low in _TESTED_VERBS):
        p += 1
    if p >= n - 2 or not (toks[p].low in _POLLED_GROUPS and toks[p + 1].low in _POLLED_VERBS or
                          toks[p + 1].low in _TESTED_VERBS and toks[p].kind == "w" and
                          not toks[p].cap and toks[p].low.endswith("s")):
        # ("Of 120 samples tested by the Kenya Bureau of Standards, 17 failed": the tester's
        # count of what it tested and of its results)
        return None
    b = p + 2
    while b < min(n, p + 6) and toks[b].low != "by" and (
            toks[b].low in _WHEN_WORDS or toks[b].low in WEEKDAYS or toks[b].low in MONTHS or
            toks[b].low in ("in", "for")):
        b += 1  # "surveyed this month by", "polled in May by", "questioned for its bulletin"
    if b + 1 >= n or toks[b].low != "by":
        return None
    ph = right_phrase(toks, b + 1)
    end = b + 1 + len(ph)
    while end < min(n, b + len(ph) + 5) and (
            toks[end].low in _WHEN_WORDS or toks[end].low in WEEKDAYS or
            toks[end].low in MONTHS or toks[end].low == "in"):
        end += 1  # "polled by Reuters in May,"
    if not ph or not valid_speaker_phrase(ph) or end >= n or toks[end].text != ",":
        return None
    if toks[p + 1].low in _TESTED_VERBS and not ph[-1].cap:
        return None  # ("tested by the national reference laboratory": a lab no name places)
    return Frame("mid", toks[b].start, ph[-1].end, toks[b].start, toks[b].end, ph, [])


_POLL_SUBJECT_HEADS = words("poll survey polling study audit")
_CONDUCTING = words("conducted carried done commissioned")
_POLL_OPENERS = _POLL_SUBJECT_HEADS | _DOC_ADJECTIVES


def _poll_conducted_by(toks: list[Tok]) -> Frame | None:
    """ "The survey of 1,004 adults was conducted by Harwell Strategies from April 2 to 6 and
    has a margin of error of 3.1 percentage points": a sentence about a poll that names who
    carried it out is the pollster's -- its sample, dates and margin of error. The frame is
    the "by X" phrase, covering the whole sentence, as in `_of_those_polled`."""
    n = len(toks)
    if toks[0].low not in ("the", "this", "that", "a", "an", "its"):
        return None
    k = next((i for i in range(1, min(n, 5)) if toks[i].low in _POLL_SUBJECT_HEADS), 0)
    if not k:
        return None
    v = next((i for i in range(k + 1, min(n - 2, k + 10)) if toks[i].low in ("was", "were")),
             0)
    if not v or any(t.text == "," or t.kind == "p" and t.text != "%" for t in toks[k:v]):
        return None
    b = v + 1
    if toks[b].low not in _CONDUCTING:
        return None
    b += 1
    if b < n and toks[b].low == "out":
        b += 1
    while b < min(n, v + 6) and toks[b].low != "by" and (
            toks[b].low in _WHEN_WORDS or toks[b].low in WEEKDAYS or toks[b].low in MONTHS or
            toks[b].kind == "n" or toks[b].low in ("in", "on", "between", "and")):
        b += 1
    if b + 1 >= n or toks[b].low != "by":
        return None
    ph = right_phrase(toks, b + 1)
    if not ph or not valid_speaker_phrase(ph) or not ph[-1].cap:
        return None
    return Frame("mid", toks[b].start, ph[-1].end, toks[b].start, toks[b].end, ph, [])


# Craft that cannot speak for themselves, and the participles that name who runs them.
_VESSELS = words("ship ships vessel vessels boat boats ferry ferries tanker tankers trawler "
                 "freighter yacht aircraft plane planes jet helicopter")
_RUN_BY = words("operated run owned chartered managed crewed")


def _vessel_operator(f: Frame) -> list[Tok]:
    """The operator a ship's frame names in its apposition: "the rescue ship Aurora,
    operated by the German NGO Mare Aperto" / "The Aurora, a rescue ship run by the charity
    Sea Lifeline" are Mare Aperto and Sea Lifeline."""
    if not f.np or len(f.appos) < 3:
        return []
    k = next((i for i, t in enumerate(f.appos[:-1]) if t.low in _RUN_BY and
              f.appos[i + 1].low == "by"), -1)
    if k < 0 or not any(t.low in _VESSELS for t in f.np + f.appos[:k]):
        return []
    owner = f.appos[k + 2 :]
    name = list(takewhile(lambda t: t.cap and t.kind == "w", reversed(owner)))[::-1]
    if not name or len(name) > 5 or name[0].low in DEMONYMS and len(name) == 1:
        return []
    return name  # (the name, past "the Spanish charity"'s description: "Mar Abierto")


def _owned_document_relayed(toks: list[Tok], said: Frame, doc: Frame) -> bool:
    """ "Mutale Banda-Phiri said the coalition's own audit, carried out by 1 300 volunteers,
    had found 288 000 entries": a person who says what a body's own document found states
    its figures (the document frame right after his verb, its owner a possessive)."""
    if doc.direction != "pre" or not said.np or len(doc.np) < 2 or \
            said.verb_end > doc.zone_start:
        return False
    v = index_at(toks, said.verb_start)
    if toks[v].low not in ("said", "says", "told", "added", "explained", "noted"):
        return False
    i0 = index_at(toks, doc.zone_start)
    if i0 not in (v + 1, v + 2) or (i0 == v + 2 and toks[v + 1].low != "that"):
        return False
    if doc.np[-1].low not in DOCUMENT_HEADS or doc.np[-1].cap or not any(
            t.poss and t.kind == "w" for t in doc.np[:-1]):
        return False
    name = list(takewhile(lambda t: t.cap and t.kind == "w" and not t.poss, reversed(said.np)))
    return 2 <= len(name) <= 4 and kind_of(_clean(" ".join(t.text for t in reversed(name)))) \
        == PERSON  # (the name that ends "UCA secretary general Mutale Banda-Phiri")


def _pollster_before_survey_aside(toks: list[Tok], v: int) -> Frame | None:
    """ "Analysts polled by the Central Bank in its monthly expectations survey had pencilled
    in 2.1 percent": the pollster, past a phrase on the survey it polled them in."""
    b = next((i for i in range(v - 1, max(1, v - 16), -1) if toks[i].low == "by"), -1)
    if b < 2 or toks[b - 1].low not in ("polled", "surveyed") or \
            toks[b - 2].low not in POLLED_PEOPLE:
        return None
    owner = right_phrase(toks, b + 1)
    e = b + 1 + len(owner)
    if not owner or not valid_speaker_phrase(owner) or e + 2 >= v or \
            toks[e].low not in ("in", "for") or toks[e + 1].low not in ("its", "their", "a", "the"):
        return None
    k = next((i for i in range(e + 2, v) if toks[i].low in DOCUMENT_HEADS), -1)
    if k < 0 or any(t.kind != "w" for t in toks[e:v]) or any(
            t.low not in SUBJECT_GAP_WORDS for t in toks[k + 1 : v]):
        return None
    return Frame("pre", owner[0].start, toks[v].end, toks[v].start, toks[v].end, owner, [])


def find_frames(sentence: str, toks: list[Tok], dates: list[DateMention] | None,
                title_case: bool = False, words: set[str] | None = None) -> list[Frame]:
    """The attribution frames of one sentence, in order (dated when `dates` are given).

    `words` (the sentence's lower-case words), when the caller has them, lets the trigger
    words be found with str.find instead of a look at every token."""
    frames: list[Frame] = []
    n = len(toks)
    used_until = -1
    if n > 5 and toks[0].low == "under":
        opener = _under_own_plan(toks)
        if opener is not None:
            frames.append(opener)
    if n > 7 and toks[0].low == "of":
        opener = _of_those_polled(toks)
        if opener is not None:
            frames.append(opener)
    if n > 7 and toks[1].low in _POLL_OPENERS:
        opener = _poll_conducted_by(toks)
        if opener is not None:
            frames.append(opener)
    if n > 5 and toks[0].cap:
        opener = _lead_opener(toks)
        if opener is not None:
            frames.append(opener)
    if n > 5 and toks[0].low == "as":
        opener = _as_opener(toks)
        if opener is not None:
            frames.append(opener)
            used_until = _tok_index_at(toks, opener.zone_end) - 1
    for v in _trigger_indexes(sentence, toks, words):
        if v <= used_until:
            continue
        t = toks[v]
        low = t.low
        if low == "present" and _present_after_group(toks, v):
            continue  # "Of the 480 MPs present, 291 voted": those there, no one presenting
        frame: Frame | None = None
        if low in _CLAIM_NOUNS and v + 2 < n and toks[v + 1].low in ("from", "by"):
            frame = _claim_from(toks, v)
            if frame is not None:
                frames.append(frame)
                continue
        if low == "according" and v + 1 < n and toks[v + 1].low == "to":
            frame = _according(toks, v)
            if frame is not None and _outlet_relaying_saying(toks, v, frame, frames):
                frame = None  # "The ministry said, according to Interfax, that ..."
        elif low == "per" and v + 1 < n and (v == 0 or toks[v - 1].text == ",") and (
                toks[v + 1].low in ("the", "a", "an") or toks[v + 1].cap or any(
                    t.low in DOCUMENT_HEADS for t in toks[v + 2 : v + 4])):
            # (", per office data", ", per company filings": a bare owner and its document)
            frame = _according(toks, v, v + 1)  # Axios's ", per the report."
        elif low == "per" and v + 1 < n and v > 0 and toks[v - 1].low == "as" and (
                v == 1 or toks[v - 2].text == ","):
            # "As per district collector Ramesh Iyer, 3,500 people ...", "..., as per the
            # police": Indian and African English for "according to" (the frame opens at
            # "as", where a comma may close what it covers); more often than "according to"
            # it means "in accordance with" ("as per the 1983 agreement"), so only a name, a
            # body or people, or a document is a source after it
            frame = _according(toks, v - 1, v + 1)
            if frame is not None and not (frame.np[-1].cap or frame.np[-1].low in _SOURCE_NOUNS
                                          or frame.np[-1].low in DOCUMENT_HEADS):
                frame = None
        elif low == "by":
            if _by_own_count(toks, v):
                frame = _according(toks, v, v + 1)
        elif low in ("quoted", "cited", "quoting", "citing") and v + 1 < n:
            frame = _quoted_as(toks, v)
            if frame is not None and low in ("quoting", "citing") and _relays(toks, frames, v):
                frame = None
        elif low in PASSIVE_BY or (low == "known" and v > 0 and toks[v - 1].low == "made") or \
                low in _TOLD_PASSIVES and v > 0 and toks[v - 1].low in _BE_FORMS:
            # ("..., the jury was told by Det Supt Angela Marsh", "Residents were informed by
            # the water authority that ...": who told it)
            frame = _passive_by(toks, v)
        elif low in _VALUED and v > 0 and toks[v - 1].low in _BE_FORMS:
            frame = _valued_by(toks, v)
            if frame is None and v + 1 < n and toks[v + 1].low == "by":
                # "Damage was estimated by the Provincial Disaster Office at 2.4 billion
                # pesos": the valuer named before the value
                frame = _passive_by(toks, v)
        elif low == "heard" and v + 2 < n and toks[v + 1].low == "from":
            # "The court heard from forensic accountant Neil Barr that £2.6m had passed
            # through the accounts": the witness heard states what follows
            frame = _heard_from(toks, v)
        elif low in PARTICIPLE_VERBS and v > 0 and toks[v - 1].text in (",", "and"):
            frame = _participle(toks, v, frames)
        elif (low in PARTICIPLE_VERBS or low in _DEMAND_PARTICIPLES) and v > 1 and (
                toks[v - 1].text in CLOSE_QUOTES or toks[v - 1].text in ('"', "'")) and \
                toks[v - 2].text == ",":
            # 'X called the walkouts "disproportionate," noting that it was the second wave
            # in three weeks': the comma that sets the participle off sits inside the quote
            frame = _participle(toks, v, frames)
        elif low in _REVISE_PARTICIPLES and v > 1 and toks[v - 1].text == "," and \
                v + 2 < n and toks[v + 1].low in ("its", "their", "his", "her") and \
                _own_setting(toks, v + 2, v + 8):
            # "Tom Reed, an analyst at X, was more cautious still, cutting his price target
            # to $165 from $210": the clause's subject sets the target it revises
            frame = _participle(toks, v, frames)
            if frame is not None and not frame.inherit and (
                    not frame.np or _anonymous_common_noun(frame.np)):
                frame = None
        elif low in _DEMAND_PARTICIPLES and v > 1 and toks[v - 1].text == "," and \
                _demands_figure(toks, v):
            # "The FPCCI called the cut too cautious, demanding that the rate be brought down
            # to no more than 10pc", "..., urging travellers to get the jab at least two weeks
            # before departure": the clause's subject demands or advises the figure (a body
            # or a person named; not "Thousands of workers rallied ..., demanding 10.5%")
            frame = _participle(toks, v, frames)
            if frame is not None and not frame.inherit and not _named_demander(frame.np):
                frame = None
        elif low in PARTICIPLE_VERBS and v > 1:
            frame = _with_saying(toks, v)
        elif low in _WITH_COUNTING and v > 1:
            # "..., with the National Centre of Meteorology recording up to 95.2mm": a named
            # body that counts (not "with Spain recording", a place; nor "with sales
            # recording a rise")
            frame = _with_saying(toks, v)
            if frame is not None and (not any(t.cap for t in frame.np) or _bare_place(
                    frame.np) or _anonymous_common_noun(frame.np) or kind_of(_clean(" ".join(
                        t.text for t in frame.np))) == PERSON or frame.np[-1].low in
                    _MEASURING or frame.np[-1].low in ("observatory", "observatories")):
                frame = None  # (nor "with Port St Johns recording 312mm", a town; nor "with
                # the Santacruz observatory recording 214mm", where the rain was measured)
        if frame is None and low in PARTICIPLE_VERBS and v > 1 and \
                toks[v - 1].low in _PROGRESSIVE_AUX and v + 1 < n and (
                    toks[v + 1].low == "that" or toks[v + 1].text in QUOTES):
            # "The agency is warning that up to 90cm of snow could settle", "Officials were
            # estimating that ...": a reporting verb in the progressive
            frame = _subject_frame(toks, v, title_case)
        if frame is None and low in _GUIDANCE_VERBS and v > 0 and v + 2 < n and \
                toks[v + 1].low in ("for", "to") and any(
                    t.kind == "n" for t in toks[v + 2 : v + 9]):
            # "The company guided for first-quarter revenue of $3.35 billion", "having
            # previously guided for growth of up to 3%": a company's guidance is its figure
            frame = _subject_frame(toks, v, title_case)
        if frame is None and v > 1 and v + 1 < n and (
                low in _POLL_EXPECTING and toks[v - 1].low in _PROGRESSIVE_AUX and (
                    low != "looking" or toks[v + 1].low == "for") or
                low in _PENCILLED and toks[v + 1].low == "in"):
            # "Analysts polled by LSEG had been looking for $3.18 billion", "Economists
            # surveyed by Reuters were expecting a 0.4% rise": the pollster's consensus
            frame = _subject_frame(toks, v, title_case)
            j = index_at(toks, frame.np[0].start) if frame is not None and frame.np else 0
            if frame is not None and not (frame.direction == "pre" and j > 1 and
                                          toks[j - 1].low == "by" and
                                          toks[j - 2].low in ("polled", "surveyed")):
                frame = None
            if frame is None:
                frame = _pollster_before_survey_aside(toks, v)
        if frame is None and low in _OUTLOOK_PARTICIPLES and v > 1 and \
                toks[v - 1].low in _PROGRESSIVE_AUX and any(
                    t.kind == "n" for t in toks[v + 1 : v + 7]):
            # "The weather service is forecasting highs of 31C", "Analysts at Cordell are
            # projecting a 4% fall": the outlook of the named body or person
            frame = _subject_frame(toks, v, title_case)
            if frame is not None and not (
                    frame.direction == "pre" and frame.np and (
                        frame.np[-1].cap or frame.np[-1].low in ORG_HEADS or
                        frame.np[-1].low in GOVERNMENT_HEADS or
                        frame.np[-1].low in _SUBJECT_PRONOUNS)):
                frame = None
        if frame is None and (low in REPORTING_VERBS or low in DATA_VERBS) \
                and (not t.cap or title_case or t.low in ("says", "say")) \
                and not _passive_without_agent(toks, v) and not _labelled_as(toks, v) \
                and not _plea(toks, v) and not _conceded_in_play(toks, v) and \
                not _scheme_participle(toks, v) and not _record_as_noun(toks, v) and \
                not _participle_as_adjective(toks, v) and not _cause_passive(toks, v):
            frame = _reporting(toks, v, title_case)
        if frame is None and low in _MEASURING_VERBS and _measured_sample(toks, v):
            frame = _subject_frame(toks, v, title_case)
            if frame is not None and not (frame.direction == "pre" and _measuring_body(
                    frame.np)):
                frame = None  # (a body or its researchers, not "Doctors tested 40 patients")
        if frame is None and low in _CONCERN_VERBS and v + 2 < n and \
                toks[v + 1].low in _CONCERNS and toks[v + 2].low == "that":
            # "The council has raised concern that scores of farms ...": a worry voiced is
            # a statement of its speaker
            frame = _subject_frame(toks, v, title_case)
        if frame is None and low == "based" and _based_own_workings_on(toks, v):
            # "The centre based its calculations on a price of $1.08 million and a 20 per cent
            # down payment": the assumptions are its statement
            frame = _subject_frame(toks, v, title_case)
        went_on = low == "went" and v + 1 < n and toks[v + 1].low == "on"
        if frame is None and (low in _THAT_VERBS or low in QUOTE_VERBS or went_on) and v > 0 \
                and toks[v - 1].low not in ("and", "but"):
            w = v + 2 if went_on else v + 1  # (past "on Monday", "again", "yesterday")
            while w < min(n, v + 4) and (toks[w].low in _THAT_GAP_WORDS or
                                          toks[w].low in WEEKDAYS):
                w += 1
            if w < n and (toks[w].low == "that" and low not in _NOT_SAYING_THAT or
                          toks[w].text in QUOTES or toks[w].text == ":"):
                # "Menon cautioned that 30% of tigers ...", "the ministry cautioned on Monday
                # that ...": verbs that report only with "that" or a quotation ("police
                # cautioned 40 drivers" is a deed; not after "and" or "but", whose subject is
                # a clause back)
                frame = _subject_frame(toks, v, title_case)
        if frame is None and low in _INFORMING_VERBS and v > 0 and \
                toks[v - 1].low not in _BE_FORMS and toks[v - 1].low not in ("and", "but") \
                and _told_object_then_that(toks, v):
            # "Planning Secretary X briefed the meeting that 68 percent ...", "She informed
            # the House that 14 projects ...", "The police informed that 12 ...": a verb of
            # telling whose hearer, if any, comes before "that" (not "was informed that")
            frame = _subject_frame(toks, v, title_case)
        if frame is None and low in ("pointed", "points") and v + 2 < n and \
                toks[v + 1].low == "out" and (toks[v + 2].low == "that" or
                                              toks[v + 2].text in QUOTES):
            frame = _subject_frame(toks, v, title_case)  # "He pointed out that ..."
        if frame is None and low in ("pointed", "points") and _points_to_document(toks, v):
            frame = _subject_frame(toks, v, title_case)
        if frame is None and v == 0 and t.cap and low in OPENING_SAY_VERBS:
            frame = _verb_first_colon(toks)
        if frame is None and v > 1 and (
                low in _THAT_VERBS or low in CLOSING_VERBS or
                low in QUOTE_VERBS and low not in _NOT_SAYING_THAT or
                low in ("pointed", "points") and v + 1 < n and toks[v + 1].low == "out"):
            frame = _closing_frame(toks, v, title_case)
        if frame is None and low in _ORDER_VERBS and v > 0 and \
                toks[v - 1].low not in _PROGRESSIVE_AUX:
            # "The Supreme Court directed the state to pay Rs 15 lakh each", "the judge
            # ordered an inspection of all 63 quarries within three months": a court's order
            # is its own statement of the figures in it (a court's, a judge's or a bench's
            # only: "the mayor ordered 200 buses" is a deed, not a claim)
            frame = _subject_frame(toks, v, title_case)
            if frame is not None and not (frame.direction == "pre" and frame.np and (
                    _head_before_of(frame.np) or frame.np[-1]).low in _JUDICIAL_HEADS):
                frame = None
        if frame is None and low in _RULING_VERBS and v > 0 and \
                toks[v - 1].low not in _PROGRESSIVE_AUX and \
                (low not in ("held", "holds") or v + 1 < n and toks[v + 1].low == "that"):
            frame = _subject_frame(toks, v, title_case)
            if frame is not None and not (frame.np and any(
                    t.low in _RULING_HEADS for t in frame.np[-6:])):
                frame = None
        if frame is None and low in _SUSPECT_VERBS and 0 < v < n - 1 and (
                toks[v + 1].low in _SUSPECTED_OPENERS or toks[v + 1].cap or
                toks[v + 1].kind == "n"):
            frame = _subject_frame(toks, v, title_case)
            if frame is not None and not (frame.direction == "pre" and frame.np and
                                          frame.np[-1].low in _INVESTIGATING_HEADS):
                frame = None
        if frame is None and low in ("submitted", "submits") and v + 1 < n and \
                toks[v + 1].low == "that" and v > 0 and toks[v - 1].low not in _PROGRESSIVE_AUX:
            # "Counsel for the state submitted that Rs 4 lakh had been paid": a court
            # reporter's word for what a lawyer argues ("a plan was submitted that ..." is
            # no one's saying)
            frame = _subject_frame(toks, v, title_case)
        demand = _demand_opening(toks, v) if frame is None else -1
        if demand >= 0 and v + 1 < n and toks[v + 1].low != "to" and \
                any(t.kind == "n" or t.low in NUMBER_WORDS and _unit_after(toks, i)
                    for i, t in enumerate(toks[demand + 1 : demand + 9], demand + 1)):
            # (a count in words with its unit: "to block roads for three days")
            # "The union wants pay raised to R9 000", "The weather service called for 12 to
            # 18 inches of snow", "The charity is calling on ministers to fund 400 beds": a
            # body's demand or forecast is its figure (not "they want", whoever they are,
            # nor "wants to")
            frame = _subject_frame(toks, v, title_case)
            if frame is not None and not (
                    frame.direction == "pre" and frame.np and (frame.np[-1].low not in PRONOUNS
                    and (frame.np[-1].cap or frame.np[-1].low in ORG_HEADS
                         or frame.np[-1].low in GOVERNMENT_HEADS)
                    # ("She called on the government to cut the tax to 0.1 cents": one person
                    # named before, as "she asked for")
                    or len(frame.np) == 1 and frame.np[0].low in ("he", "she"))):
                frame = None
            if frame is not None and low in _DEMAND_VERBS and not _named_demander(frame.np):
                frame = None  # ("Workers in the garment sector have been demanding ...")
        if frame is None and low in ("asked", "asks", "ask") and _asked_for_figure(toks, v):
            # "The prosecutor asked for a sentence of six years", "She asked the judge for
            # discounts of up to 25 per cent": what a party asks for is its figure (a named
            # party or "he"/"she" for one, not "Officials asked for 500 more tents"; "Her
            # lawyer, Dana Cole, asked for ...": a role named in apposition)
            frame = _subject_frame(toks, v, title_case)
            if frame is not None and not (frame.direction == "pre" and frame.np and (
                    frame.np[-1].low in ("he", "she") or frame.np[-1].cap and
                    frame.np[-1].low not in _PEOPLE_OR_GOVERNMENT_HEADS or
                    _named_in_apposition(frame))):
                frame = None
        if frame is None and low in QUOTE_VERBS and _closes_quotation(toks, v):
            frame = _subject_frame(toks, v, title_case)  # '..." she asked.'
        if frame is None and low in ("read", "reads") and v > 1 and \
                toks[v - 1].low in DOCUMENT_HEADS and not toks[v - 1].cap:
            frame = _subject_frame(toks, v, title_case)  # '..." the statement read.'
        if frame is None and low in ("launched", "launches", "launch", "issued", "issues",
                                     "made", "makes") and v + 2 < n and toks[v + 1].low in (
                "an", "a", "its", "their") and toks[v + 2].low in ("appeal", "call", "request"):
            frame = _subject_frame(toks, v, title_case)
        if frame is None and low in _DATA_RELEASES and _data_showing(toks, v):
            # "The ministry released data showing that the population fell by 910,000": the
            # figures of the data a body releases are its own, as in "figures released by X"
            frame = _subject_frame(toks, v, title_case)
        if frame is None and low in _ADVICE_VERBS and v > 0 and (
                toks[v - 1].low not in _PROGRESSIVE_AUX or low.endswith("ing")) and \
                toks[v - 1].low not in _MODALS \
                and not toks[v - 1].poss and toks[v - 1].low not in _DETERMINERS:
            # (not "the auditor's recommended cushion of 15%", "the recommended dose")
            # "The agency advises anyone with a fever in the 21 days after travel to call a
            # doctor", "Police urged drivers to keep below 30 mph": advice is its giver's
            # statement (a named body, a speaker noun or a person, not "Doctors may advise")
            frame = _subject_frame(toks, v, title_case)
            if frame is not None and frame.direction != "pre":
                frame = None
        if frame is None and low in _DOCUMENT_HANDING and v > 0 and \
                toks[v - 1].low not in _PROGRESSIVE_AUX and _data_showing(toks, v, True):
            # "The lawyer presented bank records showing that the firm paid R2 million", "the
            # campaign sent us a spreadsheet listing 214 announcements": what the document
            # shows is the claim of whoever puts it forward (not "records were presented")
            frame = _subject_frame(toks, v, title_case)
        if frame is None and low in ("issued", "issues", "issue") and any(
                t.low in _WARNINGS for t in toks[v + 1 : v + 8]):
            # "The weather service issued a yellow level 4 warning for winds of 60km/h":
            # a warning's figures are its issuer's
            frame = _subject_frame(toks, v, title_case)
        if frame is None and low in _ISSUED and toks[-1].text == ":" and any(
                t.low in ("statement", "remarks", "message") for t in toks[v + 1 : v + 5]):
            # "Mr. Vos issued the following statement:" -- the quotation that follows is his
            frame = _subject_frame(toks, v, title_case)
        if frame is None and (
                low in _CHARACTERISING_VERBS or low in ("called", "calls")) and \
                _characterises_figure(toks, v) or frame is None and low in _REQUEST_VERBS and \
                _requests_figure(toks, v) or frame is None and low in _MEASURED_AT_VERBS and \
                _measured_at(toks, v):
            # Verbs of stated terms: what a body calls a figure, what it asks another to do
            # with a figure, the value it measures a thing at -- each its statement (a body
            # or a person named before the verb)
            frame = _subject_frame(toks, v, title_case)
            if not _named_body_subject(frame):
                frame = None
        if frame is not None and low in _ACCESS_PARTICIPLES and frame.direction == "mid" and \
                frames and v > 1 and toks[v - 2].low in ("that", "which"):
            frame = None  # "X told staff in a memo that was seen by TechCrunch": X's memo
        if frame is not None and low in _WEAK_REPORTING and _anonymous_common_noun(frame.np):
            frame = None  # "Utilities plan to spend $62 billion": no one in particular
        if frame is not None and low in _BARE_PLAN_NOUNS and frame.np and \
                frame.np[0].low in ("a", "an", "this", "that") and not frame.np[-1].poss:
            frame = None  # "A European Commission plan to set up a fund ...": a noun, which
            # a singular subject would write "plans"
        if frame is not None and (low in _BARE_PLAN_NOUNS or low in _WEAK_REPORTING) and \
                v > 0 and (toks[v - 1].low in _PLAN_DETERMINERS or toks[v - 1].poss):
            frame = None  # "19 countries backed the plan", "the city's plans": a noun after
            # its article or its owner
        if frame is not None and frame.direction == "post" and frame.np and \
                _tok_index_at(toks, frame.np[0].start) > 0 and \
                toks[_tok_index_at(toks, frame.np[0].start) - 1].low in ("than", "as"):
            frame = None  # "$800 million more than officials had projected": a comparison
        if frame is not None and low in ("reported", "report", "reports", "reporting") and \
                v + 1 < n and toks[v + 1].low in _SYMPTOM_WORDS:
            frame = None  # "23 members of staff have reported symptoms": they fell ill
        if frame is not None and low in ("declared", "declares", "declare") and \
                _declares_state(toks, v):
            frame = None  # "Mississippi declared a state of emergency in 11 counties"
        if frame is not None and low in _PLEDGE_VERBS and _under_past_deal(toks):
            frame = None  # "Under a deal signed last year, the EU pledged €240m to ..."
        if frame is not None and low in _STATE_DEED_VERBS and frame.direction == "pre" and \
                _bare_place_subject(frame.np):
            frame = None  # "Kuwait has posted deficits in 10 of 11 years", "Berlin has
            # pledged 260,000 troops": a state's record or deed, told by the outlet
        if frame is not None and frame.direction == "post" and len(frame.np) == 2 and \
                frame.np[0].low in ("its", "their") and frame.np[1].low in DOCUMENT_HEADS:
            # "the department has issued 1,134 permits, its records show": the records of
            # the clause's subject
            subj = _clause_subject(toks, _tok_index_at(toks, frame.zone_start))
            if subj is not None and subj[0].low not in PRONOUNS and (
                    subj[-1].cap or subj[-1].low in GOVERNMENT_HEADS or
                    subj[-1].low in ORG_HEADS or subj[-1].low in ARMED_HEADS):
                # (a subject that can keep records: not "German sites were 76 percent full,
                # its data showed", the data of the source credited before)
                frame.np = subj
        if frame is not None and frame.direction == "pre" and 2 <= len(frame.np) <= 4 and \
                frame.np[0].low in ("its", "their") and frame.np[-1].low in DOCUMENT_HEADS and \
                all(not t.cap for t in frame.np) and v >= 2 and toks[v - 1].low == "which" and \
                toks[v - 2].text == ",":
            # "Mr. Calder's office released its own figures, which showed ...": the figures
            # of the subject that released them
            i0 = _tok_index_at(toks, frame.np[0].start)
            subj = _clause_subject(toks, i0) if i0 > 1 and toks[i0 - 1].kind == "w" and \
                toks[i0 - 1].low.endswith("ed") else None
            if subj is not None and subj[0].low not in PRONOUNS and (
                    subj[-1].cap or subj[-1].low in GOVERNMENT_HEADS or
                    subj[-1].low in ORG_HEADS or subj[-1].low in ARMED_HEADS):
                frame.np = subj
        if frame is not None:
            if dates is not None:
                frame.date = _frame_date(sentence, dates, frame)
            frames.append(frame)
            used_until = max(v, _tok_index_at(toks, frame.zone_end) - 1)
    if n > 6 and (" poll" in sentence or " survey" in sentence):
        polled = _forecast_in_poll(toks, frames)
        if polled is not None:
            frames.append(polled)
            frames.sort(key=lambda f: f.zone_start)
    if n > 8 and ", in " in sentence:
        aside = _in_its_document_aside(toks, frames)
        if aside is not None:
            frames.append(aside)
            frames.sort(key=lambda f: f.zone_start)
    if frames and (words is None or not words.isdisjoint(_COUNTED_VERBS)):
        _drop_counted_places(toks, frames)
    if n > 4 and (not frames or frames[0].direction == "pre" and not frames[0].inherit and (
            words is None or not words.isdisjoint(REVISE_VERBS))):
        # ("The central bank cut its policy rate by 50 basis points to 7%, saying ...": the
        # revision before the frame that follows it)
        revised = _own_forecast(toks, title_case)
        if revised is not None and (not frames or revised.zone_end <= frames[0].zone_start):
            if dates is not None:
                revised.date = _frame_date(sentence, dates, revised)
            frames.insert(0, revised)
    elif n > 4 and frames and (words is None or not words.isdisjoint(REVISE_VERBS)) and \
            " who " in sentence:
        # '"...," said Daniel Ho, head of research at X, who raised his price target to HK$96':
        # the person's own target, after the frame that names him
        revised = _own_forecast(toks, title_case)
        if revised is not None and revised.verb_start > 0 and \
                sentence[:revised.verb_start].rstrip().endswith(" who") and \
                all(f.zone_end <= revised.verb_start for f in frames):
            last = frames[-1]
            if last.np and last.direction == "post" and len(
                    sentence[last.zone_end : revised.verb_start].split()) <= 12 and kind_of(
                    _clean(" ".join(t.text for t in last.np))) == PERSON:
                # ("said Mei Tan, an analyst at Corrib Capital in Singapore, who cut her
                # price target": the person the inverted "said" names, past her apposition)
                revised = replace(revised, np=last.np, appos=last.appos)
            if dates is not None:
                revised.date = _frame_date(sentence, dates, revised)
            frames.append(revised)
    if n > 4 and ("'s " in sentence or "\u2019s " in sentence) and (
            words is None or not words.isdisjoint(DOCUMENT_SUBJECT_VERBS)):
        own_doc = _document_subject(sentence, toks)
        if own_doc is not None:
            # (its verb read alone: "report flagged" whose owner the phrase lost at "most")
            frames = [f for f in frames if f.verb_start != own_doc.verb_start]
        if own_doc is not None and (not frames or own_doc.zone_end <= frames[0].zone_start):
            if dates is not None:
                own_doc.date = _frame_date(sentence, dates, own_doc)
            frames.insert(0, own_doc)
    if n > 6 and toks[0].low in ("a", "an", "the") and (
            words is None or not words.isdisjoint(_FILING_VERBS)):
        filed = _filed_document_subject(sentence, toks)
        if filed is not None:
            frames = [f for f in frames if f.verb_start != filed.verb_start]
            if not frames or filed.zone_end <= frames[0].zone_start:
                if dates is not None:
                    filed.date = _frame_date(sentence, dates, filed)
                frames.insert(0, filed)
    if n > 8 and (toks[0].low in ("a", "an", "the") or toks[0].low in _BARE_STUDY_OPENERS) \
            and (words is None or not words.isdisjoint(_STUDY_BY_WORDS)):
        study = _study_by_opening(sentence, toks)
        if study is not None and any(f.verb_start == study.verb_start and f.np and (
                f.np[-1].cap and f.np[-1].low != "research" or f.np[-1].low in DOCUMENT_HEADS)
                for f in frames):
            study = None  # (its verb read already, the owner or the data it covers last:
            # "An analysis by X of Treasury spending data found" is X's; not "A survey by the
            # Tea Board of Kenya of factories", read past the owner into what it covers)
        if study is not None:
            # (and a participle in its description read as a verb: "An analysis by X of
            # sewage spills recorded across England found")
            frames = [f for f in frames if f.verb_start != study.verb_start and not (
                f.direction == "pre" and f.np and f.np[0].start == study.np[0].start and
                f.verb_start < study.verb_start)]
            if not frames or study.zone_end <= frames[0].zone_start:
                if dates is not None:
                    study.date = _frame_date(sentence, dates, study)
                frames.insert(0, study)
    if n > 4 and ":" in sentence and (not frames or frames[0].direction != "pre" or
                                      frames[0].zone_start > sentence.find(":")):
        colon = _colon_quotation(toks)
        if colon is not None and (not frames or colon.zone_end <= frames[0].zone_start):
            if dates is not None:
                colon.date = _frame_date(sentence, dates, colon)
            frames.insert(0, colon)
    if len(frames) > 1 and frames[0].direction == "pre":
        # "Some 3,000 residents said they had lost power, the utility said", "1 in 8 voters
        # said they would switch, the poll found": a counted group's saying, reported by the
        # source that closes the sentence, is that source's finding (its count a figure)
        frames = [f for f in frames if not _counted_group_reported(toks, f, frames)]
    if len(frames) > 1:
        # "Aid agencies, he added, had promised water trucking for 30 days": a reporting clause
        # set between commas inside a subject's clause reports the clause; its subject is
        # what was reported, not a second speaker
        frames = [f for f in frames if not _interrupted_by_report(f, frames, sentence)]
    if len(frames) > 1:
        frames = [f for i, f in enumerate(frames) if not (
            i and _owned_document_relayed(toks, frames[i - 1], f))]
    for i, f in enumerate(frames):
        operator = _vessel_operator(f)
        if operator:
            # "the rescue ship Aurora, operated by the German NGO Mare Aperto, said": a ship
            # speaks through whoever runs it
            frames[i] = replace(f, np=operator, appos=[])
    if not frames and n > 3 and toks[0].low == "it" and toks[1].low == "will" and \
            toks[2].kind == "w" and toks[2].low not in _IMPERSONAL_AFTER_IT_WILL:
        # "The bank said it would cut 4,000 jobs. It will book a charge of $350 million":
        # a body's own plan, carried on by "it" -- the body that spoke last states it
        frames.append(Frame("pre", toks[0].start, toks[1].end, toks[1].start, toks[1].end,
                            [toks[0]], []))
    return frames


_POLL_NOUNS = words("poll survey")
# What a poll gives of a figure: "the 4.5% median forecast", "the 0.3% rise expected".
_POLL_FORECASTS = words("forecast forecasts estimate estimates expectation expectations "
                        "consensus median expected forecasted predicted projected")


def _forecast_in_poll(toks: list[Tok], frames: list[Frame]) -> Frame | None:
    """ "..., the NBS said, down from 4.8% in June and below the 4.5% median forecast in a
    Reuters poll of 11 economists": a second source inside the clause that follows another
    speaker's frame -- the pollster named before "poll" or "survey" gives the forecast just
    before it (and the sample after it), not the figures the first speaker gave. A "post"
    frame whose verb is the poll's word; `__init__._region_speaker` gives it only the figure
    right before it."""
    n = len(toks)
    for k in range(3, n - 1):
        if toks[k].low not in _POLL_NOUNS or toks[k - 1].kind != "w" or not toks[k - 1].cap:
            continue
        j = k - 1
        while j > 0 and toks[j].cap and toks[j].kind == "w" and k - j <= 4:
            j -= 1
        if toks[j].low not in ("a", "an") or j < 2 or toks[j - 1].low != "in":
            continue
        words_before = toks[max(0, j - 5) : j - 1]
        if not any(t.low in _POLL_FORECASTS for t in words_before[-3:]) or \
                not any(t.kind == "n" for t in words_before):
            continue
        if frames and not any(f.verb_end <= toks[j - 1].start for f in frames):
            continue  # (only a clause after another speaker's frame, when there is one: "It
            # was more than the 411,000 bpd expected in a Reuters poll" has none)
        ph = toks[j + 1 : k]
        if not valid_speaker_phrase(ph):
            continue
        return Frame("post", toks[j - 1].start, toks[k].end, toks[k].start, toks[k].end, ph, [])
    return None


# A quotation opened after a colon that closes a short clause with a speaker as its subject
# and no reporting verb: 'A Treasury spokesperson hit back: "We have raised the wage by
# 6.7%."', 'She fumed: "..."', 'The minister was defiant: "..."' -- what follows the colon is
# what the subject said. (Not a label with no verb, 'Katrin Vogel in her office: "..."', nor a
# clause about something else, 'Aisha Rahman sent us this, with a comment: "..."'.)
_COLON_CLAUSE_STOPS = words("in at on with from for of by to near after before during as "
                            "and or but")


# Shares that count part of a group: "Two-thirds of parents", "half of the voters", "a third of".
_SHARE_WORDS = words("half third thirds quarter quarters fifth fifths tenth tenths majority "
                     "minority") | frozenset(
    f"{a}-{b}" for a in ("one", "two", "three", "four") for b in (
        "thirds", "quarters", "fifths", "tenths", "third", "quarter", "fifth", "tenth"))


# Plural nouns of people a reporter counts as the sources of what they say ("Two officials
# said", "three witnesses told Reuters").
_INFORMANT_HEADS = words("officials sources witnesses eyewitnesses diplomats officers medics "
                         "doctors investigators rescuers insiders aides people")


def _count_token(t: Tok) -> bool:
    """Whether a token is a number or a share of a group ("3,000", "Twelve", "two-thirds")."""
    return t.kind == "n" or _count_word(t.low) or t.low in _SHARE_WORDS


def _counted_group_reported(toks: list[Tok], f: Frame, frames: list[Frame]) -> bool:
    """Whether the "pre" frame `f` is a counted group saying something ("Some 3,000 residents
    said", "1 in 8 voters said", "40% of voters said", "Two-thirds of parents said") inside
    a clause that a "post" or "mid" frame after it reports: the group is what the source
    found, not a speaker."""
    if f.direction != "pre" or f.inherit or not f.np or f.appos:
        return False
    head = f.np[-1]
    if head.kind != "w" or head.cap or not head.low.endswith("s") or head.poss:
        return False  # (a plural noun of people or things: not "Sarah Jones said")
    i0 = _tok_index_at(toks, f.np[0].start)
    share = i0 >= 2 and toks[i0 - 1].low in ("of", "in") and (
        _count_token(toks[i0 - 2]) or toks[i0 - 2].text == "%" or
        toks[i0 - 2].low in ("cent", "percent"))
    if not share and not any(_count_token(t) for t in f.np[:-1]):
        return False
    if not share and head.low in _INFORMANT_HEADS:
        return False  # "Two officials said 40 people died, Reuters reported": informants a
        # news agency counts are its sources, who speak
    return any(g.direction in ("post", "mid") and g.zone_start >= f.verb_end and g.np
               for g in frames)


def _interrupted_by_report(f: Frame, frames: list[Frame], sentence: str) -> bool:
    """Whether a "pre" frame's subject and verb are split by a reporting clause between
    commas that another frame of the sentence reads ("Aid agencies, he added, had promised
    ...", "The regulator, she said, has fined 12 firms"): that clause's speaker reports the
    whole clause."""
    if f.direction != "pre" or not f.appos or not f.np:
        return False
    for g in frames:
        if g is f or g.direction != "post" or not g.np or g.np[0].start != f.appos[0].start:
            continue
        if g.verb_end <= f.verb_start and sentence[f.np[-1].end : g.np[0].start].strip() == "," \
                and sentence[g.verb_end : f.verb_start].lstrip().startswith(","):
            return True
    return False


def _colon_quotation(toks: list[Tok]) -> Frame | None:
    n = len(toks)
    k = next((i for i in range(1, min(n - 1, 14)) if toks[i].text == ":"), -1)
    if k < 2 or toks[k + 1].text not in QUOTES or toks[k + 1].text in CLOSE_QUOTES:
        return None
    if any(t.kind != "w" for t in toks[:k]):
        return None  # (a figure, a quotation or an aside before the colon)
    np = right_phrase(toks, 0)
    j = len(np)
    if not np or j >= k or not valid_speaker_phrase(np) or toks[j].cap or \
            toks[j].low in _COLON_CLAUSE_STOPS:
        return None
    if any(t.low in _COLON_CLAUSE_STOPS for t in toks[j:k]):
        return None
    return Frame("pre", np[0].start, toks[k].end, toks[j].start, toks[k - 1].end, np, [])


# A pledge recounted as the terms of an agreement made before: "Under a deal signed last
# year, the bloc promised the country €240m", "Under the 2015 accord, rich nations pledged
# $100 billion a year": background the outlet gives, not a statement made to it.
_PLEDGE_VERBS = words("pledged pledges promised promises pledge promise")
_DEALS = words("deal deals agreement agreements pact accord accords partnership treaty "
               "arrangement compact")


# Verbs of a deed or a record rather than of speech: a country or a capital that "posted"
# a deficit, "pledged" aid or "announced" a tariff did something the outlet tells; one that
# "says" or "warns" spoke ("Iran says it hosts 6 million Afghans").
_STATE_DEED_VERBS = words("posted posts pledged pledges pledge promised promises promise "
                          "announced announces unveiled unveils proposed proposes tabled "
                          "earmarked earmarks allocated allocates")


def _bare_place_subject(np: list[Tok]) -> bool:
    """Whether a speaker phrase is only a country's or a capital's name ("Kuwait", "Berlin",
    "New Delhi"), with no body, role or owner: a state as the actor of a sentence."""
    if np and np[0].low == "the":
        np = np[1:]
    if not np or len(np) > 3 or any(t.kind != "w" or not t.cap or t.poss for t in np):
        return False
    name = " ".join(t.low for t in np)
    return name in COUNTRIES or name in CAPITALS


def _under_past_deal(toks: list[Tok]) -> bool:
    """Whether the sentence opens "Under a/the <deal> ...," ("Under a partnership signed
    last year,", "Under the 2015 accord,"), the agreement whose terms it recounts."""
    if len(toks) < 4 or toks[0].low != "under" or toks[1].low not in ("a", "an", "the"):
        return False
    for t in toks[2:6]:
        if t.text == ",":
            return False
        if t.low in _DEALS:
            return any(x.text == "," for x in toks[3:14])
    return False


def _declares_state(toks: list[Tok], v: int) -> bool:
    """Whether the verb "declared" at toks[v] puts a state in force ("declared a 60-day state
    of emergency in 18 districts", "declared three days of mourning") rather than states
    something ("declared that 40 districts were hit", "declared the results"); the state may
    be named after its span and kind ("declared a 30-day state of natural disaster")."""
    for t in toks[v + 1 : v + 11]:
        if t.low == "that" or t.text in (",", ";", ":") or t.text in QUOTES:
            return False
        if t.low in _DECLARED_STATES:
            return True
    return False


# A body's own document as the subject: "The bureau's long-range outlook gives ...", "Severn
# Water's own business plan, submitted to Ofwat last year, envisaged ...", "The
# Auditor-General's most recent report on the municipality flagged ...": the owner states it.
_DOCUMENT_SUBJECT_RE = re.compile(
    r"(?:The\s+(?:[a-z][\w-]*\s+){0,2}?)?"
    r"(?P<owner>(?:(?:[A-Z][\w&.-]*|of|and|for|the)\s+){0,5}[A-Za-z][\w&.-]*)"
    r"['\u2019]s\s+(?:[\w-]+\s+){0,4}?(?:report|outlook|note|plan|budget|forecast|assessment|"
    r"review|audit|estimates?|projections?|analysis|survey|data|figures|statistics|accounts|"
    r"filing|statement)\b(?:\s+(?:on|into|for|to|of)\s+[^,]{1,40}?)?(?:\s*,[^,]{1,80},)?"
    r"\s+(?:also\s+)?(?P<verb>gives|gave|projects|projected|envisages|envisaged|rated|rates|"
    r"puts|put|flags|flagged|forecasts|predicts|predicted|estimates|estimated|sets|set)\b")


# (the verbs above, for a quick look before the pattern)
DOCUMENT_SUBJECT_VERBS = words("gives gave projects projected envisages envisaged rated rates "
                               "puts put flags flagged forecasts predicts predicted estimates "
                               "estimated sets set")


def document_subject(sentence: str) -> bool:
    """Whether a body's own document opens the sentence (a frame for find_frames)."""
    return _DOCUMENT_SUBJECT_RE.match(sentence) is not None


# "A maintenance notice the company filed with regulators shows that ...": a document that a
# contact clause says its owner filed, then the verb by which it tells the figures.
_FILING_VERBS = words("filed submitted published released issued sent prepared produced "
                      "compiled")
_FILED_DOCUMENT_RE = re.compile(
    r"(?:An?|The)\s+(?:[\w-]+\s+){0,3}?(?:notice|report|filing|document|documents|memo|"
    r"letter|submission|statement|records?|presentation|audit|assessment|disclosure)\s+"
    r"(?:that\s+)?(?P<owner>(?:the\s+|its\s+)?(?:[A-Z][\w&.-]*\s+){0,4}?[\w&.-]+)\s+"
    r"(?:had\s+|has\s+)?(?:filed|submitted|published|released|issued|sent|prepared|produced|"
    r"compiled)\b[^,.;:\"\u201c]{0,60}?\s+(?P<verb>shows|showed|show|says|said|found|finds|"
    r"reveals|revealed|indicates|indicated|states|stated)\b")


def _filed_document_subject(sentence: str, toks: list[Tok]) -> Frame | None:
    """A frame for a document its owner filed opening the sentence ("A maintenance notice the
    company filed with regulators shows that ...", "A letter the council sent to residents
    says ..."): the owner speaks, from the verb on."""
    m = _FILED_DOCUMENT_RE.match(sentence)
    if m is None:
        return None
    np = [t for t in toks if m.start("owner") <= t.start and t.end <= m.end("owner")]
    if not np or np[-1].low in PRONOUNS or not valid_speaker_phrase(np):
        return None
    v = m.start("verb")
    return Frame("pre", np[0].start, m.end("verb"), v, m.end("verb"), np, [])


# "A review by the nonprofit X of 41 statewide recounts held between 2000 and 2024 found that
# ...", "A 2022 report by the X Foundation, a research group, placed Texas among the 10 states":
# a study by its owner opening the sentence, whatever describes it before its verb of finding.
_STUDY_BY_OPENING_RE = re.compile(
    r"(?:(?:An?|The)\s+(?:[\w-]+\s+){0,3}?(?:review|report|study|survey|poll|analysis|audit|"
    r"assessment|census|investigation|projection|projections|estimate|estimates|tally|count|"
    r"research)"
    # "Research from the X Trust suggests ...", "New analysis by X found ...": a mass noun
    # needs no article
    r"|(?:(?:New|Separate|Fresh|Further|Latest|Recent|Earlier|Other|Independent|Unpublished)\s+)?"
    r"(?:[Rr]esearch|[Aa]nalysis|[Mm]odelling|[Mm]odeling|[Pp]olling)"
    r"(?:\s+(?:commissioned|conducted|published|released|carried\s+out))?)"
    r"\s+(?:by|from)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?[A-Z][\w'\u2019&.-]*"
    r"(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w'\u2019&.-]*){0,7}"
    # (a month's abbreviation keeps its point in the gap: "conducted Aug. 10-14 showed")
    r"(?P<gap>(?:[^.;:!?\"\u201c\u201d\u2014()]|"
    r"(?:(?<=Jan)|(?<=Feb)|(?<=Mar)|(?<=Apr)|(?<=Jun)|(?<=Jul)|(?<=Aug)|(?<=Sep)|(?<=Sept)|"
    r"(?<=Oct)|(?<=Nov)|(?<=Dec))\.(?=\s\d)){0,110}?)\s+(?:also\s+)?"
    r"(?P<verb>found|finds|showed|shows|concluded|concludes|placed|places|ranked|ranks|"
    r"estimated|estimates|put|puts|counted|counts|suggests|suggested|indicates|indicated|"
    r"reveals|revealed)\b")
_BARE_STUDY_OPENERS = words("research analysis modelling modeling polling new separate fresh "
                            "further latest recent earlier other independent unpublished")
_STUDY_BY_WORDS = words("by from")
# Words that end the subject's description in the gap: another clause ("A report by X was
# released, and police said ..."), a finite verb of its own.
_STUDY_GAP_STOPS = words("and but said says told was were is are has have had will would "
                         "which who that")


def _study_by_opening(sentence: str, toks: list[Tok]) -> Frame | None:
    """A frame for a study by its owner that opens the sentence, its verb after a longer
    description than a speaker phrase takes (see _STUDY_BY_OPENING_RE): the whole subject
    is the speaker phrase, which reads as the owner."""
    m = _STUDY_BY_OPENING_RE.match(sentence)
    if m is None:
        return None
    gap = [t for t in toks if m.start("gap") <= t.start and t.end <= m.end("gap")]
    if any(t.low in _STUDY_GAP_STOPS for t in gap if not (
            t.low == "and" and gap.index(t) > 0 and gap[gap.index(t) - 1].kind == "n")):
        return None  # (but "held between 2000 and 2024": two numbers joined)
    v = m.start("verb")
    # the document and its owner speak; what describes them after is their aside ("of 41
    # statewide recounts held between 2000 and 2024", ", a research group,", ", conducted in
    # May in three camps,"), whose figures are the owner's
    np = [t for t in toks if t.end <= m.start("gap")]
    by = next((i for i, t in enumerate(np) if t.low in _STUDY_BY_WORDS), None)
    if np and np[0].low in _BARE_STUDY_OPENERS or by is not None and 0 < by < 5 and any(
            t.low == "research" for t in np[max(0, by - 3) : by]):
        # ("Research from the X Trust suggests", "The research by X": a mass noun no document
        # word covers -- a "head of research", "Urban Research" in a name -- so its owner
        # after "by" or "from" speaks)
        np = np[by + 1 :] if by is not None else []
        if np and np[0].low == "the":
            np = np[1:]
    appos = [t for t in gap if t.text != ","] if gap and gap[0].text == "," else gap
    if not np or not valid_speaker_phrase(np):
        return None
    return Frame("pre", np[0].start, m.end("verb"), v, m.end("verb"), np, appos)


def _document_subject(sentence: str, toks: list[Tok]) -> Frame | None:
    """A frame for a body's own document opening the sentence (see _DOCUMENT_SUBJECT_RE):
    the owner speaks, from the verb on."""
    m = _DOCUMENT_SUBJECT_RE.match(sentence)
    if m is None:
        return None
    np = [t for t in toks if m.start("owner") <= t.start and t.end <= m.end("owner") + 2]
    if not np:
        return None
    np = np[:-1] + [_possessive_base(np[-1])]
    if not valid_speaker_phrase(np):
        return None
    v = m.start("verb")
    return Frame("pre", np[0].start, m.end("verb"), v, m.end("verb"), np, [])


# Verbs by which a place "recorded" a figure: where it was counted, not who tells it.
_COUNTED_VERBS = words("recorded records registered registers logged logs posted posts "
                       "saw sees")
# The narrower set for a place no source is credited with: "China reported 12 new cases" is
# its authorities speaking, "In 2020, Singapore recorded 34,000 cases" the writer's history.
_TALLIED_VERBS = words("recorded registered logged saw")
_PLACE_WORDS = words("county co district province region state city town village ward "
                     "township")


def _bare_place(np: list[Tok]) -> bool:
    """ "Arden", "Co Dunmore", "Arden and Kessel", "Dunmore district", "Norway": one
    capitalised name, perhaps with a place word, or a country or capital (not "Lowland
    Electricity Networks", "Lebanese General Security")."""
    if np and np[0].low == "the" and len(np) > 1:
        np = np[1:]  # ("The Netherlands", "the UAE")
    if not np or len(np) > 7 or any(t.kind != "w" or t.poss for t in np):
        return False
    part: list[Tok] = []
    for t in [*np, None]:
        if t is not None and t.low != "and":
            part.append(t)
            continue
        names = [x for x in part if x.low not in _PLACE_WORDS]
        name = " ".join(x.low for x in part)
        if not (name in COUNTRIES or name in CAPITALS or len(names) == 1 and names[0].cap
                and names[0].low not in DEMONYMS and names[0].low not in PRONOUNS
                and len(part) <= 2 and not names[0].text.isupper()):
            return False
        part = []
    return True


_RANKED_PLACE_HEADS = _PLACE_WORDS | words("division zone area circle sector")
# Head words of a speaker of any kind ("Police recorded the most thefts").
_SPEAKER_HEADS = (GOVERNMENT_HEADS | ORG_HEADS | PEOPLE_SPEAKER_HEADS | ARMED_HEADS
                  | MEDIA_HEADS)


def _ranked(toks: list[Tok], f: Frame) -> bool:
    """ "Upland zone saw the largest rise in collisions", "Marsh End logged the most break-ins
    of any neighbourhood": a subject ranked against its peers by a superlative is what the
    figures compare, not who counted them (a place, or a name that is no body's: not "Police
    recorded the most thefts")."""
    v = index_at(toks, f.verb_start)
    if v + 2 >= len(toks) or toks[v + 1].low != "the" or not (
            is_superlative(toks[v + 2].low.rsplit("-", 1)[-1])):  # (also "second-highest")
        return False
    head = f.np[-1]
    if head.kind != "w" or head.poss or head.low in PRONOUNS:
        return False
    if head.low in _RANKED_PLACE_HEADS:
        return len(f.np) >= 2 and f.np[-2].cap
    return head.cap and head.low not in _SPEAKER_HEADS and kind_of(
        " ".join(t.text for t in f.np if t.low not in _ARTICLES)) != ORGANISATION


_RECORDED_VERBS = words("recorded registered logged posted")


def _counted_in_what_was_said(toks: list[Tok], f: Frame, frames: list[Frame]) -> bool:
    """ "The statement said 58.9 percent passed Mathematics, while Integrated Science and Social
    Studies recorded 54.1 percent": a clause opened by "while" inside what a source said, whose
    subject "recorded" a figure, names what was counted (capitalised words that are no body's)."""
    i0 = index_at(toks, f.np[0].start)
    if toks[index_at(toks, f.verb_start)].low not in _RECORDED_VERBS:
        return False  # (not "while Almeida Pinto sees it at about $3.90": a view of one's own)
    if i0 < 1 or toks[i0 - 1].low not in ("while", "whereas") or not any(
            g is not f and g.direction == "pre" and g.verb_end <= toks[i0 - 1].start
            for g in frames):
        return False
    return all(t.kind == "w" and (t.cap or t.low == "and") and not t.poss and
               t.low not in _SPEAKER_HEADS for t in f.np) and \
        kind_of(" ".join(t.text for t in f.np)) == PERSON


# Verbs of a tally kept, whose subject is where the count was made when the sentence credits
# another source ("New South Wales recorded 412 cases, the health ministry said").
_LOGGED_VERBS = words("recorded records registered registers logged logs")


def _plain_name(np: list[Tok]) -> bool:
    """ "Hong Kong", "New South Wales": capitalised words that name no kind of body."""
    ws = [t for t in np if t.low not in _ARTICLES]
    return 1 < len(ws) <= 4 and all(t.kind == "w" and t.cap and not t.poss and not
                                    t.text.isupper() and t.low not in _SPEAKER_HEADS
                                    for t in ws) and \
        kind_of(" ".join(t.text for t in ws)) not in (ORGANISATION, GOVERNMENT, MEDIA)


# Bodies of one kind in the plural, written bare in lower case: "forces in England and
# Wales recorded 6.6 million crimes" adds up many bodies' counts, which no one of them states
# (not "authorities" or "officials", who speak as one government).
_BODIES_TOGETHER = words("forces councils hospitals schools districts clubs banks lenders "
                         "insurers companies firms universities trusts constabularies boards "
                         "utilities airlines carriers")


def _bodies_together(np: list[Tok]) -> bool:
    return len(np) == 1 and not np[0].cap and np[0].low in _BODIES_TOGETHER


def _body_appositive(f: Frame) -> bool:
    """A subject whose appositive names a kind of body ("Frontex, the EU's border agency,",
    "Kivu Watch, a monitoring group,"): a body that counts, never a place."""
    heads = [t for t in f.appos if t.kind == "w" and not t.cap]
    return bool(heads) and heads[-1].low in _SPEAKER_HEADS and \
        heads[-1].low not in _PLACE_WORDS


def _drop_counted_places(toks: list[Tok], frames: list[Frame]) -> None:
    """ "Dunmore recorded 8.2 percent, while Arden posted the lowest, the bureau said", "It
    said Co Dunmore recorded zero", "The board's data showed ..., while Arden recorded 2.3 per
    cent": a place that recorded or posted a figure is what the source counts; the source
    credited in the sentence states it. Without such a source, a country, a town or a named
    district that "recorded" a figure is the writer's statement ("Goulburn has recorded just
    212 millimetres of rain"; not "Police recorded 112 detonations", a body that counts)."""
    places: list[Frame] = []
    ranked: list[Frame] = []
    named: list[Frame] = []
    for f in frames:
        if not f.inherit and f.np and toks[index_at(toks, f.verb_start)].low in _COUNTED_VERBS:
            if _body_appositive(f):
                continue  # "Frontex, the EU's border agency, recorded 380,000 crossings"
            if _ranked(toks, f):
                ranked.append(f)
                places.append(f)
            elif _bare_place(f.np) or _counted_in_what_was_said(toks, f, frames) or \
                    _bodies_together(f.np):
                places.append(f)
            elif toks[index_at(toks, f.verb_start)].low in _LOGGED_VERBS and _plain_name(f.np):
                named.append(f)
    sources = [f for f in frames if f not in places and f not in named and not f.inherit]
    if sources and named:
        # "Hong Kong has recorded 163 outbreaks ..., according to official figures": a place
        # of several words, counted by the source the sentence credits
        for f in named:
            frames.remove(f)
    if not places:
        return
    for f in places:
        if sources or f in ranked:
            frames.remove(f)
            continue
        verb = toks[index_at(toks, f.verb_start)].low
        # ("The UAE recorded its highest temperature, 51.6C": a country named with "the")
        name = " ".join(t.low for t in f.np).removeprefix("the ")
        if verb in _TALLIED_VERBS and (name in COUNTRIES or name in CAPITALS
                                       or f.np[-1].low in _PLACE_WORDS or _bodies_together(f.np)
                                       or _SPEAKER_HEADS.isdisjoint(t.low for t in f.np)):
            frames.remove(f)


# A body's own forecast, target or guidance, which it sets, keeps or revises: "The airline
# trimmed its capacity growth target to about 5%", "Orla Bank raised its inflation forecast to
# 3.9%", "It kept its full-year guidance of $2 billion".
REVISE_VERBS = words(
    "raised raises lifted lifts lowered lowers cut cuts trimmed trims slashed slashes revised "
    "revises upgraded upgrades downgraded downgrades increased increases reduced reduces boosted "
    "boosts hiked hikes kept keeps held holds maintained maintains reaffirmed reaffirms affirmed "
    "affirms narrowed narrows widened widens set sets tightened tightens scaled pared"
)
FORECAST_NOUNS = words(
    "forecast forecasts target targets guidance outlook estimate estimates projection "
    "projections expectation expectations goal goals prediction predictions"
)


def _own_setting(toks: list[Tok], a: int, b: int) -> bool:
    """A forecast or target among toks[a:b] ("her price target on the stock", "its full-year
    guidance"), before the clause moves on ("to", "for", a figure)."""
    for k in range(a, min(b, len(toks))):
        t = toks[k]
        if t.low in FORECAST_NOUNS:
            return True
        if t.kind == "n" and _YEAR_RE.fullmatch(t.text) or k > a and (
                t.text in ("/", "-", "\u2013") and toks[k - 1].kind == "n" or
                t.kind == "n" and len(t.text) == 2 and toks[k - 1].text in ("/", "-", "\u2013")):
            continue  # "its 2026 copper forecast", "its 2025/26 crop estimate": the year's
        if t.kind != "w" or t.low in ("on", "for", "at", "to", "by"):
            return False
    return False


def _own_forecast(toks: list[Tok], title_case: bool) -> Frame | None:
    """ "X cut its forecast for growth to 2%", "She lifted her price target for the shares to
    870 rupees", "The CFO raised the full-year revenue forecast to $5 billion": the subject
    states the figures of the forecast or target it sets."""
    n = len(toks)
    for v in range(1, n - 2):
        if toks[v].low not in REVISE_VERBS or toks[v + 1].low not in ("its", "their", "his",
                                                                       "her", "the"):
            continue
        if not _own_setting(toks, v + 2, v + 8):
            continue
        if toks[v - 1].low in ("which", "who", "that") and not (
                toks[v - 1].low == "who" and toks[v + 1].low in ("his", "her")):
            return None  # ("the view of the IEA, which cut its forecast": left to the rules
            # that read what the sentence is a view of; "said Daniel Ho, head of research at
            # X, who raised his price target to HK$96" is the person's own target)
        frame = _subject_frame(toks, v, title_case)
        if frame is None or frame.direction != "pre" or not frame.np or \
                _anonymous_common_noun(frame.np):
            return None
        return frame
    return None


# Verbs after a sentence-opening "It will" that make the "it" impersonal ("It will take
# years", "It will cost $2 million to repair"), not a body carrying on its statement.
_IMPERSONAL_AFTER_IT_WILL = words("be take cost need require mean make become remain get "
                                  "depend help")


# Reporting verbs that state a plan or an expectation rather than a fact: their subject speaks
# only when it is someone ("the company plans", "Eskom expects"), not any common noun.
# Verbs whose bare form is also a noun: "a Commission plan", "an industry estimate".
_BARE_PLAN_NOUNS = words("plan proposal project")
_PLAN_DETERMINERS = words("the a an this its their his her our whose my your")
_WEAK_REPORTING = words("plan plans propose proposes proposed unveil unveils unveiled expect "
                        "expects seek seeks sought sees project projects predict predicts "
                        "present presents presented table tables tabled")


def _anonymous_common_noun(np: list[Tok]) -> bool:
    """ "Utilities", "Developers", "many households": a plain noun phrase that names no one."""
    ws = [t for t in np if t.kind == "w"]
    if not ws or any(t.cap and t.start > 0 for t in ws) or any(t.poss for t in ws):
        return False
    head = ws[-1].low
    single = head[:-3] + "y" if head.endswith("ies") else head[:-1] if head.endswith("s") else head
    people = PEOPLE_SPEAKER_HEADS | _SPOKES_HEADS | PRONOUNS
    if head in people or single in people:
        return False  # "Officials expect 200 deaths"
    if ws[0].low not in _DETERMINERS:
        # a bare plural ("Utilities plan to spend", "Developers have proposed"); a bare
        # singular may be a name ("Halvorsen now sees", "UN seeks")
        return single != head and not ws[-1].text.isupper()
    bodies = GOVERNMENT_HEADS | ORG_HEADS | DOCUMENT_HEADS
    return head not in bodies and single not in bodies and head not in _GENERIC_KINDS and \
        single not in _GENERIC_KINDS


# After "admitted", where or when someone was taken in, not a concession.
_ADMITTED_PLACE = words("during into with at after for on in overnight last this since")
_SYMPTOM_WORDS = words("symptoms symptom illness sickness feeling side pain pains")
# What a declaration puts in force: "The governor declared a state of emergency in 14
# counties", "declared three days of national mourning" is a deed the outlet reports, not a
# statement of the figures (a dividend or a result declared is the declarer's figure).
_DECLARED_STATES = words("emergency emergencies disaster disasters curfew curfews holiday "
                         "holidays mourning lockdown lockdowns ceasefire truce")
_ISSUED = words("issued issues released releases made makes gave gives read reads delivered")


_CITABLE_HEADS = (PEOPLE_SPEAKER_HEADS | _SPOKES_HEADS | DOCUMENT_HEADS | GOVERNMENT_HEADS
                  | ORG_HEADS | MEDIA_HEADS | words("witnesses residents sources"))


# What may follow "as" after a verb of saying that still reports: "as many as 40", "as of
# Monday", "quoted as saying".
_AS_GOES_ON = words("of many much few well saying telling follows part")


def _labelled_as(toks: list[Tok], v: int) -> bool:
    """Whether a participle in -ed labels the noun before it ("the accounts of clients flagged
    as vulnerable", "40 people listed as missing"): no one's report."""
    return toks[v].low.endswith("ed") and v + 2 < len(toks) and toks[v + 1].low == "as" and \
        toks[v + 2].kind == "w" and toks[v + 2].low not in _AS_GOES_ON and v > 0 and \
        toks[v - 1].kind == "w" and toks[v - 1].low not in SUBJECT_GAP_WORDS and \
        not toks[v - 1].cap


# Nouns of a scheme a body sets up, and the words that open a time after its participle.
_SCHEME_NOUNS = words(
    "programme program plan fund package scheme initiative project strategy budget deal "
    "policy reform reforms measures stimulus investment contract agreement target")
_SCHEME_TIME_NEXT = words("in on last earlier this during at")


# Words before a participle that make it an adjective of the noun after it.
_MODIFIER_DETERMINERS = words("the a an its their our")


def _participle_as_adjective(toks: list[Tok], v: int) -> bool:
    """Whether a reporting verb in "-ed" stands between a determiner and a noun as an
    adjective: "Units in the listed fund rose 3.2%", "the estimated cost climbed to $4m",
    "its reported profit", "Harbour Dairy's listed fund" (no one lists or estimates anything
    there; "the firm estimated" has its noun before the verb)."""
    return 0 < v < len(toks) - 1 and toks[v].low.endswith("ed") and \
        (toks[v - 1].low in _MODIFIER_DETERMINERS or _owner_after_preposition(toks, v - 1)) \
        and toks[v + 1].kind == "w" and \
        not toks[v + 1].cap and toks[v + 1].low not in ("that", "to", "by", "in", "on", "at")


def _owner_after_preposition(toks: list[Tok], k: int) -> bool:
    """Whether token `k` is a possessive name after a preposition ("Units in Harbour
    Dairy's"): an owner inside a phrase, not a possessive company name as the subject
    ("Sainsbury's reported a loss")."""
    if not toks[k].poss:
        return False
    while k > 0 and toks[k - 1].cap and toks[k - 1].kind == "w":
        k -= 1
    return k > 0 and toks[k - 1].low in ("in", "of", "at", "for", "from", "on", "with")


def _scheme_participle(toks: list[Tok], v: int) -> bool:
    """Whether a participle after "a ... <scheme noun>" only dates the scheme ("part of a Dh12
    billion infrastructure programme announced in 2024", "from a $30 million fund announced
    last year"): a reduced relative clause, not the scheme speaking."""
    if v < 2 or not toks[v].low.endswith("ed") or toks[v - 1].low not in _SCHEME_NOUNS or \
            toks[v - 1].cap or v + 1 >= len(toks) or toks[v + 1].low not in _SCHEME_TIME_NEXT:
        return False
    if any(t.low == "that" for t in toks[v + 1 : v + 6]):
        return False  # "A wealth fund announced in March that it would ...": it speaks
    for j in range(v - 2, max(-1, v - 8), -1):
        if toks[j].low in ("a", "an"):
            return True
        if toks[j].kind == "w" and (toks[j].low in REPORTING_VERBS or toks[j].low in
                                     ("the", "its", "their", "his", "her", "this", "that")):
            return False
    return False


def _passive_without_agent(toks: list[Tok], v: int) -> bool:
    """ "1,874 cases had been recorded.": a passive with no "by", which names nobody."""
    j = v - 1
    while j > 0 and toks[j].low in ("now", "still", "also", "already", "currently", "widely"):
        j -= 1  # "is now projected at 12%"
    low = toks[v].low
    if low == "told" and v + 1 < len(toks) and toks[v + 1].low in _TOLD_PASSIVE_NEXT and \
            j >= 0 and toks[j].kind == "w" and (j == 0 or not toks[j].cap) and \
            toks[j].low not in PRONOUNS:
        return True  # "families told they must pay": the people told are its hearers
    return j >= 0 and toks[j].low in ("been", "being", "be", "was", "were", "is", "are") \
        and (low.endswith("ed") or low in _IRREGULAR_REPORTING) and \
        not (v + 1 < len(toks) and toks[v + 1].low == "by")


# Reporting verbs whose past participle does not end in "-ed": "a group of 37 migrants was
# found drifting", "the figure was shown to be wrong" (passives; "X is said to weigh a sale"
# stays: a headline's word for what people familiar say of X).
_IRREGULAR_REPORTING = words("told found shown thought known heard")


# "told" before a subject pronoun or "to" has no object: the passive of headlines
# ("Residents told they must leave", "Staff told to stay home"), not "He told them"
_TOLD_PASSIVE_NEXT = _SUBJECT_PRONOUNS - {"it"} | {"to"}


# What a body works out and then says it based on its assumptions: "based its calculations on".
_OWN_WORKINGS = words("calculations calculation estimate estimates forecast forecasts "
                      "projections projection analysis model modelling modeling figures")


def _based_own_workings_on(toks: list[Tok], v: int) -> bool:
    """Whether "based" at toks[v] opens "based its calculations on ..." (a subject's own
    workings and the assumptions they rest on; not "a Lagos-based firm", "based in Lagos")."""
    return v > 0 and v + 3 < len(toks) and toks[v + 1].low in _POSSESSIVE_DETERMINERS and \
        toks[v + 2].low in _OWN_WORKINGS and toks[v + 3].low == "on"


def _trigger_indexes(sentence: str, toks: list[Tok], words: set[str] | None) -> list[int]:
    """Indexes of the tokens that can open a frame, in order."""
    if words is None or len(toks) < 12:
        return [i for i, t in enumerate(toks) if t[1] in _FRAME_TRIGGERS]
    present = words & _FRAME_TRIGGERS
    if not present:
        return []
    low = sentence.lower()
    if len(low) != len(sentence):
        # ("İ" lowers to two characters: offsets in `low` would not be the sentence's)
        return [i for i, t in enumerate(toks) if t[1] in _FRAME_TRIGGERS]
    found = []
    for w in present:
        i = low.find(w)
        while i >= 0:
            k = index_at(toks, i)
            if k < len(toks) and toks[k][2] == i and toks[k][1] == w:
                found.append(k)
            i = low.find(w, i + len(w))
    found.sort()
    return found


_WARNINGS = words("warning warnings alert alerts advisory advisories watch forecast forecasts "
                   "notice notices")  # ("issued a travel notice urging travellers to ...")
_DATA_RELEASES = words("released releases release published publishes publish issued issues "
                       "unveiled")
_HANDED_DOCUMENTS = DATA_DOCUMENTS | words(
    "records record spreadsheet spreadsheets documents document list table tables chart charts "
    "invoices receipts statements")
_DATA_SHOWING = words("showing show shows showed indicating suggesting revealing")
# Documents a body releases with what they show: data, and its accounts, results, reports
# and studies ("Wrexford published accounts showing a pre-tax loss of £87.3m").
_RELEASED_SHOWING = DATA_DOCUMENTS | words("accounts filings filing results prospectus "
    "report reports study studies survey analysis")
_DOCUMENT_SHOWING = _DATA_SHOWING | words("listing detailing itemising itemizing")


def _data_showing(toks: list[Tok], v: int, handed: bool = False) -> bool:
    """ "released data showing", "published new figures that show", "issued statistics which
    showed": a document of figures, then what it shows (`handed`: a document handed over,
    "presented bank records showing", "sent us a spreadsheet listing")."""
    n = len(toks)
    documents = _HANDED_DOCUMENTS if handed else _RELEASED_SHOWING
    showing = _DOCUMENT_SHOWING if handed else _DATA_SHOWING
    for k in range(v + 1, min(n - 1, v + 5)):
        if toks[k].low in documents:
            nxt = toks[k + 1].low
            if nxt in showing:
                return True
            return nxt in ("that", "which") and k + 2 < n and toks[k + 2].low in showing
        if toks[k].kind != "w" or toks[k].cap and k > v + 1:
            return False
    return False


def _in_its_document_aside(toks: list[Tok], frames: list[Frame]) -> Frame | None:
    """ "The Hydrological Agency, in its 2025 Annual Flood Outlook, listed 31 states": a body
    set off by an aside naming its own document speaks through it, whatever the verb."""
    n = len(toks)
    for a in range(1, n - 5):
        if toks[a].text != "," or toks[a + 1].low != "in" or \
                toks[a + 2].low not in ("its", "their", "a", "an"):
            continue
        c = next((j for j in range(a + 3, min(n - 1, a + 11)) if toks[j].text == ","), None)
        if c is None or not any(t.low in DOCUMENT_HEADS or t.low in _TITLED_DOCUMENTS
                                for t in toks[a + 3 : c]):
            continue
        verb = toks[c + 1]
        if verb.kind != "w" or verb.cap or not verb.low.endswith(("ed", "s")) or any(
                f.zone_start <= verb.start < f.zone_end or f.verb_start == verb.start
                for f in frames):
            return None
        np = left_phrase(toks, a)
        if not np or not valid_speaker_phrase(np):
            return None
        return Frame("pre", np[0].start, verb.end, verb.start, verb.end, np, [])
    return None


_ASKED_BREAKS = words("after before in on because when while since during following and but "
                      "as with from by if until")


# What a party may ask another to change by a figure: "asked regulators to raise rates by 11.5%"
_ASKED_CHANGES = words("raise increase lift hike cut lower reduce trim boost extend expand")
# What a party asks leave for before the change: "asked ministers for permission to raise"
_ASKED_LEAVE = words("permission approval leave authority consent")


def _asked_to_change(toks: list[Tok], j: int) -> bool:
    """Whether toks[j] ("to") opens a change the asker wants, by or to a figure within eight
    words ("to raise rates by 11.5%", "to cut the levy to $40"; not "to raise awareness")."""
    if j + 1 >= len(toks) or toks[j + 1].low not in _ASKED_CHANGES:
        return False
    for k in range(j + 2, min(len(toks) - 1, j + 10)):
        if toks[k].kind == "p" or toks[k].low in _ASKED_BREAKS - {"by"}:
            return False
        if toks[k].low in ("by", "to"):
            nxt = next((t for t in toks[k + 1 : k + 4] if t.low not in _ABOUT_WORDS and
                        t.low not in ("up", "to", "as", "much")), None)
            return nxt is not None and (nxt.kind == "n" or nxt.low in NUMBER_WORDS or
                                        nxt.text in CURRENCY_SYMBOLS)
    return False


def _named_in_apposition(frame: Frame) -> bool:
    """Whether a subject's role is named by a person in apposition: "Her lawyer, Dana Cole,
    asked for ...", "The defence attorney, Sam Ode, asked ..." (not "Officials, citing ...")."""
    head = frame.np[-1].low if frame.np else ""
    return len(frame.appos) >= 2 and all(t.cap and t.kind == "w" for t in frame.appos) and \
        head not in ORG_HEADS and head not in GOVERNMENT_HEADS and \
        kind_of(_clean(" ".join(t.text for t in frame.appos))) == PERSON


def _asked_for_figure(toks: list[Tok], v: int) -> bool:
    """Whether "asked" at toks[v] asks for a figure: "for" at once or after a short object
    ("asked the court for"), then a figure within seven words ("for a sentence of 6 years",
    not "asked for comment", "asked residents for help"); or asks another to change something
    by a figure ("asked regulators last month to raise rates by 11.5%", "asked ministers for
    permission to raise council tax by up to 9.99%")."""
    n = len(toks)
    for j in range(v + 1, min(n, v + 7)):
        if toks[j].low == "to":
            return _asked_to_change(toks, j)
        if toks[j].low == "for" and j + 2 < n and toks[j + 1].low in _ASKED_LEAVE and \
                toks[j + 2].low == "to":
            return _asked_to_change(toks, j + 2)
        if toks[j].low == "for":
            for t in toks[j + 1 : j + 8]:
                if t.kind == "n" or t.low in NUMBER_WORDS or t.text in CURRENCY_SYMBOLS:
                    return True
                if t.kind != "w" or t.low in _ASKED_BREAKS or t.low in _CLAUSE_WORDS:
                    return False  # "asked residents for help after 40 homes flooded"
            return False
        if toks[j].kind != "w" or toks[j].low in _CLAUSE_WORDS or toks[j].low in (
                "how", "why", "whether", "what", "when", "where", "about", "to", "not"):
            return False
    return False


def _closes_quotation(toks: list[Tok], v: int) -> bool:
    """Whether toks[v] follows a closing quotation mark, with at most a short subject between
    ('..." she asked', '...," the farmer replied', '..." asked Ms Okoro')."""
    for k in range(v - 1, max(-1, v - 6), -1):
        t = toks[k]
        if t.text in CLOSE_QUOTES or t.text == '"' or t.text == "'" and k > 0 and \
                toks[k - 1].text in (".", ",", "?", "!"):
            return k > 0
        if t.kind == "p" and t.text not in (".", "-"):
            return False
    return False


def _tok_index_at(toks: list[Tok], pos: int) -> int:
    return index_at(toks, pos)


_WHEN_WORDS = words("on last this earlier late early week month year yesterday today")


# Participles of passing on what someone else said.
_RELAYED = words("carried quoted relayed reported cited broadcast aired")
# After "according to", words that name a rule or a plan, not someone who says anything.
_NOT_SOURCES = words("rites rite tradition traditions custom customs law laws rules rule plan "
                     "plans schedule regulations guidelines protocol protocols procedure "
                     "procedures constitution scripture practice script design")


# Verbs after which "according to" means "in accordance with" ("priced according to
# weight", "fees vary according to income"), not a source.
_MANNER_VERBS = words("determined priced calculated computed vary varies varied differ differs "
                      "paid distributed allocated assessed adjusted graded ranked classified "
                      "charged set sorted divided weighted scaled measured tailored taxed "
                      "awarded fixed rated")
_SOURCE_NOUNS = GOVERNMENT_HEADS | ORG_HEADS | PEOPLE_SPEAKER_HEADS | PRONOUNS | OBJECT_PRONOUNS.keys()


# Participles of getting hold of a document, not making it: "data obtained by Haaretz".
_ACCESS_PARTICIPLES = words("obtained seen reviewed viewed accessed")


def _owned_before(ph: list[Tok]) -> bool:
    """ "Education Ministry data", "the ministry's internal memo": a document whose owner is
    named before its head."""
    head = ph[-1]
    if head.low not in DOCUMENT_HEADS or head.cap:
        return False
    # (or a body's noun in lower case: "a ministry document", "a police tally seen by Reuters")
    return any(t.poss or t.cap and t.low not in _DETERMINERS or t.kind == "w" and (
        t.low in GOVERNMENT_HEADS or t.low in _POLICE_BODY_WORDS) for t in ph[:-1])


# Working documents whose word is no DOCUMENT_HEADS (a "paper" is also a newspaper; a
# "draft" is one of DOCUMENT_HEADS, so `_owned_before` takes "the Treasury draft").
_WORKING_PAPERS = words("paper presentation proposal")


def _owned_paper(ph: list[Tok]) -> bool:
    """ "a Finance Ministry paper", "the Treasury proposal", "an internal Finance Ministry
    paper": a working paper whose owner, a capitalised name, comes right before it (after a
    determiner and lower-case words that describe a document, at most)."""
    if len(ph) < 2 or ph[-1].low not in _WORKING_PAPERS or ph[-1].cap:
        return False
    before = ph[1:-1] if ph[0].low in _DETERMINERS else ph[:-1]
    while before and not before[0].cap and before[0].low in _DOC_ADJECTIVES:
        before = before[1:]  # "an internal Finance Ministry paper"
    return bool(before) and all(t.cap and not t.poss for t in before)


# Participles of making or releasing a document, before its maker's "by".
_DOC_MADE = words(
    "released compiled issued published signed provided collated gathered shared obtained seen "
    "announced declared viewed accessed "
    "reviewed analysed analyzed collected produced prepared maintained conducted commissioned "
    "carried filed lodged submitted presented tabled led headed placed laid")
# Words that end "of <what the document covers>" before its participle.
_OF_SKIP_STOPS = words("by and or but which that who was were is are has have had")


def _put_at_figure(toks: list[Tok], v: int) -> bool:
    """ "put the annual payments at about $310,000", "puts its losses at 2 million", "put the
    rise in rents at 10.5 per cent": a value set on a thing the speaker names (not "put
    Labour on 40%", "put pressure on"); "put the flow of the Chenab at Marala at 310,000
    cusecs": an "at" before a place is inside the object, the value's "at" comes after."""
    if toks[v].low not in _AT_VALUE_VERBS:
        return False
    end = min(len(toks) - 1, v + 9)
    for j in range(v + 2, min(len(toks) - 1, v + 15)):
        if j >= end:
            return False
        if toks[j].kind == "p" or toks[j].low in ("on", "to", "into", "under"):
            return False  # ("put the rise in rents at 10.5%": "in" inside the object)
        if toks[j].low == "at":
            k = j + 1
            while k < len(toks) - 1 and toks[k].low in _ABOUT_WORDS:
                k += 1
            if toks[k].cap and toks[k].kind == "w" and k == j + 1:
                end = min(len(toks) - 1, j + 7)  # "put the flow of the Sutlej at Ganda Singh
                continue  # Wala at 261,000 cusecs": a place's "at" inside the object
            return toks[k].kind == "n" or toks[k].text in CURRENCY_SYMBOLS or \
                toks[k].low in NUMBER_WORDS
    return False


# Words for an owner's regular publication: "the bank's annual ...", "its latest ...".
_PUBLICATION_ADJECTIVES = _PERIODIC_ADJECTIVES | words("yearly flagship biennial biannual")
_ABOUT_WORDS = words("about around some roughly nearly almost approximately an estimated "
                     "more less than over at least no")
# Verbs that set a value "at" a figure: "puts the effect at 1.5%", "assessed the lane at
# $1,840", "He estimates output at 38 million bags".
_AT_VALUE_VERBS = words("put puts placed places pegged pegs assessed assesses estimate "
                        "estimates estimated")


_PERIOD_LABEL_RE = re.compile(r"(?i)(?:19|20)\d\d|(?:FY|Q|H)\d{1,4}|FY\d\d/\d\d")


def _period_labelled_document(toks: list[Tok], k: int) -> list[Tok]:
    """ "its FY25 annual report", "its 2024 annual report", "the Q3 results": an owner's
    document with the period it covers, which names no body ([] when toks[k:] is no such
    phrase). The phrase is the owner's word and the document."""
    if k + 2 >= len(toks) or toks[k].low not in _THE_OR_POSSESSIVE or \
            not _PERIOD_LABEL_RE.fullmatch(toks[k + 1].text):
        return []
    j = k + 2
    while j < len(toks) and j < k + 5 and toks[j].low in _DOC_ADJECTIVES:
        j += 1
    if j < len(toks) and toks[j].low in DOCUMENT_HEADS:
        return [toks[k], *toks[k + 2 : j + 1]]
    return []


def _document_by_role(toks: list[Tok], ph: list[Tok], end: int) -> tuple[list[Tok], int] | None:
    """ "according to a statement by his Chief Press Secretary, Mr X" / "by its spokesman X":
    the document's author is the person the role names (the phrase stops at "by" before a
    possessive); returns the name and the index after it, or None. A role without a name
    is left alone: "a statement by its spokesman" names no one."""
    n = len(toks)
    if len(ph) < 2 or ph[-1].low != "by" or ph[-2].low not in DOCUMENT_HEADS or \
            end + 1 >= n or toks[end].low not in ("his", "her", "its", "their"):
        return None
    role = right_phrase(toks, end + 1)
    if not role or not valid_speaker_phrase(role):
        return None
    appos, appos_end = _appos_after(toks, end + 1 + len(role))
    if appos and any(t.cap for t in appos):
        return appos, appos_end
    if role[-1].cap and not role[0].cap:
        return role, end + 1 + len(role)  # "by his spokesman Musa Bello"
    return None


# What a document's participle may take before its "by": whom it went to or where from.
_RECIPIENT_PREPOSITIONS = words("to before from")


def _by_after_recipient(toks: list[Tok], made: int, by: int) -> int:
    """The "by" after a document's participle at toks[made] and whom it went to: "figures
    submitted to the court by X", "documents presented to Parliament by X" are X's (the
    recipient only received them; so are "data placed before Parliament by X" and "data
    compiled from nine hospitals by X", where the data went or came from). `by` is returned
    when no such "by" follows."""
    if by != made + 1 or by >= len(toks) or toks[by].low not in _RECIPIENT_PREPOSITIONS:
        return by
    j = by + 1
    while j < min(len(toks), by + 5) and toks[j].kind in ("w", "n") and toks[j].low != "by":
        j += 1
    return j if j < len(toks) and j > by + 1 and toks[j].low == "by" else by


_SOURCE_PREPS = words("from across")


# Pronouns that stand for a document's maker in "a filing he made", "a notice it sent", and
# past tenses that are no participle ("a report he wrote").
_MAKER_PRONOUNS = frozenset({"he", "she", "it", "they"})
_IRREGULAR_PASTS = words("wrote gave took drew ran saw")


def _according(toks: list[Tok], v: int, k: int = 0) -> Frame | None:
    """ "according to X" (the phrase from toks[v + 2]; from toks[k] when given: "per X")."""
    k = k or v + 2
    ph = right_phrase(toks, k)
    labelled = _period_labelled_document(toks, k)
    if labelled:
        ph = labelled  # "according to its FY25 annual report": its own report
    if not ph:
        return None
    cut = k + len(ph)
    if cut < len(toks) and toks[cut].low in _NOT_SOURCES and toks[cut].kind == "w" and \
            not any(t.cap or t.poss or t.low in PRONOUNS for t in ph):
        # "according to a transportation plan the Fenwick Valley School District presented",
        # "according to the facilities plan": the phrase stopped at the plan it names (a
        # noun that reads as a verb); the plan's maker in the clause after it, or no one
        owner = right_phrase(toks, cut + 1) if cut + 1 < len(toks) else []
        after = cut + 1 + len(owner)
        if owner and after < len(toks) and \
                not toks[after].cap and (toks[after].low.endswith("ed") or
                                         toks[after].low in _IRREGULAR_PARTICIPLES) and \
                valid_speaker_phrase(owner):
            ph = owner
        else:
            return None
    if len(ph) >= 3 and not ph[-1].cap and ph[-1].low in ("run", "kept", "maintained") and \
            k + len(ph) < len(toks) and toks[k + len(ph)].low == "by":
        ph = ph[:-1]  # "according to the Agri-Price Tracker run by X": the tracker's runner
    if v > 0 and toks[v - 1].low in _MANNER_VERBS and not any(t.cap for t in ph) and \
            ph[-1].low not in _SOURCE_NOUNS:
        return None  # "lower grades are priced according to the moisture tests"
    for i, t in enumerate(ph[:-1]):
        if t.low in DOCUMENT_HEADS and not t.cap and _participle_word(ph[i + 1].low):
            ph = ph[: i + 1]  # "according to the filing made on Monday": the filing
            break
    named_head = _head_before_of(ph)
    if ph[-1].low in _NOT_SOURCES and not (
            ph[-1].cap and named_head is not None and named_head.cap and
            (named_head.low in GOVERNMENT_HEADS or named_head.low in ORG_HEADS)):
        return None  # "buried according to Islamic rites", "according to plan" (not "the
        # city's Department of Law", a body's name)
    for i, t in enumerate(ph[:-2]):
        if t.low in DOCUMENT_HEADS and not t.cap and ph[i + 1].low in _MAKER_PRONOUNS and \
                (_participle_word(ph[i + 2].low) or ph[i + 2].low in _IRREGULAR_PASTS):
            ph = [ph[i + 1]]  # "according to a filing he made last month": its maker
            break
    doc = next((i for i, t in enumerate(ph[:-1]) if (
        t.low in DOCUMENT_HEADS or t.low in _WORKING_PAPERS) and not t.cap and (
        ph[i + 1].low in ("the", "its", "their") and i + 2 < len(ph) or
        ph[i + 1].cap and ph[i + 1].kind == "w" and not ph[i + 1].poss and
        ph[i + 1].low not in WEEKDAYS and ph[i + 1].low not in MONTHS)), None)
    if doc is not None:
        # "according to a notice the bank filed", "a memo the ministry sent", "a presentation
        # Johannesburg Water made to the council": whoever made it
        rest = ph[doc + 1 :] + toks[k + len(ph) : k + len(ph) + 1]
        verb = next((j for j in range(1 if rest[0].cap else 2, len(rest)) if not rest[j].cap and (
            rest[j].low.endswith("ed") or rest[j].low in _IRREGULAR_PARTICIPLES or
            rest[j].low in _SENT)), None)
        if verb is not None:
            ph = rest[:verb]
    end = k + len(ph)
    if ph[-1].low in DOCUMENT_HEADS and not ph[-1].cap and end + 2 < len(toks) and \
            toks[end].low in ("that", "which") and (toks[end + 1].cap or toks[end + 1].low ==
                                                    "the" and toks[end + 2].cap):
        # "according to trial results that Veridane Therapeutics presented Monday": the
        # document's maker, named in the relative clause before its verb
        owner = right_phrase(toks, end + 1)
        after = end + 1 + len(owner)
        if owner and after < len(toks) and not toks[after].cap and (
                toks[after].low.endswith("ed") or toks[after].low in _IRREGULAR_PARTICIPLES) \
                and valid_speaker_phrase(owner):
            ph = owner
    ph = familiar_tail(toks, ph, k + len(ph))  # "according to people familiar with the matter"
    for i, t in enumerate(ph[:-2]):
        if t.poss and t.cap and ph[i + 1].low in _PUBLICATION_ADJECTIVES and ph[i + 2].cap:
            # "according to the Calder Institute's latest Homes in Focus review": the title of
            # an owner's periodical (cut short at its small words) is the owner's
            ph = ph[:i] + [_possessive_base(t)]
            break
    n = len(toks)
    end = k + len(ph)
    if ph[-1].low in _POSSESSIVE_DETERMINERS and end + 1 < n and \
            toks[end].low.endswith("ed") and toks[end + 1].low in DOCUMENT_HEADS:
        # "according to its audited results": the document is its owner's
        ph = ph + [toks[end], toks[end + 1]]
    elif ph[-1].low in ("it", "they", "he", "she") and len(ph) >= 2 and \
            ph[-2].low in DOCUMENT_HEADS and end < n and (
                _participle_word(toks[end].low) or toks[end].low in _IRREGULAR_PASTS):
        ph = [ph[-1]]  # "according to a circular it issued", "a filing he made": its issuer
    # "according to figures released by X", "according to a statement signed by X"
    end_i = k + len(ph)
    owner_role = _document_by_role(toks, ph, end_i)
    if owner_role:
        ph, end_i = owner_role
    doc_of = _head_before_of(ph)
    if doc_of is not None and doc_of.low in DOCUMENT_HEADS:
        by_i = end_i
        if not doc_of.cap and end_i < n and toks[end_i].low == "and":
            j = end_i
            while j < min(n - 1, end_i + 4) and toks[j].kind == "w" and not toks[j].cap and (
                    toks[j].low == "and" or toks[j].low not in _OF_SKIP_STOPS):
                j += 1  # "an analysis of court and police records by X": the rest of the list
            if toks[j].low == "by":
                by_i = j
        if by_i + 1 < n and toks[by_i].low == "by":
            end_i = by_i
            owner = right_phrase(toks, end_i + 1)
            if owner and valid_speaker_phrase(owner):
                # "according to an analysis of official registrations by consultancy Harcourt
                # Ellis": the analysis is its author's
                ph, end_i = owner, end_i + 1 + len(owner)
    if ph[-1].low in POLLED_PEOPLE and end_i + 2 < n and \
            toks[end_i].low in ("polled", "surveyed") and toks[end_i + 1].low == "by":
        owner = right_phrase(toks, end_i + 2)
        if owner and valid_speaker_phrase(owner):
            # "according to analysts polled by Visible Alpha": the pollster's consensus
            ph, end_i = owner, end_i + 2 + len(owner)
    if ph[-1].low in DOCUMENT_HEADS and not ph[-1].cap and end_i + 2 < n and \
            toks[end_i].low == "of":
        # "according to a survey of 150 stores conducted last month by X": what the
        # document covers, then who made it
        j = end_i + 1
        while j < min(n, end_i + 7) and toks[j].kind in ("w", "n") and not toks[j].cap and \
                toks[j].low not in _OF_SKIP_STOPS and toks[j].low not in _DOC_MADE and \
                toks[j].low not in _IRREGULAR_PARTICIPLES:
            j += 1
        if j < n and j > end_i + 1 and (toks[j].low in _DOC_MADE or
                                        toks[j].low in _IRREGULAR_PARTICIPLES):
            end_i = j
    if end_i + 3 < n and toks[end_i].text == "(" and toks[end_i + 2].text == ")" and \
            toks[end_i + 1].kind == "w" and toks[end_i + 1].text.isupper() and \
            ph[-1].cap and ph[-1].low in _TITLE_HEADS and (
                toks[end_i + 3].low in _DOC_MADE or toks[end_i + 3].low in _RELEASED):
        end_i += 3  # "the Annual Learning Outcomes Survey (ALOS) released by X": the title's
        # short form aside, on to the one who released it
    if ph[-1].low in DOCUMENT_HEADS and not ph[-1].cap and ph[0].low in ("the", "a", "an") \
            and end_i + 3 < n and toks[end_i].text == "," and \
            _participle_word(toks[end_i + 1].low):
        by = end_i + 2
        while by < min(n, end_i + 5) and (toks[by].low in _WHEN_WORDS or toks[by].low in
                                          WEEKDAYS or toks[by].low in MONTHS or
                                          toks[by].low in ("on", "in") or toks[by].kind == "n"):
            by += 1  # ("filed on Monday by", "filed last week by")
        owner = right_phrase(toks, by + 1) if by + 1 < n and toks[by].low == "by" else []
        if owner and any(t.cap for t in owner) and valid_speaker_phrase(owner):
            # "According to the complaint, filed by civil rights attorney Nadia Brennan,":
            # the document set off by commas, then who filed it
            ph, end_i = owner, by + 1 + len(owner)
    titled_doc = False
    if end_i + 2 < n and toks[end_i].text == "," and toks[end_i + 1].low in _RELEASED and \
            ph[0].low in _DOC_ADJECTIVES and ph[-1].cap:
        # "according to the latest Zelinda Economic Update, released today by the World
        # Bank": a document with a title of its own, and its owner
        end_i += 1
        titled_doc = True
    elif end_i + 1 < n and toks[end_i].low in _RELEASED and ph[0].low in _DOC_ADJECTIVES and \
            len(ph) >= 2 and ph[-1].cap and all(t.cap or t.low in _DOC_ADJECTIVES for t in ph):
        # "according to the latest All India Tiger Estimation released by the NTCA": a
        # title in capitals that is released is a document, whatever its last word
        titled_doc = True
    if (
        (not ph[-1].cap or ph[-1].low in DOCUMENT_HEADS or titled_doc  # "the Annual Report"
         or ph[-1].low in _TITLE_HEADS and ph[0].low == "the")  # "the Agri-Price Tracker"
        and end_i + 1 < len(toks)
        and (toks[end_i].low in _DOC_MADE or toks[end_i].low in _IRREGULAR_PARTICIPLES)
    ):
        by = end_i + 1
        # "figures published on Thursday by X", "data released last week by X"
        while by < len(toks) and by - end_i <= 4 and toks[by].low != "by" and (
                toks[by].low in _WHEN_WORDS or toks[by].low in WEEKDAYS or toks[by].low in (
                    "out", "up", "in", "during") or
                toks[by].low in MONTHS or toks[by].kind == "n"):
            by += 1
        by = _by_after_recipient(toks, end_i, by)
        if by < len(toks) and toks[by].low in _SOURCE_PREPS:
            # "data compiled from six government hospitals by the Centre for X": what the
            # data were drawn from, then who compiled them
            q = by + 1
            while q < min(len(toks), by + 6) and toks[q].kind in ("w", "n") and \
                    not toks[q].cap and toks[q].low not in ("by", "that", "which", "and"):
                q += 1
            if q < len(toks) and toks[q].low == "by" and q > by + 1:
                by = q
        owner = right_phrase(toks, by + 1) if by < len(toks) and toks[by].low == "by" else []
        if owner and toks[end_i].low in _ACCESS_PARTICIPLES and _owned_before(ph):
            # "Education Ministry data obtained by Haaretz": the ministry's data, which the
            # paper got hold of
            end_i = by + 1 + len(owner)
            owner = []
        elif owner and toks[end_i].low in _ACCESS_PARTICIPLES and _owned_paper(ph):
            # "a Finance Ministry paper seen by dpa": a paper (a word that is also a
            # newspaper's) is the body's named before it, which the outlet got hold of
            ph = [t for t in ph[:-1] if t.cap]
            end_i = by + 1 + len(owner)
            owner = []
        relayed = bool(owner) and toks[end_i].low in _RELAYED and any(
            t.low not in _DOC_ADJECTIVES and t.kind == "w" for t in ph[:-1]) and \
            kind_of(_clean(" ".join(t.text for t in owner))) == MEDIA
        if owner and relayed:
            end_i = by + 1 + len(owner)  # "a company statement carried by the Saudi Press
            # Agency": the company's statement, which the agency relayed
        elif owner:
            ph = owner
            end_i = by + 1 + len(owner)
    if end_i + 1 < n and toks[end_i].low in ("at", "from") and ph[-1].low in _STUDY_STAFF and \
            not ph[-1].cap and any(t.low in _RESEARCH_DOCUMENTS or t.low in DOCUMENT_HEADS
                                   for t in toks[k:end_i]):
        inst = right_phrase(toks, end_i + 1)
        if inst and inst[-1].cap and valid_speaker_phrase(inst):
            # "according to a study (led) by researchers at the University of X": the
            # university's study, as "A study by researchers at X found" is
            ph, end_i = inst, end_i + 1 + len(inst)
    if end_i + 1 < n and toks[end_i].low in ("at", "with") and ph[-1].low in _FOR_BODY and \
            not any(t.cap for t in ph):
        inst = right_phrase(toks, end_i + 1)
        if inst and any(t.cap for t in inst) and valid_speaker_phrase(inst):
            # "according to forecasters at the Air Force weather service", "according to
            # economists at Harbour Bank": the body speaks, as in "analysts at X said"
            # (whole, as there, when the name alone reads like a person's: "analysts at
            # Kellerman Brothers"; "the" before it makes it a body's)
            at = toks[end_i]
            ph = ph + [at] + inst if inst[0].low != "the" and _staff_of_named_firm(ph, inst) \
                else inst
            end_i = end_i + 1 + len(inst)
    appos, _ = _appos_after(toks, end_i)
    if appos and appos[0].cap and ph[-1].low in DOCUMENT_HEADS and not ph[-1].cap and \
            ph[0].low not in _ARTICLES - {"the"}:
        appos = []  # "According to the police figures, St James, which ..., recorded": the
        # sentence's subject, no second name for the figures
    first = v == 0 or all(x.text in QUOTES for x in toks[:v])
    zone_end = appos[-1].end if appos else ph[-1].end
    if first and ph[0].low in ("its", "their") and end_i + 1 < n and toks[end_i].text == ",":
        subject = right_phrase(toks, end_i + 1)
        while subject and not subject[-1].cap:
            subject = subject[:-1]  # ("Greyline Transport made": the name, not the verb)
        after = end_i + 1 + len(subject)
        if subject and subject[0].cap and valid_speaker_phrase(subject) and after < n and \
                toks[after].kind == "w" and \
                kind_of(_clean(" ".join(t.text for t in subject))) != PERSON:
            # "According to its annual accounts, Greyline Transport made profits of ...":
            # "its" points ahead, to the body the sentence is about (its subject, which a
            # verb follows: no apposition)
            ph, appos = subject, []
    return Frame("pre" if first else "mid", toks[v].start, zone_end, toks[v].start,
                 toks[k - 1].end, ph, appos)


def _quoted_as(toks: list[Tok], v: int) -> Frame | None:
    if toks[v].low in ("quoted", "cited") and v > 1 and toks[v - 1].low in _PROGRESSIVE_AUX \
            and v + 2 < len(toks) and toks[v + 1].low == "as" and toks[v + 2].low in (
                "saying", "telling", "stating", "claiming"):
        # "The minister was quoted as saying 400 jobs would go": no one named quotes him,
        # the subject is the one quoted
        frame = _subject_frame(toks, v, False)
        if frame is not None and frame.direction == "pre" and frame.np:
            frame.zone_end = toks[v + 2].end
            frame.verb_end = toks[v + 2].end
            return frame
        if frame is not None and frame.direction == "post" and _quoting_outlet_only(toks, v + 3):
            return frame  # "Exports fell 8%, the minister was quoted as saying by state media."
        return None
    ph = right_phrase(toks, v + 1)
    k = v + 1 + len(ph)
    if ph and k < len(toks) and toks[k].text == ",":
        # "quoted an energy analyst, Akmal Rakhimov, as saying": the name in the aside
        appos, end = _appos_after(toks, k)
        end += int(end < len(toks) and toks[end].text == ",")
        if appos and end + 1 < len(toks) and toks[end].low == "as" and toks[end + 1].low in (
                "saying", "telling", "stating", "claiming"):
            return Frame("pre", toks[v].start, toks[end + 1].end, toks[end].start,
                         toks[end + 1].end, ph, appos)
    if ph and k + 1 < len(toks) and toks[k].low == "as" and toks[k + 1].low in (
            "saying", "telling", "stating", "claiming"):
        return Frame("pre", toks[v].start, toks[k + 1].end, toks[k].start, toks[k + 1].end, ph,
                     [])
    if ph and toks[v].low in ("quoting", "citing") and (
            any(t.cap for t in ph) or ph[-1].low in _CITABLE_HEADS):
        # "citing the health ministry", "quoting witnesses"; not "citing the crackdown"
        return Frame("mid", toks[v].start, ph[-1].end, toks[v].start, toks[v].end, ph, [])
    return None


def _verb_first_colon(toks: list[Tok]) -> Frame | None:
    """ 'Said Dr Lim Wei Ming, the hospital's chief executive: "We treated 1,000 patients."':
    a sentence opening with its reporting verb, then the speaker (and an apposition) before a
    colon; what follows the colon is the speaker's."""
    ph = right_phrase(toks, 1)
    if not ph or not valid_speaker_phrase(ph):
        return None
    end = 1 + len(ph)
    appos: list[Tok] = []
    if end < len(toks) and toks[end].text == ",":
        appos = right_phrase(toks, end + 1)
        end += 1 + len(appos)
    if end >= len(toks) - 1 or toks[end].text != ":":
        return None
    return Frame("pre", toks[0].start, toks[end].end, toks[0].start, toks[0].end, ph, appos)


# Verbs by which a speaker gives a cause ("The minister attributed the rise to 40 new wells",
# "He blamed the delay on a strike 3 weeks earlier"): only with their object before the
# preposition.
_CAUSE_VERBS = words("attributed attributes blamed blames")
_BLAME_VERBS = words("blamed blames")


def _cause_passive(toks: list[Tok], v: int) -> bool:
    """Whether a cause verb at toks[v] is a passive or a participle ("the attack attributed to
    the botnet", "was blamed on a fault"), which names no speaker: its preposition follows it.
    A blame gives a cause only "on" something: "blames weak sales for a 22% fall" blames a
    fact the story reports."""
    if toks[v].low not in _CAUSE_VERBS:
        return False
    if v + 1 >= len(toks) or toks[v + 1].low in ("to", "on", "for", "by") or \
            v > 0 and toks[v - 1].low in _BE_FORMS:
        return True
    if toks[v].low in _BLAME_VERBS:
        for t in toks[v + 1 : v + 12]:
            if t.low == "on":
                return False
            if t.low == "for" or t.kind == "p" or t.kind == "n":
                return True
        return True
    return False


def _closing_frame(toks: list[Tok], v: int, title_case: bool) -> Frame | None:
    """ "Costs rose 8 per cent, Treasurer Jim Chalmers cautioned." (or "pointed out",
    "clarified", "remarked", and after a closing quotation mark): a verb that reports only before "that" or after a quotation
    also reports the statement it closes, when its subject follows the statement's comma and
    only circumstances follow it ("cautioned on Monday")."""
    frame = _subject_frame(toks, v, title_case)
    if frame is None or frame.direction != "post" or not frame.np:
        return None
    i0 = index_at(toks, frame.np[0].start)
    k = v + 1 + (toks[v].low in ("pointed", "points"))
    closed_quote = i0 >= 3 and (toks[i0 - 1].text in CLOSE_QUOTES or toks[i0 - 1].text in (
        '"', "'")) and toks[i0 - 2].text in (",", "?", "!")  # ('"...," X pointed out.')
    if i0 < 2 or toks[i0 - 1].text != "," and not closed_quote or not _trailer_only(toks, k):
        return None
    frame.zone_end = max(frame.zone_end, toks[k - 1].end)
    frame.verb_end = toks[k - 1].end
    return frame


def _outlet_relaying_saying(toks: list[Tok], v: int, frame: Frame, frames: list[Frame]) -> bool:
    """Whether "according to X" at toks[v] is a news outlet set off right after a reporting
    verb ("The ministry said, according to Interfax, that 17 drones were downed"): the outlet
    only relays what the subject said, which stays the subject's."""
    if v < 2 or toks[v - 1].text != "," or not frames or not frame.np:
        return False
    said = frames[-1]
    if said.direction != "pre" or said.verb_end != toks[v - 2].end:
        return False
    return kind_of(_clean(" ".join(t.text for t in frame.np))) == MEDIA


def _quoting_outlet_only(toks: list[Tok], k: int) -> bool:
    """Whether nothing but the outlet that quoted the speaker ("by state media", "in the
    Daily Mail") and trailing words follow a closing "was quoted as saying" at toks[k], so the
    statement is the one before it; a figure there is what was said after it."""
    if k < len(toks) and toks[k].low in ("by", "in"):
        k += 1 + len(right_phrase(toks, k + 1))
    return _trailer_only(toks, k)


def _relays(toks: list[Tok], frames: list[Frame], v: int) -> bool:
    """Whether a source "citing" or "quoting" others at toks[v] relays their figures as its
    own statement: "The coastguard said 14 people drowned, citing fishermen" is the
    coastguard's claim (only a news outlet passing on a source, "Reuters reported, citing
    officials", leaves the figure to the source)."""
    if not frames or frames[-1].direction != "pre" or not frames[-1].np or \
            frames[-1].verb_end > toks[v].start:
        return False
    np = frames[-1].np
    return kind_of(_clean(" ".join(t.text for t in np))) != MEDIA


# Means by which a thing is confirmed or detected, never who states it: "confirmed by
# laboratory tests", "detected by routine screening", "identified by DNA analysis".
_INSTRUMENT_NOUNS = words("test tests testing analysis analyses scan scans sample samples "
                          "screening screenings swab swabs sequencing imaging x-rays x-ray "
                          "autopsy autopsies post-mortem post-mortems examination examinations "
                          "footage sampling")


# Adverbs a passive puts between its auxiliary and participle ("was later announced by").
_PASSIVE_ADVERBS = words("also later since subsequently officially previously first then "
                         "now further separately formally publicly initially originally "
                         "earlier jointly independently")


def _passive_by(toks: list[Tok], v: int) -> Frame | None:
    n = len(toks)
    b = v + 1
    while b < n and b - v <= 3 and (toks[b].low in _PASSIVE_WHEN or toks[b].low in WEEKDAYS):
        b += 1  # "The figures were confirmed yesterday by the trust"
    if b >= n or toks[b].low != "by":
        return None
    prev = toks[v - 1].low if v > 0 else ""
    if prev in _PASSIVE_ADVERBS and v > 1 and toks[v - 2].low in _BE_FORMS:
        prev = toks[v - 2].low  # "It was later announced by the club that ...", "were also
        # confirmed by police": an adverb between the auxiliary and the participle
    low = toks[v].low
    signed_like = low in ("signed", "issued", "released", "compiled", "published", "posted",
                          "shared", "tweeted", "written", "circulated")
    aux = prev in ("was", "were", "is", "are", "been", "as", "being", "made", "be")
    if not aux and not (signed_like and prev in DOCUMENT_HEADS):
        return None  # "a list of victims compiled by residents" attributes nothing
    ph = right_phrase(toks, b + 1)
    if not ph or not valid_speaker_phrase(ph):
        return None
    if _shared_use(toks, v, ph):
        return None
    end_i = b + 1 + len(ph)
    if not any(t.cap or t.poss for t in ph) and (
            ph[-1].low in _INSTRUMENT_NOUNS or
            end_i < n and toks[end_i].low in _INSTRUMENT_NOUNS):
        return None  # "41 cases were confirmed by laboratory tests": a means, no one's word
    appos, _ = _appos_after(toks, end_i)
    zone_end = appos[-1].end if appos else ph[-1].end
    start = toks[v - 1].start if prev == "made" else toks[v].start
    return Frame("mid", start, zone_end, start, toks[b].end, ph, appos)




def _heard_from(toks: list[Tok], v: int) -> Frame | None:
    """ "The court heard from Neil Barr that ...", "MPs heard from the regulator's chief, Ana
    Ruiz, that ...": the one heard from, when "that" or a comma ends the name."""
    ph = right_phrase(toks, v + 2)
    if not ph or not valid_speaker_phrase(ph):
        return None
    end_i = v + 2 + len(ph)
    appos, _ = _appos_after(toks, end_i)
    if not any(t.cap for t in ph + appos):
        return None  # ("the jury heard from neighbours that ...": no one named)
    zone_end = appos[-1].end if appos else ph[-1].end
    after = next((i for i in range(end_i, len(toks)) if toks[i].start >= zone_end), len(toks))
    if after < len(toks) and toks[after].text == ",":
        after += 1
    if after >= len(toks) or toks[after].low != "that":
        return None
    zone_end = appos[-1].end if appos else ph[-1].end
    return Frame("mid", toks[v].start, zone_end, toks[v].start, toks[v + 1].end, ph, appos)


def _valued_by(toks: list[Tok], v: int) -> Frame | None:
    """ "The work was valued at $287,000 by quantity surveyor Tom Brennan": the agent after
    the value gave it (a "mid" frame at "by", so the value before it is the agent's)."""
    n = len(toks)
    if v + 2 >= n or toks[v + 1].low != "at":
        return None
    b = next((k for k in range(v + 2, min(n, v + 10)) if toks[k].low == "by"), -1)
    if b < 0 or not any(t.kind == "n" for t in toks[v + 2 : b]) or \
            any(t.text in (",", ";", ".") for t in toks[v + 2 : b]):
        return None
    ph = right_phrase(toks, b + 1)
    if not ph or not valid_speaker_phrase(ph) or ph[0].kind == "n":
        return None
    end_i = b + 1 + len(ph)
    if end_i + 1 < n and toks[end_i].low == "at" and ph[-1].low in _STUDY_STAFF:
        inst = right_phrase(toks, end_i + 1)
        if inst and inst[-1].cap and valid_speaker_phrase(inst):
            ph, end_i = inst, end_i + 1 + len(inst)  # "by analysts at Jefferies": Jefferies
    appos, _ = _appos_after(toks, end_i)
    zone_end = appos[-1].end if appos else ph[-1].end
    return Frame("mid", toks[b].start, zone_end, toks[b].start, toks[b].end, ph, appos)


def _points_to_document(toks: list[Tok], v: int) -> bool:
    """ "She pointed to the council's own figures showing vacancy rose to 5.1%", "Ruiz points
    to a study that found ...": who points to a document's finding states it (the document
    is their evidence, as "cited figures showing" is)."""
    n = len(toks)
    if v + 3 >= n or toks[v + 1].low != "to":
        return False
    for k in range(v + 2, min(n - 1, v + 9)):
        t = toks[k]
        if t.text in (",", ".", ";") or t.kind == "n":
            return False
        if t.low in DOCUMENT_HEADS and not t.cap and toks[k + 1].low in _FINDING_WORDS:
            return True
    return False


# What opens a document's finding after it: "figures showing", "a study that found".
_FINDING_WORDS = words("showing suggesting indicating that which finding")


def _expects_to_get(toks: list[Tok], v: int) -> bool:
    """ "Valdor also expects to receive subsidies of up to €900 million", "the club expects to
    raise $12 million", "The ministry expects to send out around 400,000 questionnaires": a
    subject's present "expects to" do something to an amount is its own forecast (not the
    plan "expected to hold rates", nor "is expected to"). A verb of getting or spending
    always; any other verb when an amount follows within its object."""
    n = len(toks)
    if toks[v].low != "expects" or v + 2 >= n:
        return False
    if toks[v + 2].low in _AMOUNT_GETTING:
        return True
    if toks[v + 2].kind != "w" or toks[v + 2].cap or toks[v + 2].low in ("be", "have"):
        return False
    for t in toks[v + 3 : v + 9]:
        if t.kind == "p" and t.text not in ("%", "$", "\u20ac", "\u00a3"):
            return False
        if t.kind == "n":
            return True
    return False


# Verbs after "expects to" whose object is an amount the subject forecasts.
_AMOUNT_GETTING = words("receive raise earn spend save generate collect book record post "
                        "report deliver sell ship carry handle hire cut add build")


def _record_as_noun(toks: list[Tok], v: int) -> bool:
    """ "Prices Hit Record 457 Hours", "Sales Set New Record", "exports reached a record
    $4bn": "record" after a verb of reaching (or an article) is the superlative's noun, not a
    verb of counting (title-case headlines capitalise it like a verb)."""
    return toks[v].low in ("record", "records") and v > 0 and toks[v - 1].low in _REACHING


# What comes before "record" when it is a noun or an adjective.
_REACHING = words("hit hits hitting reach reaches reached reaching set sets setting near "
                  "nears neared a new all-time fresh break breaks broke")


def _shared_use(toks: list[Tok], v: int, ph: list[Tok]) -> bool:
    """ "The arena seats 4,200 and is shared by two clubs", "a kitchen shared by both
    families": "shared by" a count of users (or "both", "all") says who uses a thing, not who
    published a figure ("figures shared by the ministry" still credit the ministry)."""
    if toks[v].low != "shared":
        return False
    first = ph[0]
    return first.kind == "n" or first.low in NUMBER_WORDS or first.low in _SHARERS


_SHARERS = words("both all several many")


# Words of time between a passive verb and its "by": "confirmed yesterday by", "announced on
# Monday by".
_PASSIVE_WHEN = words("yesterday today earlier later late on last this overnight night "
                      "morning afternoon evening")


def _claim_from(toks: list[Tok], v: int) -> Frame | None:
    """ "rejecting a warning from chief executive Ann Roe that the cut would cost €18 million",
    "a claim by the minister that 300 jobs were saved": the named sayer's."""
    ph = right_phrase(toks, v + 2)
    if not ph or not valid_speaker_phrase(ph) or any(t.kind == "n" for t in ph):
        return None  # ("the warning from 40 scientists": their number is no figure of theirs)
    end_i = v + 2 + len(ph)
    appos, after = _appos_after(toks, end_i)
    k = after if appos else end_i
    if k >= len(toks) or toks[k].low != "that":
        return None
    return Frame("pre", toks[v].start, toks[k].end, toks[v].start, toks[k].end, ph, appos)


_OWN_PLANS = words("proposal proposals plan plans budget")
UNDER_OWNED_DOCUMENTS = _OWN_PLANS | words("estimate estimates projection projections forecast "
                                           "forecasts scenario scenarios")
# A body's valuations and reckonings, whose owner "Under the ... of X," names.
_VALUATIONS = words("valuation valuations calculation calculations assessment assessments "
                    "reckoning count counts tally")
# What a researcher's own work is called after "his" or "her" ("her simulations"), and the
# group owning it between them ("his team's models").
_OWN_RESEARCH = words("simulations simulation models modelling modeling experiments "
                      "measurements observations calculations research study studies analysis")
_RESEARCH_GROUPS = words("team lab laboratory group")
# A researcher's own group as the subject of findings: "her team found", "his lab measured".
_OWN_TEAMS = words("team lab laboratory")


def _own_research_subject(toks: list[Tok], k: int) -> bool:
    """Whether the research word at `k` is "his" or "her" work, or their team's ("her
    models", "his team's simulations")."""
    if k >= 1 and toks[k - 1].low in ("his", "her"):
        return True
    return k >= 2 and toks[k - 1].poss and toks[k - 1].base.lower() in _RESEARCH_GROUPS and \
        toks[k - 2].low in ("his", "her")
# (the document participles of `_DOC_MADE` that put a plan forward, and "unveiled")
_FILED = (_DOC_MADE & words("filed submitted presented published tabled lodged")) | \
    words("unveiled")


def _under_own_plan(toks: list[Tok]) -> Frame | None:
    """ "Under her proposal, class sizes would rise from 27 to 30", "Under Gulfview's plan,
    ...": the figures of a plan its owner put forward are the owner's."""
    owner = toks[1]
    if owner.low == "the" and toks[2].low in _OWN_PLANS and toks[3].low in _FILED and \
            toks[4].low != "by":  # (not "the plan unveiled by the ministry")
        # "Under the proposal filed Monday with the commission, ...": the plan the body the
        # story is about put forward, as "its proposal" would say
        owner = Tok("its", "its", owner.start, owner.end, "w", False)
        return Frame("pre", toks[0].start, toks[3].end, toks[0].start, toks[2].end, [owner], [])
    if owner.low == "the" and (toks[2].low in UNDER_OWNED_DOCUMENTS or
                               toks[2].low in _VALUATIONS) and toks[3].low == "of":
        # "Under the valuation of the Dangerous Drugs Board (DDB), a kilo is pegged at P6.8
        # million", "Under the estimates of the health ministry, ...": the owner after "of"
        ph = right_phrase(toks, 4)
        end = 4 + len(ph)
        if end + 2 < len(toks) and toks[end].text == "(" and toks[end + 2].text == ")":
            end += 3  # (its acronym in brackets)
        if ph and valid_speaker_phrase(ph) and any(t.cap for t in ph) and \
                end < len(toks) and toks[end].text == ",":
            return Frame("pre", toks[0].start, toks[end].end, toks[0].start, toks[2].end, ph,
                         [])
        return None
    if owner.low in ("a", "an", "the"):
        # "Under a Cabinet Office estimate released last year, such a quake could kill up to
        # 18,000 people", "Under the Treasury projections, ...": a named body's estimate or
        # plan, its name in capitals before the document's word
        k = 2
        while k < min(len(toks) - 1, 7) and toks[k].cap and toks[k].kind == "w" and \
                not toks[k].poss:
            k += 1
        if k == 2 or toks[k].low not in UNDER_OWNED_DOCUMENTS:
            return None
        c = next((m for m in range(k + 1, min(len(toks), k + 8)) if toks[m].text == ","), -1)
        if c < 0 or any(t.kind != "w" for t in toks[k + 1 : c]):
            return None
        return Frame("pre", toks[0].start, toks[c].end, toks[0].start, toks[k].end,
                     toks[2:k], [])
    if not (owner.low in ("his", "her", "its", "their") or owner.poss and owner.cap):
        return None
    for k in range(2, min(5, len(toks) - 1)):
        if toks[k].low in _OWN_PLANS:
            if toks[k + 1].text != ",":
                return None
            np = [owner] if owner.low in ("its", "their") else [owner, toks[k]]
            return Frame("pre", toks[0].start, toks[k + 1].end, toks[0].start, toks[k].end,
                         np, [])
        if toks[k].kind != "w" or toks[k].cap:
            return None
    return None


def _with_saying(toks: list[Tok], v: int) -> Frame | None:
    """ "..., with the CEO saying demand had dropped 15%": the named subject of "with"."""
    np = left_phrase(toks, v)
    if not np or not valid_speaker_phrase(np):
        return None
    i0 = index_at(toks, np[0].start)
    if i0 == 0 or toks[i0 - 1].low != "with":
        return None
    return Frame("pre", np[0].start, toks[v].end, toks[v].start, toks[v].end, np, [])


def _participle(toks: list[Tok], v: int, frames: list[Frame]) -> Frame | None:
    since = index_at(toks, frames[-1].zone_end) if frames else 0
    joint = max((i for i in range(since, v) if toks[i].low in ("while", "whereas", "but")),
                default=-1)
    if joint >= 0:
        # "..., while Network Rail urged passengers not to travel, saying ...": the subject of
        # the clause the participle hangs on
        subj = right_phrase(toks, joint + 1)
        if subj and valid_speaker_phrase(subj) and subj[0].low not in PRONOUNS and \
                joint + 1 + len(subj) < v:
            return Frame("pre", toks[v].start, toks[v].end, toks[v].start, toks[v].end, subj,
                         [])
    disputer = _disputer(toks, v, since)
    if disputer is not None:
        np, appos = disputer
        return Frame("pre", toks[v].start, toks[v].end, toks[v].start, toks[v].end, np, appos)
    if frames:
        prev = frames[-1]
        f = Frame("pre", toks[v].start, toks[v].end, toks[v].start, toks[v].end, prev.np,
                  prev.appos, inherit=True)
        f.speaker = prev.speaker
        return f
    subj = _clause_subject(toks, v)
    if subj is None:
        return None
    # "The City's member for safety and security, Ruan van der Merwe, disputed the figure,
    # saying ...": the subject's apposition names it
    appos, _ = _appos_after(toks, index_at(toks, subj[-1].start) + 1)
    return Frame("pre", toks[v].start, toks[v].end, toks[v].start, toks[v].end, subj, appos)


_PERFECT_AUXILIARIES = words("has have had")
# A local government named by its kind alone, which opens a sentence as the subject of a verb
# that is also a noun: "The city estimates its drains need $240 million" (not the compound
# "city estimates", which a determiner or a verb after it would show).
_LOCAL_BODY_WORDS = words("city town county borough municipality")
# An acronym: "CCR", "CeMI", "CCT-GH" (two capitals or more, no more than eleven letters).
_MIXED_ACRONYM_RE = re.compile(r"(?=(?:[a-z-]*[A-Z]){2})[A-Z][A-Za-z-]{1,10}")
_DISPUTE_VERBS = words("disputed disputes rejected rejects contested contests questioned "
                       "questions challenged challenges denied denies dismissed dismisses")
_DISPUTED_NOUNS = words("figure number claim estimate count total tally account assertion")


def _disputer(toks: list[Tok], v: int, since: int) -> tuple[list[Tok], list[Tok]] | None:
    """ "..., a figure Mr Langat disputed, saying only Sh40 million ...", "..., a claim the
    union's leader, Ana Ruiz, rejected, saying ...": the one who disputes says what follows,
    not the speaker of the figure disputed."""
    d = v - 2
    if d <= since or toks[v - 1].text != "," or toks[d].low not in _DISPUTE_VERBS:
        return None
    f = next((i for i in range(d - 1, max(since, d - 16), -1)
              if toks[i].low in _DISPUTED_NOUNS and toks[i - 1].low in ("a", "the", "one")
              and toks[i - 2].text == ","), None)
    if f is None:
        return None
    subj = toks[f + 1 : d]
    if subj and subj[0].low in ("that", "which"):
        subj = subj[1:]
    if subj and subj[-1].text == ",":
        subj = subj[:-1]
    comma = next((i for i, t in enumerate(subj) if t.text == ","), len(subj))
    np, appos = subj[:comma], subj[comma + 1 :]
    if not np or not valid_speaker_phrase(np) or appos and not valid_speaker_phrase(appos):
        return None
    return np, appos

_EXPLAIN_VERBS = words("explain explains explained")
# Words opening the object of "explain" as "account for" ("explains most of the drop",
# "explained the rise", "explain its strategy"): speech is "explained that", "he explained."
_EXPLAINED_OBJECTS = words("most much all part some the a an its his her their your our this "
                           "these those half")

# After "add", words that make it arithmetic, not speech ("added about 300 jobs").
_ADDED_AMOUNT = words("to more another up roughly about around nearly almost some over "
                      "approximately")
_MODALS = words("would will could might may can should must")



def _unit_after(toks: list[Tok], i: int) -> bool:
    """Whether the number word at i runs on to a unit: "four to five years", "five per cent"."""
    for t in toks[i + 1 : i + 5]:
        if t.low in DURATION_UNITS or t.low in ("per", "percent", "%"):
            return True
        if t.low not in NUMBER_WORDS and t.low not in ("to", "and", "or", "-", "a", "half"):
            return False
    return False

# Things that ask for money without speaking: a plan, a facility, a scheme ("the response plan,
# which seeks $2.5 billion", "a facility that would seek to raise $125 billion").
_PLAN_HEADS = words(
    "plan plans facility facilities scheme schemes programme programmes program programs "
    "initiative initiatives project projects framework frameworks package packages")


def _plan_subject(toks: list[Tok], v: int) -> bool:
    """Whether the subject of the verb at `v` (or the noun a "which" before it stands for)
    is a plan, a facility or a scheme."""
    j = _skip_gap_left(toks, v - 1)
    relative = j >= 0 and toks[j].low in ("which", "that")
    if relative:
        j = _skip_gap_left(toks, j - 1) if j >= 1 and toks[j - 1].text != "," else j - 2
    if j < 0:
        return False
    subj = left_phrase(toks, j + 1)
    if not subj:
        return False
    head = _head_before_of(subj) or subj[-1]
    # (a relative clause stands for the noun just before it: "the first test of an
    # initiative that seeks $25bn")
    return head.low in _PLAN_HEADS or relative and subj[-1].low in _PLAN_HEADS


# Words in -s after a number and a participle that are no plural noun ("12 reported his").
_NOT_PLURAL_NOUNS = words("his its this was has is as thus")
_ADJECTIVE_PARTICIPLES = words("confirmed reported recorded registered documented estimated "
                                "projected expected")


def _reporting(toks: list[Tok], v: int, title_case: bool) -> Frame | None:
    n = len(toks)
    low = toks[v].low
    if low in _ADJECTIVE_PARTICIPLES and v > 0 and toks[v - 1].kind == "n" and v + 1 < n and \
            toks[v + 1].kind == "w" and not toks[v + 1].cap and toks[v + 1].low.endswith("s") \
            and toks[v + 1].low not in _NOT_PLURAL_NOUNS:
        return None  # "recorded 1,309 confirmed cases", "2,000 reported deaths": a count's
        # adjective, no verb (not "5 confirmed this", "1,200 estimated that")
    if (
        low in ("claimed", "claim", "claims", "claiming")
        and v + 1 < n
        and toks[v + 1].low in ("responsibility", "the", "lives")
        and (toks[v + 1].low != "the" or (v + 2 < n and toks[v + 2].low in ("lives", "life")))
    ) or (low in ("claimed", "claim", "claims", "claiming") and any(
            t.low in ("lives", "life") for t in toks[v + 1 : v + 7])):
        return None  # "claimed responsibility", "Heatwave claims at least 38 lives"
    if low in ("put", "puts", "place", "places", "placed", "gave", "give", "gives", "peg",
               "pegs", "pegged") and not (
            v + 2 < n and toks[v + 1].low == "at" and (toks[v + 2].kind == "n" or
                                                       toks[v + 2].text in "$\u20ac\u00a3\u20a6")):
        # ("which it puts at 35%": the value follows at once)
        window = {x.low for x in toks[v + 1 : v + 8]}
        if not _put_at_figure(toks, v) and not window & {"toll", "tally", "figure", "figures", "number", "casualties", "count",
                         "death", "turnout", "crowd", "attendance", "cost", "costs", "losses", "damage",
                         "bill", "value", "size", "output", "production", "growth",
                         "inflation", "revenue", "deficit", "crop", "harvest", "loss",
                         "debt", "debts", "liabilities", "shortfall", "spending",
                         "probability", "chance", "chances", "likelihood", "odds", "risk",
                         "deaths", "fatalities"}:
            subj = left_phrase(toks, _skip_gap_left(toks, v - 1) + 1)
            # ("Projections by the Balkan Pulse Institute give the party 79 seats": the
            # document before its owner)
            by_owner = next((subj[i - 1] for i in range(1, len(subj))
                             if subj[i].low in ("by", "from") and
                             subj[i - 1].low in DOCUMENT_HEADS), None) if subj else None
            if not subj or _head_before_of(subj) is None and by_owner is None and \
                    subj[-1].low not in DOCUMENT_HEADS:
                return None
            doc_head = _head_before_of(subj) or by_owner or subj[-1]
            if doc_head.low not in DOCUMENT_HEADS:
                return None  # "The survey of 2,100 adults put Labour on 40%"
    if low in ("assessed", "assesses") and not _put_at_figure(toks, v):
        return None  # "assessed the damage": only "assessed the lane at $1,840" states one
    if v + 1 < n and toks[v + 1].low in ("how", "why", "whether", "what", "when", "where"):
        return None  # "had not explained how ...": no content is attributed
    if low in _EXPLAIN_VERBS and v + 1 < n and toks[v + 1].low in _EXPLAINED_OBJECTS:
        return None  # "higher spending explained most of the gap": a cause, not a speaker
    # ("proposed raising the minimum wage to 13,500 taka": a gerund's object runs longer)
    reach = 9 if v + 1 < n and toks[v + 1].low.endswith("ing") else 6
    if v + 1 < n and toks[v + 1].low == "that":
        reach = 14  # ("has proposed that the pool cover at least 30,000 relocations": a clause)
    if low in _MONEY_GATED and not any(t.kind == "n" or t.low in NUMBER_WORDS and _unit_after(
            toks, i) for i, t in enumerate(toks[v + 1 : v + reach], v + 1)):
        return None  # "UN seeks $47bn": an appeal; "police seek a suspect" is not a statement
        # ("The defence sought four to five years": a number word with its unit)
    if low in _MONEY_GATED and _plan_subject(toks, v):
        return None  # "The response plan, which seeks $2.5 billion, had received 13 per
        # cent": what a plan or a facility asks for is the writer's account of it, no voice
    if low in _PUT_FORWARD and _counted_items_after(toks, v):
        return None  # "The opposition tabled 211 amendments", "proposed 14 campuses": how
        # many things a body put forward is the deed the writer reports, no figure it gave
    if low in ("listed", "lists") and (v + 1 >= n or toks[v + 1].low in _LISTED_NOT or
                                       v > 0 and toks[v - 1].text in (",", "(")):
        return None  # "The Health Board has listed 96 contacts" (not "shares listed on")
    if low in ("expect", "expects", "expected") and (v > 0 and toks[v - 1].low in (
            "is", "are", "was", "were", "be", "been", "being", "not") or (
            v + 1 < n and toks[v + 1].low == "to" and not _expects_to_get(toks, v))):
        return None  # "is expected to", "expected to hold rates": a plan, not a figure given
    if low in ("add", "adds", "added", "adding") and (v + 1 < n and (
            toks[v + 1].kind == "n" or toks[v + 1].low in _ADDED_AMOUNT
            or toks[v + 1].text in CURRENCY_SYMBOLS) or v > 0 and toks[v - 1].low in _MODALS):
        return None  # "had added 2.7 million subscribers", "tariffs would add roughly $450m"
    if low in ("show", "shows", "showed", "shown") and v + 1 < n and toks[v + 1].low == "up" \
            and (v + 2 >= n or toks[v + 2].low != "to"):
        return None  # "bleeding showed up on scans in 12% of patients": it appeared
    if low in ("admitted", "admit", "admits") and v + 1 < n and \
            toks[v + 1].low in _ADMITTED_PLACE:
        return None  # "patients admitted during an outage", "admitted into intensive care"
    if low in ("recall", "recalls", "recalled") and v + 1 < n and (
            toks[v + 1].kind == "n" or toks[v + 1].low in _ADDED_AMOUNT):
        return None  # "the farm recalled approximately 12,400 cases": a product recall
    if low in _NOUN_VERBS and not (low in DATA_VERBS and (
            _owned_document(toks, v) or v > 0 and toks[v - 1].low in _OWN_DOCUMENTS or
            _scoped_owned_document(toks, v) is not None or _owned_released_when(toks, v))):
        # ("the ONS's figures show": a document whose owner is named)
        nxt = toks[v + 1] if v + 1 < n else None
        prv = toks[v - 1] if v > 0 else None
        if prv is not None and low in DATA_VERBS and prv.low in _DATA_VERB_ADVERBS and v > 1:
            prv = toks[v - 2]  # "the department's figures also show": the document before
        if prv is not None and prv.low in _VERB_ONLY_BEFORE and v > 1:
            prv = toks[v - 2]  # "She also claims that", "It did note that": the subject before
        reach = 7  # (how far back a comma before a trailing attribution may be)
        if prv is not None and low in DATA_VERBS and prv.low in _RELEASE_TIME_WORDS:
            doc = _released_document_before(toks, v)
            if doc is not None:
                reach += v - 1 - doc
                prv = toks[doc]  # "Stats NZ figures released today show": the document, released
                # at a time told in lower case, before the time words
        if prv is not None and low in DATA_VERBS and prv.text == ",":
            aside = _document_aside_start(toks, v - 1)
            if aside is not None:
                prv = toks[aside - 1]  # "The survey, which covers 31 areas, shows": the
                # document before the aside
        # "Ana Ruiz and her colleagues report": the study's lead and her team
        lead_subject = prv is not None and prv.low in _COLLEAGUES and \
            bool(_lead_with_colleagues(toks, v))
        if prv is not None and (prv.low in ("a", "an", "the", "its", "his", "her", "their")
                                or prv.cap and low in ("state", "states")):
            return None  # "a report", "Kaduna state"
        # "Under current policies, the study projects, the Alps will lose ...": a document's
        # verb set off by commas on both sides is an aside that attributes
        document_aside = nxt is not None and nxt.text == "," and prv is not None and v > 2 \
            and toks[v - 3].text == "," and toks[v - 2].low in _DOCUMENT_DETERMINERS and \
            (prv.low in DOCUMENT_HEADS or prv.low in _RESEARCH_DOCUMENTS)
        if v > 1 and toks[v - 2].low in ("a", "an") and not low.endswith("s"):
            return None  # "a league record", "a club record": "a" + noun takes no bare verb
        if nxt is not None and nxt.text == "," and v + 2 < n and \
                toks[v + 2].low in _NOUN_ASIDE_OPENERS:
            return None  # "Condo projects, which include towers, accounted for": a noun
            # whose aside describes it (a verb's object never opens with "which")
        if prv is not None and not prv.cap and prv.kind == "w" and prv.low not in PRONOUNS \
                and not prv.poss and prv.low not in GOVERNMENT_HEADS | ORG_HEADS and not (
                    low in DATA_VERBS and (prv.low in DATA_DOCUMENTS or prv.low in
                                           DOCUMENT_HEADS)) and not (
                    low in DATA_VERBS and prv.low in _OWN_RESEARCH and
                    _own_research_subject(toks, v - 1)) and not (
                    prv.low in DOCUMENT_HEADS and nxt is not None and nxt.low == "that") and \
                not _document_verb(toks, v) and \
                not (low in _FORECAST_VERBS and _document_outlook(toks, v)) and \
                not (nxt is not None and nxt.low == "that" and (
                    prv.low in _SPOKES_HEADS or prv.low in PEOPLE_SPEAKER_HEADS)) and \
                not lead_subject and not document_aside and \
                not (prv.low in _STUDY_AUTHORS and v > 1 and toks[v - 2].low == "the" and
                     (nxt is None or nxt.low == "that" or nxt.text in (".", ";") or
                      _in_publication(toks, v + 1))) and \
                not (prv.low in _LOCAL_BODY_WORDS and v == 2 and toks[0].low == "the") and \
                not (prv.low in _PERFECT_AUXILIARIES and v > 1 and (
                    toks[v - 2].cap or any(t.low in POLL_DOCUMENTS for t in toks[:v]) or
                    # "Harbour Bank, the largest lender, has forecast": after an apposition
                    toks[v - 2].text == "," and any(t.cap for t in toks[1 : v - 2]))
                     and (all(t.kind != "n" for t in toks[:v]) or
                          _figure_relative_subject(toks, v))):
            # "capital projects", "development projects" (not "the data show", "the report
            # projects that", "The Met Office has forecast", "A Reuters poll of analysts had
            # forecast": a verb after a document, or "has" after a name or a poll; but "nine of
            # 21 economists surveyed by X had forecast" counts people, no one speaks)
            return None
        trailing = (nxt is None or nxt.text in (".", "!", ";") or (
            nxt.text == "," and prv is not None and prv.low in DATA_DOCUMENTS) or
            document_aside) and \
            prv is not None and prv.kind == "w" and \
            (lead_subject or any(t.text == "," for t in toks[max(0, v - reach) : v])) or \
            _in_publication(toks, v + 1)
        # (", HAC reports.": a trailing attribution after the statement; "..., the data
        # show, but ...": one between two clauses)
        if not trailing and (nxt is None or not (
            nxt.kind == "n"
            # "Analysts at Greystock Bank forecast two more cuts": a count in words too
            # (after a name, not a sentence's first word: "Development projects two ...")
            or nxt.low in NUMBER_WORDS and nxt.low != "one" and prv is not None and prv.cap
            and v > 1
            or nxt.low in ("that", "the", "a", "an", "some", "it", "he", "she", "they", "its",
                           "their", "his", "her", "more", "over", "about", "nearly", "around",
                           "at", "up", "no", "on", ",", "this", "these", "what", "how",
                           "roughly", "almost", "just", "fewer", "under", "only", "another")
            or nxt.text in QUOTES
            # "The WHO estimates there were 10.3 million cases": "there" and a form of "be"
            # open the clause the verb reports
            or nxt.low == "there" and v + 2 < n and toks[v + 2].low in _THERE_BE
            # "The report shows Kilbrook Council has ...": a document, then a name
            or nxt.cap and low in DATA_VERBS and prv is not None and (
                prv.low in DOCUMENT_HEADS or v == 1 and prv.low == "it")
            # "The accounts also show net debt of £164m": after a document, what it shows
            # may open with any noun
            or low in DATA_VERBS and prv is not None and prv.low in DOCUMENT_HEADS and
            nxt.kind == "w" and not nxt.cap and v > 1 and
            toks[index_at(toks, prv.start) - 1].low in _DOCUMENT_DETERMINERS
            or low in _FORECAST_VERBS and _measure_of_figure(toks, v + 1)
            # "The Bank of Korea forecast last month that growth would ...": a verb whose
            # clause opens after a time adverbial
            or low in _FORECAST_VERBS and _dated_clause(toks, v)
            # "above the 0.3% increase economists polled by X had forecast": a clause after
            # the figure names who forecast it
            or low in _FORECAST_VERBS and prv is not None and prv.low in _PERFECT_AUXILIARIES
            and _figure_relative_subject(toks, v)
            # "Oasis Airways posts record Dh1.8bn profit", "The bank posted a first-half net
            # profit of $2bn": a body posting its results
            or low in ("post", "posts", "posted") and prv is not None and (
                prv.cap or prv.low in ORG_HEADS) and any(
                    t.low in _RESULT_NOUNS for t in toks[v + 1 : v + 6])
            # "OPEC's latest monthly report, published last week, forecast demand growth of
            # 1.3 million bpd": a document's outlook, a figure following
            or low in _FORECAST_VERBS and _document_outlook(toks, v)
            # "She estimates costs could double": after a subject pronoun, only a verb
            or low in _FORECAST_VERBS and prv is not None and prv.low in _SUBJECT_PRONOUNS
            # "He estimates output at 38 million" (not "Estimates put losses at ...")
            or low in _FORECAST_VERBS and nxt.low not in _AT_VALUE_VERBS
            and _put_at_figure(toks, v)
            # "The central bank forecast year-end inflation in a range of 24% to 32%",
            # "Inumet forecasts below-normal rainfall for the next three weeks": after a
            # body's name or head word, the verb's object in lower case, then its figure
            # (a capitalised word opening the sentence may be a noun's modifier: not
            # "Ridership forecasts have fallen", "Long-range forecasts give")
            or low in ("forecast", "forecasts") and prv is not None and not prv.poss and (
                prv.cap and prv.kind == "w" and prv.low not in _DOCUMENT_DETERMINERS and
                (v > 1 or prv.text.isupper() and len(prv.text) > 1) and "-" not in prv.text or
                prv.low in ORG_HEADS or prv.low in GOVERNMENT_HEADS or prv.text == ")") and
            nxt.kind == "w" and not nxt.cap and nxt.low not in _NOT_FORECAST_OBJECTS
            and _figure_in_object(toks, v + 1)
            # "The weather office has forecast heavy rain for the next 48 hours": after "has"
            # the word is a verb, whatever its object
            or low in _FORECAST_VERBS and prv is not None and prv.low in _PERFECT_AUXILIARIES
            and nxt.kind == "w" and not nxt.cap
            # "a glut that consultancy Norsk Analyse estimates will grow by 6%": in a
            # relative clause, a modal after the word makes it the verb of the source named
            # (a body's long name between: "which the Waukesha County Department of Public
            # Works estimates will cost")
            or low in _FORECAST_VERBS and nxt.low in _MODALS and prv is not None and \
            prv.kind == "w" and prv.low not in NUMBER_WORDS and any(
                t.low in _RELATIVE_OPENERS or t.low == "that" for t in toks[max(0, v - 11) : v - 1])
        )):
            return None
    return _subject_frame(toks, v, title_case)


# Words after "forecast(s)" that show it is a noun: "forecasts have fallen", "forecast of".
_NOT_FORECAST_OBJECTS = words("of for to by and or was were is are has have had will would "
                              "can could may might should show shows showed suggest suggests "
                              "put puts give gives see sees")


def _figure_in_object(toks: list[Tok], i: int) -> bool:
    """Whether a figure stands within ten words from toks[i], in the same clause."""
    for t in toks[i : i + 10]:
        if t.text in (".", ";", ",", ":") or t.text in QUOTES or t.low in ("that", "which"):
            return False
        if t.kind == "n" or t.low in NUMBER_WORDS and t.low != "one":
            return True  # ("for the next three weeks")
    return False


_DATA_VERB_ADVERBS = words("also further now again still clearly")
# Words opening an aside that describes the noun before it: "Multi-unit projects, which
# include condominiums,", "Records, including ...".
_NOUN_ASIDE_OPENERS = words("which including excluding mostly mainly largely chiefly")


def _owned_released_when(toks: list[Tok], v: int) -> bool:
    """ "Stats NZ figures released today show", "Home Office data published yesterday
    showed": an owned document, its release participle and a time word before toks[v]."""
    doc = _released_document_before(toks, v)
    return doc is not None and _owned_document(toks, doc + 1)


# Words that open a role after a name ("X, the ministry's commissioner for ...,").
_ROLE_OPENERS = words("the a an its his her their")
# Words after "there" that make it the opener of a clause ("estimates there were").
_THERE_BE = words("is are was were will would could may might has have had remain remained")
# Words after which a noun-like word is the verb ("also claims", "did note", "does estimate")
_VERB_ONLY_BEFORE = words("also did does do")
_DOCUMENT_DETERMINERS = _THE_OR_POSSESSIVE | _SINGULAR_DEMONSTRATIVES
_CLAUSE_OPENERS = _ARTICLES | _POSSESSIVE_DETERMINERS | words("this these that")


# Singular document words that end in -s.
_SINGULAR_S_DOCUMENTS = words("analysis census prospectus")


def _document_verb(toks: list[Tok], v: int) -> bool:
    """ "The report estimates the final bill could reach ...", "..., the report states.",
    "The analysis estimates ...": a verb in -s after a singular document (a word of
    DOCUMENT_HEADS not in -s, or one of _SINGULAR_S_DOCUMENTS) named with "the", "this",
    "that" or a possessive determiner ("its", "their", "his", "her"). A plural noun after
    it, "the report estimates were", would be followed by a verb, not by a determiner or
    a stop."""
    if v < 2 or not toks[v].low.endswith("s"):
        return False
    doc, det = toks[v - 1], toks[v - 2]
    if doc.low not in DOCUMENT_HEADS or doc.low.endswith("s") and \
            doc.low not in _SINGULAR_S_DOCUMENTS or doc.cap and v > 2 or \
            det.low not in _DOCUMENT_DETERMINERS:
        return False
    nxt = toks[v + 1] if v + 1 < len(toks) else None
    return nxt is None or nxt.text in (".", "!", ";") or nxt.low in _CLAUSE_OPENERS


_PROGRESSIVE_AUX = words("is are was were been")
_OUTLOOK_PARTICIPLES = words("forecasting predicting projecting estimating")
# A company giving guidance: "guided for revenue of ...", "guides to margins of ...".
_GUIDANCE_VERBS = words("guide guides guided")
# What polled forecasters "were expecting" or "had been looking for".
_POLL_EXPECTING = words("expecting looking")

# Verbs that are also nouns and give an outlook: "The weather service forecast lows of 2C",
# "The ministry estimates losses of $2m", "The Bureau has forecast rainfall totals of 80mm".
_FORECAST_VERBS = words("forecast forecasts project projects estimate estimates")
_FIGURE_LEADS = words("up about around nearly almost roughly some over more less at least "
                      "between as much many close to approximately")


_DATED_WORDS = _WHEN_WORDS | words("in at of week's month's year's quarter")


# What a company posts: its results.
_RESULT_NOUNS = words("profit profits loss losses revenue revenues earnings sales surplus "
                      "deficit income turnover")


def _figure_relative_subject(toks: list[Tok], v: int) -> bool:
    """Whether "had forecast" at toks[v] closes a clause right after a figure whose subject
    is a name, or forecasters polled by one: "the 0.3% increase Tallis Data had forecast",
    "the $4 billion analysts polled by LSEG had forecast"."""
    k = v - 2
    end = k
    while k >= 0 and toks[k].cap and toks[k].kind == "w" and end - k < 5:
        k -= 1
    if k == end:
        return False
    if k >= 2 and toks[k].low == "by" and toks[k - 1].low in ("polled", "surveyed") and \
            toks[k - 2].low in POLLED_PEOPLE:
        k -= 3
    if k >= 0 and toks[k].kind == "w" and not toks[k].cap and toks[k].low.isalpha():
        k -= 1  # the noun the figure measures ("increase", "rise")
    if k < 0 or not (toks[k].kind == "n" or toks[k].text == "%" or
                     toks[k].low in _AMOUNT_SCALES):
        return False
    while k >= 0 and (toks[k].kind == "n" or toks[k].text in ("%", "$", "\u20ac", "\u00a3") or
                      toks[k].low in _AMOUNT_SCALES):
        k -= 1
    return k >= 0 and toks[k].low == "the"  # (not "Nine of 21 economists surveyed by X")


def _dated_clause(toks: list[Tok], v: int) -> bool:
    """Whether toks[v] is followed by a short time adverbial and then "that" ("forecast last
    month that", "projected on Tuesday that", "estimated in March that"), which only a verb
    takes (not "the forecast for next month", "forecast models last year")."""
    for k in range(v + 1, min(len(toks), v + 6)):
        t = toks[k]
        if t.low == "that":
            return k > v + 1
        if t.low not in _DATED_WORDS and t.low not in WEEKDAYS and t.low not in MONTHS:
            return False
    return False


def _document_outlook(toks: list[Tok], v: int) -> bool:
    """Whether toks[v] follows a document that an owner's possessive or "the" names (past an
    aside on its release: "OPEC's latest report, published last week, forecast") and a figure
    follows within the clause: "The report forecast growth of 2%"."""
    k = v - 1
    if k >= 0 and toks[k].text == ",":
        aside = _release_aside_start(toks, k)
        if aside is None:
            return False
        k = aside - 1
    if k < 1 or toks[k].low not in DOCUMENT_HEADS or toks[k].cap:
        return False
    owned = any(t.poss or t.low in ("the", "its", "their") for t in toks[max(0, k - 5) : k])
    if not owned:
        return False
    for t in toks[v + 1 : v + 10]:
        if t.kind == "n":
            return True
        if t.kind == "p" and t.text not in ("$", "\u20ac", "\u00a3") or t.low in _FINITE_AUX:
            return False  # ("the report forecast models were revised": a noun, then a verb)
    return False


_FINITE_AUX = words("is are was were has have had will would can could may might")


def _measure_of_figure(toks: list[Tok], i: int) -> bool:
    """ "lows of 2C", "rainfall totals of up to 80mm": one or two plain words, then "of" and
    a figure (not "forecast models of the storm")."""
    n = len(toks)
    for k in (i + 1, i + 2):
        if k + 1 >= n or toks[k].low != "of":
            continue
        if any(t.kind != "w" or t.cap for t in toks[i:k]):
            return False
        j = k + 1
        while j < n and j < k + 4 and toks[j].low in _FIGURE_LEADS:
            j += 1
        return j < n and (toks[j].kind == "n" or toks[j].text in CURRENCY_SYMBOLS)
    return False


def _release_aside_start(toks: list[Tok], c: int) -> int | None:
    """When toks[c] is the comma closing an aside on a document's release ("the figures,
    published in May, show"), the index of the comma opening it."""
    if c < 3 or toks[c].text != "," or toks[c - 1].kind != "w":
        return None
    # (up to ten words: "published in its quarterly monetary policy report")
    for k in range(c - 2, max(0, c - 12), -1):
        if toks[k].text == ",":
            return k if toks[k + 1].low in _BY_PARTICIPLES else None
        if toks[k].kind == "p":
            return None
    return None


def _document_aside_start(toks: list[Tok], c: int) -> int | None:
    """When toks[c] is the comma closing an aside on a document between it and its verb, the
    index of the comma opening it: one on its release ("the figures, published in May,
    show") or a relative clause on what it covers ("The agency's annual figures, which also
    include Norway and Switzerland, show", "The figures, which cover donations, contracts and
    chairs, show": a list may run inside), after a document's plain head word."""
    aside = _release_aside_start(toks, c)
    if aside is not None or c < 4 or toks[c].text != ",":
        return aside
    for k in range(c - 2, max(0, c - _DOCUMENT_ASIDE_REACH), -1):
        t = toks[k]
        if t.kind == "p" and t.text not in (",", "%", "$", "\u20ac", "\u00a3", "-"):
            return None
        if t.text == "," and (toks[k + 1].low == "which" or toks[k + 1].low in ("a", "an")
                              and k > 0 and toks[k - 1].cap):
            # (or an apposition on the owner: "Data from Kelso Research, a London-based
            # consultancy, show")
            head = toks[k - 1] if k > 0 else None
            if head is not None and head.kind == "w" and not head.cap and \
                    head.low in DOCUMENT_HEADS:
                return k
            # ("Data from the Tea Board of Kenya, which regulates the sector, show": the
            # document's owner before the clause)
            before = left_phrase(toks, k) if head is not None and head.cap else []
            return k if any(x.low in ("from", "by") and i > 0 and
                            before[i - 1].low in DOCUMENT_HEADS and not before[i - 1].cap
                            or x.low in ("from", "by") and i == 1 and before[0].low in
                            DOCUMENT_HEADS for i, x in enumerate(before)) else None
    return None


# How far back a relative clause on a document may open (its list of what it covers).
_DOCUMENT_ASIDE_REACH = 24


def _scoped_owned_document(toks: list[Tok], v: int) -> int | None:
    """Where the subject of toks[v] ends past its scope ("Home Office data for that period
    show") when that subject is an owned document (`_owned_document`), else None."""
    scope = _document_scope_start(toks, v)
    return scope if scope is not None and _owned_document(toks, scope) else None


# Measures a body compiles and publishes, documents only after its possessive ("the lender's
# index"; "the leading index, which predicts ..." is the measure itself).
_OWNED_MEASURES = words("index indices indexes gauge barometer tracker forecasts projections")


def _owned_measure(np: list[Tok]) -> bool:
    """Whether a phrase is a measure after its owner's possessive, plain words between:
    "the lender's index", "the bank's new forecasts", "Meridian's house price index"."""
    if len(np) < 2 or np[-1].low not in _OWNED_MEASURES:
        return False
    owner = max((k for k, t in enumerate(np[:-1]) if t.poss), default=-1)
    return owner >= 0 and len(np) - owner <= 5 and all(
        t.kind == "w" and not t.cap for t in np[owner + 1 : -1])


def _owned_document(toks: list[Tok], v: int) -> bool:
    """Whether the subject before toks[v] is a document whose owner it names: "ministry
    figures", "the ministry's figures", "figures released by the ONS" (not "the report");
    past an aside on its release: "the latest ONS figures, published in May, show"."""
    if v > 2 and toks[v - 1].low in _DATA_VERB_ADVERBS and toks[v - 2].low in DATA_DOCUMENTS:
        v -= 1  # "Police data also show", "Eurostat figures now show": the document before
    aside = _document_aside_start(toks, v - 1)
    if aside is not None:
        v = aside
    np = left_phrase(toks, v)
    if _owned_measure(np):
        return True  # "the lender's index shows", "Meridian's gauge showed": its own measure
    return bool(np) and any(t.low in DOCUMENT_HEADS for t in np) and any(
        t.poss or t.low in ("by", "from") or (t.cap and t.low not in DOCUMENT_HEADS and (
            t.start > 0 or _ACRONYM_WORD_RE.fullmatch(t.text) or t.low in GOVERNMENT_HEADS
            or t.low in ORG_HEADS)) for t in np)  # (opening a sentence: "NYPD data show")


# A US lawmaker's party and state or home town: "D-Ariz.", "R-Wadena", "DFL-Duluth" (Minnesota's
# Democratic-Farmer-Labor Party), a town of two or three words too ("D-Bainbridge Island",
# "R-Grand Rapids", read without the space).
_PARTY_STATE_RE = re.compile(r"(?:[DRI]|DFL)-[A-Z][A-Za-z.]{1,14}(?:[A-Z][a-z.'\u2019]{1,14}){0,2}")


def _skippable(inner: list[Tok]) -> bool:
    """A comma-delimited aside that is not an apposition: a place ("from Swindon", "from near
    Oban"), or why a source keeps back a name ("for fear of reprisals")."""
    if inner and _PARTY_STATE_RE.fullmatch("".join(t.text for t in inner)):
        return True  # "Rep. Lena Ortiz, D-Ariz., said": a US lawmaker's party and state
    if [t.low for t in inner[:3]] == ["for", "fear", "of"]:
        return True  # "Juma, for fear of reprisals, said"
    if inner and inner[0].low == "from" and len(inner) > 2 and inner[1].low in _PLACE_PREPS:
        inner = inner[1:]
    return bool(inner) and inner[0].low in ("from", "near", "outside") and \
        all(t.cap for t in inner[1:]) and len(inner) > 1


def _region_of_place(toks: list[Tok], c: int, inner: list[Tok]) -> bool:
    """Whether the aside `inner` after the comma at toks[c] is the region of a place just
    named, not an apposition: in "Staff at the bureau in Dayton, Ohio, said" the speaker is
    before "in Dayton", never "Ohio" (a town's state or country follows it between commas, one
    word or a country's name; "a farmer in Kitui, Mary Mwende, said" names the farmer)."""
    if not all(t.kind == "w" and t.cap and not t.poss for t in inner) or not (
            len(inner) == 1 or " ".join(t.low for t in inner) in COUNTRIES):
        return False
    m = c - 1
    while m >= 0 and c - m <= 3 and toks[m].kind == "w" and toks[m].cap and not toks[m].poss:
        m -= 1
    return m < c - 1 and m >= 1 and toks[m].low in ("in", "near", "outside")


def _resident_before_place(toks: list[Tok], np: list[Tok]) -> list[Tok] | None:
    """ "Kerry Dunmore, 41, from Stockport, who ..., said", "Ann Ross, 44, of Oromocto,
    N.B., said": the phrase before a comma is the place in a person's description; the
    person named before it (past an age) speaks."""
    if not np or not np[-1].cap:
        return None
    i0 = index_at(toks, np[0].start)
    if i0 < 4 or toks[i0 - 1].low not in ("from", "of") or toks[i0 - 2].text != ",":
        return None
    k = i0 - 2
    if toks[k - 1].kind == "n" and toks[k - 2].text == ",":
        k -= 2  # the age
    person = left_phrase(toks, k)
    if not person or not valid_speaker_phrase(person) or \
            kind_of(_clean(" ".join(t.text for t in person))) != PERSON or \
            _split_person(person) is None:
        return None
    return person


_BY_PARTICIPLES = words("carried conducted commissioned published released compiled done run "
                        "prepared produced issued led funded sponsored financed")


_PAID_FOR = words("commissioned funded sponsored financed")


def _carried_out_by(inner: list[Tok]) -> list[Tok]:
    """The owner in an apposition ", carried out by the union in August,", else []."""
    if len(inner) < 3 or inner[0].low not in _BY_PARTICIPLES:
        return []
    k = 1
    if inner[k].low == "out":
        k += 1
    if k < len(inner) and inner[k].low == "for":
        b = next((i for i in range(k + 1, min(len(inner), k + 7)) if inner[i].low == "by"),
                 None)
        if b is not None and all(t.kind == "w" for t in inner[k + 1 : b]):
            k = b  # ", carried out for the union by the pollster X,": the pollster made it
    if k >= len(inner) or inner[k].low != "by":
        return []
    out: list[Tok] = []
    rest = inner[k + 1 :]
    for i, t in enumerate(rest):
        if t.low in ("and", "&") and out and i + 1 < len(rest) and _joins(out[-1], rest[i + 1]) \
                and out[-1].cap and rest[i + 1].cap:
            out.append(t)  # "by the Institute for Family and Learning Studies": one name
            continue
        if t.kind != "w" or t.low in ("in", "on", "at", "last", "this", "between", "during",
                                      "from", "over", "earlier", "and"):
            break
        out.append(t)
    return _trim(out) if out and valid_speaker_phrase(_trim(out)) else []


def _document_opens(toks: list[Tok], c: int) -> bool:
    """Whether the sentence opens with a document named in its first four words ("A survey
    of ...", "The council's audit of ...") and runs to the aside at `c` with no quotation,
    bracket or clause mark, nor an author ("A study by X, commissioned by Y": X's)."""
    if c < 2 or not any(t.low in DOCUMENT_HEADS for t in toks[: min(c, 4)]):
        return False
    return all(t.text not in QUOTES and t.text not in (";", ":", "(") and t.low != "by"
               for t in toks[:c])


def _opens_with_appositive_subject(toks: list[Tok], v: int) -> bool:
    """ "A resident, Malam Sani Abdullahi, said the attackers ...": the sentence opens with
    the speaker and an apposition, so "said X" after it is not an inverted attribution."""
    if v < 4 or toks[v - 1].text != ",":
        return False
    end = v - 1
    for _ in range(3):  # up to three asides: "X, a spokesman, in a statement on Monday, said"
        c = end - 1
        while c > 0 and toks[c].text != "," and end - c <= 16:
            if toks[c].kind == "n" and toks[c - 1].low != "no.":
                return False  # (not "Sindicato No. 1": a number in a name)
            c -= 1
        if c <= 0 or toks[c].text != ",":
            return False
        if end - c > 11 and toks[c + 1].low not in ("who", "whose"):
            return False  # (a long aside only as a relative clause about the person: "Dr
            # Nyarko-Mensah, who was speaking at a press briefing in Cape Coast on Monday,")
        np = left_phrase(toks, c)
        if np and (np[0] is toks[0] or _after_opening_phrase(toks, np[0])) and \
                valid_speaker_phrase(np):
            return True
        end = c
    return False


# Words that open a sentence's adverbial phrase before its subject: "In a statement, the chief
# executive, Helen Marsh, said the club ..."; "Speaking after the match, the manager, ...".
_ADVERBIAL_OPENERS = words("in on at during after before speaking earlier later meanwhile "
                           "separately however writing asked")


def _after_opening_phrase(toks: list[Tok], first: Tok) -> bool:
    """Whether `first` opens the subject right after a sentence's opening adverbial phrase of
    at most eight words set off by one comma."""
    k = index_at(toks, first.start)
    if k < 3 or toks[k - 1].text != "," or toks[0].low not in _ADVERBIAL_OPENERS:
        return False
    return k - 1 <= 9 and all(t.text != "," and t.text not in QUOTES for t in toks[1 : k - 1])


# One person who works for a body ("an economist at X"), named after it in apposition.
_ONE_OF_STAFF = words("analyst economist expert researcher observer official source spokesman "
                      "spokeswoman spokesperson representative member scientist engineer "
                      "officer inspector doctor worker employee investigator activist")


def _name_after_staff_at(toks: list[Tok], np: list[Tok], inner: list[Tok]) -> list[Tok] | None:
    """The name in apposition after "a/an/one ROLE at/from/with BODY" (the phrase the left
    scan cut down to the body): "An economist at Lagos Business School, Funmi Okoro, said"."""
    if not np or not 2 <= len(inner) <= 4 or not all(t.kind == "w" and t.cap for t in inner):
        return None
    k = index_at(toks, np[0].start)
    while k > 0 and toks[k - 1].low in ("the", "a", "an"):
        k -= 1
    if k < 3 or toks[k - 1].low not in ("at", "from", "with") or \
            toks[k - 2].low not in _ONE_OF_STAFF:
        return None
    opener = k - 3
    while opener >= 0 and toks[opener].kind == "w" and not toks[opener].cap and \
            toks[opener].low not in ("a", "an", "one"):
        opener -= 1  # ("a senior economist at": its modifiers)
    if opener < 0 or toks[opener].low not in ("a", "an", "one") and not (
            toks[opener].cap and toks[opener].low in ("a", "an", "one")):
        return None
    if kind_of(_clean(" ".join(t.text for t in inner))) != PERSON:
        return None
    return inner


def _whose_role_name(inner: list[Tok]) -> tuple[list[Tok], list[Tok]] | None:
    """The person an aside "whose general secretary, Ana Ruiz" names before the verb (and the
    role): "The march drew members of the Nurses' Guild, whose general secretary, Ana Ruiz,
    said ...": she speaks, not the marchers nor the guild."""
    if len(inner) < 5 or inner[0].low != "whose" or not inner[-1].cap:
        return None
    lows = [t.low for t in inner]
    if lows.count(",") != 1:
        return None
    k = lows.index(",")
    role, name = inner[1:k], inner[k + 1 :]
    if not 1 <= len(role) <= 5 or not 2 <= len(name) <= 4 or \
            role[-1].low not in _ROLE_HEADS or not all(t.kind == "w" for t in role) or \
            not all(t.kind == "w" and t.cap for t in name):
        return None
    return name, role


def _given_name(inner: list[Tok]) -> list[Tok] | None:
    """The name in an aside "who gave his name only as Emmanuel" / "identified only as Ali",
    or set off after "name" by a comma: "who gave only her first name, Maria" / "who asked to
    be identified only by his first name, Juma"."""
    lows = [t.low for t in inner]
    if not inner or not inner[-1].cap:
        return None
    if "," in lows and "as" not in lows:
        k = len(lows) - 1 - lows[::-1].index(",")
        name = inner[k + 1 :]
        if k and lows[k - 1] in ("name", "names") and 0 < len(name) <= 2 and all(
                t.cap and t.kind == "w" for t in name) and \
                set(lows[:k]) & {"gave", "give", "gives", "giving", "identified", "only"}:
            return name
        return None
    if "as" not in lows:
        return None
    k = len(lows) - 1 - lows[::-1].index("as")
    name = inner[k + 1 :]
    if not name or len(name) > 3 or not all(t.cap and t.kind == "w" for t in name):
        return None
    before = set(lows[:k])
    if ("name" in before or "names" in before) and before & {"gave", "give", "gives"} or \
            "identified" in before or "known" in before and "only" in before:
        return name
    return None


def _in_its_document(toks: list[Tok], v: int) -> bool:
    """ "..., the Auditor-General found in its latest report": a body finding in a document."""
    after = toks[v + 1 : v + 6]
    return len(after) >= 3 and after[0].low == "in" and after[1].low in (
        "its", "their", "a", "the", "an") and any(t.low in DOCUMENT_HEADS for t in after[2:])


_ASIDE_DASHES = frozenset(["\u2014", "\u2013", "--"])


def _name_before_dash_aside(toks: list[Tok], d: int) -> tuple[list[Tok], list[Tok]] | None:
    """(name, aside) when the dash at toks[d] closes an aside opened by a dash just after a
    capitalised name: "Dr. Ada Lind \u2014 no relation \u2014 said"."""
    c = d - 1
    while c > 0 and d - c <= 12 and toks[c].text not in _ASIDE_DASHES:
        if toks[c].kind == "p" and toks[c].text not in (",", "(", ")", "-", "."):
            return None
        c -= 1
    if c <= 0 or c == d - 1 or toks[c].text != toks[d].text:
        return None
    np = left_phrase(toks, c)
    if not np or not np[-1].cap or not valid_speaker_phrase(np) or \
            kind_of(_clean(" ".join(t.text for t in np))) != PERSON:
        return None
    return np, toks[c + 1 : d]


def _document_scope_start(toks: list[Tok], v: int) -> int | None:
    """Where a document's scope opens between the document and its verb toks[v]: "Home
    Office data for that period show", "ONS figures for the year to June show" (the index of
    "for", "on" or "covering"), else None."""
    for k in range(v - 1, max(1, v - 8), -1):
        t = toks[k]
        if t.kind == "p" or t.low in _RELATIVE_OPENERS or t.low == "that" and k == v - 1:
            return None
        if t.low in ("for", "on", "covering"):
            return k if toks[k - 1].low in DOCUMENT_HEADS and k < v - 1 else None
    return None


def _in_publication(toks: list[Tok], k: int) -> bool:
    """ "..., researchers led by X report in The Lancet.": toks[k] opens the publication a
    trailing report appeared in ("in the journal Science", "in Nature")."""
    if k + 1 >= len(toks) or toks[k].low != "in" or toks[k - 1].low not in ("report", "reports"):
        return False  # (not "posts in English", "the project in Northern Ontario")
    nxt = toks[k + 1]
    if nxt.low in ("a", "an", "the", "their", "its") and k + 2 < len(toks) and (
            toks[k + 2].low in _PAPER_WORDS or k + 3 < len(toks) and
            toks[k + 2].kind == "w" and toks[k + 3].low in _PAPER_WORDS):
        # "..., the team reports in a preprint posted this week", "in a new study": after
        # the statement (not "Team reports in a paper described ...", a subject)
        return any(t.text == "," for t in toks[max(0, k - 5) : k - 1])
    return nxt.cap and nxt.kind == "w" and nxt.low not in MONTHS or nxt.low == "the" and \
        k + 2 < len(toks) and toks[k + 2].low == "journal"


# What researchers report their findings in: "the team reports in a preprint".
_PAPER_WORDS = words("preprint paper study studies article report")


_DEMAND_OBJECT_OPENERS = words("a an that the more")


def _named_demander(np: list[Tok]) -> bool:
    """Whether a demand's subject names someone: a body's head word ("the union"), a name
    (capitals after the sentence's first word) or "he"/"she" -- not a crowd ("Workers in the
    garment sector", "Thousands of workers")."""
    if not np:
        return False
    head = _head_before_of(np) or np[-1]
    if head.low in ORG_HEADS or head.low in GOVERNMENT_HEADS:
        return True
    if len(np) == 1 and np[0].low in ("he", "she"):
        return True
    # (a sentence's first word is a name when it is no plural: "Cosatu is demanding", not
    # "Workers ... have been demanding")
    return np[-1].cap and (np[-1].start > 0 or np[-1].text.isupper() or
                           not np[-1].low.endswith(("s", "men", "people"))) and \
        head.low not in PEOPLE_SPEAKER_HEADS and head.low not in _COUNT_WORDS


def _demands_figure(toks: list[Tok], v: int) -> bool:
    """Whether toks[v], a verb of demanding or urging, opens what it asks for and a figure
    stands in it within a few words ("demanding an 8% pay rise", "demanding that the rate be
    cut to 10pc", "urging travellers to get the jab at least two weeks before"; not the noun
    "Pakistan demand slumps" nor "demand of 5 GW")."""
    n = len(toks)
    if v + 1 >= n:
        return False
    nxt = toks[v + 1]
    if not (nxt.low in _DEMAND_OBJECT_OPENERS or _has_digit(nxt) or nxt.text in CURRENCY_SYMBOLS
            or nxt.kind == "p" and v + 2 < n and toks[v + 2].kind == "n"  # ("N1.1tn")
            or toks[v].low in ("urging", "urges", "urged") and nxt.kind == "w"):
        return False
    reach = 14 if nxt.low == "that" or toks[v].low.startswith("urg") else 9
    for t in toks[v + 1 : v + reach]:
        if t.text in (".", ";") or t.text in QUOTES:
            return False
        if _has_digit(t):
            return True
    return False


def _has_digit(t: Tok) -> bool:
    """A number, or an amount written against its currency's letter ("N1.1tn", "Rs500")."""
    return t.kind == "n" or any(ch.isdigit() for ch in t.text)


def _demand_opening(toks: list[Tok], v: int) -> int:
    """Where the demand toks[v] opens, the word before what is wanted, or -1 when toks[v]
    is none: "wants pay raised", "called for 12 to 18 inches", "is calling for a 5% rise",
    "calls on the city and the province to build 300 homes" (the "to"; not "officers called
    on 40 homes", a visit)."""
    low = toks[v].low
    if low in ("wants", "want"):
        return v
    if low in _DEMAND_VERBS and (low != "demand" or v > 0 and toks[v - 1].low in _MODALS |
                                 {"to"}) and _demands_figure(toks, v):
        return v  # "The union is demanding an 8% pay rise" (not the noun "Pakistan demand")
    if low not in _CALL_VERBS or v + 1 >= len(toks):
        return -1
    if toks[v + 1].low == "for":
        return v + 1
    if toks[v + 1].low == "on":
        k = next((k for k in range(v + 2, min(len(toks), v + 10)) if toks[k].low == "to"), -1)
        if k < 0:
            # "called on staff at Frankfurt, Munich, Hamburg, ... and Dortmund to walk off the
            # job": past a list of names, the "to" after it
            for k in range(v + 10, min(len(toks), v + 40)):
                t = toks[k]
                if t.low == "to":
                    return k
                if not (t.cap or t.text in (",", "/", "-") or t.low in ("and", "or")):
                    return -1
            return -1
        return k
    return -1


# Verbs that give a speaker's view of a thing the sentence names with its figure: "The
# ministry described the 7,200-peso demand as not viable", "The WHO regards a rate above 1%
# as a warning sign", "The union branded the 2% offer an insult". What a body calls a figure
# is its statement of it.
_CHARACTERISING_VERBS = words(
    "described describes termed terms branded brands labelled labels labeled dubbed dubs "
    "characterised characterized characterises characterizes regards regarded")
# Their objects open with a determiner or the figure itself ("called the offer of 3% an
# insult", not "called 12 suppliers", "called for", "called on").
_CHARACTERISED_OPENERS = words("the its their this that these those his her our")
# Requests to a third party to do something with a figure: "The authority asked airlines to
# cut up to 40% of flights", "The regulator instructed lenders to hold 12% more capital".
_REQUEST_VERBS = words("asked asks instructed instructs requested requests")
# Verbs that set a measured value "at" a figure: "The observatory measured the quake at 5.4".
_MEASURED_AT_VERBS = words("measured measures gauged gauges")


def _figure_tok(toks: list[Tok], j: int) -> bool:
    """Whether toks[j] opens a figure: a number or a currency symbol before one."""
    t = toks[j]
    return t.kind == "n" or t.text in CURRENCY_SYMBOLS and j + 1 < len(toks) and \
        toks[j + 1].kind == "n"


def _characterises_figure(toks: list[Tok], v: int) -> bool:
    """Whether toks[v], a verb of describing or calling, takes an object and a complement
    ("as ...", a quotation, "a/an ...") with a figure in one of them, within the clause."""
    n = len(toks)
    low = toks[v].low
    if v + 3 >= n or v == 0 or toks[v - 1].low in _BE_FORMS or toks[v - 1].low in ("being",
                                                                                 "to"):
        return False  # ("was described as", "to be called")
    nxt = toks[v + 1]
    if not (nxt.low in _CHARACTERISED_OPENERS or low not in ("called", "calls") and (
            _figure_tok(toks, v + 1) or nxt.kind == "w" and not nxt.cap and nxt.low not in (
                "as", "by", "himself", "herself", "itself", "themselves"))):
        # ("regards inflation of 2% as its target"; not "described as", "described by")
        return False
    figure = complement = False
    in_quote = False
    for j in range(v + 1, min(n, v + 18)):
        t = toks[j]
        if t.text in QUOTES:
            if in_quote:
                break
            in_quote = j > v + 2
            complement = complement or in_quote
            continue
        if not in_quote and (t.text in (".", ";", ":", ",") or t.low in ("and", "but", "while",
                                                                           "which", "who")):
            break
        if _figure_tok(toks, j) or _has_digit(t) or t.low in NUMBER_WORDS and t.low != "one":
            figure = True  # (and "K12 billion", an amount against its currency's letter)
        if not in_quote and j > v + 2 and (t.low == "as" and low not in ("called", "calls") or
                                           t.low in ("a", "an") and low in ("called", "calls",
                                                                            "branded", "brands",
                                                                            "dubbed", "dubs",
                                                                            "termed", "terms",
                                                                            "labelled", "labels",
                                                                            "labeled")):
            complement = True
    return figure and complement


def _requests_figure(toks: list[Tok], v: int) -> bool:
    """Whether toks[v], a verb of asking or instructing, has an object free of figures, then
    "to" and a verb whose clause holds a figure ("asked airlines to cut up to 40% of
    flights"; not "asked 40 residents to leave", whose count is the object)."""
    n = len(toks)
    if v == 0 or toks[v - 1].low in _BE_FORMS or toks[v - 1].low == "being":
        return False
    k = -1
    for j in range(v + 1, min(n, v + 8)):
        t = toks[j]
        if t.kind != "w" or t.low in ("for", "if", "whether", "about", "that"):
            return False
        if t.low == "to":
            k = j
            break
    if k < v + 2 or k + 2 >= n or toks[k + 1].kind != "w" or toks[k + 1].cap:
        return False
    for j in range(k + 2, min(n, k + 12)):
        t = toks[j]
        if t.text in (".", ";", ":", ",") or t.text in QUOTES or t.low in ("and", "but"):
            return False
        if t.low in ("its", "their", "his", "her", "our", "your"):
            return False  # ("asked shoppers to raise awareness of its 12 closing stores": a
            # count of what the asker has, not a figure it asks for)
        if _figure_tok(toks, j) or t.low in NUMBER_WORDS and t.low != "one":
            return True  # ("instructed schools to close for two days")
    return False


def _measured_at(toks: list[Tok], v: int) -> bool:
    """ "measured the quake at 5.4", "gauged the flow at 310,000 cusecs": a value set "at" a
    figure after a short object (not "measured rainfall at 12 stations")."""
    n = len(toks)
    if v == 0 or toks[v - 1].low in _BE_FORMS:
        return False
    for j in range(v + 2, min(n - 1, v + 8)):
        t = toks[j]
        if t.kind == "p" and t.text != "-" or t.kind == "n":
            return False
        if t.low == "at":
            k = j + 1
            while k < n - 1 and (toks[k].low in _ABOUT_WORDS or toks[k].low == "magnitude"):
                k += 1  # ("measured the earthquake at magnitude 6.1")
            if not _figure_tok(toks, k):
                return False
            # (a count of places after the number is where, not what: "at 12 stations")
            e = k + 1 if toks[k].kind == "n" else k + 2
            return not (e < n and toks[e].kind == "w" and toks[e].low.endswith("s") and
                        toks[e].low not in ("units", "points", "degrees", "metres", "meters",
                                            "kilometres", "kilometers", "miles", "knots") and
                        toks[e].low not in DURATION_UNITS)
    return False


def _named_body_subject(frame: Frame | None) -> bool:
    """A frame whose subject, before the verb, names a body or a person (not "they" or a
    crowd): the speakers of the verbs of stated terms above."""
    return frame is not None and frame.direction == "pre" and bool(frame.np) and \
        frame.np[-1].low not in ("it", "they", "we", "i") and _named_demander(frame.np)


def _subject_frame(toks: list[Tok], v: int, title_case: bool) -> Frame | None:
    """A frame whose speaker is the subject of toks[v] (before it) or, inverted, after it."""
    low = toks[v].low
    if low in DATA_VERBS and v > 3:
        scope = _scoped_owned_document(toks, v)
        if scope is not None:
            np = left_phrase(toks, scope)
            if np and valid_speaker_phrase(np):
                # "Home Office data for that period show": the owner's data
                return _finish(toks, v, np, [], np[0].start, title_case)
    prev_tok = toks[v - 1] if v > 0 else None
    if prev_tok is not None and prev_tok.text in _ASIDE_DASHES:
        named = _name_before_dash_aside(toks, v - 1)
        if named is not None:
            # "Dr. Ada Lind — no relation — said the clinic ...": the name before a
            # dashed aside speaks; "the clinic" after "said" opens what she said
            np, inner = named
            return _finish(toks, v, np, inner, np[0].start, title_case)
    # inverted: "..., said government spokesman Col. X." / "...,” said Maiga."
    if prev_tok is not None and (low not in _NOT_INVERTED or low in _INVERTED_ESTIMATES and
                                 v + 1 < len(toks) and toks[v + 1].cap) and (
            prev_tok.text in (",", "\u2014") or prev_tok.text in CLOSE_QUOTES
            or prev_tok.text == '"' or prev_tok.text == "'" and v > 1 and toks[v - 2].text in (
                ".", ",", "?", "!")) and not _opens_with_appositive_subject(toks, v):
            # (British papers close a quotation with a single mark: "...,' said Ms Hale.")
        ph = right_phrase(toks, v + 1)
        end_i = v + 1 + len(ph)
        pronoun_clause = len(ph) == 1 and ph[0].low in PRONOUNS and end_i < len(toks) and \
            toks[end_i].kind == "w" and toks[end_i].low not in _TRAILER_WORDS
        # ("Tamika Harris, whose nephew was shot, said she heard dozens of shots": "she" is
        # the subject of what was said, not an inverted "..., said she.")
        # ("..., said the fund fell well short": the subject of what was said, whose verb
        # follows it, not an inverted "said X")
        subject_clause = end_i < len(toks) and toks[end_i].low in _SIMPLE_PAST
        if ph and valid_speaker_phrase(ph) and ph[0].low not in ("that",) and \
                not pronoun_clause and not subject_clause and (_trailer_only(toks, end_i) or
                                        _speaker_relative_only(toks, ph, end_i) or
                                        _speakers_own_clause(toks, end_i)):
            appos, _ = _appos_after(toks, end_i)
            zone_end = appos[-1].end if appos else ph[-1].end
            if low in DATA_VERBS:
                return None
            return Frame("post", toks[v].start, zone_end, toks[v].start, toks[v].end, ph, appos)
    j = _skip_gap_left(toks, v - 1)
    appos: list[Tok] = []
    if j >= 0 and toks[j].low in ("and", "but") and toks[j].kind == "w":
        # "The government condemned the attack and said ...": the clause's subject
        subj = _clause_subject(toks, j)
        if subj is None:
            return None
        end = index_at(toks, subj[-1].end)
        appos, end2 = _appos_after(toks, end)
        author = _statement_author(toks, end2 if appos else end)
        if author is not None:
            subj, appos = author  # "X, in a statement by his spokesman, Y, ... and promised"
        return Frame("pre", toks[v].start, toks[v].end, toks[v].start, toks[v].end, subj,
                     appos)
    if j >= 0 and toks[j].text == ",":
        # "Andriy Yusov, spokesman for the GUR, said" / "The army, in a statement, said"
        skipped = False
        while True:
            c = j - 1
            while c >= 0 and toks[c].text != "," and j - c < 40 and not (
                    toks[c].kind == "p" and toks[c].text not in QUOTES and
                    toks[c].text not in _INNER_ASIDE_MARKS):
                c -= 1  # ("Radio Free Europe/Radio Liberty", "D-N.Y.", "19-year-old", "a 60%
                # stake", "$40 million" inside)
            if c >= 0 and toks[c].text == "," and j - c >= 20 and \
                    toks[c + 1].low not in _RELATIVE_OPENERS:
                c = -1  # (only a relative clause runs long: "Nordhav, which holds a 60%
                # stake in the field alongside partners X with 25% and Y with 15%, said")
            if c < 0 or toks[c].text != ",":
                c = -1
                inner = []
            else:
                inner = toks[c + 1 : j]
                if len(inner) > 3 and inner[-1].text == ")" and inner[-3].text == "(":
                    inner = inner[:-3]  # "The operator, Réseau Ferré Régional (RFR), said"
            if c >= 0 and (_skippable(inner) or _region_of_place(toks, c, inner)) and \
                    not skipped:
                # "Gary Watts, 52, from Swindon, told": past the age and the place
                j = c
                skipped = True
                continue
            break
        if skipped:
            np = left_phrase(toks, j)
            if np and valid_speaker_phrase(np):
                named = _name_before_described(toks, np)
                if named is not None:
                    # "Kwame Osei, a physician at a hospital in Accra, Ghana, said"
                    return _finish(toks, v, named[0], named[1], named[0][0].start, title_case)
                return _finish(toks, v, np, [], np[0].start, title_case)
        if c >= 0 and inner and inner[0].low not in _RELATIVE_OPENERS:
            # "The Pilots Guild, which represents captains, first officers and trainees,
            # said": a list inside the relative clause; the aside opens at ", which"
            for c2 in range(c - 1, max(0, c - 40), -1):
                t2 = toks[c2]
                if t2.kind == "p" and t2.text not in (",", "&", "-", "(", ")", "/"):
                    break
                if t2.text == "," and toks[c2 + 1].low in _RELATIVE_OPENERS:
                    before = left_phrase(toks, c2)
                    if before and valid_speaker_phrase(before):
                        c, inner = c2, toks[c2 + 1 : j]
                    break
                if t2.text == "," and toks[c2 + 1].low in _ROLE_OPENERS and \
                        any(t.low == "and" for t in inner):
                    # "Dr X, the ministry's commissioner for epidemiology, surveillance and
                    # emergencies, said": a list inside a role after a name
                    before = left_phrase(toks, c2)
                    if before and before[-1].cap and valid_speaker_phrase(before):
                        c, inner = c2, toks[c2 + 1 : j]
                    break
        if c >= 0 and len(inner) > 2 and inner[0].low == "and" and \
                inner[1].low in ("who", "whose"):
            # "A senior nurse who worked at the homes, and who asked not to be named, said":
            # a second relative clause joined to a first; the speaker is before the first
            for k0 in range(c - 1, max(0, c - 25), -1):
                if toks[k0].kind == "p":
                    break
                if toks[k0].low in ("who", "whose"):
                    np = left_phrase(toks, k0)
                    if np and valid_speaker_phrase(np) and np[-1].low not in PRONOUNS:
                        return _finish(toks, v, np, [], np[0].start, title_case)
                    break
        whose = _whose_role_name(inner) if c >= 0 else None
        if whose is not None:
            return _finish(toks, v, whose[0], whose[1], whose[0][0].start, title_case)
        given = _given_name(inner) if c >= 0 else None
        if given:
            # "A member of the church, who gave his name only as Emmanuel, told ...": the
            # speaker is the name given
            return _finish(toks, v, given, [], given[0].start, title_case)
        if c >= 0:
            np = left_phrase(toks, c)
            named = _name_after_staff_at(toks, np, inner)
            if named is not None:
                # "An economist at the Lagos Business School, Funmi Okoro, said": the person
                # named, not the body the economist works at
                return _finish(toks, v, named, [], named[0].start, title_case)
            if len(np) == 1 and inner and inner[0].low in _RELATIVE_OPENERS and \
                    _MIXED_ACRONYM_RE.fullmatch(np[0].text):
                k0 = index_at(toks, np[0].start)
                fuller = left_phrase(toks, k0 - 1) if k0 >= 2 and toks[k0 - 1].text == "," \
                    else []
                if fuller and fuller[-1].cap and valid_speaker_phrase(fuller):
                    # "The Centre for Civic Research, CCR, which deployed 900 observers,
                    # said": the name its acronym stands in apposition to
                    np, appos = fuller, np
            if not np and c >= 3 and toks[c - 1].kind == "n" and toks[c - 2].text == ",":
                np = left_phrase(toks, c - 2)  # "Yang Xiumei, 46, who runs a guesthouse, said"
            if np and inner and inner[0].low in ("who", "whose"):
                named = _name_before_described(toks, np)
                if named is not None:
                    # "Kwame Osei, a physician at a hospital in Accra, Ghana, who was not
                    # involved, noted": the person before the description and its place
                    return _finish(toks, v, named[0], named[1], named[0][0].start, title_case)
            capital_role = _name_before_capital_role(toks, np, inner) if np else None
            if capital_role is not None:
                # "R. Menon, Chief Engineer (Works), Eastern Railway, said": the person
                # before a capitalised title and the body it serves, not the title
                return _finish(toks, v, capital_role[0], capital_role[1],
                               capital_role[0][0].start, title_case)
            titled = _name_after_role_list(toks, np, inner)
            if titled is not None:
                # "Commissioner for Humanitarian Aid and Crisis Management, Anna Berg, said":
                # the person the role names, not the last remit in its list
                return _finish(toks, v, titled, np, titled[0].start, title_case)
            resident = _resident_before_place(toks, np)
            if resident is not None:
                return _finish(toks, v, resident, [], resident[0].start, title_case)
            owner = _carried_out_by(inner) if _document_opens(toks, c) else []
            if owner:
                # "A survey of 2,100 people who use drugs, conducted by the Network, found":
                # the owner of the document the sentence opens with, however its description
                # ends (no "people ... found", nor "its" members' survey)
                return _finish(toks, v, owner, [], owner[0].start, title_case)
            if low in DATA_VERBS and np and not any(t.low in DOCUMENT_HEADS for t in np) \
                    and not _study_by_staff(toks, np):
                clause = toks[: index_at(toks, np[0].start)]
                if any(t.low in DOCUMENT_HEADS for t in clause) and not (
                        clause and clause[-1].low in ("by", "from")):  # ("... by the Network")
                    # "A survey of more than 5,000 of its members, published in January,
                    # found": the survey's, which is its owner's ("its"), not the members'
                    owners = [t for t in clause if t.low in ("its", "their")]
                    if not owners:
                        return None
                    return _finish(toks, v, owners[-1:], [], owners[-1].start, title_case)
            first_inner = inner[0].low if inner else ""
            parenthetical = first_inner in (
                "in", "on", "at", "speaking", "during", "who", "which", "while", "late",
                "earlier", "later", "however", "meanwhile", "though", "too", "also", "for",
                "whose", "when", "after", "before", "citing", "quoting", "according") or \
                first_inner in SPEAKING_PARTICIPLES  # ("X, writing in the Sunday Times, said")
            owner = _carried_out_by(inner)
            if owner and inner[0].low in _PAID_FOR and any(t.low == "by" for t in np):
                # "A study by the consultancy X, commissioned by the organisers, estimates":
                # whoever paid for it, the study is its authors'
                owner = []
            if owner and np and any(t.low in DOCUMENT_HEADS for t in np):
                # "A survey of 412 nurses, carried out by the union in August, found": the
                # union's survey
                return _finish(toks, v, owner, [], owner[0].start, title_case)
            named = _name_before_description(toks, np) if np and \
                first_inner in _RELATIVE_OPENERS else None
            if named is not None:
                # "Walter Nkemelu, the state's deputy counsel, whose office ..., said": the
                # name, described twice
                return _finish(toks, v, named, np, named[0].start, title_case)
            label = np or (toks[c - 2 : c] if c >= 3 and toks[c - 1].text == "." else [])
            named = _name_before_party(toks, label) if label else None
            if named is not None:
                # "Rep. Dale Moen, R-Wadena, one of the Republicans who ..., said": the
                # lawmaker before his party label, not the label
                return _finish(toks, v, named, [] if parenthetical else inner, named[0].start,
                               title_case)
            staff = _name_before_staff_role(toks, np) if np and not parenthetical else None
            if staff is None and np and not parenthetical:
                staff = _name_before_role_of_body(toks, np)
            if staff is not None:
                # "Dr Ana Ruiz, a researcher at the Harbour Institute, a think tank, said": the
                # person, whose body the role names
                return _finish(toks, v, staff[0], staff[1], staff[0][0].start, title_case)
            if np and valid_speaker_phrase(np):
                if not parenthetical:
                    appos = inner
                named = _name_before_role(toks, np)
                if named is not None:
                    # "Gordon Pikes, president of the Tennessee Association of ..., an
                    # industry group, said": the person, not the role after his name
                    return _finish(toks, v, named, np, named[0].start, title_case)
                return _finish(toks, v, np, appos, np[0].start, title_case)
            # "The mine's owner, Kwekwe Gold Holdings, said": the named body speaks
            inner_ph = _trim([t for t in inner if t.kind == "w" or t.text == "&"])
            if (not parenthetical and inner_ph and len(inner_ph) == len(inner)
                    and inner_ph[-1].cap and valid_speaker_phrase(inner_ph)):
                return _finish(toks, v, inner_ph, [], inner_ph[0].start, title_case)
        return None
    np = _lead_with_colleagues(toks, j + 1)
    authored = bool(np)  # ("Ana Ruiz and her colleagues found that": the study's authors)
    np = np or _acronym_place_subject(toks, j + 1) or left_phrase(toks, j + 1)
    if not np or not valid_speaker_phrase(np):
        # "a charity that runs ambulances and morgues said": the noun before "that"
        for r in range(j, max(-1, j - 10), -1):
            if toks[r].kind == "p":
                break
            if toks[r].low in ("that", "which", "who") and r > 0:
                np = left_phrase(toks, r)
                author = _authored_document(np) or _authored_before(toks, r)
                if author is not None:
                    np, authored = author, True  # "a study he co-authored which found"
                if not np and toks[r - 1].text == "," and r > 1:
                    # "Kenya Power, which said ...": the antecedent before the comma
                    np = left_phrase(toks, r - 1)
                    aside = _release_aside_start(toks, r - 1)
                    if aside is not None and toks[r].low == "which":
                        # "the ONS's statistics, published in May, which recorded": the
                        # document before the aside on its release
                        np = left_phrase(toks, aside)
                    named = (_name_before_role(toks, np) or _person_before_role(toks, np)) \
                        if np and toks[r].low == "who" else None
                    if named is not None:
                        # "Dara Kelleher, chief executive of the charity Warmth First, who
                        # said ...", "confirmed by Tomas Reis, a spokesman for the Relief
                        # Fund, who said": "who" is the person, the role her apposition
                        np, appos = named, np
                    body = _body_before_runner(toks, np) if np and toks[r].low == "which" \
                        else None
                    if body is not None:
                        # "according to CutCount, a tracker run by Jamal Osei, which counted
                        # 61,400 cuts": "which" is the thing, not the person who runs it
                        np, appos = body, np
                break
        if not np or not valid_speaker_phrase(np):
            return None
    i0 = index_at(toks, np[0].start)
    if i0 >= 3 and toks[i0 - 1].low in ("with", "to") and toks[i0 - 2].low in (
            "spoke", "spoken", "talked", "speaking", "talking") and toks[i0 - 3].low in (
            "who", "that"):
        # "Residents who spoke with Channels Television said": the residents speak
        head = left_phrase(toks, i0 - 3)
        if head and valid_speaker_phrase(head):
            np, i0 = head, index_at(toks, head[0].start)
    if i0 > 0 and toks[i0 - 1].low in ("neither", "nor", "no", "not"):
        return None  # "neither main party had explained ..."
    if low in DATA_VERBS and np[-1].low not in DOCUMENT_HEADS and not _owned_measure(np) and not any(
            t.low in DOCUMENT_HEADS for t in np[:-1]) and not _in_its_document(toks, v) and \
            not _body_finds_that(toks, v, np) and not _study_by_staff(toks, np) and \
            not (np[-1].low in _OWN_RESEARCH and _own_research_subject(
                toks, index_at(toks, np[-1].start))) and \
            not authored and not (len(np) == 1 and np[0].low == "it" and i0 == 0) and \
            not any(t.low in _RULING_HEADS for t in np[-6:]) and \
            not (len(np) <= 2 and np[-1].low in _STAFF_BODY_WORDS and np[0].low in (
                "the", np[-1].low)) and \
            not (low in _MEASURING_VERBS and _measuring_body(np) and _measured_sample(toks, v)) \
            and not _document_initials(np, low):
        return None  # "figures show", "a survey by Gallup found"; not "police found"
        # (nor "the judge found": a court's finding, which the ruling verbs take)
        # (a sentence's opening "It shows", "It also found": the document the story is
        # reading from, which speaks for its owner)
    return _finish(toks, v, np, appos, np[0].start, title_case)


_SHOW_FORMS = words("show shows showed")


def _document_initials(np: list[Tok], low: str) -> bool:
    """Whether "the RHP showed", "the DRHP shows": a document named by its initials (defined
    earlier in the story, which the resolver looks up) that shows the figures."""
    return low in _SHOW_FORMS and len(np) == 2 and np[0].low == "the" and np[1].kind == "w" \
        and np[1].text.isupper() and 3 <= len(np[1].text) <= 6 and np[1].text.isalpha() \
        and np[1].low not in COUNTRIES


def _lead_with_colleagues(toks: list[Tok], end: int, affiliated: bool = False) -> list[Tok]:
    """The study's lead in a subject that ends at toks[end] with the lead's colleagues:
    "Ana Ruiz and her colleagues found", "..., Li Wen of the Harbour Institute and
    colleagues write" (the lead speaks for the team); else []. With `affiliated`, only a
    lead whose institution is named."""
    if end < 3 or toks[end - 1].low not in _COLLEAGUES:
        return []  # ("Falkner and colleagues": the lead by surname, named in full before)
    text = ""
    for t in toks[:end]:
        text += " " * (t.start - len(text)) + t.text  # (offsets as in the sentence)
    m = _LEAD_SUBJECT_RE.search(text)
    if m is None or affiliated and not m.group("aff"):
        return []
    a, b = index_at(toks, m.start("name")), index_at(toks, m.end("name"))
    name = toks[a:b]
    return name if name and kind_of(_clean(" ".join(t.text for t in name))) == PERSON else []


def _acronym_place_subject(toks: list[Tok], end: int) -> list[Tok]:
    """A sentence's opening subject whose name goes on past its acronym to a place: "The
    Comptroller and Auditor General (CAG) of India said", "The Provincial Relief Authority
    (PRA) Zorath said" (the name and its place, not the place alone); else []."""
    p = end - 1
    while p >= 0 and end - p <= 3 and toks[p].kind == "w" and toks[p].cap and \
            not toks[p].poss:
        p -= 1
    place = toks[p + 1 : end]
    if not place or p < 0:
        return []
    of = toks[p].low == "of" and toks[p].kind == "w"
    if of:
        p -= 1
    elif len(place) > 1 or place[0].low in WEEKDAYS or place[0].low in MONTHS or \
            place[0].low in COMMON_CAPITALISED or place[0].low in TITLE_WORDS or \
            place[0].low in PEOPLE_SPEAKER_HEADS or place[0].low in _PERSON_TITLES:
        return []  # (not "Authority (NDMA) Chairman said": a title, no province)
    if p < 2 or toks[p].text != ")" or toks[p - 2].text != "(" or \
            toks[p - 1].kind != "w" or not toks[p - 1].text.isupper() or \
            len(toks[p - 1].text) < 2:
        return []
    before = left_phrase(toks, p - 2)
    if not before or not before[-1].cap or not valid_speaker_phrase(before):
        return []
    i0 = index_at(toks, before[0].start)
    if any(t.low not in _DETERMINERS for t in toks[:i0]):
        return []  # only a sentence's opening subject
    return before + ([toks[p + 1]] if of else []) + place


# Who carries out a body's research: "a study by researchers at X", "economists from X".
_STUDY_STAFF = words("researchers scientists economists academics analysts experts "
                     "epidemiologists statisticians scholars team")


def _study_by_staff(toks: list[Tok], np: list[Tok]) -> bool:
    """Whether `np` is the body whose staff wrote a document: "A study by researchers at the
    University of X", "research by economists from X", "Researchers at X found that" (the
    finding is the body's)."""
    i0 = index_at(toks, np[0].start)
    described = len(np) == 2 and np[0].low == "the" and (
        np[1].low in ORG_HEADS or np[1].low in GOVERNMENT_HEADS)  # "from the institute"
    if i0 < 2 or toks[i0 - 1].low not in ("at", "from", "of") or \
            toks[i0 - 2].low not in _STUDY_STAFF or not (np[-1].cap or described):
        return False
    k = i0 - 3
    while k >= 0 and i0 - k < 7 and (toks[k].low in ("a", "the", "of") or
                                      toks[k].low in _STUDY_STAFF):
        k -= 1  # "by a team of researchers at"
    if k < 0:
        return True  # "Researchers at X found"
    if toks[k].low == "by" and k > 1 and toks[k - 1].low in _DOC_MADE:
        k -= 1  # "a study led by researchers at X"
    return toks[k].low in ("by", "led", "co-led") and k > 0 and (
        toks[k - 1].low in DOCUMENT_HEADS or toks[k - 1].low in _RESEARCH_DOCUMENTS)


_AUTHORED = words("authored co-authored coauthored wrote co-wrote led co-led published "
                  "conducted ran commissioned")


def _authored_document(np: list[Tok]) -> list[Tok] | None:
    """The author in "a study he co-authored", "the report Smith wrote", else None."""
    if len(np) < 3 or np[-1].low not in _AUTHORED:
        return None
    for i, t in enumerate(np[:-2]):
        if t.low in DOCUMENT_HEADS or t.low in _RESEARCH_DOCUMENTS:
            who = np[i + 1 : -1]
            if who and (all(x.cap for x in who) or len(who) == 1 and who[0].low in PRONOUNS):
                return who
            return None
    return None


def _authored_before(toks: list[Tok], r: int) -> list[Tok] | None:
    """The author in "research he led that ...", read from the tokens before toks[r]."""
    k = r - 1
    if k < 2 or toks[k].low not in _AUTHORED:
        return None
    start = k - 1
    if toks[start].low not in PRONOUNS:
        while start >= 0 and toks[start].cap and toks[start].kind == "w":
            start -= 1
        start += 1
        if start >= k:
            return None
    if start < 1:
        return None
    doc = toks[start - 1].low
    return toks[start:k] if doc in DOCUMENT_HEADS or doc in _RESEARCH_DOCUMENTS else None


def _body_finds_that(toks: list[Tok], v: int, np: list[Tok]) -> bool:
    """ "The Committee finds that only 44 ...", "the court found that": a body's finding,
    stated by the body (not "police found 12 bodies", which is an act). So is a study's
    ("the researchers found that", "They found that" after the study's authors), and "it" for a
    body or its report ("In those states, it found, 71 percent ..."). A body named
    with "of"/"for" is judged by the noun before it ("the Institute for Road Safety found")."""
    head = _head_before_of(np) or np[-1]
    if toks[v].low not in ("find", "finds", "found") or not (
            head.low in GOVERNMENT_HEADS or head.low in ORG_HEADS or
            np[-1].low in GOVERNMENT_HEADS or np[-1].low in ORG_HEADS or
            np[-1].low in _STUDY_AUTHORS or len(np) == 1 and np[0].low in ("they", "it") or
            any(t is head and _finding_office(np[: i + 1]) for i, t in enumerate(np))):
        return False
    if v + 1 < len(toks) and (toks[v + 1].low == "that" or _share_of_follows(toks, v + 1)):
        return True
    if _that_after_when(toks, v + 1):
        return True  # "the Office found last year that", "the board found in March that"
    # "..., the regulator found.": after the finding it reports, between commas (an act has
    # its object after the verb: "police found 12 bodies")
    i0 = index_at(toks, np[0].start)
    return i0 > 0 and toks[i0 - 1].text == "," and (
        v + 1 >= len(toks) or toks[v + 1].text in (".", ",", ";", "!"))


_SHARE_UNITS = words("percent % cent")
# Offices whose holder reports findings: "the auditor general found that", "the Parliamentary
# Budget Officer found that", "the ombudsman found that" (an "officer" or "inspector" only
# capitalised, as an office's name: not "an officer found that the door was open").
_FINDING_OFFICES = words("auditor auditor-general ombudsman ombudsperson comptroller")
_FINDING_CAPITAL_OFFICES = words("officer general inspector commissioner")


def _finding_office(np: list[Tok]) -> bool:
    head = np[-1]
    return head.kind == "w" and not head.poss and (
        head.low in _FINDING_OFFICES or head.cap and head.low in _FINDING_CAPITAL_OFFICES
        and len(np) >= 2 and np[-2].cap or head.low == "general" and len(np) >= 2 and
        np[-2].low in ("auditor", "inspector"))
# Words of a short time phrase between a finding verb and its "that" ("found last year
# that", "found in a 2023 review that" is not one: only times).
_FINDING_TIME_WORDS = words("last this earlier previously year month week in on during "
                            "spring summer autumn fall winter january february march april "
                            "may june july august september october november december monday "
                            "tuesday wednesday thursday friday saturday sunday")


def _that_after_when(toks: list[Tok], k: int) -> bool:
    """ "found last year that", "found in 2023 that", "found on Tuesday that": a time phrase of
    at most four words, then "that"."""
    for j in range(k, min(k + 5, len(toks))):
        t = toks[j]
        if t.low == "that":
            return j > k
        if not (t.low in _FINDING_TIME_WORDS or t.kind == "n" and re.fullmatch(
                r"(19|20)\d\d", t.text)):
            return False
    return False


def _share_of_follows(toks: list[Tok], k: int) -> bool:
    """ "found 61 percent of nurses", "found 12% of the samples": a share of a group is a
    finding (a count, "police found 12 bodies", is an act)."""
    while k < len(toks) and toks[k].low in _ABOUT_WORDS:
        k += 1  # "found more than 40% of"
    if k >= len(toks) or toks[k].kind != "n":
        return False
    k += 2 if k + 2 < len(toks) and toks[k + 1].low == "per" else 1
    return k + 1 < len(toks) and toks[k].low in _SHARE_UNITS and toks[k + 1].low == "of"


def _person_before_comma(toks: list[Tok], c: int) -> list[Tok] | None:
    """The phrase ending before the comma at `c` when it is a valid speaker read as a
    person ("Ana Ruiz" in "Ana Ruiz, a researcher ..."), else None."""
    name = left_phrase(toks, c)
    if not name or not valid_speaker_phrase(name) or not read_phrase(name, []).person:
        return None
    return name


def _name_after_role_list(toks: list[Tok], np: list[Tok], inner: list[Tok]) -> list[Tok] | None:
    """The person's name in commas (`inner`) after a title whose remit is a list (`np`):
    "Commissioner for Humanitarian Aid and Crisis Management, Anna Berg, said" is Anna Berg's,
    not the list's last item read as a body ("Crisis Management"); else None."""
    if np and np[0].low == "the":
        np = np[1:]
    if len(np) < 5 or np[0].low.rstrip(".") not in TITLE_WORDS or \
            np[1].low not in ("for", "of") or all(t.low != "and" for t in np[3:]):
        return None
    if not inner or len(inner) > 4 or not all(t.kind == "w" and t.cap and not t.poss
                                               for t in inner) or \
            any(t.low in ORG_HEADS or t.low in GOVERNMENT_HEADS for t in inner):
        return None
    return inner


def _name_before_capital_role(toks: list[Tok], np: list[Tok], inner: list[Tok]
                              ) -> tuple[list[Tok], list[Tok]] | None:
    """(name, role) when `np` is a capitalised title between a person's name and the body it
    serves, each in commas ("Ravi Nair, Managing Director, Kestrel Foods, said", "M. Rao,
    Chief Engineer (Works), Eastern Railway, said"), else None: the house style of papers
    that set a title in capitals after the name."""
    of = next((k for k, t in enumerate(np) if t.low == "of"), len(np))
    if not 1 <= len(np) <= 5 or not 1 <= of <= 3 or not all(
            t.kind == "w" and (t.cap or k == of) and not t.poss for k, t in enumerate(np)) \
            or np[of - 1].low not in PEOPLE_SPEAKER_HEADS:
        return None  # ("Superintendent of Police": the title's head before its "of")
    body = [t for t in inner if t.kind == "w" or t.text == "&"]
    if not body or len(body) > 6 or not body[-1].cap or any(
            t.kind == "w" and not t.cap and t.low not in ("of", "the", "and", "for")
            for t in body) or body[0].low in _RELATIVE_OPENERS:
        return None
    i0 = index_at(toks, np[0].start)
    if i0 < 2 or toks[i0 - 1].text != ",":
        return None
    name = _person_before_comma(toks, i0 - 1)
    if not name or not all(t.cap for t in name) or kind_of(
            _display(" ".join(t.text for t in name))) != PERSON:
        return None
    n0 = index_at(toks, name[0].start)
    if n0 > 0 and toks[n0 - 1].kind == "w" and not toks[n0 - 1].cap:
        return None  # ("... met Ravi Nair, Managing Director, ...": the name is no subject)
    return name, toks[i0 : index_at(toks, inner[-1].start) + 1]


def _name_before_party(toks: list[Tok], label: list[Tok]) -> list[Tok] | None:
    """The lawmaker's name before ", D-Ariz." or ", DFL-Duluth" when `label` is such a party
    label, else None."""
    i0 = index_at(toks, label[0].start)
    if i0 < 2 or toks[i0 - 1].text != "," or \
            not _PARTY_STATE_RE.fullmatch("".join(t.text for t in label)):
        return None
    return _person_before_comma(toks, i0 - 1)


def _name_before_staff_role(toks: list[Tok], body: list[Tok]
                            ) -> tuple[list[Tok], list[Tok]] | None:
    """The person's name and role before "at" `body` ("Ana Ruiz, a researcher at the Harbour
    Institute"), when `body` is the body a role in apposition to a name works at, else None."""
    i0 = index_at(toks, body[0].start)
    if i0 < 5 or toks[i0 - 1].low not in ("at", "from") or toks[i0 - 2].low not in _FOR_BODY:
        return None
    for c in range(i0 - 3, max(0, i0 - 8), -1):
        if toks[c].text == ",":
            if toks[c + 1].low not in ("a", "an"):
                return None
            name = _person_before_comma(toks, c)
            return (name, toks[c + 1 : i0 + len(body)]) if name else None
        if toks[c].kind != "w":
            return None
    return None


def _name_before_role_of_body(toks: list[Tok], np: list[Tok]
                              ) -> tuple[list[Tok], list[Tok]] | None:
    """The person's name and role when `np` is "the/a <role> of/at <Body>" after a name and a
    comma ("Maria Rossi, the boss of Pennant, a lender based in Milan, said", "Ravi Menon, the
    head of Kestrel Bank, one of India's largest lenders, said"): a second apposition describes
    the body, so the person named before the role speaks, whatever word the role is."""
    if len(np) < 4 or np[0].low not in ("the", "a", "an") or not np[-1].cap:
        return None
    k = 1
    while k < len(np) and k <= 3 and np[k].kind == "w" and not np[k].cap and \
            np[k].low not in _ROLE_BODY_LINKS:
        k += 1
    if k == 1 or k >= len(np) - 1 or np[k].low not in _ROLE_BODY_LINKS or not any(
            t.cap for t in np[k + 1 :]):
        return None
    i0 = index_at(toks, np[0].start)
    if i0 < 2 or toks[i0 - 1].text != ",":
        return None
    name = _person_before_comma(toks, i0 - 1)
    if not name or len(name) < 2 or not all(t.cap for t in name):
        return None
    n0 = index_at(toks, name[0].start)
    if n0 > 0 and toks[n0 - 1].kind == "w" and not toks[n0 - 1].cap:
        return None  # ("... met Lagos, the capital of ...": the name is no subject)
    return name, np


# The capitalised name a role ends by serving: "spokeswoman for Rio Tinto", "head of the Red
# Cross", "chief executive of Nordkraft".
_ROLE_SERVES_RE = re.compile(r"\b(?:of|for|at)\s+(?:the\s+)?([A-Z][\w&'-]*(?:\s[A-Z][\w&'-]*)*)$")
# A role that opens with the name of the body it serves: "Airtel Africa chief executive".
_ROLE_OPENS_WITH_BODY_RE = re.compile(r"([A-Z][\w&'-]*(?:\s[A-Z][\w&'-]*)*)\s[a-z]")
# Words joining a role to the body it serves: "the boss of Pennant", "a director at Kestrel".
_ROLE_BODY_LINKS = words("of at for")


def _name_before_described(toks: list[Tok], np: list[Tok]
                           ) -> tuple[list[Tok], list[Tok]] | None:
    """(name, description) when `np` is "a physician ..." (or the country of its place: "...
    in Accra, Ghana") after a person's name and a comma, else None."""
    i0 = index_at(toks, np[0].start)
    if len(np) == 1 and i0 >= 2 and toks[i0 - 1].text == "," and \
            _region_of_place(toks, i0 - 1, np):
        np = left_phrase(toks, i0 - 1)
        if not np:
            return None
        i0 = index_at(toks, np[0].start)
    if np[0].low not in ("a", "an") and i0 >= 4 and toks[i0 - 1].low in ("at", "of", "for"):
        role = left_phrase(toks, i0 - 1)  # "an economist at the Andes Institute, who ..."
        if role and role[0].low in ("a", "an") and not any(t.cap for t in role):
            np = role + toks[i0 - 1 : index_at(toks, np[-1].start) + 1]
            i0 = index_at(toks, np[0].start)
    if np[0].low not in ("a", "an") or i0 < 2 or toks[i0 - 1].text != ",":
        return None
    name = _person_before_comma(toks, i0 - 1)
    return (name, np) if name else None


def _name_before_role(toks: list[Tok], role: list[Tok]) -> list[Tok] | None:
    """The person's name before ", role" when `role` is a lower-case role ("Ana Ruiz,
    director of the fund"), else None."""
    i0 = index_at(toks, role[0].start)
    if i0 < 2 or toks[i0 - 1].text != "," or role[0].low in _DETERMINERS or role[0].cap and \
            not (role[0].text.isupper() and role[0].low in TITLE_WORDS and len(role) > 1):
        return None  # (a title's capitals: "Jaco Botha, CEO of the Importers Association")
    return _person_before_comma(toks, i0 - 1)


def _person_before_role(toks: list[Tok], role: list[Tok]) -> list[Tok] | None:
    """The person's name before ", a/the role" when the role's head is a person's ("Tomas
    Reis, a spokesman for the Relief Fund", "Ana Ruiz, the charity's director"), wherever the
    name stands (after "by" too), else None: "who" after the role is the person, as a body
    would be "which"."""
    i0 = index_at(toks, role[0].start)
    head = _head_before_of(role) or role[-1]
    if i0 < 2 or toks[i0 - 1].text != "," or role[0].low not in _THE_OR_POSSESSIVE | \
            _ARTICLES or not (head.low in PEOPLE_SPEAKER_HEADS or head.low in _SPOKES_HEADS):
        return None
    name = left_phrase(toks, i0 - 1)
    if not name or not valid_speaker_phrase(name) or not name[-1].cap or \
            kind_of(_display(" ".join(t.text for t in name))) != PERSON:
        return None
    return name


# Verbs of a person who runs a thing: "a tracker run by Jamal Osei".
_RUNNER_VERBS = words("run founded led headed owned operated managed created started edited "
                      "maintained")


def _body_before_runner(toks: list[Tok], np: list[Tok]) -> list[Tok] | None:
    """The thing named before ", a description run by Person" when `np` is that person and
    "which" follows: "CutCount, a layoffs tracker run by Jamal Osei, which counted" is
    CutCount's count (a person would be "who"), else None."""
    i0 = index_at(toks, np[0].start)
    if i0 < 4 or toks[i0 - 1].low != "by" or toks[i0 - 2].low not in _RUNNER_VERBS or \
            kind_of(_display(" ".join(t.text for t in np))) != PERSON:
        return None
    for k in range(i0 - 3, max(0, i0 - 12), -1):
        if toks[k].kind == "p" and toks[k].text != ",":
            return None
        if toks[k].text == ",":
            if toks[k + 1].low not in _ARTICLES:
                return None
            body = left_phrase(toks, k)
            if body and body[-1].cap and valid_speaker_phrase(body) and \
                    kind_of(_display(" ".join(t.text for t in body))) != PERSON:
                return body
            return None
    return None


def _name_before_description(toks: list[Tok], desc: list[Tok]) -> list[Tok] | None:
    """The name before ", a/the description" when a relative clause follows the description:
    "Walter Nkemelu, the state's deputy counsel, whose office ..., said", "Ana Ruiz, a
    lawyer, who ..., said" (the person, described twice), else None."""
    i0 = first = index_at(toks, desc[0].start)
    while i0 > 0 and first - i0 < 3 and toks[i0 - 1].kind == "w" and not toks[i0 - 1].cap:
        i0 -= 1  # ("a retired engineer": the phrase read was "engineer")
    if i0 < 2 or toks[i0 - 1].text != "," or toks[i0].low not in ("a", "an", "the"):
        return None
    name = left_phrase(toks, i0 - 1)
    if not name or not valid_speaker_phrase(name) or not name[-1].cap:
        return None
    n0 = index_at(toks, name[0].start)
    if n0 > 0 and toks[n0 - 1].kind == "w":
        return None  # ("... hit Lagos, the largest city, which ...": no subject)
    return name


# Words that open a phrase a number inside it belongs to ("from 21 of the 28 districts").
_COUNTED_PHRASE_PREPS = words("of from in to for among across with by")


# Words that open what a figure is measured against, never a speaker's phrase.
_COMPARED_WITH = words("above below beating topping exceeding missing versus vs")


def _finish(toks: list[Tok], v: int, np: list[Tok], appos: list[Tok], start: int,
            title_case: bool) -> Frame | None:
    if len(np) > 1 and np[0].low in _COMPARED_WITH and not np[0].cap:
        return None  # "revenue of $4.8 billion, above Wall Street's forecast": what a
        # result is measured against, its "forecast" a noun, not a verb of saying
    i0 = index_at(toks, np[0].start)
    before = toks[:i0]
    at_start = all(
        x.text in QUOTES or x.low in ("on", "in", "at", "late", "earlier", "later", "last",
                                      "this", "week", "month", "speaking", "meanwhile")
        or x.low in WEEKDAYS or x.text == "," or x.low in ("but", "and", "however", "also")
        for x in before
    )
    direction = "pre"
    prev = toks[i0 - 1].low if i0 > 0 else ""
    # "..., but police put the toll at five": a new clause, whose speaker covers what follows
    # ("... had been taken to two hospitals, where doctors appealed for blood": a clause of
    # place, whose subject says nothing of what came before it)
    new_clause = prev in ("but", "while", "whereas", "although", "though", "where") or (
        prev == "and" and i0 > 1 and toks[i0 - 2].text == ",")
    # ("a storm that forecasters had warned posed a danger": a relative clause inside the
    # sentence, which attributes nothing before it)
    # (", which the police said": the relative clause is the attribution)
    inner_that = prev == "that" and i0 > 1 and toks[i0 - 2].text != ","
    if not at_start and not new_clause and not inner_that and (
            _trailer_only(toks, v + 1) or _speakers_own_clause(toks, v + 1)):
        # ("..., Mayor Ken Lowe said as he handed down his budget": what the speaker was
        # doing as he spoke closes the attribution as a circumstance does)
        direction = "post"
        if i0 > 1 and (toks[i0 - 1].kind == "n" or prev in NUMBER_WORDS) and (
                toks[i0 - 2].poss or toks[i0 - 2].low in _COUNTED_PHRASE_PREPS) and not any(
                t.cap for t in np) and np[-1].low not in _PEOPLE_OR_GOVERNMENT_HEADS | \
                _SPOKES_HEADS:
            return None  # "with results from 21 of the country's 28 districts now
            # announced": what a number inside a phrase counts is no speaker of what precedes
    bare = [t for t in np if t.low not in ("a", "an", "the")]
    if len(bare) == 1 and bare[0].low in _LONE_SPOKES and len(before) >= 3 and \
            before[0].low in ("at", "for") and before[-1].text == ",":
        # "At Manchester Airport, a spokesperson said": the spokesperson of that body
        body = _trim([t for t in before[1:-1] if t.kind == "w"])
        if body and any(t.cap for t in body):
            np = body
    return Frame(direction, start, toks[v].end, toks[v].start, toks[v].end, np, appos)


# Staff who, unnamed, speak for the body before them ("a senior BWSSB engineer"); not its
# leaders ("TIM head", "the WHO chief" are people the story names).
_STAFF_HEADS = words(
    "engineer scientist researcher doctor nurse officer worker employee analyst economist "
    "staffer inspector investigator lawyer medic paramedic teacher technician planner "
    "forecaster meteorologist surveyor auditor accountant consultant adviser advisor aide")
# Staff of a body in the plural, who speak for the body they work at or act for.
_STAFF_PLURALS = frozenset(w + "s" for w in _STAFF_HEADS) | words(
    "prosecutors attorneys solicitors barristers")
_STAFF_PREPOSITIONS = words("at for from with")
# A country's or the Union's initials before a role ("a senior US official", "EU diplomats").
_COUNTRY_ACRONYMS = words("us u.s. uk u.k. eu e.u.")


def _named_body_staff(words: list[Tok]) -> list[int]:
    """[the index of the staff word] when a body's staff in the plural speak for the body named
    with them: "Syracuse University researchers", "Met Office forecasters" (a capitalised body
    name before them, ending in a body's word or an acronym), "economists at the Reserve
    Bank", "prosecutors for the Environment Agency" (a capitalised name after at/for/from/with,
    which the reading of the body then checks is no person's: "lawyers for Dana Whitlock")."""
    lows = [t.low for t in words]
    if len(words) >= 3 and lows[-1] in _STAFF_PLURALS:
        name = [t for t in words[:-1] if t.low not in _ARTICLES]
        if name and all(t.cap and not t.poss for t in name) and (
                name[-1].low in ORG_HEADS or name[-1].low in GOVERNMENT_HEADS or
                len(name) == 1 and _ACRONYM_WORD_RE.fullmatch(name[0].text)):
            return [len(words) - 1]
    for i, t in enumerate(words[:-2]):
        if t.low in _STAFF_PLURALS and lows[i + 1] in _STAFF_PREPOSITIONS and \
                any(x.cap for x in words[i + 2 :]) and \
                all(not x.cap or x.start == 0 for x in words[:i + 1]):
            return [i]
    return []


# A person described ("the bloc's top administrator") and named in the next sentence or so.
_NAMED_NEXT_WITHIN = 320
# The last words of public bodies' names, which any description of a body may stand for ("the
# regulator" for the Financial Conduct Authority, "the watchdog" for the Pensions Board).
_PUBLIC_BODY_HEADS = words("office agency bureau service directorate inspectorate commission "
                           "authority board council")
# "It said", "It also forecast": a pronoun opening a sentence with a verb of saying.
_IT_SPEAKS_RE = re.compile(r"[Ii]t\s+(?:also\s+|further\s+)?(?:said|says|added|forecast|"
                           r"forecasts|warned|warns|estimated|estimates|reported|expects)\b")
# What may open the sentence before that "it": the channel the body used ("In a statement,
# it said", "In an emailed response it added").
_IT_CHANNEL_RE = re.compile(r"\s*(?:In\s+(?:a|an|its)\s+(?:[a-z]+\s+){0,2}[a-z]+,?\s+)?")
# A one-word name that would not speak in person: "Glencore declined to comment."
_ONE_WORD_DECLINED_RE = re.compile(r"[A-Z][\w+-]+\s+(?:has\s+|had\s+)?(?:declined|refused)\b")
# A sentence whose opening subject (a few capitalised words) was asked and would not speak
# in person: "Soundline declined to make an executive available. In a statement it said ...".
_SUBJECT_DECLINED_RE = re.compile(r"(?:The\s+)?(?:[A-Z][\w'&.+-]*\s+){1,7}(?:has\s+|had\s+)?"
                                  r"(?:declined|refused|would\s+not|did\s+not\s+(?:respond|"
                                  r"reply|comment|make))\b")
# A sentence whose opening subject (a few capitalised words) speaks: "The Weather Bureau said".
_SUBJECT_SPEAKS_RE = re.compile(r"(?:The\s+)?(?:[A-Z][\w'&.-]*\s+){1,7}(?:\([A-Z]\w*\)\s+)?"
                                r"(?:has\s+|had\s+|also\s+)?(?:said|says|warned|reported|"
                                r"announced|forecast|estimated)\b")
# What may come before a sentence's subject: an opening phrase set off by a comma ("In its
# annual report, the ...") and an article.
# What a sentence may write before the body that opens it: nothing or "The".
_OPENING_ARTICLE_RE = re.compile(r"(?:[Tt]he\s+)?")
_OPENS_NEXT_RE = re.compile(r"\s*(?:[^,.]{0,60},\s*)?(?:[Tt]he\s+)?")
# A speech verb right after a body's name (past its acronym or a short aside): "the Pensions
# Board (PB) said", "The Office of the Ombudsman says in its report".
_SPEAKS_NEXT_RE = re.compile(
    r"(?:\s*\([A-Z][\w&-]*\))?(?:,[^,]{1,60},)?\s+(?:has\s+|had\s+)?"
    r"(?:said|says|told|warned|warns|reported|reports|found|finds|estimated|estimates)\b")


# How many sentences naming a document `_document_issuer` reads back through for its issuer.
_DOCUMENT_ISSUER_LOOKBACK = 12
# A sentence opening on a launch of a document by whoever speaks in it ("Releasing the
# report, ...", "Presenting the survey at the press club, ...").
_PRESENTS_DOCUMENT_RE = re.compile(
    r"(?:Releasing|Presenting|Launching|Unveiling)\s+(?:the|its|their)\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:report|survey|study|census|review|analysis|findings|data)\b")
_SENTENCE_END_RE = re.compile(r"[.!?][\"\u201d']?\s|\n")


# "the site coordinator for the commission", "the head teacher at Eastfield Primary": a role
# before the body it serves (a person, though the phrase ends in a body's word; "the director
# of the Regional Hospital" is left to the rules for "of").
_ROLE_FOR_BODY_RE = re.compile(r" (?:for|at) ")


# A capitalised plural after a count: "eight Sherpas", "200 Rohingya", "dozens of Afghans".
# The plural is looked up where the text writes it and the count read right before it,
# never scanned for over the whole text.
_COUNTED_GROUP_NAME_RE = re.compile(r"[A-Z][\w'\u2019-]*s")
_COUNT_BEFORE_GROUP_RE = re.compile(
    r"(?i:\d|\b(?:" + "|".join(NUMBER_WORDS) + r"|several|many|dozens\s+of|hundreds\s+of|"
    r"thousands\s+of))\s+\Z")


def _epithet(written: str) -> bool:
    """Whether "the ..." is a feature or sports desk's epithet for a person named before: "the
    veteran", "the former Ireland international", "the Brazilian" (a demonym alone: never
    "the Brazilian government"), up to four words."""
    ws = written.split()
    if not 2 <= len(ws) <= 5 or ws[0].lower() != "the":
        return False
    if ws[-1].isupper():
        return False  # ("the national statistics agency DANE": an acronym, no Dane)
    last = ws[-1].lower()
    return last in EPITHET_NOUNS or (len(ws) == 2 and ws[1][:1].isupper() and
                                     last in DEMONYMS and last.endswith(("an", "i")))


def _described_role(written: str) -> bool:
    """Whether "the ..." describes one person by a role: "the mayor of Susaki", "the bloc's
    top administrator", "the department's chief forecaster"."""
    ws = re.findall(r"[A-Za-z][\w'\u2019-]*", written)
    cut = next((i for i, w in enumerate(ws) if w in ("of", "for", "at")), None)
    if cut is not None:
        ws = ws[:cut]  # ("the site coordinator for the refugee commission", "the head
        # teacher at Eastfield Primary": the role is before the body it serves)
    # (written in lower case: "the Dublin Region Homeless Executive" is a body's name)
    return bool(ws) and ws[-1].islower() and (
        ws[-1] in TITLE_WORDS or ws[-1] in _SINGLE_ROLES or ws[-1] in _STAFF_HEADS or
        # ("its vice-chancellor", "the vice-president": a title's second in command)
        ws[-1].startswith("vice-") and ws[-1][5:] in TITLE_WORDS)


# A court's roles that one named person holds in a story: "the witness", "the prosecutor".
_ONE_COURT_ROLES = frozenset(
    "the " + w for w in words("witness prosecutor coroner magistrate barrister counsel"))
# How far on (characters) the body may name a person it first described: three paragraphs.
_NAMED_LATER_WITHIN = 900
# Head words of a body's name that "the <word>" may point ahead to (never "the government",
# "the police" or "the army", which the reader knows without a name).
_ANY_BODY_HEADS = words("union association federation council committee commission agency "
                        "authority board institute foundation company group coalition "
                        "alliance trust society network service")
_LONE_SPOKES = words("spokesman spokeswoman spokesperson official representative source")
# Who speaks only for a body: "A spokesperson said" is the body the sentence before is about.
_SPOKES_ROLES = words("spokesman spokeswoman spokesperson")
# The roles "the spokeswoman" (and so on) can refer back to: a spokeswoman is no spokesman.
_SPOKES_FITS = {"spokesman": words("spokesman spokesperson"),
                "spokeswoman": words("spokeswoman spokesperson"),
                "spokesperson": _SPOKES_ROLES}
# How far back (characters) "the spokeswoman" looks for the spokeswoman the story named.
_SPOKES_BACK_WITHIN = 1500


# --------------------------------------------------------------------------- speaker phrases


@dataclass(slots=True)
class Candidate:
    """A speaker phrase read apart: a person's name and role, or a body's name."""

    name: str
    kind: str
    role: str = ""
    written: str = ""
    pronoun: str = ""
    person: bool = False
    surname_only: bool = False
    description: list[str] = field(default_factory=list)  # "the French president" words
    generic_head: str = ""  # "army" in "the army"
    owner_missing: bool = False
    group: str = ""  # "people" in "one of the people": a member of a group named before
    short_body: str = ""  # "Westmoor" in "a Westmoor spokesman": a body's short name


_RANK_RE = re.compile(r"^(?:[A-Z]{2,4}|I{1,3}|IV)\.?$")  # "ACO", "DSP", "CP", grade "I"

_DESCRIPTOR_SUFFIXES = ("-based", "-led", "-run", "-linked", "-backed", "-aligned", "-born",
                        "-owned", "-funded", "-affiliated", "-allied", "-controlled", "-listed",
                        "-headquartered", "-registered")


# Adjectives of an agency's standing before its name, in lower case: "the official Saudi Press
# Agency", "the semi-official Tasnim news agency" (the name is the agency's without them).
_DESCRIPTOR_WORDS = frozenset(["official", "semi-official"])
# The particles that open the rest of an Arabic name ("Sultan Al Jaber", "Sultan bin Sulayem").
_ARABIC_NAME_PARTICLES = frozenset(["al", "el", "bin", "bint", "ibn"])


_FAMILY_DESCRIPTOR_RE = re.compile(
    r"(?:mum|mom|mother|dad|father|grandmother|grandfather|gran|grandad|nan|wife|husband)"
    r"-of-[a-z]+")


def _is_title(t: Tok) -> bool:
    low = t.low.rstrip(".")
    if low.endswith(_DESCRIPTOR_SUFFIXES) or _FAMILY_DESCRIPTOR_RE.fullmatch(low):
        return True  # "Lagos-based", tabloids' "mum-of-two"
    if low in _KIN_OPENERS and t.cap:
        return True  # tabloids' "Mum Tamsin Hollyoak, 34, said", "Grandmother Edith Lowry"
    if t.text in ("HE", "H.E."):
        return True  # "His Excellency" before a name in Gulf and African outlets: "HE Al-Kaabi"
    if t.text in ("Md", "Md."):
        return False  # "Md Rafiqul Islam": Mohammad, shortened in Bangladeshi names (a
        # managing director is "MD")
    if "-" in low.strip("-") and all(part in TITLE_WORDS for part in low.split("-")):
        return True  # a compound rank: "Brigadier-General", "Lieutenant-Colonel", "Vice-Admiral"
    return low in TITLE_WORDS or t.low in TITLE_WORDS or low in DEMONYMS or (
        t.poss and (t.base.lower() in COUNTRIES)
    ) or t.base.lower() in COUNTRIES


# Honorifics that open a personal name, whatever precedes them ("Minister of Health Dr. ...",
# "Director of Planning Eng. ..."): the name runs from the word after them to its end.
_NAME_HONORIFICS = words("dr doctor prof professor eng engr mr mrs ms miss sheikh sheikha "
                         "shaikh shaikha hon honourable honorable sir dame alhaji alhaja "
                         "hajiya madam madame datuk dato tun tunku tengku smt shri")


def _name_honorific(t: Tok) -> bool:
    return t.cap and (t.text in ("HE", "H.E.") or t.low.rstrip(".") in _NAME_HONORIFICS)


def _title_in_run(run: list[Tok], i: int) -> bool:
    """Whether run[i] titles the name after it: a title word, or either word of an honorific
    of two words that are no titles alone ("Tan Sri", "Datuk Seri")."""
    if _is_title(run[i]):
        return True
    pair = [t.low.replace("\u2019", "'") for t in run[max(0, i - 1) : i + 2]]
    return any(f"{a} {b}" in HONORIFIC_PAIRS for a, b in zip(pair, pair[1:], strict=False))


# Lower-case words joining the words of a body's name in French, Spanish, Portuguese...
# ("Casa para Todos", "Universidad de los Andes", "University of Dar es Salaam": lower-case
# words inside a name in another language)
_NAME_CONNECTORS_BEFORE_LOWER = words("de des du del della")
_FOREIGN_CONNECTORS = words("des du de la le les del della degli dei do da dos das y et los las "
                            "para por es")

# Endings of occupations written before a name at the start of a sentence ("Herder Abbas
# Naeem said", "Trader Grace Ameh"): "er", "or", "ist", "ian", "ant", "ent"; and the roles in
# "-man", "-woman" ("Frontwoman Jade Okonkwo", "Batsman Imran Malik").
_OCCUPATION_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman")
# Given names that end like an occupation ("Peter John Smith", "Julian Mark Okafor", "Vincent
# Otieno Mwangi"): a three-word name, not an occupation before a two-word one.
_OCCUPATION_LIKE_GIVEN_NAMES = words(
    "peter pieter walter alexander alexandar christopher oliver roger xavier jasper homer "
    "esther jennifer amber heather eleanor victor hector trevor connor igor salvador nestor "
    "arthur taylor tyler skyler schuyler spencer alastair tudor "
    "julian adrian ian brian damian sebastian christian vivian lilian lillian gillian marian "
    "fabian cassian florian maximilian killian kilian cyprian "
    "vincent laurent clement florent innocent prudent "
    "grant bryant durant")


def _given_name_like(low: str) -> bool:
    """A first word that is a given name, though it ends like an occupation."""
    return low in _OCCUPATION_LIKE_GIVEN_NAMES or low in MALE_GIVEN_NAMES or \
        low in FEMALE_GIVEN_NAMES

# Words that open a surname ("Mr Al Mansoori", "Dr van Wyk"): with a title before them the
# two words are a surname alone.
_SURNAME_PARTICLES = NAME_PARTICLES | words("al el al- abu le la")

# Lower-case words inside personal names.
_NAME_PARTICLES = NAME_PARTICLES | words("dos das le la der den del della ter ten")
# Particles that open a surname written without the first name ("Ó Briain", "van der Merwe").
_LEADING_PARTICLES = _SURNAME_PARTICLES | _NAME_PARTICLES | words("ó ní nic mac uí")


# Titles of an elected member, whose seat follows "for" ("MP for Bath", "MLA for Ajax").
_SEAT_TITLES = words("mp mla mpp mna msp td mhk senator councillor councilor")

# Endings of abstract nouns, never of a first name: the last word of a remit ("Supervisor of
# Elections", "Minister of Public Enterprises", "Commissioner for Fundamental Rights").
_NOUN_ENDINGS = ("tion", "tions", "sion", "sions", "ment", "ments", "ness", "ship", "ships",
                 "ities", "prises")

# Titles that are also surnames ("Andi Sultan", "John Major"), after a first name.
_TITLE_SURNAMES = words("sultan king bishop judge major marshal prince baron dean cardinal sen "
                        "ratu")  # ("Yohanes Bali Ratu"; Fiji's "Ratu Epeli ..." is a title)


def _joined_particle_off(surname: str) -> str:
    """ "Khasawneh" for "Al-Khasawneh", "Sisi" for "el-Sisi": a surname without the particle
    joined to it by a hyphen, as stories write it after the first mention ("" if none)."""
    head, dash, rest = surname.partition("-")
    return rest if dash and rest[:1].isupper() and head.lower() in ("al", "el") else ""


def _particle_lowered(surname: str) -> str:
    """ "al-Sharabi" for "Al-Sharabi": a surname whose particle is joined by a hyphen takes
    a capital only where it opens a sentence, so it is looked up in lower case."""
    head, dash, rest = surname.partition("-")
    if dash and rest[:1].isupper() and head[:1].isupper() and head.lower() in _SURNAME_PARTICLES:
        return head.lower() + dash + rest
    return surname


def _country_owner_at(words: list[Tok]) -> int:
    """The index of a country's possessive that opens a phrase naming one of its bodies,
    after "the" where the country takes one ("The UK's Office for National Statistics", "The
    Philippines' Department of Health", "The UN's World Food Programme", "The United States'
    Food and Drug Administration") or in two words ("Costa Rica's ..."); 0 otherwise (the
    phrase's first word is then looked at as the owner)."""
    start = 1 if words and words[0].low == "the" else 0
    for c in range(start, min(start + 3, len(words) - 2)):
        if not words[c].cap:
            return 0
        if words[c].poss:
            owner = " ".join([t.low for t in words[start:c]] + [words[c].base.lower()])
            if c and (owner in COUNTRIES or start and words[c].base in _UNION_OWNERS):
                return c
            return 0
    return 0


def _particle_surname(words: list[Tok]) -> bool:
    """Whether the words are a surname that opens with its particles, every word but the
    last one: "van der Berg", "de la Cruz", "al Mansoori" (after a title: "Mr van der Berg",
    "Dr. de la Cruz"; the capital of a particle is a sentence's or the name's own)."""
    return len(words) >= 2 and all(t.low in _LEADING_PARTICLES for t in words[:-1]) and \
        _name_ok(words[-1:]) and len(words[-1].text) > 2


def _name_ok(words: list[Tok]) -> bool:
    if not words:
        return False
    for i, t in enumerate(words):
        if 0 < i < len(words) - 1 and t.low in _NAME_PARTICLES:
            continue  # "Ruan van der Merwe", "Ana de la Cruz"
        if t.kind != "w" or not t.cap or t.poss:
            return False
        low = t.low.rstrip(".")
        if (low in MONTHS or low in WEEKDAYS) and i == 0 and len(words) > 1:
            continue  # a first name before a surname: "Sunday Alabi", "June Okafor"
        if i == 0 and _balinese_name_at(words, 0):
            continue  # "I Wayan Koster"
        if low in COMMON_CAPITALISED or low in MONTHS or low in WEEKDAYS:
            return False
        if low in ORG_HEADS or low in GOVERNMENT_HEADS or low in MEDIA_HEADS:
            return False
        if i > 0 and (low in _RELIEF_WORDS or low in _POLICE_BODY_WORDS):
            return False  # "Old Market Emergency Response Room", "Kelby Constabulary": bodies
        if i > 0 and low.endswith("s") and low[:-1] in TITLE_WORDS and \
                low[:-1] not in _TITLE_SURNAMES:
            return False  # "Joint Chiefs", "Council of Governors": titles in the plural name
            # a body (not "Lee Majors", "Ann Bishops": titles that are surnames)
    if len(words) > 1 and words[-1].low.rstrip(".") in COMPANY_NAME_HEADS:
        return False  # "Westmoor Buses", "Marrak Air": a company
    if len(words) > 1 and words[-1].low.rstrip(".") in PLACE_NAME_HEADS:
        return False  # "the Bekaa Valley": a place
    if (_is_title(words[-1]) and not (
            len(words) > 1 and words[-1].low in _TITLE_SURNAMES and not _is_title(words[-2]))) \
            or words[-1].low in PEOPLE_SPEAKER_HEADS:
        return False  # "Public Relations Officer" is a role, not a name
    text = " ".join(t.text for t in words).lower()
    if text in COUNTRIES or text in CAPITALS or text in ORGANISATION_NAMES or text in MEDIA_NAMES \
            or text in ARMED_GROUP_NAMES or text in GOVERNMENT_SEATS:
        return False
    if len(words) == 1 and (words[0].text.isupper() and len(words[0].text) > 1 or
                            _TWO_CAPITALS_RE.search(words[0].text.rstrip("."))):
        return False  # an acronym (and one in mixed case: "CeMI", "KSrelief", "FinCEN")
    if len(words) > 1 and words[0].low in _STATISTICS_OFFICE_WORDS:
        return False  # "Stats SA": a statistics office
    if len(words) > 1 and words[0].low in LEGAL_PREFIXES:
        return False  # "PT Kebun Raya": a company's legal form before its name
    # (initials written solid, "K.R. Menon", are a name's, not an acronym's capitals)
    return not any(w.text.isupper() and len(w.text) > 2 and not _SOLID_INITIALS_RE.fullmatch(
        w.text) for w in words)


_SOLID_INITIALS_RE = re.compile(r"(?:[A-Z]\.){2,3}")
# A Mongolian name, its patronymic's initial written against it ("Ts.Bolormaa"): one word
# that is a person's name by its form (tokens.py reads it as one word).
_INITIALLED_NAME_RE = re.compile(r"[A-Z][a-z]?\.[A-Z][a-z]+(?:['\u2019]s)?")
_TWO_CAPITALS_RE = re.compile(r"[A-Z][A-Z]")


def _place_given_name_alone(text: str, run: str, end: int) -> tuple[str, str, str, int] | None:
    """ "Georgia Pellmann, who chairs the group," with no title before it: a given name that
    is also a country's, then a surname, is a person's name when "who" follows it or the
    surname is written alone elsewhere ("Pellmann said"); not "Israel Hayom", "Georgia
    Aquarium", "Victoria Falls"."""
    ws = run.split()
    if len(ws) != 2 or ws[0].lower() not in _PLACE_GIVEN_NAMES or not ws[1][:1].isupper() or \
            ws[1].isupper() or not ws[1].isalpha() or any(ws[1].lower() in heads for heads in (
                ORG_HEADS, GOVERNMENT_HEADS, COMPANY_NAME_HEADS, PLACE_NAME_HEADS, MEDIA_HEADS,
                COUNTRIES, COMMON_CAPITALISED, PEOPLE_SPEAKER_HEADS)):
        return None  # (not "Israel Police", "Jordan Valley")
    if not text.startswith((", who ", " who "), end) and re.search(
            rf"(?<!{ws[0]} )(?<![\w'\u2019-]){re.escape(ws[1])}(?![\w'\u2019-])", text) is None:
        return None
    return run, "", run, 0


def _place_as_given_name(run: list[Tok], last_title: int) -> bool:
    """Whether the title word ending at `last_title` is a place used as a given name: a
    country right after a title word and right before the run's one last word ("Defence
    Minister Israel Katz", "Senator Georgia Whitcombe") is the person's first name, since a
    country describing a title comes before it ("Georgia's Foreign Minister")."""
    if last_title < 1 or last_title != len(run) - 2:
        return False
    place, before = run[last_title], run[last_title - 1]
    return not place.poss and place.base.lower() in COUNTRIES and \
        place.low.rstrip(".") not in DEMONYMS and not place.text.isupper() and \
        before.low.rstrip(".") in TITLE_WORDS and before.base.lower() not in COUNTRIES


def _number_in_place_name(np: list[Tok]) -> bool:
    """Whether the phrase ends in a name with a number after "of": "the Town of 70 Mile
    Creek", "the Village of 7 Oaks" (a place a body is named for; no personal name)."""
    k = next((i for i in range(len(np) - 2, 1, -1) if np[i].kind == "n"), 0)
    return k > 1 and np[k].text.isdigit() and np[k - 1].low == "of" and np[k - 2].cap and \
        all(t.kind == "w" and t.cap for t in np[k + 1 :])


def _split_person(np: list[Tok]) -> tuple[list[Tok], list[Tok], list[Tok]] | None:
    """(descriptor, title, name) when the phrase ends in a personal name."""
    if len(np) >= 3 and np[-1].cap and np[-1].low in _UNIT_HEADS and np[-2].cap and \
            not any(t.low == "of" for t in np[1:-2]):
        return None  # "the Midlands Health Protection Unit": a body's unit, no one's name
        # (but "Niamh Corrigan of the Celtic Economic Research Unit" is hers)
    if len(np) >= 2 and np[-1].cap and np[-2].cap and \
            f"{np[-2].low} {np[-1].low}" in GOVERNMENT_SEATS:
        return None  # "An Garda Síochána": a known body's name, though a rank opens it
    sp = _split_person_words(np)
    if sp is not None and len(sp[2]) == 1 and sp[1] and sp[1][-1].low in _PLACE_GIVEN_NAMES \
            and any(t.low in TITLE_WORDS or t.low in PEOPLE_SPEAKER_HEADS or
                    t.low in _PERSON_TITLES for t in sp[0] + sp[1][:-1]):
        # "spokesman Jordan Whitfield": a given name that is also a country's opens the name
        # after a title or a description, it titles no one
        return sp[0], sp[1][:-1], sp[1][-1:] + sp[2]
    if sp is not None and len(sp[2]) == 1 and sp[1] and sp[1][-1].cap and \
            sp[2][0].low in SPEAKER_PHRASE_WORDS and sp[2][0].low not in TITLE_WORDS:
        return None  # "Red Gum First Aid", "Coastline First Aid": a body's common word after
        # a capitalised word that titles people elsewhere ("First Minister") is no surname
    return sp


def _split_person_words(np: list[Tok]) -> tuple[list[Tok], list[Tok], list[Tok]] | None:
    if _number_in_place_name(np):
        return None
    if len(np) >= 4 and np[-1].kind == "n" and np[-2].low in _NUMBERED_UNITS:
        found = _split_person(np[:-1])  # "Tom Reyes of Jackson County Fire District 3"
        if found is None or not found[1] or found[1][-1].low not in _NUMBERED_UNITS:
            return None
        return found[0], found[1] + np[-1:], found[2]
    k = len(np)
    remit_list = any(t.low in _REMIT_TITLES and i + 1 < len(np) and np[i + 1].low in (
        "of", "for") for i, t in enumerate(np))
    while k > 0 and (np[k - 1].kind == "w" or (remit_list and np[k - 1].text == "," and
                                                k >= 2 and np[k - 2].cap)) and (
            np[k - 1].cap or np[k - 1].text == "," or np[k - 1].low in (
            "al-", *_NAME_PARTICLES) or (
            np[k - 1].low in ("of", "for", "and", "&", "on") and k >= 2 and np[k - 2].cap
            and k < len(np)) or (
            np[k - 1].low in ("the", "a") and k >= 3 and np[k - 3].cap and k < len(np) and
            np[k].cap and (np[k - 2].low == "of" or np[k - 2].low == "for" and (
                np[k - 3].low in ORG_HEADS or np[k - 3].low in GOVERNMENT_HEADS) or
                # "..., Fisheries and the Environment": the last remit of a body's list
                np[k - 2].low in ("and", "&") and k >= 4 and (
                    np[k - 4].text == "," or _remit_before(np, k - 3))))):
        # ("Ahmed Abu Ras of the Gaza Chamber of ...", "the Office for the Environment", "the
        # Alliance for a Car-Free City": an article inside a body's name, where "for" follows
        # a body's word, not a title's: "Commissioner for the Islands Tomasi Vuki")
        k -= 1  # (a comma only inside a remit list: "Minister of Economy, Trade and Industry")
    run = np[k:]
    if not run:
        return None
    j = k - 1
    while j >= 1 and np[j].low in _FOREIGN_CONNECTORS:
        j -= 1  # ("Universidad de los Andes": two connectors)
    if j < k - 1 and np[j].cap:
        return None  # "Syndicat National des Roulants": a body's name in another language
    if k >= 2 and np[k - 1].text == "&" and np[k - 2].cap:
        if _is_title(np[k - 2]) and _is_title(np[k]):
            found = _split_person(np[k:])  # "MD & CEO Raghav Sethuraman": two titles
            if found is not None and not found[0] and found[1]:
                return np[: k - 2], np[k - 2 : k] + found[1], found[2]
        return None  # "Procter & Gamble", "Johnson & Johnson": a company, not a person
    if len(run) >= 3 and run[-1].low.rstrip(".") in ("jr", "sr") and run[-2].cap:
        found = _split_person(np[:k] + run[:-1])  # "Robert Kennedy Jr.": the suffix is the
        if found is None or len(found[2]) < 2:  # name's own (a father's and son's)
            return None
        return found[0], found[1], found[2] + run[-1:]
    post: list[Tok] = []
    while len(run) >= 3 and (run[-1].low.rstrip(".") in _POSTNOMINALS or run[-1].text == "MS"):
        # ("Huw Jones MS": a Member of the Senedd; only in capitals, never the title "Ms")
        post.insert(0, run[-1])  # "Aoife Brennan TD", "Sir John Doe KC": letters after a name
        run = run[:-1]
    if post:
        found = _split_person(np[:k] + run)
        if found is None:
            return None
        return found[0], found[1] + post, found[2]
    if k >= 2 and np[k - 1].low == "the" and len(run) >= 3 and not _is_title(run[0]) and \
            any(t.low in _REMIT_TITLES for t in np[: k - 1]) and \
            not run[0].poss and _name_ok(run[1:]) and \
            kind_of(" ".join(t.text for t in run[1:])) == PERSON:
        # "Minister of State for the Environment Orla Brennan", "Secretary for the Interior
        # Dana Whitlock": after a remit title, the word after "the" ends the remit (not "the
        # Gun Violence Archive", with no title before it)
        return np[:k], run[:1], run[1:]
    if k >= 2 and np[k - 1].low == "the" and len(run) >= 5 and run[1].text == "," and \
            any(t.low in _REMIT_TITLES for t in np[: k - 1]):
        # "Minister for the Environment, Climate and Communications Eamon Ryan": the remit
        # list after "the" ends with the word after its "and"; the name follows
        a = max((i for i, t in enumerate(run) if t.low in ("and", "&")), default=-1)
        name = run[a + 2 :] if a > 0 else []
        if 2 <= len(name) <= 3 and _name_ok(name) and \
                kind_of(" ".join(t.text for t in name)) == PERSON:
            return np[:k], run[: a + 2], name
    seat = next((i for i, t in enumerate(run[:-3]) if t.low == "for" and i > 0 and (
        run[i - 1].low in _SEAT_TITLES or run[i - 1].low in ("parliament", "assembly") and
        run[i - 1].cap)), 0)  # (and "Member of Parliament for ...")
    if seat and len(run) >= seat + 4:
        # "MP for Bath Wera Hobhouse", "Member of Parliament for Kibra Peter Orero": the seat
        # (a place of a word or more) is the title's, the last two words the name
        name = run[-2:]
        if _name_ok(name) and all(t.cap for t in run[seat + 1 :]) and \
                kind_of(" ".join(t.text for t in name)) == PERSON:
            return np[:k], run[:-2], name
    remit = next((i for i, t in enumerate(run) if t.low in ("for", "of")), 0)
    if remit and len(run) >= remit + 4 and (all(_is_title(t) for t in run[:remit]) or (
            remit >= 2 and _is_title(run[remit - 1]) and not run[0].poss and
            run[remit + 1].low in _REMIT_WORDS) or (  # ("Cabinet Secretary for Interior ...")
            # "European Commissioner for Crisis Management Piet Vermeulen", "EU Commissioner
            # for ...": a capitalised word before the title word
            remit >= 2 and _is_title(run[remit - 1]) and run[remit].low == "for" and
            not any(t.poss for t in run[: remit - 1]))):
        # ("Border Patrol Chief of Operations Ana Ruiz": the body's name before the title)
        # "Minister for Housing Cian Moriarty", "Federal Minister for Climate Change Rubina
        # Qureshi": the remit is part of the title, the name is its last two or three words
        hon = max((i for i in range(remit + 2, len(run) - 2) if _name_honorific(run[i])),
                  default=0)
        while hon and hon + 3 < len(run) and \
                f"{run[hon].low} {run[hon + 1].low}" in HONORIFIC_PAIRS:
            hon += 1  # "Minister of Works Datuk Seri Alexander Nanta": an honorific of two
        if hon and len(run) - hon - 1 <= 6 and _name_ok(run[hon + 1 :]) and \
                kind_of(" ".join(t.text for t in run[hon + 1 :])) == PERSON:
            # "Minister of Public Health Dr. Karim Yousef Al Haddad": an honorific after the
            # remit opens the name, all of it (four words or more in Gulf and Arab names)
            return np[:k], run[: hon + 1], run[hon + 1 :]
        for size in (6, 5, 4, 3, 2, 1):
            name = run[-size:]
            if size == 1 and not _INITIALLED_NAME_RE.fullmatch(name[0].text):
                continue  # (one word only as a Mongolian name with its initial written on:
                # "Head of the Office Ts.Bolormaa")
            if size > 3 and (len(name) < 2 or name[1].low not in ("bin", "bint", "ibn")):
                continue  # (longer only as an Arabic name: "... Foreign Trade Thani bin Ahmed
                # Al Zeyoudi", the given name before "bin")
            if len(run) - size - remit - 1 < 1 or name[0].low.rstrip(".") in _REMIT_WORDS or \
                    _is_title(name[0]):
                continue  # ("... and Environment Dr. Karim Haddad": "Dr." is a title)
            if size == 3 and (run[-4].low in ("the", "of", "for", "and", "&") or
                              run[-4].low in _REMIT_MODIFIERS or
                              name[0].low.endswith(_NOUN_ENDINGS) or
                              name[0].low in COMPANY_NAME_HEADS or name[0].low in ORG_HEADS):
                continue  # "... and the Marine Sean Kilbride", "Director of Public Prosecutions
                # Mere Tuilagi": no first name follows "the" or ends like an abstract noun
            if _name_ok(name) and kind_of(" ".join(t.text for t in name)) == PERSON:
                return np[:k], run[:-size], name
    if len(run) in (3, 4) and run[0].start == 0 and not run[0].poss and \
            run[0].low.endswith(_OCCUPATION_ENDINGS) and not _given_name_like(run[0].low) and \
            _name_ok(run[1:]) and \
            run[1].low not in _REMIT_WORDS and \
            run[0].low not in COMMON_CAPITALISED and (len(run) == 3 or not any(
                _is_title(t) for t in run[1:]) and kind_of(
                " ".join(t.text for t in run[1:])) == PERSON):
        # a sentence opening "Herder Abbas Naeem said": an occupation before the name
        return np[:k], run[:1], run[1:]
    of = next((i for i, t in enumerate(run) if t.low == "of"), 0)
    lead = 0
    while lead < of and (_is_title(run[lead]) or run[lead].low in _SINGLE_ROLES or (
            # "Battalion Chief Tom Reyes of ...", "Fire Marshal Ann Cole of ...": a word
            # that makes a title of the title word after it
            lead + 1 < of - 2 and _is_title(run[lead + 1]) and not _is_title(run[lead])) or (
            # a sentence opening "Criminologist Anna Berg of Lund University": an occupation
            lead == 0 and of >= 3 and run[0].start == 0 and not run[0].poss and
            run[0].low.endswith(_OCCUPATION_ENDINGS) and run[0].low not in COMMON_CAPITALISED
            and not _given_name_like(run[0].low))):
        lead += 1  # "Economist Dr Niamh Gallagher of Trinity College Dublin"
    if 2 <= of - lead <= 3 and of < len(run) - 1 and _name_ok(run[lead:of]) \
            and not any(t.low.rstrip(".") in _BODY_BEFORE_OF for t in run[lead:of]) and \
            kind_of(" ".join(t.text for t in run[lead:of])) == PERSON:
        # "Joanna Pike of Save Eastmoor Libraries": a person and the body she is of
        return np[:k], run[:lead] + run[of:], run[lead:of]
    last_title = -1
    for i, t in enumerate(run):
        if i == len(run) - 1 and i > 0 and t.low in _TITLE_SURNAMES and \
                not _is_title(run[i - 1]):
            break  # "Andi Sultan": a surname
        if t.low in _TITLE_SURNAMES and i + 1 < len(run) and (
                run[i + 1].low in _ARABIC_NAME_PARTICLES or
                run[i + 1].low.startswith(("al-", "el-"))):
            break  # "Sultan Al Jaber", "Sultan bin Sulayem": a given name before a particle
        if _title_in_run(run, i) or (
                t.poss and i < len(run) - 1 and not _possessive_in_name(run, i)):
            last_title = i  # "Al Jazeera's Hani Mahmoud": the possessor is part of the role
        elif i <= len(run) - 3 and (t.low in _SINGLE_ROLES or (
                t.text.isupper() and 2 <= len(t.text) <= 6 and t.text.isalpha()
                and t.low not in LEGAL_PREFIXES)):
            # "City Clerk Ana Whitlow", "Mahadevapura MLA S Lakshmi Narayan": a role noun or
            # a role's acronym before a name of two words or more
            last_title = i
    while 0 <= last_title < len(run) - 3 and run[last_title + 1].cap and \
            run[last_title + 1].low in _REMIT_WORDS and not run[last_title + 1].poss and (
                _is_title(run[last_title]) or run[last_title].low in _SINGLE_ROLES or
                run[last_title].low in _REMIT_WORDS):
        # "Member Infrastructure Saima Qadir", "Secretary Water Resources Tariq Khan": in
        # South Asian papers a title's remit follows it with no "of"; the remit's words are
        # the title's, the name of two words or more is after them
        last_title += 1
    # a rank run at the start wins over a title word inside the name: "ACO I Alex King Nii
    # Martey" is Alex King Nii Martey
    lead = 0
    while lead < len(run) - 2 and (_title_in_run(run, lead) or _RANK_RE.match(run[lead].text)):
        lead += 1
    if 0 < lead < last_title and run[last_title].low in _TITLE_SURNAMES and \
            _name_ok(run[lead:]):
        last_title = lead - 1
    if _place_as_given_name(run, last_title):
        last_title -= 1
    name = run[last_title + 1 :]
    title = run[: last_title + 1]
    if len(title) == 1 and len(name) == 1 and title[0].low in PEERAGE_TITLES:
        title, name = [], run  # "Lord Ashfield said": a peer's title and name are her name
    if not _name_ok(name) and not (title and _particle_surname(name)):
        return None
    if title and " ".join(t.low for t in (title[-1], *name)) in COUNTRIES:
        return None  # "Health New Zealand": a body named with a country, not Mr Zealand
    if len(name) == 1 and title and title[-1].low in _PLACE_TITLE_WORDS and not any(
            _is_title(t) and t.low not in _PLACE_TITLE_WORDS for t in title):
        return None  # "Kaziranga National Park": a word that only places a title titles no
        # one alone, and one word after it is no one's name
    first = next((t for t in title if t.low not in _DETERMINERS), None)
    if len(name) == 1 and first is not None and any(t.low in ("of", "for", "on") for t in title) \
            and (first.low in GOVERNMENT_HEADS or first.low in ORG_HEADS):
        return None  # "Office for National Statistics" is a body, not Mr Statistics
    if _body_name_title(title, name) or _remit_without_title(title, name) and (
            len(name) == 1 or not any(_is_title(t) or t.low in ("of", "for")
                                      for t in np[:k])):
        return None
    if len(title) >= 2 and title[0].low == "the" and not any(
            t.poss or _is_title(t) and t.low not in _PLACE_TITLE_WORDS and t.low not in DEMONYMS and
            t.base.lower() not in COUNTRIES for t in title[1:]):
        return None  # "the Turkish State Hydraulic Works", "the Royal Papua New Guinea
        # Constabulary": after "the", a country or its adjective titles no one
    return np[:k], title, name


# Title words that only place a title ("State Governor", "National Police Chief"): with
# a country or its adjective alone they make no title.
_PLACE_TITLE_WORDS = words("state federal national regional provincial district local county "
                           "royal")

# Remits that make a title only with a title word after them ("Home Secretary").
_REMIT_ADJECTIVES = words("foreign defence defense interior finance health information home "
                          "economy trade energy education agriculture security")


# Adjectives of a level of government that name no body by themselves.
_LEVEL_ADJECTIVES = words("federal national regional provincial")


def _remit_without_title(title: list[Tok], name: list[Tok]) -> bool:
    """Whether a remit word ends the title with no title word after it, before one last word:
    "Northfield Home Products", "Brightwell Health Partners" are bodies' names, since "home"
    or "health" is a title only as "Home Secretary" or "Health Minister"."""
    if not title or title[-1].low not in _REMIT_ADJECTIVES:
        return False
    # (before a name of more words only when nothing but remits make the title: "the price
    # tracker Home Heat NI", "Health Data Lab")
    return len(name) == 1 or all(t.low in _REMIT_ADJECTIVES for t in title)


# An outlet's own staff, who speak for it: "a Reuters witness", "our correspondent".
_MEDIA_STAFF = words("witness reporter reporters correspondent correspondents photographer "
                     "journalist journalists cameraman")

_SYSTEM_WORDS = words("system systems platform index database registry register dashboard tracker "
                      "portal")


def _body_name_title(title: list[Tok], name: list[Tok]) -> bool:
    """Whether title + name are one body's name read as a title before a person's name:
    "the Baltic Institute for Security Studies", "Office of Foreign Assistance Accounting"
    (a body word before "of"/"for" and no person's title after it), "Minister for Defence
    Procurement" (a minister's remit), "Food Security Phase Classification" ("-tion" ends no
    personal name)."""
    if name[-1].low.endswith(("tion", "tions")) or name[-1].low in _SYSTEM_WORDS:
        return True  # ("UK Maritime Trade Operations", "European Forest Fire Information
        # System": words that end a body's or a tool's name, never a surname)
    if title and any(t.low in DATA_DOCUMENTS for t in name):
        return True  # "Health Data Cymru", "Transport Statistics Norland": no personal name
        # holds "Data" or "Statistics", so the "title" is the first word of a body's name
    for i in range(len(title) - 1, 0, -1):
        if title[i].low in ("of", "for"):
            if len(name) == 1 and name[0].low in _REMIT_WORDS:
                return True
            after = title[i + 1 :]
            if len(after) >= 2 and after[-1].low in ("justice", "judge", "magistrate"):
                return False  # "Court of Appeal Justice Mark Ellery", "Court of Queen's
                # Bench Judge Ann Roy": a court's name before a judge's title (not "Ministry
                # of Justice", where the court word is the remit itself)
            return title[i - 1].low in _BODY_BEFORE_OF and not any(
                t.low.rstrip(".") in _PERSON_MARKERS for t in after)
    return False


# Unions of countries that own a body as a country does: "The UN's World Food Programme",
# "the EU's Copernicus Climate Change Service" (the body's own name; "U.N.'s" reads so too).
_UNION_OWNERS = frozenset(["UN", "EU", "AU"])
_DETERMINERS = _ARTICLES | _DEMONSTRATIVES | _POSSESSIVE_DETERMINERS | {"our"}
# Words of a minister's remit, never a first name ("Minister for Disaster Recovery Kate ...").
_REMIT_WORDS = words(
    "affairs health housing finance education defence defense interior justice energy trade "
    "transport environment agriculture labour labor tourism culture sport sports water mines "
    "mining petroleum industry works youth women children family information communications "
    "technology science climate change disaster recovery emergency emergencies management "
    "planning development local government home foreign security internal public safety "
    "economy economic land lands infrastructure roads urban rural fisheries forestry "
    "resources natural human rights social welfare services immigration veterans digital "
    "innovation budget treasury employment higher basic national state regional power "
    "aviation commerce investment tertiary primary secondary care policing crime revenue "
    "gender equality heritage arts media broadcasting telecommunications procurement "
    "operations staff strategy policy marketing sales logistics personnel intelligence "
    # (the Gulf ministries' remits: "Deputy Minister for Labor Policies Abdulrahman ...",
    # "Minister of Hajj and Umrah ...", "Minister of State for Municipal Affairs ...")
    "policies relations ports utilities municipal municipalities hajj umrah endowments "
    "islamic tolerance coexistence entrepreneurship sustainability artificial cabinet "
    # (the sectors of a planning body's members: "Member Social Sector Ayesha Siddiqa")
    "sector"
)

# Adjectives of a remit, whose noun follows them ("Minister for Public Expenditure Aoife
# Brennan-Lyons", "Minister for Social Protection ..."): the word after one is the remit's
# noun, never the first name of the minister after it.
_REMIT_MODIFIERS = words(
    "public social foreign home higher further local national natural human digital internal "
    "economic municipal rural urban regional basic primary secondary tertiary civil federal "
    "international overseas small medium financial fiscal monetary environmental mental "
    "maritime cultural religious european")

# Singular role nouns that, capitalised before a name of two words or more, are its title.
_SINGLE_ROLES = words(
    "clerk treasurer economist analyst official officer spokesman spokeswoman spokesperson "
    "coordinator manager administrator controller engineer planner forecaster meteorologist "
    "researcher scientist lawyer attorney advocate councillor councilor legislator lawmaker "
    "member trustee chairperson executive president director registrar surveyor coroner "
    "consultant adviser advisor strategist epidemiologist physician surgeon nurse teacher "
    "principal lecturer historian activist campaigner organiser organizer founder owner"
)

# Words that make "X Y of Z" a body's name ("Arkansas Division of Emergency Management").
_BODY_BEFORE_OF = words(
    "division community department bureau office agency authority board commission council "
    "court bank union institute institution centre center association society federation "
    "league fund ministry service services corps command force forces unit directorate "
    "secretariat school college university academy hospital church museum trust foundation "
    "club party group house chamber assembly state states republic kingdom province county "
    "city district municipality port government administration network alliance coalition "
    "mission programme program committee tribunal parliament congress senate embassy "
    "consulate company corporation federation confederation order friends sisters brothers "
    "daughters sons knights people peoples children women workers organisation organization"
)
_HOLDINGS = words("shares stock stocks bonds units notes securities")
# People of a body, opening a sentence before its name ("Members of the Rail Workers' Union").
_MEMBERS_OF = words("members staff employees workers supporters officials leaders delegates")
_VERB_OBJECT_STARTS = words("a an the to that its their his her this these more")
_KNOWN_NAMES = ORGANISATION_NAMES | ARMED_GROUP_NAMES | MEDIA_NAMES

_GROUP_GENERIC = words(
    "group movement organisation organization coalition alliance militia network outfit "
    "faction union party"
)


def _drop_reference_possessive(np: list[Tok]) -> list[Tok]:
    """ "the territory's health ministry" -> "health ministry": a possessive that only points
    back to something named before adds nothing to the speaker's name."""
    if len(np) >= 3 and np[0].low in ("the", "its", "their") and np[1].poss and not np[1].cap \
            and np[1].low[:-2] not in TITLE_WORDS and np[-1].low not in DOCUMENT_HEADS \
            and np[-1].low not in _DATA_PRODUCTS and not np[1].low.endswith("s'"):
        return np[2:]  # (but "the mayor's office" is the mayor's, and "the nurses' union"
        # is named by its members)
    return np


def _people_of_place(words: list[Tok]) -> list[Tok]:
    """ "Residents of the area" -> "Residents"."""
    for i, t in enumerate(words):
        if t.low == "of" and i > 0:
            before = words[i - 1]
            if before.low in PEOPLE_SPEAKER_HEADS and before.low.endswith("s") and \
                    before.low not in TITLE_WORDS:
                return words[:i]
            break
    return words


def _drop_place_descriptor(np: list[Tok]) -> list[Tok]:
    """ "The Milan-based company" -> "The company": a capitalised "X-based" before a common
    noun says where the body is, not what it is called."""
    for i, t in enumerate(np[:-1]):
        if t.cap and t.low.endswith(_BASED_SUFFIXES) and not np[i + 1].cap and \
                all(not x.cap or x.low in ("the", "a", "an") for x in np[i + 1 :]):
            j = i
            while j > 0 and np[j - 1].cap and np[j - 1].low not in ("the", "a", "an"):
                j -= 1  # "The New York-based group"
            return np[:j] + np[i + 1 :]
        if t.cap and t.low.endswith(_COMPILED_SUFFIXES) and not np[i + 1].cap:
            # "Bloomberg-compiled prices", "Reuters-collected data": the compiler's
            name = t.text[: t.text.rindex("-")]
            return np[:i] + [Tok(name, name.lower(), t.start, t.start + len(name), "w", True)]
    return np


# Heads of bodies named after another that the story may name beside it: a club's supporters'
# trust, a company's foundation, a university's students' union.
_OFFSHOOT_HEADS = words("trust foundation association society union fund academy institute "
                        "federation")
def _drop_demonym(np: list[Tok]) -> list[Tok]:
    """ "The Dutch group" -> "The group", "the German carmaker" -> "the carmaker": a nationality
    before a word for a company says where the company is from, not its name (so the phrase
    refers back like "the group"; "the French government" keeps its country)."""
    if len(np) == 3 and np[0].low == "the" and np[1].cap and np[1].low in DEMONYMS and \
            not np[2].cap and np[2].low in _COMPANY_WORDS:
        return [np[0], np[2]]
    return np


# Words that rank a body among its country's ("Britain's largest police force").
_COUNTRY_RANK_WORDS = words("largest biggest second-largest third-largest second-biggest "
                    "third-biggest leading main top oldest")


def _drop_ranking_country(np: list[Tok]) -> list[Tok]:
    """ "Britain's largest police force" -> "largest police force": a country's possessive
    before a rank and a word for a body describes a body the story names, as "the country's
    largest police force" does, and is no name."""
    k = next((i for i, t in enumerate(np[:3]) if t.poss), -1)
    if k < 0 or len(np) < k + 3 or not all(t.cap and t.kind == "w" for t in np[: k + 1]):
        return np
    country = " ".join([t.low for t in np[:k]] + [_possessive_base(np[k]).low])
    if country in COUNTRIES and np[k + 1].low in _COUNTRY_RANK_WORDS and \
            all(not t.cap and t.kind == "w" for t in np[k + 1 :]) and \
            np[-1].low in _GENERIC_KINDS:
        return np[k + 1 :]  # ("New Zealand's largest retailer")
    return np


_BASED_SUFFIXES = ("-based", "-headquartered", "-listed", "-registered")
_COMPILED_SUFFIXES = ("-compiled", "-collected", "-gathered", "-calculated", "-tallied")


def _organisers_of(np: list[Tok]) -> list[Tok]:
    """ "Organisers of the Fair Rent Coalition" -> the coalition, whose count they give;
    "Organisers Harbour Events said" opening a sentence -> the body the word describes (the
    capital is the sentence's, not part of the name)."""
    if len(np) >= 3 and np[0].low in _ORGANISERS and np[1].low in ("of", "from", "with") and \
            np[-1].cap:
        return np[2:]
    if len(np) >= 2 and np[0].low in _ORGANISERS and all(t.cap and t.kind == "w" for t in np[1:]):
        return np[1:]
    return np


_ORGANISERS = words("organisers organizers organiser organizer")
# A named tool or index "run by" its keeper: the phrase before "by" ends with these.
_RUN_BY_PARTICIPLES = words("run operated maintained compiled")
_RUN_TOOLS = words("tool tracker index gauge model dashboard database portal")
# Last words of an event's name, which speaks through its organisers.
_EVENT_HEADS = words("festival marathon fair show games carnival expo championships")
# A body named as an event's organiser: "organisers Longfield Events", "Lisboa Corre, the
# company that organises the race", "the Free Press Coalition, the umbrella group behind the
# protests", "organised by the Tenants' Union".
_ORG_NAME = r"((?:[A-Z][\w&'\u2019-]*(?: (?:(?:of|for|and|on) (?=[A-Z]))?|(?=[,.;:)]))){1,5})"
_ORGANISER_NAMED_RE = re.compile(
    r"\b[Oo]rgani[sz]ers?,? (?:(?:from|with|of) )?(?:the )?" + _ORG_NAME + r"|"
    r"(?<![\w'\u2019-])" + _ORG_NAME.replace("|(?=[,.;:)]))", "|(?=,))") +
    r", (?:the|a|an) [a-z][\w -]{0,40}?\b(?:(?:that|which) (?:organi[sz]es|organi[sz]ed|runs|ran|"
    r"stages|staged|puts on)|behind the)\b|"
    r"\b(?:organi[sz]ed|staged|run) by (?:the )?" + _ORG_NAME)


def _slash_joined(np: list[Tok]) -> list[Tok]:
    """ "NPR/Marist", "Radio Free Europe/Radio Liberty": capitalised words joined by a slash
    with no space are one name (a poll's two sponsors, a station's two names), one word."""
    out: list[Tok] = []
    k = 0
    while k < len(np):
        t = np[k]
        if t.text == "/" and out and k + 1 < len(np) and out[-1].cap and np[k + 1].cap and \
                out[-1].end == t.start and t.end == np[k + 1].start and \
                out[-1].kind == "w" and np[k + 1].kind == "w":
            a, b = out[-1], np[k + 1]
            text = f"{a.text}/{b.text}"
            out[-1] = Tok(text, text.lower(), a.start, b.end, "w", True)
            k += 2
            continue
        out.append(t)
        k += 1
    return out


# Unnamed helpers written after a named body: "UNICEF and partners", "WFP and its allies" is
# longer and left alone.
_UNNAMED_PARTNERS = frozenset(["partners", "allies", "affiliates"])


# A body's local branch, named by where it is before "of" and the body ("the Bali chapter of
# the Hotel Association", "the regional branch of the farmers' union"): the blind authors name
# the body itself (3 of the 3 such branches heldout8-143 credit).
_BRANCH_OF_WORDS = words("chapter chapters branch branches")
_BRANCH_NAME_LINKS = words("of and for the &")


def _body_of_branch(np: list[Tok]) -> list[Tok]:
    """The named body after "<place> chapter of (the)" or "<place> branch of (the)", else
    `np` itself."""
    k = next((i for i in range(1, min(len(np) - 2, 5)) if np[i].low in _BRANCH_OF_WORDS and
              not np[i].cap and np[i + 1].low == "of"), 0)
    if not k or any(t.low == "of" or t.poss or t.kind != "w" for t in np[:k]):
        return np
    body = np[k + 2 :]
    if body and body[0].low == "the":
        body = body[1:]
    if len(body) < 2 or not body[0].cap or not all(
            t.kind == "w" and (t.cap or t.low in _BRANCH_NAME_LINKS) for t in body) or \
            not body[-1].cap:
        return np  # ("the crime branch of the city police": a lower-case body stays whole)
    return body


# What a body keeps or works out, which speaks for it: "the working of the Oil Regulatory
# Authority", "the balance of the Sovereign Fund" name the body, not the sum.
_BODY_QUANTITIES = words("working workings balance balances reserves holdings")
# A named body's own officers or office, which speak as the body: "Leeds City Council's
# planning officers", "the Department of Agriculture's regional office".
_BODY_OFFICES = words("office officers officials staff")
_BODY_NAME_LINKS = words("of for and &")


def _body_of_quantity(np: list[Tok]) -> list[Tok]:
    """The named body after "(the) working of (the)" or "(the) balance of (the)", else `np`
    itself."""
    k = 1 if len(np) > 1 and np[0].low == "the" else 0
    if len(np) < k + 4 or np[k].low not in _BODY_QUANTITIES or np[k].cap and k or \
            np[k + 1].low != "of":
        return np
    body = np[k + 2 :]
    if body and body[0].low == "the":
        body = body[1:]
    if len(body) < 2 or not body[0].cap or not body[-1].cap or not all(
            t.kind == "w" and not t.poss and (t.cap or t.low in _BODY_NAME_LINKS) for t in body):
        return np
    if kind_of(_clean(" ".join(t.text for t in body))) not in (ORGANISATION, GOVERNMENT):
        return np
    return body


def _body_of_office(np: list[Tok]) -> list[Tok]:
    """The named body before "'s planning officers" or "'s regional office", else `np`."""
    k = 1 if np and np[0].low == "the" else 0
    owner_end = next((i for i in range(k, len(np)) if np[i].poss), -1)
    if owner_end < k:
        return np
    owner, rest = np[k : owner_end + 1], np[owner_end + 1 :]
    if not 1 <= len(rest) <= 3 or rest[-1].low not in _BODY_OFFICES or any(
            t.kind != "w" or t.cap or t.poss for t in rest):
        return np
    base = owner[:-1] + [_possessive_base(owner[-1])]
    if k and len(base) == 1 and not base[0].cap and base[0].low in _ORG_OR_GOVERNMENT_HEADS and \
            base[0].low in _GENERIC_KINDS:
        return np[:1] + base  # "the council's highways officers": the council
    if not owner[0].cap or not all(t.kind == "w" and (t.cap or t.low in _BODY_NAME_LINKS)
                                   for t in owner) or any(
            t.low in _PERSON_TITLES for t in base):
        return np  # ("the Nevada Secretary of State's office": an office holder's office)
    if not any(t.low in _ORG_OR_GOVERNMENT_HEADS for t in base) or \
            kind_of(_clean(" ".join(t.text for t in base))) not in (ORGANISATION, GOVERNMENT):
        return np  # ("Midvale's code enforcement office": a place's office keeps its place)
    return base


def _named_holder_of_owned_role(np: list[Tok], appos: list[Tok]) -> Candidate | None:
    """The person named in apposition to a body's role with a remit: "The AU's head of
    mission support, Ambassador Ana Obi, said", "The agency's director for Africa, Dr Ana
    Obi, said" are Ana Obi's, not the body's nor the role's; else None."""
    if not appos or len(np) < 3:
        return None
    p = next((k for k, t in enumerate(np) if t.poss), -1)
    if p < 0 or p > 2 or np[p].kind != "w" or any(t.low != "the" for t in np[:p]):
        return None
    rest = np[p + 1 :]
    link = next((k for k, t in enumerate(rest) if t.low in ("of", "for", "at")), len(rest))
    role = rest[:link]
    if not role or len(role) > 4 or link == len(rest) or any(
            t.cap or t.kind != "w" for t in role) or not (
            role[-1].low in PEOPLE_SPEAKER_HEADS or role[-1].low in _SINGLE_ROLES):
        return None
    sp = _split_person(appos)
    if sp is None or sp[0] or len(sp[2]) < 2 or not all(t.cap for t in sp[2]) or \
            any(t.low in _ANY_BODY_HEADS for t in sp[2]):
        return None
    _, title, name = sp
    name_text = _clean(" ".join(t.text for t in name))
    if kind_of(name_text) != PERSON:
        return None
    role_text = _clean(", ".join(q for q in (" ".join(t.text for t in title), _strip_det(np))
                                 if q))
    return Candidate(name_text, PERSON, role=role_text,
                     written=_clean(" ".join(t.text for t in appos)), person=True)


def read_phrase(np: list[Tok], appos: list[Tok]) -> Candidate:
    """Read a speaker phrase (and its apposition) into a Candidate (cached by wording)."""
    named = _named_holder_of_owned_role(np, appos)
    if named is not None:
        return named
    if any(t.text == "/" for t in np):
        np = _slash_joined(np)
    cut = next((k for k in range(2, len(np) - 2) if np[k].low == "of" and
                np[k + 1].kind == "n" and np[k + 2].kind == "w" and not np[k + 2].cap and
                np[k - 1].cap and np[k - 1].kind == "w"), 0)
    if cut:
        # "A review by the Cochrane Collaboration of 41 trials found": what the document
        # covered follows the owner's name, not part of it ("the Group of 20" is a name)
        np = np[:cut]
    if len(np) >= 3 and np[-1].text in _UNNAMED_PARTNERS and np[-2].low in ("and", "&") and \
            np[-3].cap and np[-3].kind == "w":
        np = np[:-2]  # "UNICEF and partners said", "a count by WFP and partners": the body
        # named, whose unnamed helpers are no speaker ("Halvorsen and Partners" is a firm)
    if len(np) == 2 and np[0].low in ("its", "their") and np[1].low in _ORGANISERS:
        np = np[1:]  # "according to its organizers": the organisers, as authors name them
    if np and np[0].low in _ORGANISERS:
        np = _organisers_of(np)
    if len(np) >= 3 and np[-1].low in _RUN_BY_PARTICIPLES and np[-2].low in _RUN_TOOLS and \
            np[-3].cap:
        np = np[:-2]  # "the RateScope tool run (by Calder Exchange)": the tool by its name
    np = _owned_document_of(np)
    np = _body_of_branch(np)
    np = _body_of_quantity(np)
    np = _body_of_office(np)
    if len(np) >= 2 and "-" in np[-2].text or len(np) >= 3 and "-" in np[-3].text:
        np = _drop_place_descriptor(np)
    np = _drop_demonym(np)
    np = _drop_ranking_country(np)
    if len(np) == 1 and np[0].kind == "w" and np[0].low.endswith("s") and not np[0].poss and \
            len(appos) > 2 and appos[0].low == "led" and appos[1].low == "by" and \
            any(t.cap for t in appos[2:]):
        body = _trim(appos[2:])
        led = read_phrase(body, [])
        body = body[1:] if body[0].low == "the" else body
        if led.kind in (ORGANISATION, GOVERNMENT) and len(body) >= 3 and \
                body[-1].low == "group" and not body[-1].cap and \
                (body[-2].cap or body[-3].cap) and all(t.cap for t in body[:-2]):
            # ("the Save Hollins Fields campaign group": the group's name, as "campaigners
            # from the Save Hollins Fields group" gives it)
            written = _strip_det(body[:-1] if body[-2].cap else body[:-2])
            led = replace(led, kind=ORGANISATION, name=_display(written), written=written,
                          person=False, surname_only=False, role="", generic_head="")
        if led.kind in (ORGANISATION, GOVERNMENT) and not led.generic_head:
            return led  # "Objectors, led by the Save Hollins Fields campaign group, said":
            # the named body leading an unnamed crowd speaks for it
    if len(appos) > 2 and appos[0].low in _ASKED_FOR and appos[1].low == "by":
        appos = []  # "The report, requested by Senate Democrats, found": who asked for it, not
        # who wrote it
    owned = np
    if np and np[-1].poss and len(np) <= 4:
        np = np[:-1] + [_possessive_base(np[-1])]  # a document's owner: "the association's"
    elif 3 <= len(np) <= 6 and np[1].poss and np[0].low in ("the", "its", "their") and \
            _owner_speaks(np[2:]):
        # "the office's regional comparison tables", "the board's own staff": what follows
        # the owner names no one who speaks apart from it, so the owner speaks
        np = np[:1] + [_possessive_base(np[1])]
    elif _owned_measure(np):
        # "Meridian's house price index", "the bank's new forecasts": the owner's measure
        owner = max(k for k, t in enumerate(np[:-1]) if t.poss)
        np = np[:owner] + [_possessive_base(np[owner])]
    elif _described_owner_of_title(np):
        # "The trust's annual Rental Stress Monitor", "the council's Power Supply Outlook":
        # the title of a described body's publication speaks for the body
        np = np[:1] + [_possessive_base(np[1])]
    if appos and len(owned) >= 3 and owned[0].low in ("the", "its", "their") and \
            owned[1].poss and not owned[1].cap and owned[-1].low in DOCUMENT_HEADS and \
            not owned[-1].cap and all(t.kind == "w" and not t.cap and not t.poss
                                      for t in owned[2:]) and \
            all(t.kind == "w" and (t.cap or t.low in _TITLE_SMALL_WORDS) for t in appos) and \
            appos[0].cap:
        # "The thinktank's report, Shelter Without Walls, found": the report's title in
        # apposition is no speaker; the body that owns it is
        np, appos = owned[:1] + [_possessive_base(owned[1])], []
    key = (tuple(t.text for t in np), tuple(t.text for t in appos),
           bool(np) and np[0].start == 0)  # a sentence-initial capital reads differently
    found = _PHRASE_CACHE.get(key)
    if found is None:
        found = _staff_employer(_read_phrase(np, appos))
        if len(np) >= 3 and np[-2].text == "," and np[-1].low in _LEGAL_SUFFIXES and \
                found.name.endswith(" " + np[-1].text) and found.kind != PERSON:
            # "Calloway Systems, Inc.": the comma before a legal form is the name's own
            name = found.name[: -len(np[-1].text) - 1] + ", " + np[-1].text
            found = replace(found, name=name)
        if "&" in found.name and any(t.text == "," for t in np):
            found = _partners_commas(np, found)
        if len(_PHRASE_CACHE) > 20000:
            _PHRASE_CACHE.clear()
        _PHRASE_CACHE[key] = found
    return found


_PHRASE_CACHE: dict[tuple, Candidate] = {}


# Last words of a publication's title: "Rental Stress Monitor", "Power Supply Outlook".
_TITLE_HEADS = DOCUMENT_HEADS | words("monitor outlook barometer tracker index indicator "
                                      "scorecard atlas yearbook digest watch pulse snapshot "
                                      "handbook almanac")
# Small words inside a title: "Shelter Without Walls", "State of the Flyways".
_TITLE_SMALL_WORDS = words("of the and for in on a an to")


_ASKED_FOR = words("requested ordered sought demanded")
_POLL_FOR_LEADS = words("a an the new latest")


def _described_owner_of_title(np: list[Tok]) -> bool:
    """Whether a phrase is a described body's possessive, then plain describing words, then a
    capitalised title ending in a publication's word: "The trust's annual Rental Stress
    Monitor", "the council's Power Supply Outlook" (not "Russia's Gazprom", whose owner has a
    name of its own, nor "the company's Chief Executive Jane Roe")."""
    if len(np) < 3 or np[0].low not in ("the", "its", "their") or not np[1].poss or \
            np[1].cap or _possessive_base(np[1]).low not in ORG_HEADS | GOVERNMENT_HEADS | \
            _TITLED_OWNERS:
        return False
    k = 2
    while k < len(np) and np[k].kind == "w" and not np[k].cap:
        k += 1
    title = np[k:]
    if len(title) == 1 and title[0].cap and title[0].low in DOCUMENT_HEADS:
        return True  # "the bank's Statement (on Monetary Policy)": its words cut at "on"
    return len(title) >= 2 and all(t.kind == "w" and not t.poss and (
        t.cap or t.low in _TITLE_SMALL_WORDS) for t in title) and title[-1].cap and (
        title[-1].low in _TITLE_HEADS or title[0].low in DOCUMENT_HEADS and
        title[1].low in ("on", "of") and len(title) >= 3)
    # ("the bank's Statement on Monetary Policy", "the agency's Survey of Consumer Finances":
    # a document's word, then what it is on)


# Described owners that are no ORG_HEADS word: "the inspector's", "the thinktank's".
_TITLED_OWNERS = words("thinktank think-tank inspector inspectorate regulator watchdog "
                       "auditor ombudsman observatory")


def _owned_document_of(np: list[Tok]) -> list[Tok]:
    """ "The committee's summary of the closed-door markup", "its review of 1,140 grants":
    after an owner's document, "of ..." says what the document covers, which names no one;
    the phrase ends with the document."""
    for k in range(2, min(len(np) - 1, 6)):
        if np[k].low == "of" and np[k - 1].low in DOCUMENT_HEADS and not np[k - 1].cap and \
                any(t.poss or t.low in ("its", "their") for t in np[: k - 1]):
            return np[:k]
    return np


def _partners_commas(np: list[Tok], found: Candidate) -> Candidate:
    """ "Challenger, Gray & Christmas Inc.": the commas of a firm named for its partners,
    which the reading of the phrase drops, go back into its name."""
    for i in range(len(np)):
        if np[i].cap and all(_partner_name(t) or t.text in (",", "&") or
                             t.low.rstrip(".") in _LEGAL_SUFFIXES for t in np[i:]):
            with_commas = _clean(" ".join(t.text for t in np[i:]))
            if found.name == _clean(" ".join(t.text for t in np[i:] if t.text != ",")):
                return replace(found, name=with_commas, written=with_commas)
            break
    return found


def _owner_speaks(rest: list[Tok]) -> bool:
    """Whether the words after a body's possessive ("the office's ___") are only describing
    words, a document, or its own staff in general: no person, role or body of its own, and
    not the body's website or account (documents, but ones a phrase keeps whole: see
    _OWNER_OUTLETS)."""
    if not rest or any(t.kind != "w" or t.cap or t.poss for t in rest):
        return False
    if [t.low for t in rest] in (["staff"], ["own", "staff"], ["research"], ["own", "research"]):
        return True  # "the board's own staff reported": the board's work; "the union's own
        # research" is the union's (a body's word elsewhere: "Redburn Research")
    head = rest[-1].low  # (its describing words may be any: "regional", "chief")
    return not (head in PEOPLE_SPEAKER_HEADS or head in TITLE_WORDS or head in _SPOKES_HEADS
                or head in ORG_HEADS or head in GOVERNMENT_HEADS or head in _GENERIC_KINDS
                or head.rstrip("s") in _STAFF_HEADS or head in _OWNER_PARTS
                or head in _OWNER_OUTLETS)


# Parts or members of a body, which speak as themselves after its possessive.
_OWNER_PARTS = words(
    "staff members member team teams unit units head heads chief leader leaders branch "
    "arm wing division lawyers lawyer counsel")
# Where a body posts ("the ministry's website", "the agency's own account"; "own" alone
# ends "the ministry's own"): the phrase after the possessive is kept whole, as it is for
# a part, although website and account are DOCUMENT_HEADS.
_OWNER_OUTLETS = words("own website account")


def _staff_employer(cand: Candidate) -> Candidate:
    """ "Analysts at Kellerman Brothers", "economists at Halden": staff in the plural speak
    for the firm they work at, which is a body whatever its name looks like."""
    role = cand.role.lower().split()
    if cand.kind == PERSON and cand.name and len(role) == 2 and role[1] == "at" and \
            (role[0] in POLLED_PEOPLE or role[0] in _STUDY_STAFF):
        return replace(cand, kind=ORGANISATION, person=False, surname_only=False)
    return cand


NUMBER_WORD_SET = frozenset(NUMBER_WORDS)
# Words that say how many of a group spoke, which are no part of the group's name ("some
# residents said" is residents speaking).
_QUANTIFIERS = words("some many several other most few")


def two_people(np: list[Tok]) -> tuple[Candidate, Candidate] | None:
    """ "Lib Dem spokeswoman Ana Ruiz and Tory MP Tom Hale (both) said": two people, each
    named in full, who state the same thing (not "Rescuers and UN agencies", nor a body's
    name with "and" in it)."""
    ands = [i for i, t in enumerate(np) if t.low in ("and", "&")]
    if len(ands) != 1 or not 1 < ands[0] < len(np) - 2:
        return None
    left, right = np[: ands[0]], np[ands[0] + 1 :]
    if not (left[-1].cap and right[-1].cap and left[-2].cap and right[-2].cap):
        return None
    a, b = read_phrase(left, []), read_phrase(right, [])
    if not (a.person and b.person and a.kind == PERSON and b.kind == PERSON) or \
            a.surname_only or b.surname_only:
        return None
    return a, b


def campaign_of_person(np: list[Tok]) -> list[Tok] | None:
    """ "Caldera's campaign said": the Caldera campaign, as stories also call it (the phrase
    the frame gives; a spokesman's "Bawumia's campaign spokesman" keeps its owner as written)."""
    if len(np) == 2 and np[0].poss and np[0].cap and np[0].kind == "w" and \
            np[1].low == "campaign" and np[0].base.lower() not in COUNTRIES:
        return [_possessive_base(np[0]), np[1]]
    return None


def _known_body_side(side: list[Tok]) -> bool:
    """Whether words name a body every reader knows ("the ICRC", "World Health Organization")
    or one by its acronym alone ("NEMA", "the WFP")."""
    ws = side[1:] if side and side[0].low == "the" else side
    if not ws or not all(t.kind == "w" and not t.poss for t in ws):
        return False
    if " ".join(t.text for t in ws).lower() in ORGANISATION_NAMES:
        return True
    return len(ws) == 1 and 2 <= len(ws[0].text) <= 6 and ws[0].text.isalpha() and \
        ws[0].text.isupper()


@lru_cache(maxsize=4096)
def _names_two_known_bodies(name: str) -> bool:
    """Whether a name is two known bodies joined by "and": "UN and ICRC", "WFP and the ICRC"
    (no acronym spells such a name)."""
    parts = re.split(r" (?:and|&) ", name)
    return len(parts) == 2 and all(_known_body_side(tokenize(p)) for p in parts)


def two_bodies(toks: list[Tok], np: list[Tok]) -> tuple[list[Tok], list[Tok]] | None:
    """ "The WFP and the ICRC said", "UNICEF and WHO said", "the office of the UN envoy and
    the International Committee of the Red Cross (ICRC) said": two bodies, each its own
    speaker, never one body named "WFP and ICRC" (a body whose name holds "and", "the Fire
    and Disaster Management Agency", names no known body on each side)."""
    ands = [i for i, t in enumerate(np) if t.low in ("and", "&")]
    if len(ands) == 1:
        left, right = np[: ands[0]], np[ands[0] + 1 :]
        if _known_body_side(left) and _known_body_side(right):
            return left, right
        return None
    if ands or not np or not _known_body_side(np):
        return None
    i = next((n for n, t in enumerate(toks) if t.start == np[0].start), -1)
    if i < 3 or toks[i - 1].low not in ("and", "&") or np[0].low != "the":
        return None
    left = left_phrase(toks, i - 1)
    if len(left) < 2 or left[0].low != "the" or any(t.low in ("and", "&") for t in left):
        return None
    if not _known_body_side(left) and not (
            left[-1].cap and left[-1].kind == "w" and kind_of(_strip_det(left)) == ORGANISATION):
        return None
    return left, np


def _start(t: Tok) -> int:
    return t.start


_ROMAN_UNITS = frozenset(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"])
_OPENING_CONJUNCTIONS = words("but and so yet or meanwhile however still")
# Titles only a person holds: "Uganda's Minister of State for Trade Ruth Kisembo" is a person.
# Titles' abbreviations before names, and the word "the ..." uses for the person later.
_TITLE_ABBREVIATIONS = {
    "sen": "senator", "gov": "governor", "rep": "representative", "gen": "general",
    "col": "colonel", "lt": "lieutenant", "capt": "captain", "cpt": "captain",
    "sgt": "sergeant", "insp": "inspector", "supt": "superintendent", "prof": "professor",
    "dr": "doctor", "cllr": "councillor", "coun": "councillor", "det": "detective",
    "maj": "major", "brig": "brigadier", "adm": "admiral", "cmdr": "commander",
    "rev": "reverend", "amb": "ambassador", "pres": "president", "atty": "attorney",
}
# Other words a story calls a title's holder by later ("Rep. Dana Whitcombe ... the
# congresswoman said", "Sen. Marcus Bellweather ... the lawmaker said").
_TITLE_HOLDER_WORDS = {
    "representative": ("congressman", "congresswoman", "congressmember", "lawmaker"),
    "senator": ("lawmaker",), "congressman": ("lawmaker",), "congresswoman": ("lawmaker",),
    "mp": ("lawmaker",), "reverend": ("pastor", "priest"),
    # a newspaper's word for whoever runs a body: "Ofgem boss Ana Ruiz" is "the Ofgem chief"
    "boss": ("chief",), "chief": ("boss",),
    # counsel in court: "Prosecuting, X said" (`_COURT_SIDES`) ... "the prosecutor said", "the
    # barrister said"
    "prosecuting": ("prosecutor", "barrister", "lawyer", "advocate"),
    "counsel": ("barrister", "lawyer", "advocate", "attorney", "solicitor"),
}
# A court report's opening for the side a named counsel speaks for: "Prosecuting, Alison
# Merriweather said ...", "Defending, Mark Hale told the court ...", "Mitigating for Smith,
# Ana Ruiz said ..." (the role each gives the person named after it).
_COURT_SIDES = {"prosecuting": "prosecuting counsel", "defending": "defence counsel",
                "mitigating": "defence counsel"}
_COURT_SIDE_BEFORE_RE = re.compile(
    r"(?:^|(?<=[\n.!?\"\u201d]\s)|(?<=\n))(Prosecuting|Defending|Mitigating)"
    r"(?:\s+(?:for|on\s+behalf\s+of)\s+[^,.;]{1,40})?,\s$")
# A title that makes its holder "the judge": "Justice", "Chief Justice", "Magistrate" before
# the name (not "Minister of Justice", "the justice ministry").
_JUDGE_TITLE_RE = re.compile(
    r"^(?:(?:chief|lord|lady|district|additional|senior|principal) )*(?:justice|magistrate)$")
_PERSON_TITLES = words("minister secretary undersecretary under-secretary governor commissioner "
                       "chairman chairwoman president mayor spokesman spokesperson spokeswoman "
                       "ambassador")
# Words after "of"/"for" that show a person holds the title ("Office of Audit spokesman").
_PERSON_MARKERS = PEOPLE_SPEAKER_HEADS | _SINGLE_ROLES | _PERSON_TITLES | ABBREVIATIONS


def _name_after_description(words: list[Tok], k: int) -> int:
    """Where a name with "of"/"for"/"and" inside starts after a lower-case description:
    "the opposition Movement for Democratic Change", "the federal Office of Road Statistics"
    (the description is not part of the name). `k` is where the last run of capitalised
    words starts; it is returned unchanged for any other phrase."""
    j = k
    while j > 1 and (words[j - 1].cap and not words[j - 1].poss or (
            words[j - 1].low in ("of", "for", "and", "&", "on") and words[j - 2].cap
            and not words[j - 2].poss)):
        j -= 1
    if j == k or not words[j].cap:
        return k
    lead = words[:j]
    if all(t.kind == "w" and (not t.cap or t.low in _DETERMINERS) for t in lead) and \
            any(t.low not in _DETERMINERS for t in lead):
        return j
    return k


def _state_level_body(words: list[Tok], k: int) -> bool:
    """Whether the lower-case word right before a body's capitalised name (words[k:]) is a
    bare "state" after only an article: "the state Department of Public Health", "the state
    Health Department" (a state's department, as against the federal one of the same name).
    Not a capitalised "State", not "state-run", not after an owner ("Ohio's state ...")."""
    if words[k - 1].low != "state" or words[k - 1].cap or not words[k].cap or \
            any(t.low not in ("the", "a") for t in words[: k - 1]):
        return False
    name = words[k:]
    if any(t.poss for t in name):
        return False
    head = name[-1].low
    return head in GOVERNMENT_HEADS or (
        any(t.low == "of" for t in name) and name[0].low in GOVERNMENT_HEADS)


def _umbrella_owner(t: Tok, rest: list[Tok]) -> bool:
    """ "UN" in "the UN health agency": the system a body belongs to, not its name; the
    phrase still describes a body named before (the World Health Organization). Only after
    "the": a headline's "UN refugee agency says" introduces the body."""
    return t is not rest[-1] and t.text.isupper() and t.low in ORGANISATION_NAMES and \
        rest[-1].low in _GENERIC_KINDS and not rest[-1].cap


def _titled_document_of(words: list[Tok], i: int) -> bool:
    """Whether words[i] ("from"/"by") follows a document's capitalised title and leads to the
    body that issued it: "the Economic Outlook Survey from the Harwell Institute", "the
    annual Budget Review by the Fiscal Council" (the title is no speaker's name there)."""
    return words[i - 1].low in DOCUMENT_HEADS and i + 2 < len(words) and \
        words[i + 1].low == "the" and words[-1].cap and \
        all(t.cap or t.low in ("of", "for", "and", "&", "the") for t in words[i + 2 :])


def _inside_body_name(words: list[Tok], i: int) -> bool:
    """Whether the capitalised role word at `i` is a word of a body's name that goes on to its
    head: "the Rail Staff Union", "Police Officers Association of Norland" (not "a Rail staff
    member" nor "Union spokesman")."""
    if words[i].cap and i == len(words) - 1 and i >= 2 and words[i - 1].low == "of" and \
            words[i - 2].cap and not words[i - 2].poss and (
                words[i - 2].low in TITLE_WORDS or words[i - 2].low.endswith("s") and
                words[i - 2].low[:-1] in TITLE_WORDS):
        return True  # "the Joint Chiefs of Staff", "the Army Chief of Staff": a title's own
        # words, not "staff" who speak for a body
    if words[i].cap and words[i].low == "staff" and i >= 1 and words[i - 1].cap and \
            words[i - 1].low in TITLE_WORDS and (i == len(words) - 1 or words[i + 1].low in (
                "of", "for")):
        return True  # "the General Staff of Ukraine's Armed Forces", "the Defence Staff"
    if words[i].cap and i == len(words) - 1 and i >= 3:
        of = next((k for k, t in enumerate(words[:i]) if t.low == "of"), -1)
        if of >= 1 and words[of - 1].cap and (words[of - 1].low in GOVERNMENT_HEADS or
                                              words[of - 1].low in ORG_HEADS) and \
                words[i - 1].cap and all(t.cap or t.low in ("of", "the", "for", "and", "a")
                                         for t in words[:i]):
            return True  # "the Office of the US Trade Representative": the office is the
            # body, its holder's title the end of its name
    if not words[i].cap or i + 1 >= len(words):
        return False
    rest = words[i + 1 :]
    last = [t for t in rest if t.cap][-1:] if rest else []
    return bool(last) and rest[0].cap and (
        last[0].low in ORG_HEADS or last[0].low in GOVERNMENT_HEADS) and all(
        t.cap or t.low in ("of", "for", "and", "&", "the") for t in rest)


_APPOS_HEAD_ENDS = words("that which who whose of for at in with from to by on")


def _appos_head(appos: list[Tok]) -> Tok:
    """The head noun of an apposition: its last word before a relative clause or a
    preposition ("the Conroe-based company that operated the bus": "company")."""
    end = next((i for i, t in enumerate(appos) if i > 0 and (
        t.low in _APPOS_HEAD_ENDS or t.kind != "w")), len(appos))
    return appos[end - 1]


def _body_description(head: str) -> bool:
    """Whether a description's head word is a kind of company or body ("maker", "lender")."""
    return ORGANISATION in _GENERIC_KINDS.get(head, ()) or head in ORG_HEADS or \
        head.endswith(("maker", "makers"))


# Kinds of body a lower-case description after an acronym ends with: "the INDEC national
# statistics bureau", "the DGAC civil aviation authority", "the VDMA engineering association",
# "the ADAC motoring club".
_DESCRIBED_ACRONYM_HEADS = words("bureau authority agency office institute regulator watchdog "
                                 "service commission department ministry operator utility "
                                 "company firm association club federation lobby society")


def _described_acronym(words: list[Tok]) -> Tok | None:
    """The acronym that names the body when a lower-case description of two words or more
    follows it ("the INDEC national statistics bureau" is INDEC): not a country's or union's
    short form ("the UN refugee agency"), nor a news agency."""
    ws = [t for t in words if t.low not in _ARTICLES]
    if ws and ws[0].poss and ws[0].base.lower() in COUNTRIES:
        ws = ws[1:]  # "Brazil's IBGE statistics institute"
    if len(ws) < 3 or ws[0].poss or not _ACRONYM_WORD_RE.fullmatch(ws[0].text) or \
            len(ws[0].text) < 3 or ws[0].low in COUNTRIES or ws[0].low in _COUNTRY_SHORT_FORMS:
        return None
    rest = ws[1:]
    if not all(t.kind == "w" and not t.cap and not t.poss for t in rest) or \
            rest[-1].low not in _DESCRIBED_ACRONYM_HEADS or \
            any(t.low in ("news", "press", "wire") or t.low in MEDIA_HEADS for t in rest):
        return None
    return ws[0]


_GOVERNING_BOARDS = words("board management directors")


def _governing_board_of(words: list[Tok]) -> list[Tok] | None:
    """The body whose governing board speaks: "Banco de Mexico's board", "the board of the
    Banco Central de Chile", "Halvorsen's board of directors" are the bank or the company."""
    low = [t.low for t in words]
    if len(words) >= 3 and low[-1] == "directors" and low[-2] == "of" and low[-3] == "board":
        words, low = words[:-2], low[:-2]
    if len(words) >= 2 and low[-1] in _GOVERNING_BOARDS and not words[-1].cap and \
            words[-2].poss and words[-2].cap:
        owner = words[:-1]
        owner = owner[:-1] + [_possessive_base(owner[-1])]
        if kind_of(_clean(" ".join(t.text for t in owner))) != PERSON or len(owner) >= 2 and \
                any(t.low in _FOREIGN_CONNECTORS for t in owner):
            return owner
    if len(words) >= 3 and low[0] in ("the", "board") and "of" in low[:3]:
        i = low.index("of")
        rest = words[i + 1 :]
        if low[i - 1] == "board" and not words[i - 1].cap and rest and rest[-1].cap and \
                kind_of(_clean(" ".join(t.text for t in rest))) != PERSON:
            return rest
    return None


# The unnamed voice of a body, which speaks for the body after its possessive.
_OWNED_SPOKES = words("spokesman spokeswoman spokesperson spokespeople spokespersons")
# Bodies whose staff in the plural speak for them after "the <kind>'s": "the bank's economists",
# "the institute's researchers" (not "the patients' doctors").
_STAFF_OWNER_KINDS = words(
    "bank lender company firm group institute institution university agency ministry "
    "department office council charity foundation centre center fund authority bureau "
    "regulator consultancy organisation organization association union think-tank")


def _spokesperson_owner(words: list[Tok]) -> list[Tok] | None:
    """The body whose unnamed spokesperson speaks: "Nestle's spokesperson", "the ministry's
    spokesman" and "the company's spokeswoman" are Nestle, the ministry and the company, as
    "a Nestle spokesperson" is. A person's spokesman ("the president's spokesman") is left
    as he is, and so is one named in an apposition (the caller passes only bare phrases)."""
    if len(words) < 2 or words[-1].low not in _OWNED_SPOKES or not words[-2].poss or \
            words[-2].low in ("his", "her", "their"):
        return None
    owner = words[:-1]
    owner = owner[:-1] + [_possessive_base(owner[-1])]
    if kind_of(_clean(" ".join(t.text for t in owner))) == PERSON:
        return None
    return owner


def _office_holder_of(words: list[Tok]) -> list[Tok] | None:
    """The named person whose office speaks: "Sen. Maria Lopez's office", "Lee Jae-myung's
    office" are the person, as "the office of Rep. Dana Whitlock" is. An office with a
    capital is a body of its own ("the Prime Minister's Office"), and an unnamed holder's
    ("the mayor's office") is left as it is written."""
    if len(words) < 2 or words[-1].low != "office" or words[-1].cap or not words[-2].poss:
        return None
    owner = words[:-1]
    if owner[0].low == "the" or not all(t.cap for t in owner):
        return None
    owner = owner[:-1] + [_possessive_base(owner[-1])]
    if all(t.low.rstrip(".") in TITLE_WORDS for t in owner) or kind_of(_clean(" ".join(t.text for t in owner))) != PERSON:
        return None
    return owner


# Words of a short phrase of when between a document's participle and its owner's "by" (and
# the "out" of "carried out").
_ASIDE_WHEN = _PASSIVE_WHEN | words("in week month year weekend night morning out")


def _owner_in_document_aside(np: list[Tok], appos: list[Tok]) -> list[Tok] | None:
    """The owner a document's aside names after its participle and a short phrase of when:
    "The report, released on Tuesday by the World Bank, said", "The survey, carried out
    last month by Ipsos, found" are the World Bank's and Ipsos's (without the phrase of
    when the aside is read as "figures released by X" already)."""
    if not np or np[-1].cap or np[-1].low not in DOCUMENT_HEADS or len(appos) < 3 or \
            not _participle_word(appos[0].low):
        return None
    by = next((k for k in range(1, min(len(appos) - 1, 6)) if appos[k].low == "by"), 0)
    if not by or not all(t.low in _ASIDE_WHEN or t.low in WEEKDAYS or t.low in MONTHS or
                         t.kind == "n" for t in appos[1:by]):
        return None  # ("a report prepared for Health New Zealand by X" is read whole)
    owner = _trim(appos[by + 1 :])
    return owner if owner and valid_speaker_phrase(owner) else None


def _read_phrase(np: list[Tok], appos: list[Tok]) -> Candidate:
    owner = _owner_in_document_aside(np, appos)
    if owner is not None:
        return read_phrase(owner, [])  # "The report, released on Tuesday by X, said"
    spoken_for = _spokesperson_owner(np) or _office_holder_of(np) if not appos else None
    if spoken_for is not None:
        # "the ministry's spokesman": the ministry; "Sen. Maria Lopez's office": the senator
        return read_phrase(spoken_for, appos)
    if len(np) == 3 and np[0].low == "the" and np[1].poss and not np[1].cap and \
            np[2].low in _STUDY_STAFF and not appos and \
            _possessive_base(np[1]).low in _STAFF_OWNER_KINDS:
        # "The bank's economists estimate": the bank the story named, for which they work
        return read_phrase([np[0], _possessive_base(np[1])], appos)
    np = _drop_reference_possessive(np)
    at = next((i for i, t in enumerate(np) if t.low == "in"), 0)
    if at and not appos and _placed_body(np[:at], np[at + 1 :]):
        place = _clean(" ".join(t.text for t in np[at + 1 :]))
        if np[at - 1].low in _POLICE_BODY_WORDS:
            # "Police in Leeds said": the force of that place, as "Leeds police" names it
            return Candidate(f"{place} police", GOVERNMENT, written=_clean(" ".join(
                t.text for t in np)), generic_head="police")
        # "Officials in Kano", "health authorities in Bavaria": the article's wording
        return Candidate(_display(_strip_det(np)), GOVERNMENT, written=_clean(" ".join(
            t.text for t in np)))
    if len(np) >= 3 and np[-2].cap and "-" in np[-1].text and _TICKER_RE.fullmatch(np[-1].text):
        np = np[:-1]  # "Halloway Foods HWF-T": the company, not its stock's ticker
    while len(np) >= 2 and np[0].low in _OPENING_CONJUNCTIONS and (np[1].cap or np[0].cap):
        np = np[1:]  # "But Maya Okonjo, director of the charity, told Sky News"
    of = next((i for i, t in enumerate(np) if t.low == "of"), -1)
    if 1 < of < len(np) - 1 and np[of - 1].cap and all(
            not t.cap or t.text in _ROMAN_UNITS for t in np[of + 1 :]) and \
            np[-1].text in _ROMAN_UNITS:
        np = np[:of]  # "Anjali Pawar of crime branch unit II": the person, not her unit
    elif 1 < of < len(np) - 1 and np[of - 1].cap and (all(
            not t.cap and t.kind == "w" for t in np[of + 1 :]) or
            # "Gerard Boyle of the price comparison site SwitchWise.ie": a body her
            # description names after the kind it is
            len(np) - of >= 4 and np[of + 1].low == "the" and not np[of + 2].cap and
            np[of + 2].kind == "w" and np[-1].cap) and \
            (sp := _split_person(np[:of])) is not None and len(sp[2]) >= 2 and \
            kind_of(" ".join(t.text for t in sp[2])) == PERSON:
        np = np[:of]  # "Inspector Dana Pike of the city police", "Sunil Rao of the cyber
        # cell": the person, not the unit named after her in lower case
    if len(np) >= 3 and np[-2].low in ("press", "media", "information", "communications") and \
            np[-1].low in ("service", "office", "department", "team", "unit", "directorate") \
            and any(t.poss for t in np[:-2]):
        k = max(i for i, t in enumerate(np[:-2]) if t.poss)
        np = np[: k] + [_possessive_base(np[k])]  # "the Pacific Fleet's press service"
    if len(np) >= 3 and np[-1].low in _LOCAL_UNIT_HEADS and not np[-1].cap:
        run = len(np) - 1
        while run and (np[run - 1].cap and not np[run - 1].poss or
                       np[run - 1].low in ("of", "for", "and", "&") and run < len(np) - 1):
            run -= 1
        named = [t for t in np[run:-1] if t.cap]
        if len(named) >= 2 and np[run].cap and np[-2].cap and \
                np[-2].low not in _OFFICE_HOLDER_TITLES and (
                    run == 0 or np[run - 1].low == "the" and run == 1 or np[run - 1].poss):
            # "the National Weather Service office in Norman", "the Civil Protection
            # command", "Lebanon's General Security directorate": the body whose local or
            # operational unit it is, as authors name it (not "the Pentagon press office",
            # "the district crisis unit", "the governor's office")
            np = np[:-1]
    if len(np) == 2 and np[0].low in ("his", "her") and (
            np[1].low in _OWN_PLANS or np[1].low in _OWN_TEAMS):
        # "Under her plan, ...": the woman whose plan it is; "her team found": the
        # researcher who leads it
        return Candidate("", PERSON, pronoun="he" if np[0].low == "his" else "she",
                         written=f"{np[0].text} {np[1].text}")
    if len(np) == 1 and np[0].low in ("its", "their", "our", "my"):
        # a document's owner given as a pronoun ("a survey of its members found", a quoted
        # "Our analysis shows")
        return Candidate("", PERSON, pronoun={"its": "it", "their": "they", "our": "we",
                                              "my": "i"}[np[0].low], written=np[0].text)
    # commas stay inside a body's name that lists its remits ("Ministry of Housing,
    # Communities and Local Government"); elsewhere they only separate phrases
    owner = next((i for i, t in enumerate(np) if t.poss), -1)
    if 2 < owner < len(np) - 1 and np[-1].low in DOCUMENT_HEADS and not np[-1].cap and \
            any(t.text == "," for t in np[:owner]):
        name = np[:owner] + [_possessive_base(np[owner])]
        if name[-1].low in GOVERNMENT_HEADS or name[-1].low in ORG_HEADS or \
                _body_of_head([t for t in name if t.kind == "w"]):
            # "the Ministry of Housing, Communities and Local Government's figures": the
            # figures of the body whose long name runs past commas
            return read_phrase(name, appos)
    commas = any(t.text == "," for t in np) and (
        _body_of_head([t for t in np if t.kind == "w"]) or np[-1].cap and (
            np[-1].low in GOVERNMENT_HEADS or np[-1].low in ORG_HEADS) and any(
            t.low in ("and", "&") for t in np) and all(
            t.cap or t.text == "," or t.low in ("and", "&") or t.low in _DETERMINERS
            for t in np) or  # "Philippine Atmospheric, Geophysical and ... Administration"
        np[-1].cap and np[-1].base.lower() in COUNTRIES and len(np) >= 5 and any(
            t.low in ("and", "&") for t in np) and all(
            t.cap or t.text == "," or t.low in ("and", "&") for t in np))
    # ("Immigration, Refugees and Citizenship Canada": remits, then the country)
    words = [t for t in np if t.kind in ("w", "n") or t.text == "&" or (commas and t.text == ",")]
    written = _clean(" ".join(t.text for t in np))
    if not words:
        return Candidate("", PERSON)
    bare = _strip_det(words)
    described = _described_acronym(words)
    if described is not None:
        return read_phrase([described], appos)
    governing = _governing_board_of(words)
    if governing is not None:
        return read_phrase(governing, appos)  # "Banco de Mexico's board", "the board of X"
    # a country of two words owns the body as one of one word does: "Costa Rica's ...",
    # "South Africa's ..."
    c = _country_owner_at(words)
    if len(words) >= 3 + c and words[c].poss and words[c].cap and (
            words[c].base.lower() in COUNTRIES or words[c].base.lower() in CAPITALS or c or
            words[c].base in _UNION_OWNERS or (
                len(words) >= 4 and kind_of(words[0].base) == PERSON)) and \
            words[c + 1].cap and words[-1].cap and all(
            t.cap or t.low in ("of", "for", "and", "&", "on") or t.text == ","
            for t in words[c + 1:]):
        rest = _clean(" ".join(t.text for t in words[c + 1:]))
        kind = kind_of(rest)
        if kind in (ORGANISATION, GOVERNMENT) and (len(words) >= 4 + c or kind == ORGANISATION or
                                                   words[-1].low in _OFFICE_HEADS) \
                and not any(t.low in _PERSON_TITLES for t in words[c + 1:]):
            # ("Britain's Foreign Office", "Peru's Statistics Office": an office's own name of
            # two words, which the country describes as it does a longer name)
            # "Zambia's Chimwemwe Copper Mines", "Iraq's Ministry of Electricity": the body's
            # own name; the country is a description ("Mali's army" stays as written)
            owner = words[c].base
            if kind == GOVERNMENT and not c and owner.lower() not in COUNTRIES and \
                    owner.lower() not in CAPITALS and owner not in _UNION_OWNERS and \
                    words[1].low in _REMIT_HEADS:
                # "Ontario's Ministry of Health", "Gaza's Ministry of Health": a province's or
                # a territory's ministry, which its place names (no country's of that name)
                name = f"{owner} {rest}"
                return Candidate(name, kind, written=name)
            return Candidate(rest, kind, role=" ".join(t.text for t in words[: c + 1]),
                             written=rest)
        if kind == PERSON and words[-1].low in _OFFICE_HOLDERS and \
                words[c].base.lower() in COUNTRIES and not any(
                    t.low in _PERSON_TITLES for t in words[c + 1:]):
            # "Canada's Parliamentary Budget Officer projects ...", "Kenya's Financial
            # Ombudsman said": an office named by its holder's title, which the country
            # describes as it does a body's name
            return Candidate(rest, GOVERNMENT, role=" ".join(t.text for t in words[: c + 1]),
                             written=rest)
        if len(words) == 3 and words[-1].low in _DEMONYM_BODY_HEADS and \
                words[0].base.lower() in _COUNTRY_DEMONYM:
            # "Russia's Finance Ministry", "Ukraine's Air Force": the body as its country's
            # adjective names it, "Russian Finance Ministry" (as blind authors write it)
            name = f"{_COUNTRY_DEMONYM[words[0].base.lower()]} {rest}"
            return Candidate(name, kind if kind != PERSON else GOVERNMENT, written=name)
    place_owner = next((i for i in (1, 2) if i < len(words) - 3 and words[i].poss), 0)
    if place_owner and all(t.cap and not t.poss for t in words[:place_owner]) and \
            words[0].low != "the" and \
            words[place_owner].text.endswith(("'s", "\u2019s")) and words[-1].cap and all(
            t.cap or t.low in ("of", "for", "and", "&", "on") for t in words[place_owner + 1:]) \
            and kind_of(_clean(" ".join(t.base for t in words[:place_owner + 1]))) == PERSON:
        rest = _clean(" ".join(t.text for t in words[place_owner + 1:]))
        kind = kind_of(rest)
        if kind in (ORGANISATION, GOVERNMENT) and \
                not any(t.low in _PERSON_TITLES for t in words[place_owner + 1:]):
            # "New York City's Rent Guidelines Board", "Cape Town's Water and Sanitation
            # Department": a place of two or three words before the body's own name
            return Candidate(rest, kind, role=_clean(" ".join(
                t.text for t in words[:place_owner + 1])), written=rest)
    fors = [i for i, t in enumerate(words) if t.low == "for" and 0 < i < len(words) - 1]
    if fors and words[fors[-1] - 1].cap and \
            words[fors[-1] - 1].low not in _ORG_OR_GOVERNMENT_HEADS and \
            kind_of(_clean(" ".join(t.text for t in words[fors[-1] + 1 :]))) == MEDIA:
        # "Savanta for The Telegraph": the pollster, not the paper that commissioned it (but
        # "the Executive Office for Immigration Review" is one body, whose name ends "Review")
        return read_phrase(words[: fors[-1]], appos)
    if len(words) == 2 and words[0].low in ("its", "their") and words[1].low in (
            "board", "management", "directors", "executives", "auditors") or \
            len(words) == 2 and words[0].low == "its" and (
                words[1].low in _OWNED_SPOKES or words[1].low in _STUDY_STAFF) and \
            not appos or \
            [t.low for t in words] in (["its", "research"], ["its", "own", "research"]) or \
            len(words) >= 2 and words[0].low in ("its", "their") and words[-1].low in _MEASURING:
        # "Its board also declared a dividend": the company's board, for the company; "Its
        # monitoring stations recorded 600 quakes": the agency's instruments, for the agency;
        # "Its researchers found": the institute's staff, for the institute
        return Candidate("", PERSON, pronoun="it" if words[0].low == "its" else "they",
                         written=written)
    holder = _titled_office_holder(words)
    if holder is not None:
        # "a summary from the office of Rep. Dana Whitlock", "Gov. Lydia Ferrante's office
        # said": the titled person speaks
        return read_phrase(holder, appos)
    if len(words) >= 3 and words[0].low in _HOLDINGS and words[1].low in ("of", "in") and \
            words[2].cap:
        # "Shares of Kaveri Housing Finance Ltd.": a stock does not speak, its issuer does
        return read_phrase(words[2:], appos)
    un = words[1:] if words[0].low == "the" else words
    # (the UN spelt out: "the United Nations World Food Programme")
    lead = 2 if len(un) >= 4 and un[0].text == "United" and un[1].text == "Nations" else 1
    if len(un) >= lead + 2 and (lead == 2 or un[0].text in ("UN", "U.N.")) and \
            un[lead].cap and un[-1].cap and \
            all(t.cap or t.low in ("of", "for", "and", "the") for t in un[lead:]) and \
            kind_of(_clean(" ".join(t.text for t in un[lead:]))) == ORGANISATION and \
            " ".join(t.low for t in un[lead:]) in ORGANISATION_NAMES:
        # (but "UN Development Programme" keeps its "UN": "Development Programme" alone
        # names nothing; so does a name no one knows without it, "the UN Human Rights
        # Monitoring Mission")
        rest = _clean(" ".join(t.text for t in un[lead:]))  # "the UN World Food Programme"
        return Candidate(rest, ORGANISATION, written=rest)
    if bare.lower() in _KNOWN_NAMES and len(words) > 1:
        return Candidate(bare, kind_of(bare), written=written)  # "Save the Children"
    posted = next((i for i, t in enumerate(un) if t.low == "in"), 0)
    if posted >= 2 and un[posted - 1].cap and un[posted - 1].low in _POSTED_HEADS and all(
            t.cap for t in un[:posted]) and " ".join(t.low for t in un[posted + 1:]) in COUNTRIES:
        # "the UN Mission in South Sudan": a body, not the country it serves
        name = _clean(" ".join(t.text for t in un))
        return Candidate(name, ORGANISATION, written=name)
    if posted >= 1 and un[posted - 1].low in _STATIONED_HEADS and posted + 1 < len(un) and \
            all(t.cap or i == 0 and t.low == "the" and posted + 2 < len(un)
                for i, t in enumerate(un[posted + 1:])):
        # "the Chinese Embassy in Sierra Leone", "the Saudi embassy in London": a body,
        # not the place it is in
        name = _clean(" ".join(t.text for t in un))
        return Candidate(name, GOVERNMENT, written=name)
    if _familiar_words(words):
        # "three people familiar with the matter" -> "People familiar with the matter"
        while words and (words[0].kind == "n" or words[0].low in NUMBER_WORD_SET or
                         words[0].low in ("several", "some", "other", "the", "two", "three")):
            words = words[1:]
        return Candidate(_display(" ".join(t.text for t in words)), PERSON, written=written)
    group = _group_member(words)
    if group:
        rest = [t for t in words[2:] if t.low not in _DETERMINERS]
        return Candidate(_display(" ".join(t.text for t in rest)), PERSON, written=written,
                         group=group)
    if len(words) == 1 and words[0].low in PRONOUNS:
        return Candidate("", PERSON, pronoun=words[0].low, written=written)
    while len(words) > 1 and (words[0].kind == "n" or words[0].low in NUMBER_WORD_SET or
                              words[0].low in _QUANTIFIERS and not words[1].cap):
        words = words[1:]  # "three sources" -> "sources", "some residents" -> "residents"
    if words[-1].low in ("year-old", "year-olds") or _former_person(words):
        # "the 58-year-old said", "the former Ireland under-21 international said"
        return Candidate("", PERSON, pronoun="he", written=written)
    # "The poll of 4,000 parents for the charity Family Lifeline": the body it was done for
    # (only with a named body, "for" after a poll's sample: "a survey of 800 firms for X")
    if len(words) > 5 and words[0].low in ("the", "a", "an") and words[1].low in _SAMPLED and \
            words[2].low == "of" and words[-1].cap:
        fors = [i for i, t in enumerate(words) if t.low == "for" and i > 3 and
                not words[i - 1].cap]  # (not "by the Centre for Budget Studies": a name)
        if fors and any(t.kind == "n" for t in words[3 : fors[0]]):
            return read_phrase(_trim(words[fors[0] + 1 :]), appos)
    of_owner = _owner_after_document_of(words)
    if of_owner is not None:
        return read_phrase(of_owner, appos)
    # "a Reuters tally of official results": the document ends the phrase
    for i, t in enumerate(words):
        if t.low in ("of", "for") and i > 0 and words[i - 1].low in DOCUMENT_HEADS \
                and not words[i - 1].cap:
            owner = _owner_after_sample(words, i)
            if owner:
                return read_phrase(owner, appos)  # "a survey of 900 adults by Ipsos"
            words = words[:i]
            break
    # "data from the Kaduna state government", "figures compiled by ACLED"
    for i, t in enumerate(words):
        if t.low in ("from", "by") and 0 < i < len(words) - 1 and \
                words[i - 1].low in _FROM_HEADS - {"official", "officials"} \
                and (not words[i - 1].cap or words[i - 1].start == 0 or
                     _titled_document_of(words, i)):
            rest = _trim(words[i + 1 :])
            cut = next((k for k, x in enumerate(rest) if k > 0 and x.low == "of" and
                        rest[k - 1].cap and _of_named_data(rest, k + 1)), 0)
            if cut:
                rest = rest[:cut]  # "analysis by The Times of Home Office outcome data"
            own = next((k for k, x in enumerate(rest[:-1]) if x.poss), -1)
            if own >= 0 and rest[own + 1].low in _MEASURING and (
                    rest[own].cap or _possessive_base(rest[own]).low in _ORG_OR_GOVERNMENT_HEADS):
                # "data from the water board's network of river gauges": the body whose
                # instruments measured, not the instruments
                owner = _document_owner(rest[: own + 2])
                if owner:
                    return read_phrase(owner, appos)
            return read_phrase(rest, appos)
        if t.low == "by" and 1 < i < len(words) - 1 and _participle_word(words[i - 1].low) and \
                words[i - 2].low in DOCUMENT_HEADS:
            return read_phrase(_trim(words[i + 1 :]), appos)  # "figures released by the ONS"
    # descriptors before a body's name go to the role: "Lagos-based Cordros Securities",
    # "Abu Dhabi-based Oasis Airways" (a place of several words before the suffix)
    lead = 0
    while lead < len(words) - 1 and (words[lead].low in ("the", "a", "an") or
                                     words[lead].low.endswith(_DESCRIPTOR_SUFFIXES) or
                                     words[lead].text in _DESCRIPTOR_WORDS):
        lead += 1
    if lead == 0 or lead == 1 and words[1].low in _LEADING_PARTICLES:
        # ("the al Qaeda-linked ...": a place or group whose name opens with a particle)
        suffixed = [i for i, t in enumerate(words[:-1]) if t.low.endswith(_DESCRIPTOR_SUFFIXES)]
        if suffixed and 0 < suffixed[0] <= 3 and all(
                t.cap or t.low in ("the", "a", "an") or t.low in _LEADING_PARTICLES
                for t in words[: suffixed[0]]):
            lead = suffixed[0] + 1
    if 0 < lead < len(words) and any(w.low.endswith(_DESCRIPTOR_SUFFIXES) or
                                     w.text in _DESCRIPTOR_WORDS
                                     for w in words[:lead]) and words[lead].cap:
        rest = read_phrase(words[lead:], appos)
        if not rest.person and not rest.pronoun:
            return replace(rest, role=", ".join(
                p for p in (rest.role, _strip_det(words[:lead])) if p))
    # a document or count speaks for its owner
    head = words[-1]
    if 2 <= len(words) <= 3 and words[0].low in ("his", "her") and not head.cap and (
            head.low in DOCUMENT_HEADS or head.low in _OWN_RESEARCH) and (
            len(words) == 2 and head.low in _OWN_RESEARCH or len(words) == 3 and
            words[1].poss and words[1].base.lower() in _RESEARCH_GROUPS):
        # "His team's simulations suggest ...", "her models show": the research of the man
        # or woman just quoted, not a speaker called "His team"
        return Candidate("", PERSON, pronoun="he" if words[0].low == "his" else "she",
                         written=written)
    if len(words) == 2 and words[0].low == "the" and words[1].low in ("latter", "former"):
        return Candidate("", PERSON, pronoun=words[1].low, written=written)
    if head.cap and (head.low in DOCUMENT_HEADS or head.low in _TITLED_DOCUMENTS) and \
            len(words) >= 3 and any(t.poss and t.cap for t in words[:-2]):
        # "the Bank of Tanzania's Monthly Economic Review", "the World Bank's Container Port
        # Performance Index": a document with a title of its own speaks for its owner too
        owner = _document_owner(words)
        if owner and not owner[-1].poss and owner[-1].end <= words[-2].start:
            return read_phrase(owner, appos)
    if head.low in _OWNED_SERIES and not head.cap and len(words) >= 3 and any(
            t.poss and t.cap and t.low not in ("his", "her", "their", "its") for t in words[:-2]):
        # "according to INPE's historical Prodes series", "data from the agency's Queimadas
        # program": a body's named data series or monitoring programme speaks for the body
        owner = _document_owner(words)
        if owner:
            return read_phrase(owner, appos)
    if head.low in _DATA_PRODUCTS and not head.cap and (
            any(t.poss for t in words[:-1]) or head.low in _INDEXES and len(words) >= 2 and
            words[-2].cap and words[0].cap):
        # "the commission's results portal", "the CME Group's FedWatch tool": the owner's
        # data, as its report would be; "according to JPMorgan Chase & Co. indexes": the
        # index compiler's
        owner = words[:-1] if head.low in _INDEXES and words[0].cap else _document_owner(words)
        if owner:
            return read_phrase(owner, appos)
    fi = next((i for i, t in enumerate(np[1:4], 1) if t.low == "for" and
               np[i - 1].low in _POLL_SUBJECT_HEADS and not np[i - 1].cap), 0)
    if fi and np[-1].cap and all(t.low in _POLL_FOR_LEADS for t in np[: fi - 1]) and \
            not any(t.low == "by" for t in np[fi:]):
        # "A poll for the Evening Courier found": a poll whose maker the story does not name
        # is the body it was done for
        return read_phrase(_trim(np[fi + 1 :]), appos)
    owner = _product_owner_before(words)
    if owner:
        # "results from the Elcom transparency server", "the Health Agency data dashboard":
        # the body named before its data product
        return read_phrase(owner, appos)
    if (head.low in DOCUMENT_HEADS or head.low == "research") and not head.cap and \
            len(words) >= 3 and "&" in (t.text for t in words):
        named = words[1:-1] if words[0].low in _DETERMINERS else words[:-1]
        if len(named) >= 3 and named[0].cap and named[-1].cap and all(
                t.cap or t.low in ("&", "and", "of", "for") for t in named):
            # "according to ESPN Stats & Information research": the whole name before the
            # document word, its "&" included
            return read_phrase(named, appos)
    if (head.low in DOCUMENT_HEADS or head.low in _DECIDED_DOCUMENTS) and not head.cap:
        owner = _document_owner(words)
        if owner:
            return read_phrase(owner, appos)
        if words[0].low in ("its", "their"):
            return Candidate("", PERSON, pronoun="it" if words[0].low == "its" else "they",
                             written=written)  # "according to its annual report"
        if words[0].low in ("his", "her"):
            # "according to her latest filing": the woman's
            return Candidate("", PERSON, pronoun="he" if words[0].low == "his" else "she",
                             written=written)
        if words[0].low in ("the", "this", "that") or (
                words[0].low in ("a", "an") and head.low in _ISSUED_DOCUMENTS):
            # "the statement said": the statement just mentioned, by whoever issued it; "a
            # communique issued after the meeting": by the body the story is about
            return Candidate(_display(written), PERSON, written=written, owner_missing=True)
        return Candidate("", PERSON, written=written)  # "official figures": nobody named
    words = _people_of_place(words)
    named = _person_in_apposition(words, appos) if appos else None
    if named is not None:
        return named
    # a role whose name is in the apposition: "The police spokesman, SP Abubakar Sadiq, said"
    # (not a body's acronym after its name: "The Centre for Civic Research, CeCR, said")
    if appos and _split_person(words) is None and not (
            len(appos) == 1 and words[-1].cap and _MIXED_ACRONYM_RE.fullmatch(appos[0].text)):
        sp = _split_person(appos)
        if sp is not None and not sp[0]:
            desc, title, name = sp
            role = _clean(" ".join(t.text for t in title) + ", " + _strip_det(words))
            return Candidate(_clean(" ".join(t.text for t in name)), PERSON, role=role.strip(", "),
                             written=_clean(" ".join(t.text for t in appos)), person=True)
        # "the UN agency for Palestinian refugees, UNRWA": the apposition is the body's name
        if not head.cap and appos[-1].cap and all(
                t.cap or t.low in ("of", "for", "and", "&", "the") or (
                    0 < i < len(appos) - 1 and (t.low in _FOREIGN_CONNECTORS or
                                                t.kind == "n" and appos[i - 1].low == "no."))
                for i, t in enumerate(appos)):  # ("Sindicato No. 1 de Trabajadores")
            name_text = _strip_det(appos)
            kind = kind_of(name_text)
            if kind == PERSON:
                kind = kind_of(_clean(" ".join(t.text for t in words)))
            return Candidate(name_text, kind if kind != PERSON else ORGANISATION,
                             role=_strip_det(words), written=name_text)
    if len(words) >= 2 and words[0].start == 0 and words[0].low in _BODY_KIND_OPENERS and all(
            t.cap or 1 < i < len(words) - 1 and t.low in ("&", "of", "and")
            for i, t in enumerate(words) if i) and not (
                len(words) == 2 and words[1].low in _GENERIC_KINDS):
        # a sentence opening "Consultancy Pampa Nova forecast", "Operator Eastway Bus Services
        # said": the kind of body, written before its name, is a description
        name_text = _clean(" ".join(t.text for t in words[1:]))
        kind = kind_of(name_text)
        return Candidate(name_text, kind if kind != PERSON else ORGANISATION,
                         role=words[0].low, written=name_text)
    sp = _split_person(words)
    if sp is not None:
        desc, title, name = sp
        desc_text = _strip_det(desc)
        if desc and desc[-1].low in ("of", "for"):
            sp = None  # "head of Amnesty International" -- the name is a body, see below
        elif desc and desc[-1].text == "," and any(t.low in ("and", "&") for t in title) and \
                _body_of_head([t for t in desc if t.kind == "w"]):
            sp = None  # "the Ministry of Finance, Budget and National Planning": the last
            # remits of a body's list, no title and name
        else:
            role_parts = [_clean(" ".join(t.text for t in title)), desc_text]
            if appos:
                role_parts.append(_strip_det(appos))
            role = ", ".join(p for p in role_parts if p)
            name_text = _clean(" ".join(t.text for t in name))
            single = len(name) == 1 or (_particle_surname(name) and any(
                t.low.rstrip(".") in ("mr", "mrs", "ms", "dr", "miss") for t in title))
            body_desc = bool(desc) and not title and (
                desc[-1].low in ORG_HEADS or desc[-1].low in GOVERNMENT_HEADS
                or desc[-1].low in MEDIA_HEADS or desc[-1].low in ARMED_HEADS
                or desc[-1].low in ("broadcaster", "outlet", "charity", "operator", "owner",
                                    "carrier", "manufacturer", "producer", "miner", "lender",
                                    "insurer", "retailer", "developer", "contractor",
                                    "consultancy", "brokerage", "startup", "start-up")
                or desc[-1].low.endswith("maker"))
            if body_desc and desc[-1].low == "owner" and len(name) >= 2 and \
                    kind_of(name_text) == PERSON:
                body_desc = False  # "hotel owner Higa Tomoaki": a person owns it (a firm is
                # "mall owner Westfield", "port owner Hutchison Ports")
            if body_desc:
                # "Greek shipping company Delta Tankers": a body's name after its kind
                kind = kind_of(_clean(" ".join(t.text for t in desc)))
                return Candidate(name_text, kind if kind != PERSON else ORGANISATION,
                                 role=desc_text, written=name_text)
            if not title and (single and len(name) == 1 or not desc) and appos and \
                    appos[0].low in ("the", "a", "an") and \
                    _body_description(_appos_head(appos).low):
                # "Valdor, the German car-parts maker,", "Kestrel, a Lagos-based lender,",
                # "Lone Star Coachways, the Conroe-based company that operated the bus,": a
                # name its apposition calls a kind of body (its head before a clause)
                return Candidate(name_text, ORGANISATION, role=_strip_det(appos),
                                 written=name_text)
            if single and not title and kind_of(name_text) != PERSON:
                sp = None
            elif single and title and all(t.base.lower() in COUNTRIES or
                                           t.low.rstrip(".") in DEMONYMS for t in title):
                sp = None  # "Kenya Power", "Nigeria Airways": a body named after its country
            else:
                written_full = _clean(" ".join(t.text for t in sorted(title + name, key=_start)))
                return Candidate(name_text, PERSON, role=role, written=written_full,
                                 person=True, surname_only=single)
    # unnamed spokesperson / official of a body: "a police spokesman", "a spokesman for the UN"
    lows = [t.low for t in words]
    spokes = [i for i, w in enumerate(lows) if w in _SPOKES_HEADS and w != "statement"
              and not _inside_body_name(words, i)]
    while len(spokes) >= 2 and words[spokes[-1]].cap and words[spokes[-1] - 1].cap and \
            lows[spokes[0] + 1] in ("for", "of", "from", "at") and spokes[0] + 1 < spokes[-1]:
        # "a spokesperson for the Office of the US Trade Representative": a title inside the
        # name of the body the spokesperson speaks for
        spokes.pop()
    if not spokes and len(words) >= 2 and lows[-1] in _STAFF_HEADS and any(
            t.text.isupper() and t.text.isalpha() and len(t.text) >= 2 for t in words[:-1]):
        spokes = [len(words) - 1]  # "a senior BWSSB engineer": someone speaking for the body
    if not spokes and len(words) >= 2 and lows[-1].endswith("s") and \
            lows[-1][:-1] in _STAFF_HEADS and lows[-2] in _ANY_BODY | _BARE_AGENCY_HEADS and \
            (not words[-2].cap or words[-2].start == 0) and not words[-2].poss:
        spokes = [len(words) - 1]  # "agency planners", "company engineers": a body's staff
    if not spokes:
        spokes = _named_body_staff(words)
    if spokes:
        i = spokes[-1]
        after = words[i + 1 :]
        if after and after[0].low in ("for", "of", "from", "at"):
            body = _trim(after[1:])
        else:
            body = [t for k, t in enumerate(words[:i]) if (t.low not in (
                "a", "an", "the", "senior", "top", "two", "three", "local", "unnamed", "chief")
                    or t.low == "the" and 1 < k < i - 1 and words[k - 2].cap and
                    words[k - 1].low in ("for", "of") and words[k + 1].cap)
                    and t.kind == "w" and (t.low not in _SPOKES_HEADS or
                                           _inside_body_name(words[:i], k))]
        role = " ".join(t.text for t in words[i : i + 1])
        office = _office_of_body(words, i)
        if office is not None:
            return Candidate(_display(office), PERSON, written=written,
                             description=office.lower().split()[1:])
        if len(body) == 1 and body[0].low in DEMONYMS or body and \
                body[0].low in _COUNTRY_ACRONYMS and body[0].text[:1].isupper() and \
                not any(t.cap for t in body[1:]) and i == len(words) - 1:
            # "Palestinian officials": the officials of a people, by that description; as
            # "a senior US official", "EU diplomats", "a UK government official" (the
            # country's initials are no body that speaks through its staff)
            return Candidate(_display(_strip_det(words)), GOVERNMENT, written=written)
        if len(body) == 1 and body[0].low in _LEVEL_ADJECTIVES and i == len(words) - 1:
            # "Federal officials", "Provincial officials": officials of a level of government,
            # described as "local officials" are (the adjective names no body; "district
            # officials" and "state officials" are the district's or the state's)
            return Candidate(_display(_strip_det(words)), GOVERNMENT, written=written,
                             generic_head=lows[i])
        if i == len(words) - 1 and words[i].cap and words[0].low == "the" and len(words) >= 3 \
                and all(t.cap and not t.poss for t in words[1:]):
            # "the Returning Officer", "the Chief Medical Officer": a capitalised title, held
            # by a person the story names with it
            return Candidate(_display(_strip_det(words)), PERSON, written=written,
                             description=[t.low.rstrip(".") for t in words[1:]])
        if len(body) == 1 and body[0].cap and not body[0].poss and \
                kind_of(body[0].text) == PERSON and body[0].low not in COMMON_CAPITALISED:
            # "a Westmoor spokesman", "Programme staff": a body named before by a short name
            text = _strip_det(words)
            return Candidate(_display(text), ORGANISATION, role=role, written=written,
                             short_body=body[0].text)
        if body and (kind_of(_clean(" ".join(t.text for t in body))) != PERSON
                     or any(t.cap for t in body)):
            cand = read_phrase(body, [])
            titled = bool(cand.role and " " in cand.name and after and after[0].low == "for")
            cand = replace(cand, role=cand.role or role)
            if cand.kind != PERSON or not cand.person or titled:
                # ("a spokesman for Gov. Lydia Ferrante": the titled person he speaks for, as
                # "a spokesman for the UN" speaks for the UN; an untitled "Ashgrove Living"
                # may be a body's short name)
                if words[0].low in ("the", "a", "an") and not any(t.cap for t in body):
                    cand = replace(cand, generic_head=cand.generic_head or body[-1].low)
                return cand
        text = _strip_det(words)
        # "a spokesperson for Stratton Harbor": two or three capitalised words may be the
        # short name of a body named before (Stratton Harbor Bancorp), as "Westmoor" is
        short = " ".join(t.text for t in body) if 2 <= len(body) <= 3 and all(
            t.cap and not t.poss for t in body) else ""
        return Candidate(_display(text), kind_of(text), written=written,
                         generic_head=lows[i] if not any(t.cap for t in words[1:]) else "",
                         short_body=short)
    # a named group: "the al-Qaeda-linked JNIM group", "the Wagner group"
    if len(words) >= 2 and head.low in _GROUP_GENERIC and not head.cap and words[-2].cap \
            and not words[-2].poss and not words[-2].low.endswith(_DESCRIPTOR_SUFFIXES) \
            and words[-2].low not in _DETERMINERS and not (
                # a headline's "Aid group says", "Armed group says": a lower-case word of a
                # speaker's description, capitalised only as the line's first word
                words[-2].start == 0 and len(words) == 2 and
                words[-2].low in SPEAKER_PHRASE_WORDS):
        k = len(words) - 1
        while k > 0 and (words[k - 1].cap and not words[k - 1].poss and
                         words[k - 1].low not in _DETERMINERS or
                         k >= 2 and words[k - 1].low in _FOREIGN_CONNECTORS and words[k].cap):
            k -= 1  # (and "para" in "the Casa para Todos movement")
        while k < len(words) - 1 and words[k].low in _FOREIGN_CONNECTORS:
            k += 1
        name_text = _clean(" ".join(t.text for t in words[k:-1]))
        kind = kind_of(_clean(" ".join(t.text for t in words)))
        return Candidate(name_text, kind, role=_strip_det(words[:k] + words[-1:]),
                         written=written)
    # a description with a name at its end: "the UN's humanitarian agency OCHA"
    k = len(words)
    while k > 0 and (words[k - 1].cap and (not words[k - 1].poss or _possessive_in_name(
            words, k - 1)) or k >= 3 and k < len(words) and words[k].cap and
            words[k - 1].low in _FOREIGN_CONNECTORS and words[k - 2].cap):
        k -= 1  # (past "de" in "grid operator Banco Central de Chile")
    k = _name_after_description(words, k)
    if 0 < k < len(words) and _state_level_body(words, k):
        k -= 1  # "the state Department of Education": a state's own department, which
        # authors name with its "state" (not "the federal Office of ...", a plain description)
    if 0 < k < len(words) and any(not t.cap for t in words[:k]) and \
            not _number_in_place_name(words) and \
            words[k - 1].low not in ("of", "for", "&", "and", "on", "the") and \
            words[k - 1].low not in _FOREIGN_CONNECTORS and not (
                # "the Alliance for a Car-Free City": an article inside the name
                k >= 2 and words[k - 1].low in ("a", "an") and words[k - 2].low in ("of", "for")
                and words[k - 3 if k >= 3 else 0].cap):
        name_text = _clean(" ".join(t.text for t in words[k:]))
        role = _strip_det(words[:k])
        kind = kind_of(name_text)
        if kind == PERSON and not _name_ok(words[k:]):
            kind = kind_of(_clean(" ".join(t.text for t in words)))
        if kind != PERSON or len(words) - k >= 2:
            return Candidate(name_text, kind_of(written) if kind == PERSON else kind, role=role,
                             written=written)
    while len(words) > 1 and (words[0].kind == "n" or words[0].low in NUMBER_WORD_SET):
        words = words[1:]  # "three sources" -> "sources"
    listed = _listing_end(words)
    if listed:
        words = words[:1] + words[listed:] if words[0].low == "the" else words[listed:]
    text = _strip_det(words)
    kind = kind_of(text)
    generic = ""
    rest = words[1:] if words[0].low in ("the", "a", "an") else words
    # "the New York-based group": a place in a descriptor does not name the body
    cut = max((i for i, t in enumerate(rest) if t.low.endswith(_DESCRIPTOR_SUFFIXES)),
              default=-1)
    if cut >= 0:
        rest = rest[cut + 1 :]
    if rest and not any(t.cap and not (t.start == 0 and not t.poss and t.low not in COUNTRIES
                                       and t.low not in ORGANISATION_NAMES
                                       and t.low not in DEMONYMS
                                       and not _CAMEL_RE.fullmatch(t.text))
                        and not (words[0].low == "the" and _umbrella_owner(t, rest))
                        # ("the Japanese automaker": a nationality describes, names no one;
                        # so in "the Japanese industrial group", "the German charity")
                        and not (words[0].low == "the" and t is not rest[-1] and
                                 t.low in DEMONYMS and (rest[-1].low in _COMPANY_GENERIC or
                                                        rest[-1].low in _DEMONYM_BODY_WORDS))
                        and not (words[0].low == "the" and t is not rest[-1] and
                                 not t.poss and _league_modified(rest))
                        for t in rest):
        generic = rest[-1].low  # "the company"; a headline's "Shipping firm says"
        if generic == "group" and len(rest) >= 2 and rest[0].low in DEMONYMS and all(
                t.low in DEMONYMS or t.low in _INDUSTRY_WORDS for t in rest[1:-1]):
            generic = "company"  # "the Japanese industrial group", "the French luxury group":
            # a company, the one the sentence is about
    elif words[0].low == "the" and len(rest) >= 2 and rest[-1].low in _COMPANY_GENERIC and \
            not rest[-1].cap and all(t.cap and not t.poss for t in rest[:-1]) and \
            " ".join(t.low for t in rest[:-1]) in COUNTRIES | CAPITALS:
        generic = rest[-1].low  # "the UAE carrier", "the Abu Dhabi developer": its country or
        # capital describes the company named before, as "the Emirati developer" does
    elif len(words) == 1 and not head.text.isupper() and (
            head.low in GOVERNMENT_HEADS or head.low in ORG_HEADS or head.low in ARMED_HEADS):
        generic = head.low  # a bare "Army:" label or "Police say" headline
    elif len(rest) == 1 and len(words) == 2 and words[0].low == "the" and rest[0].cap and \
            rest[0].low in _GENERIC_KINDS:
        generic = rest[0].low  # press releases' "the Company said"
    description: list[str] = []
    if (kind == PERSON or words[-1].low in ("prosecutor", "counsel", "magistrate", "coroner")
            or words[-1].low in PEOPLE_SPEAKER_HEADS) \
            and (words[-1].low.rstrip(".") in TITLE_WORDS or words[-1].low in _ROLE_TITLES or
                 "-" in words[-1].low and _is_title(words[-1])):
        # (a compound rank: "the Brigadier-General"; "the US envoy", no title before names)
        # "the French president", "Ghana president", "the minister"; "the police chief" (a
        # body's word before a person's title: the chief named before, if any)
        description = [t.base.lower().rstrip(".") for t in words
                       if t.low not in ("a", "an", "the")]
    return Candidate(_display(text), kind, written=written, generic_head=generic,
                     description=description)


# Words that make a role another office than the bare title: "the treasurer" is not the
# shadow treasurer, "the governor" not the deputy governor.
_OTHER_HOLDER_WORDS = words("shadow former deputy vice ex-")


# Roles a story gives a person that are no title written before names, but which "the ..."
# refers back to as to one: "US envoy Mark Delaney ... the US envoy said".
_ROLE_TITLES = words("envoy negotiator mediator")


_COMPETITION_WORDS = words("league championship division federation association liga "
                          "bundesliga ligue serie")


def _league_modified(rest: list[Tok]) -> bool:
    """ "the Premier League club", "the Serie A side", "the Championship club": a club
    described by the league it plays in (a lower-case club word after capitalised ones)."""
    return rest[-1].low in ("club", "side") and not rest[-1].cap and len(rest) <= 4 and \
        all(t.cap or t.kind == "n" for t in rest[:-1])


_APPOSITION_OPENERS = words("a an the another one")


def _person_in_apposition(words: list[Tok], appos: list[Tok]) -> Candidate | None:
    """The person a role introduces by name in the apposition after it: "A spokesman for
    Harbour Rail, Lena Moss, said", "Another tenant, retired teacher Ola Brandt, said" (a
    description of the person may come before the name). The role is the person's."""
    # ("One victim, retired nurse Ana Obi, said": the opener "One" is no part of the phrase;
    # a lone lower-case person noun shows a word came before it)
    lone_noun = len(words) == 1 and not words[0].cap and words[0].low in PEOPLE_SPEAKER_HEADS
    # ("The intendant of Biobío, Rosa Marín, said": an office of a place, whatever its word)
    office_of = len(words) >= 4 and words[0].low in ("the", "a") and words[2].low == "of" and \
        not words[1].cap and words[1].kind == "w" and not words[1].low.endswith("s") and \
        not any(words[1].low in heads for heads in (
            GOVERNMENT_HEADS, ORG_HEADS, DOCUMENT_HEADS, _ANY_BODY_HEADS)) and \
        words[-1].cap and all(t.cap or t.low in ("of", "the") for t in words[2:])
    if not lone_noun and not office_of and (
            len(words) < 2 or words[0].low not in _APPOSITION_OPENERS or not any(
            not t.cap and (t.low in _SPOKES_HEADS or t.low in PEOPLE_SPEAKER_HEADS or
                           t.low in _STAFF_HEADS or t.low in _SINGLE_ROLES)
            for t in words[1:3])):
        return None
    sp = _split_person(appos)
    if sp is None or len(sp[2]) < 2 or not all(t.cap for t in sp[2]) or \
            any(t.low in _ANY_BODY_HEADS for t in sp[2]):
        return None
    desc, title, name = sp
    role = _clean(", ".join(p for p in (" ".join(t.text for t in desc + title),
                                         _strip_det(words)) if p))
    return Candidate(_clean(" ".join(t.text for t in name)), PERSON, role=role,
                     written=_clean(" ".join(t.text for t in appos)), person=True)


def _listing_end(words: list[Tok]) -> int:
    """Where a stock index or ranking that describes a body ends, or 0: "the FTSE 250
    company", "the S&P 500 firm", "the Fortune 500 retailer" are a company named before, the
    index only says where it is listed (a capitalised word and a number, then lower-case
    words ending in a body's head)."""
    start = 1 if words and words[0].low == "the" else 0
    if len(words) < start + 3 or not words[start].cap or words[start + 1].kind != "n" or \
            words[-1].low not in _GENERIC_KINDS:
        return 0
    rest = words[start + 2 :]
    if any(t.cap or t.kind == "n" for t in rest):
        return 0
    return start + 2


_RANK_WORDS = words("chief deputy principal head")


def _office_of_body(words: list[Tok], i: int) -> str | None:
    """The office a body's ranked title names, when the title ends the phrase at words[i]:
    "the Authority's chief medical officer" is "Authority chief medical officer", one person
    holding that office (not "Authority's medical" speaking through an officer)."""
    p = next((k for k in range(i - 1, -1, -1) if words[k].poss), -1)
    if p < 0 or i != len(words) - 1 or not words[p].cap or i - p < 3 or \
            words[p + 1].low not in _RANK_WORDS or \
            any(t.cap or t.kind != "w" for t in words[p + 1 : i]):
        return None
    return " ".join([words[p].base] + [t.text for t in words[p + 1 : i + 1]])


def _possessive_in_name(words: list[Tok], i: int) -> bool:
    """Whether the capitalised possessive words[i] is inside a body's name ("the Tillman County
    Sheriff's Office", "the Ntomba Citizens' Forum") rather than its owner ("Zambia's Ministry
    of Mines", "Al Jazeera's Hani Mahmoud")."""
    t = words[i]
    base = t.base.lower()
    if 2 <= i < len(words) - 1 and words[i - 1].low == "of" and words[i - 2].cap and \
            not words[i - 2].poss and words[i - 2].low not in TITLE_WORDS and \
            words[i + 1].cap and words[-1].cap and (
                words[-1].low in ORG_HEADS or words[-1].low in GOVERNMENT_HEADS or
                words[-1].low in ARMED_HEADS):
        return True  # "the General Staff of Ukraine's Armed Forces": a name running on
        # past "of" through the body it is part of
    if i + 1 >= len(words) or not words[i + 1].cap or base in COUNTRIES or base in CAPITALS \
            or base in DEMONYMS or base in MEDIA_NAMES or base in ORGANISATION_NAMES:
        return False
    head = words[-1].low
    single = head[:-1] if head.endswith("s") else head  # "Farmers' Unions"
    return head in ORG_HEADS or head in GOVERNMENT_HEADS or single in ORG_HEADS or \
        single in GOVERNMENT_HEADS


def _spells(acronym: str, name_words: list[str]) -> bool:
    """Whether `acronym` takes one or more leading letters of each name word in order ("of",
    "and", "for" may give none): "lasema" from lagos state emergency management agency."""
    if not name_words:
        return not acronym
    if not acronym:
        # "CDC": the Centers for Disease Control and Prevention (a remit added later)
        return all(w in ("of", "and", "for", "&", "on") for w in name_words) or \
            name_words[0] in ("and", "&")
    word, rest = name_words[0], name_words[1:]
    if word in ("of", "and", "for", "&", "on") and _spells(acronym, rest):
        return True
    n = 1
    while n <= min(len(word), len(acronym), 3) and acronym[:n] == word[:n]:
        if _spells(acronym[n:], rest):
            return True
        n += 1
    return False


def _without_in(ws: list[str]) -> list[str]:
    """A title's words without "in", which its acronym may skip: "OC" for the
    officer-in-charge of a police station, as South Asian papers write it."""
    return [w for w in ws if w != "in"] if "in" in ws else []


def _opens_spelled(acronym: str, name: str) -> bool:
    """Whether the acronym's first letters spell all of a name before its first comma, so the
    list after the comma is the name's too though the acronym skips a word of it: "Kenya
    Medical Practitioners, Pharmacists and Dentists Union (KMPDU)" (not "In Lagos, the
    Police Force (NPF)", nor "Adamawa State, the Adamawa State Emergency Management Agency
    (ADSEMA)": a name after "the" is one of its own)."""
    head_text, _, rest = name.removeprefix("The ").partition(",")
    head = [w.lower() for w in head_text.split()]
    return len(head) >= 2 and not rest.lstrip().lower().startswith("the ") and any(_spells(acronym[:n], head) for n in range(2, len(acronym) + 1))


_COUNTRY_SHORT_FORMS = words("us u.s. uk u.k. eu e.u. un u.n.")

# Kinds of body that close a name and that its acronym may leave out: "BART" for the Bay Area
# Rapid Transit District, "SEPTA" beside a "... Transportation Authority Corporation".
_UNSPELLED_TAILS = words("district corporation company authority agency commission board")


def _spells_body(acronym: str, name_words: tuple[str, ...] | list[str]) -> bool:
    """Whether `acronym` spells a body's name (its words lower-cased, "the" aside); the
    country that opens the name may give no letter: "FDA" for the U.S. Food and Drug
    Administration, "MHRA" for the UK Medicines and Healthcare products Regulatory Agency."""
    ws = [w for w in name_words if w != "the"]
    if _spells(acronym, ws):
        return True
    return len(ws) > 2 and (ws[0] in _COUNTRY_SHORT_FORMS or ws[0] in COUNTRIES or
                            ws[0] in DEMONYMS) and _spells(acronym, ws[1:])


def _strip_det(toks: list[Tok]) -> str:
    toks = [t for t in toks if t.text not in QUOTES]
    while toks and toks[0].low in ("the", "a", "an", ",", "and", "another", "one"):
        if toks[0].text == "A" and len(toks) > 2 and len(toks[1].text.rstrip(".")) == 1 and \
                toks[1].text[0].isupper():
            break  # "A K Singh": an initial, not an article
        toks = toks[1:]
    return _clean(" ".join(t.text for t in toks))


# Documents a body in the story issues about its own business (not "a report", "a study",
# often someone else's).
_ISSUED_DOCUMENTS = words("statement communique communiqué release circular notice bulletin")
# A court's documents, and the words of courts' names.
_COURT_DOCUMENTS = words("ruling rulings verdict verdicts judgment judgments judgement judgements")
_COURT_WORDS = words("court tribunal")
# Words that make a capitalised name a body's, whatever its last word.
_BODY_NAME_WORDS = (GOVERNMENT_HEADS | ORG_HEADS) - DOCUMENT_HEADS
# Documents whose "of" names whom they asked or counted, not who made them.
_SAMPLED = words("survey surveys poll polls study census sample analysis review trial")


# Last words of a document's title beside DOCUMENT_HEADS ("... Flood Outlook", "... Index").
_TITLED_DOCUMENTS = words("outlook index barometer digest yearbook monitor")


def _owner_after_sample(words: list[Tok], i: int) -> list[Tok]:
    """ "A survey of 2,400 nurses by the union X": the owner named after the sample that
    follows the document's "of" at words[i] (empty when no "by" follows a count)."""
    if words[i].low != "of" or words[i - 1].low not in _SAMPLED:
        return []
    by = next((k for k in range(i + 2, len(words)) if words[k].low == "by"), 0)
    if not by or not any(t.kind == "n" for t in words[i + 1 : by]):
        return []
    return _trim(words[by + 1 :])


_AUTHORED_DOCUMENTS = words("report reports statement findings figures data estimates "
                            "estimate records bulletin")


def _owner_after_document_of(words: list[Tok]) -> list[Tok] | None:
    """The named body after "of" when the phrase is a document it wrote: "the latest report
    of the Harbour Safety Board", "figures of the Health Ministry" (an audit or a review of a
    body is about it, not by it)."""
    of = next((i for i, t in enumerate(words) if t.low == "of"), -1)
    if of < 1 or words[of - 1].low not in _AUTHORED_DOCUMENTS or words[of - 1].cap or not all(
                t.low in _DOC_ADJECTIVES for t in words[: of - 1]):
        return None
    rest = words[of + 1 :]
    if rest and rest[0].low == "the":
        rest = rest[1:]
    if len(rest) < 2 or not rest[0].cap or not rest[-1].cap or not all(
            t.cap or t.low in ("of", "for", "and", "on") for t in rest):
        return None
    return rest


def _document_owner(words: list[Tok]) -> list[Tok] | None:
    # "Maiga's statement", "the army's report"
    for i in range(len(words) - 1, -1, -1):
        if words[i].poss and i == len(words) - 2 and words[i].cap and \
                words[i].text[-1:] in ("'", "\u2019") and words[-1].cap and \
                words[-1].low in ORG_HEADS:
            return None  # "the Dairy Farmers' Network": a plural possessive inside a name
        if words[i].poss:
            if i < len(words) - 2 and all(t.cap for t in words[i + 1 : -1]) and \
                    _possessive_in_name(words[:-1], i):
                j = i  # "Lloyd's List Intelligence data": a possessive inside the name
                while j > 0 and words[j - 1].cap and not words[j - 1].poss:
                    j -= 1
                return words[j:-1]
            j = i
            while j > 0 and (words[j - 1].cap or words[j - 1].low in SPEAKER_PHRASE_WORDS) \
                    and words[j - 1].low not in ("a", "an", "the") and not words[j - 1].poss:
                j -= 1
            owner = words[j : i + 1]
            return owner[:-1] + [_possessive_base(owner[-1])]
    # "a statement from the army", "figures released by X"
    for i, t in enumerate(words):
        if t.low in ("from", "by", "of") and i > 0 and (
                words[i - 1].low in DOCUMENT_HEADS or
                t.low != "of" and words[i - 1].low in _FORECAST_DOCUMENTS):
            rest = _trim(words[i + 1 :])
            if t.low == "of" and words[i - 1].low in _SAMPLED and any(
                    x.kind == "n" or x.low in NUMBER_WORD_SET or x.low in _DETERMINERS
                    for x in words[i + 1 :]):
                break  # "a survey of more than 5,000 of its members": whom it asked
            if rest:
                return rest
    # "a UN report", "the police statement"
    mods: list[Tok] = []
    for i, t in enumerate(words[:-1]):
        if t.low == "staff" and i == len(words) - 2 and mods:
            continue  # "a council staff report": the council's, which its staff wrote
        if t.kind == "w" and (t.low not in DOCUMENT_HEADS or t.cap and t.start > 0 or
                              # ("Statistics Canada figures show" opening a sentence)
                              t.cap and i + 2 < len(words) and words[i + 1].cap and
                              words[i + 1].low not in DOCUMENT_HEADS) and (
                t.low not in _DOC_ADJECTIVES or t.cap and mods and mods[-1].cap and
                i + 2 < len(words) and words[i + 1].cap):
            mods.append(t)  # "Washington Post"; "Health New Zealand figures" keeps "New"
    while len(mods) > 1 and not mods[-1].cap and (mods[-2].cap or len(mods) > 2 and (
            not mods[-2].poss and mods[-3].cap and mods[-2].kind == "w" and
            mods[-2].low not in SPEAKER_PHRASE_WORDS and
            mods[-2].low not in _ORG_OR_GOVERNMENT_HEADS)) and (
            mods[-1].low.endswith("ing") or mods[-1].kind == "w" and not mods[-1].poss and
            mods[-1].low not in SPEAKER_PHRASE_WORDS and
            mods[-1].low not in _ORG_OR_GOVERNMENT_HEADS):
        mods = mods[:-1]  # "Argus tracking data": the owner, not what the data come from;
        # "Transport for NSW performance data", "ONS labour market figures": a lower-case
        # word of what the data measure, no body's or speaker's word ("Kaduna police report")
    if mods and (any(t.cap for t in mods) or kind_of(" ".join(t.text for t in mods)) != PERSON):
        return mods
    return None


# Instruments a body measures with: "data from the board's network of gauges" are the board's.
_MEASURING = words("network networks station stations gauge gauges sensor sensors monitor "
                   "monitors buoys wells satellites cameras meters")
_ORG_OR_GOVERNMENT_HEADS = ORG_HEADS | GOVERNMENT_HEADS
# Things a body publishes its data through, which speak for it after its possessive.
_INDEXES = words("index indexes indices")
_DATA_PRODUCTS = words("portal tool tracker dashboard database server") | _INDEXES
# A body's data series or monitoring programme, named after the body's possessive.
_OWNED_SERIES = words("series program programme")


def _product_owner_before(words: list[Tok]) -> list[Tok] | None:
    """The capitalised name before a lower-case data product and at most two lower-case words
    describing it ("the Elcom transparency server", "the Ministry of Health case tracker"):
    the body whose product it is."""
    if len(words) < 3 or words[-1].cap or words[-1].low not in _DATA_PRODUCTS:
        return None
    start = 1 if words[0].low == "the" else 0
    end = start
    while end < len(words) - 1 and (words[end].cap and words[end].kind == "w" or
                                    words[end].low in ("of", "and", "&") and end > start):
        end += 1
    mods = words[end:-1]
    if end == start or not words[end - 1].cap or len(mods) > 2 or \
            any(t.cap or t.kind != "w" or t.poss for t in mods):
        return None
    return words[start:end]


def _after_its_country(body_words: tuple[str, ...] | list[str], lead: tuple[str, ...]) -> bool:
    """Whether a short name is a body's name without the country or nationality that opens
    it: "Aramco" for Saudi Aramco, "Telecom" for Kenya Telecom ... (the rest of the name
    whole, as stories write it after the first mention)."""
    first = body_words[0] if body_words else ""
    return len(body_words) == len(lead) + 1 and tuple(body_words[1:]) == lead and (
        first in COUNTRIES or first in DEMONYMS)


def _titled_office_holder(words: list[Tok]) -> list[Tok] | None:
    """The titled person whose office a phrase names, "the office of Rep. Dana Whitlock" or
    "Gov. Lydia Ferrante's office" (a title word opens the capitalised name; not "Britain's
    Foreign Office", a body's own name, nor "the governor's office", a description)."""
    held = 1 if words and words[0].low == "the" else 0
    if len(words) >= held + 4 and words[held].low == "office" and words[held + 1].low == "of" and \
            words[held + 2].low in TITLE_WORDS and all(t.cap for t in words[held + 2 :]):
        return words[held + 2 :]
    if len(words) >= 4 and words[-1].text == "office" and words[-2].poss and \
            words[0].low in TITLE_WORDS and all(t.cap for t in words[:-1]) and \
            not any(t.poss for t in words[:-2]):
        return words[:-2] + [_possessive_base(words[-2])]
    return None


def _possessive_base(t: Tok) -> Tok:
    if not t.poss:
        return t
    return Tok(t.base, t.base.lower(), t.start, t.end - 2, t.kind)


# Which kinds of speaker "the <head>" may refer back to.
_GENERIC_KINDS: dict[str, tuple[str, ...]] = {}
for _heads, _kinds in (
    ("ministry government govt army military police cops junta authorities department presidency "
     "administration regime command forces office bureau commission navy cabinet force "
     "service directorate inspectorate", (GOVERNMENT,)),
    ("organisation organization charity group company firm body fund programme bank club trust "
     "foundation institute ngo union party agency board carrier airline operator utility "
     "lender insurer regulator retailer watchdog alliance coalition association council "
     "authority carmaker automaker drugmaker chipmaker manufacturer producer refiner exporter "
     "supplier conglomerate committee institution forecaster platform portal tracker entity "
     "network monitor funder consortium mission provider consultancy " +
     " ".join(COMPANY_KIND_WORDS | COMPANY_NAME_OPENERS),
     # ("the Britain-based war monitor": the observatory named before)
     (ORGANISATION, GOVERNMENT)),
    ("rebels militants separatists jihadists insurgents militia fighters group",
     (ARMED_GROUP,)),
    ("newspaper outlet broadcaster channel paper network", (MEDIA,)),
    ("league", (ORGANISATION,)),
    # "the think tank" ("tank" is a speaker's head only after "think")
    ("tank think-tank thinktank partnership co-op co-operative cooperative exchange",
     (ORGANISATION,)),
    ("city town", (GOVERNMENT,)),
    ("museum gallery festival theatre theater orchestra developer", (ORGANISATION,)),
):
    for _h in _heads.split():
        _GENERIC_KINDS[_h] = _GENERIC_KINDS.get(_h, ()) + _kinds
# The words a central bank's own name holds ("Bank of Uganda", "Federal Reserve", "Monetary
# Authority of Singapore", "Banco Central", "Bundesbank").
_CENTRAL_BANK_WORDS = words("bank banco banque reserve monetary bundesbank riksbank "
                            "fed rbi ecb boe boj pboc rba rbnz snb cbn sarb")
_BROAD_GOVERNMENT = words("government authorities administration regime junta cabinet govt")
# Words naming a public body that is no government of its own: a statistics office, a central
# bank, a weather service, an auditor, a court, an electoral body.
_NOT_THE_GOVERNMENT = words("statistics statistical census meteorological meteorology weather "
                            "audit auditor bank court tribunal electoral ombudsman")
# Heads that say nothing alone: "the department said" is whichever department spoke.
# Heads only a government body bears ("the department said" is never a firm's).
_GOVERNMENT_ONLY_HEADS = words("department directorate inspectorate")
_BARE_AGENCY_HEADS = words("department office bureau agency service force directorate "
                           "inspectorate commission command")
# A body's head word as other languages write it in names ("Banco de Mexico" is "the bank").
_HEAD_IN_OTHER_LANGUAGES = {
    "bank": frozenset({"banco", "banque", "banca", "bundesbank"}),
    "ministry": frozenset({"ministerio", "ministère", "ministero", "ministerium"}),
    "institute": frozenset({"instituto", "institut", "istituto"}),
    "commission": frozenset({"comisión", "comissão", "commissione"}),
    "council": frozenset({"conseil", "consejo", "consiglio"}),
    "foundation": frozenset({"fundação", "fundacao", "fundación", "fundacion", "fondation",
                             "fondazione", "stiftung"}),
}
_FOREIGN_HEADS = frozenset().union(*_HEAD_IN_OTHER_LANGUAGES.values())
# Heads of bodies a story may quote beside the one it reports on, through their analysts:
# "the bank" is never a bank named only as "Analysts at Greystock Bank".
_COMMENTATOR_BODY_HEADS = words("bank lender")
# A head's longer spellings that introduce a body before its name: "the co-op" after "New
# Zealand's largest dairy co-operative, Kowhai Dairy,".
_HEAD_SYNONYMS = {"co-op": frozenset({"co-operative", "cooperative"})}
# Other words a name may use for what a generic head describes: "the force" is the police.
# Words in a body's name that "the force", "the airline" or "the carrier" refer back to.
_AIRLINE_NAME_WORDS = frozenset({"airways", "airlines", "air", "aviation"})
# "the army" is the Chadian Armed Forces; "the bank" Millbrook Valley Bancorp; "the union" a
# nurses' organisation or a federation of workers; "the district" Denver Public Schools.
_POLICE_WORDS = words("police cops")
# "the district" after "Chicago Public Schools": a school system is a district by another name.
_SCHOOL_SYSTEM_WORDS = words("schools isd usd")
_POLICE_ALIASES = _POLICE_BODY_WORDS | {"pd"}
# Words of a prosecuting body's name: "Public Prosecution", "Prosecutor's Office".
_PROSECUTION_WORDS = frozenset({"prosecution", "prosecutor", "prosecutors", "prosecuting"})
_HEAD_ALIASES = {**_HEAD_IN_OTHER_LANGUAGES, "force": _POLICE_BODY_WORDS,
                 "cops": _POLICE_ALIASES, "police": _POLICE_ALIASES - {"police"},
                 "airline": _AIRLINE_NAME_WORDS, "carrier": _AIRLINE_NAME_WORDS,
                 "army": frozenset({"armed"}), "district": _SCHOOL_SYSTEM_WORDS,
                 # "the league" for the National Basketball Association
                 "league": frozenset({"association"}),
                 # "the museum" for the National Gallery, "the gallery" for a Museum of Art
                 "museum": frozenset({"gallery", "galleries"}), "gallery": frozenset({"museum"}),
                 # "the developer" for Sarawat Development Company, Riot Games, Harbour Homes
                 "developer": frozenset({"development", "developments", "games", "homes",
                                         "properties", "studios"}),
                 # "prosecutors said" after the Harbour City Public Prosecution spoke
                 "prosecutors": _PROSECUTION_WORDS, "prosecutor": _PROSECUTION_WORDS,
                 "bank": _HEAD_IN_OTHER_LANGUAGES["bank"] | {"bancorp", "bancshares"},
                 # "the regulator" for the Electricity Tariff Regulatory Authority
                 "regulator": frozenset({"regulatory"}),
                 "union": frozenset({"organisation", "organization", "federation",
                                     "confederation", "congress", "guild", "syndicate",
                                     "association", "alliance"})}
# Aliases for a body named before only: "the union" after the British Medical Association or a
# workers' alliance, but a summary's "Union says" is not the Local Government Association the
# story names next.
_BACK_ALIASES = frozenset({"association", "alliance"})
_MEASURE_ACRONYMS = frozenset(w.upper() for w in words(
    "gaap ifrs ebitda ebit eps ipo gdp gnp cpi ppi pmi etf yoy qoq fy roe roi npa npl aum ltv "
    "cagr vat gst tv fm am pm cbr crr mpr nav fx ai it hr"))
# Heads a description of a weather service may use ("the weather bureau", "the weather
# agency"), and words of the names of such services ("Meteorological", "Atmospheric").
_WEATHER_BODY_HEADS = words("bureau agency service office department administration authority")
_WEATHER_NAME_WORDS = words("weather meteorological meteorology atmospheric met observatory "
                            "hydrometeorological climatology")
_CULTURE_HEADS = words("museum gallery festival theatre theater orchestra")
# How far back a remit's description ("the health ministry") may stand for a bare "the
# ministry", and the description itself after "the" or an owner's "'s".
_REMIT_DESCRIPTION_LOOK_BACK = 1500
_REMIT_DESCRIPTION_RES = {
    h: re.compile(rf"(?:\b[Tt]he|['\u2019]s) ((?:[a-z]+ ){{1,3}}?){h}\b")
    for h in ("ministry", "department")}
# Levels of government a remit's description may give ("the state health department").
_REMIT_LEVELS = words("state county city federal national provincial regional district "
                      "municipal")
# Titles before a minister's remit that make the role no ministry's voice ("Prime Minister",
# "Shadow Health Minister", "former Trade Minister").
_NO_MINISTRY_TITLES = words("prime shadow former ex first chief")
# Words for a state's armed forces, and the words that make a "Forces" name one: "the
# military" or "the army" is the Israel Defense Forces or the Sudanese Armed Forces named
# before, never a "Rapid Support Forces" or "Democratic Forces" militia.
_ARMED_FORCES_WORDS = words("armed defence defense")


def _armed_forces_name(ws) -> bool:
    """Whether a body's name words name a state's armed forces ("Armed Forces of the
    Philippines", "Israel Defense Forces", "Defence Forces")."""
    return ("forces" in ws or "force" in ws) and not _ARMED_FORCES_WORDS.isdisjoint(ws)


_MEDICAL_CENTRES = words("center centre centers centres")


def _hospital_name(ws) -> bool:
    """Whether a body's name words name a hospital without the word ("Riverbend Medical
    Center", "Royal Infirmary", "Mayo Clinic"); not a "Medical Association"."""
    return "infirmary" in ws or "clinic" in ws or \
        "medical" in ws and not _MEDICAL_CENTRES.isdisjoint(ws)


# Words for a body a nationality may describe as it does a company ("the German charity", "the
# Japanese industrial group", "the Kenyan lender").
_DEMONYM_BODY_WORDS = words("group bank charity ngo nonprofit conglomerate")
# Words of an industry before "group" ("the German engineering group"): a company's group.
_INDUSTRY_WORDS = words("industrial engineering technology tech media mining steel chemicals "
                        "chemical energy oil retail insurance banking financial shipping telecoms "
                        "telecom food drinks beverage luxury fashion pharmaceutical pharmaceuticals "
                        "property construction travel hotel consumer packaging investment "
                        "electronics auto car commodities trading logistics")
# Heads whose body a name can show to be of their kind without the head word itself.
_KIND_NAME_TESTS = {"military": _armed_forces_name, "army": _armed_forces_name,
                    "hospital": _hospital_name}


# Heads no body of another head is called by: "the council" is no "... health authority".
_OWN_KIND_HEADS = words("council committee")
def _other_body_head(name: str, head: str, role: str = "") -> bool:
    """Whether a body is of another kind than `head` says: neither its name nor the role it
    was introduced with holds the word ("Lazio regional health authority", "the farm
    workers' union Flai-Cgil" are no "council"), and its name spells no acronym."""
    return not name.isupper() and head not in _name_words(name) and \
        head not in role.lower().split()


# An apposition that makes a name like an outlet's a body of another kind: ", a nonpartisan
# watchdog", ", an independent think tank", ", the campaign group".
_NO_OUTLET_APPOSITION_RE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:watchdog|think[\s-]tank|thinktank|charity|"
    r"nonprofit|non-profit|campaign\s+group|advocacy\s+group|pressure\s+group|coalition|"
    r"organi[sz]ation|research\s+group|institute|foundation|trade\s+body|lobby\s+group)\b")


# A sentence that speaks beside a document, not as it: "In a statement accompanying the
# accounts, ...", "Releasing the report in New Delhi, the minister said".
_BESIDE_DOCUMENT_RE = re.compile(
    r"(?i)\b(?:accompanying|alongside|releasing|presenting|launching|unveiling)\s")


_ANY_BODY = words(
    "organisation organization company firm group agency body charity authority council "
    "watchdog regulator directorate inspectorate institution committee bank forecaster entity "
    "tank think-tank thinktank funder ngo "
    # ("Kestrel Dairies will cut its price, the farmer-owned co-operative said")
    "co-operative cooperative co-op "
    "mission"  # ("mission officials said" after the space agency that flies it spoke)
)


@lru_cache(maxsize=8192)
def _person_in_run(run: str, opens: bool = True) -> tuple[str, str, str, int] | None:
    """(name, title, written form, offset of the name) when a capitalised run names a person.

    `opens`: the run opens its sentence. Only there is an occupation capitalised ("Herder
    Abbas Naeem"); after "chairperson" the run "Peter Ngugi Kamau" is all name."""

    toks = tokenize(run if opens else " " + run)  # (a name not at offset 0 opens nothing)
    while toks and toks[0].low.rstrip(".") in COMMON_CAPITALISED and not _is_title(toks[0]) \
            and not _balinese_name_at(toks, 0):
        toks = toks[1:]
    while len(toks) > 2 and toks[0].low in _REMIT_WORDS:
        toks = toks[1:]  # "Minister for Housing Declan Furlong": the run after "for"
    sp = _split_person(toks)
    if sp is None:
        return None
    _, title, name = sp
    if len(name) < 2 and not title:
        return None
    if len(name) < 2 and all(t.low.rstrip(".") in DEMONYMS or t.base.lower() in COUNTRIES
                             for t in title):
        return None
    name_text = _clean(" ".join(t.text for t in name))
    role = _clean(" ".join(t.text for t in title))
    written = _clean(" ".join(t.text for t in title + name))
    return name_text, role, written, name[0].start - (0 if opens else 1)


def _named_person(run: str) -> bool:
    """Whether a capitalised run is a person's full name, with or without a title ("Dr.
    Kavitha Raghunathan", "Tobias Lindqvist"; not "General Staff", a title and a word)."""
    if kind_of(run) != PERSON:
        return False
    found = _person_in_run(run)
    return found is not None and " " in found[0]


# --------------------------------------------------------------------------- article context

# A title and "of" or "for" right before a capitalised run: the run opens with the title's
# remit ("Supervisor of Elections ...", "Director of Public Prosecutions ...").
_TITLE_OF_BEFORE_RE = re.compile(r"\b([A-Z][A-Za-z-]+) (?:of|for) (?:the )?$")
_TITLES_BEFORE_REMIT = TITLE_WORDS | _PERSON_TITLES | _SINGLE_ROLES | _REMIT_TITLES | \
    _SEAT_TITLES | words("parliament assembly")

# Capital letters, with the accented ones names use ("Eoin Ó Briain", "Łukasz", "Élise"; the
# Turkish "Şimşek", "Ğ" and dotted "İlhan", the Romanian "Ștefan", "Țuțea").
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0141\u015a\u017b\u0179\u0106\u0143\u0160\u017d\u010c\u0158" \
    "\u015e\u011e\u0130\u0218\u021a"
# Initials written solid are one word of the run: "K.R. Menon", "P.M. Rasheed" (not "R. Menon";
# after a number, "at 6 P.M. Rasheed said", the letters are a time).
_NAME_RUN_WORD = rf"(?<!\d[ ])(?:[{_UPPER}]\.){{2,3}}(?=[ ])|[{_UPPER}][\w'\u2019-]*\.?"
# Lower-case particles inside a run of a personal name: every word of `_NAME_PARTICLES`, so
# that a particle of two words is one run ("Pieter van der Berg", "Juan de la Cruz").
_RUN_PARTICLES = "|".join(sorted(_NAME_PARTICLES, key=lambda w: (-len(w), w)))
_NAME_RUN_RE = re.compile(
    rf"(?<!\.)(?:{_NAME_RUN_WORD})(?:[ ](?:{_NAME_RUN_WORD}|(?:al|el)-\w+|(?:{_RUN_PARTICLES})"
    r"\b)){1,6}"  # (a particle is a whole word: not the "de" of "described")
)

# A run of one to four capitalised words right after a word that introduces a body ("the
# institute TRVI", "the consortium Dunmore Offshore,").
_NAME_AFTER_HEAD_RE = re.compile(
    rf" ((?:[{_UPPER}][\w&'\u2019-]*(?: |(?=[,.;:)]))){{1,4}})")


def _is_word_char(ch: str) -> bool:
    """Whether `ch` is a character `\\w` matches (an empty string is not)."""
    return ch.isalnum() or ch == "_"


def _word_spans(text: str, word: str, bounded_end: bool = True) -> Iterator[tuple[int, int]]:
    """Where `word` stands in `text` with a word boundary before it (and after it, unless
    `bounded_end` is false), left to right and not overlapping: what
    `re.finditer(rf"\\b{re.escape(word)}\\b", text)` finds, without compiling a pattern for
    each name the text holds."""
    if not word:
        return
    first_word, last_word = _is_word_char(word[0]), _is_word_char(word[-1])
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if _is_word_char(text[at - 1 : at]) != first_word and (
                not bounded_end or _is_word_char(text[end : end + 1]) != last_word):
            yield at, end
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def _name_runs(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, run) of the capitalised runs that may name a person, each cut where a
    sentence ends inside it and without a possessive ending: "... said CEO Dana Whitlow. The
    firm" gives "CEO Dana Whitlow." and "The"; "to lift Owen Marsh's side" gives "Owen
    Marsh" (a name is still mentioned when something of the person's is meant)."""
    for m in _NAME_RUN_RE.finditer(text):
        start, run = m.start(), m.group()
        while (stop := _sentence_end_in_run(run)) is not None:
            yield start, start + stop.end(), run[: stop.end()]
            skip = stop.end() + 1
            start, run = start + skip, run[skip:]
        if run.endswith(("'s", "\u2019s")) and " " in run:
            run = run[:-2]
        yield start, start + len(run), run


_INITIAL_END_RE = re.compile(r"(?:^|\s)(?:[A-Z]|[A-Z][a-z]|Jr|Sr|Ltd|Inc|Co|Corp)\.$")
# A body's governing organ before the body: "Executive Board of the ...", "Board of
# Directors of the ...", "Governing Council of the ..." (the organ acts for the body).
_ORGAN_OF_RE = re.compile(
    r"(?:The |the )?(?:(?:Executive|Governing|Supervisory) )?(?:Board|Council|Committee)"
    r"(?: of (?:Directors|Governors|Trustees))? of (?:the )?(.+)$")
# Words for a party's member written before a name ("the Liberal Daniel Whitfield").
_PARTY_MEMBER_WORDS = words("liberal conservative tory socialist nationalist unionist "
                            "republican democrat")
# Titles written in the plural before the first of two names ("Councillors Mary Hart and
# Tom Lee", "Senators Ana Ruiz and Bo Li").
_PLURAL_TITLE_STEMS = words("commissioner councillor councilor councilmember councilwoman "
                            "councilman senator supervisor alderman representative trustee "
                            "assemblymember legislator selectman selectwoman judge justice "
                            "director officer constable detective minister governor mayor")
_ACRONYM_PAREN_RE = re.compile(r"\([A-Z][A-Za-z]{1,11}\)")
# A body's unit written in lower case after its capitalised name, which authors name by the
# body: "the National Weather Service office", "the Civil Protection command".
_LOCAL_UNIT_HEADS = words("office command directorate")
# Office holders whose office a capitalised title names ("the Chief Minister office").
_OFFICE_HOLDER_TITLES = words("minister governor president mayor secretary commissioner "
                              "attorney prosecutor senator ombudsman auditor inspector chief "
                              "director premier sheriff coroner collector chairman registrar")
# A country of two or three words owning what follows: "South Korea's ", "Sri Lanka's ".
_PLACE_OWNER_RE = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})['\u2019]s ")
# A name and its acronym: "Economic and Financial Crimes Commission (EFCC)", "Électricité du
# Liban (EDL)", "U.N. Office for the Coordination of Humanitarian Affairs (OCHA)" (the
# system's dotted initials kept); a comma inside the name ("Philippine Atmospheric, Geophysical and ...
# Administration (Pagasa)") is kept only when the acronym spells the whole name.
_ACRONYM_RE = re.compile(
    rf"((?:The[ ]+)?(?:(?:[A-Z]\.){{2,3}}[ ]+)?[{_UPPER}][\w'\u2019-]*(?:,?[ ]+(?:of|on|for|and|the|in|&|du|de|des|"
    rf"[{_UPPER}][\w'\u2019-]*)){{1,9}}"
    r"(?:(?<=Corp)\.|(?<=Co)\.|(?<=Inc)\.|(?<=Ltd)\.)?)"  # "Korea Railroad Corp. (Korail)"
    r"[ ]+\(([A-Z][A-Za-z]{1,11})\)"
)

# A name in a language that writes only its first word in capitals, before its acronym in
# brackets: "the Syndicat national des enseignants (SNE)", "la Confederación general del
# trabajo (CGT)".
_LOWER_CASE_NAME_RE = re.compile(
    rf"([{_UPPER}][a-z\u00e0-\u00ff'\u2019-]+(?:[ ]+[a-z\u00e0-\u00ff'\u2019-]+){{1,5}})"
    r"[ ]+\(([A-Z]{2,8})\)")
# Connectors such names hold, which give their acronym no letter.
_NAME_CONNECTORS = words("de del des du la le les et y e da do dos das di della der die und für "
                         "of and for")


def _lower_case_name(text: str, paren: re.Match[str], window_start: int) -> str | None:
    """The name a bracketed acronym spells when the name's words after its first are in lower
    case, as French, Spanish or Portuguese write a body's name: each word of it (connectors
    aside) gives the acronym exactly its first letter, so no English phrase before a bracket
    ("Teachers said (TS)") is taken for one."""
    m = next((m for m in _LOWER_CASE_NAME_RE.finditer(text, window_start, paren.end())
              if m.end() == paren.end()), None)
    if m is None:
        return None
    return _spelled_lower_case(m.group(1).split(), m.group(2))


def _spelled_lower_case(words_: list[str], acronym: str) -> str | None:
    """The end of `words_` that opens with a capital and whose words (connectors aside) give
    `acronym` one first letter each: "Syndicat national des enseignants" for "SNE"."""
    acronym = acronym.lower()
    for start in range(len(words_) - 1):
        ws = words_[start:]
        if not ws[0][:1].isupper() or ws[0] in ("The", "A", "An", "La", "Le", "El", "Les", "Los",
                                               "Las", "Il", "Die", "Der", "Das"):
            continue
        letters = [w[0] for w in ws if w.lower() not in _NAME_CONNECTORS]
        if len(letters) >= 3 and "".join(letters).lower() == acronym:
            return " ".join(ws)
    return None


# A body's name and its acronym in apposition: "the Centre for Monitoring and Research,
# CeMI, which ..." (an acronym with two capitals at least, not one that opens a list).
_APPOS_ACRONYM_RE = re.compile(
    rf"(?:^|(?<=[Tt]he[ ]))([{_UPPER}][\w'\u2019-]*(?:[ ]+(?:of|on|for|and|the|&|"
    rf"[{_UPPER}][\w'\u2019-]*)){{1,9}}),[ ]+([A-Z][a-z]?[A-Z][A-Za-z]{{0,9}}),[ ]+"
    r"(?!and\b|or\b|as well\b|[A-Z][A-Za-z]*,)"
)

# A body's name of three words or more ending in its kind, then its acronym in capitals with
# no brackets: "the German Engineering Federation VDMA said" (not when a capitalised word
# goes on: "Ambulance Service NHS Trust"). ("the " is matched, not looked behind for, so that
# the scan jumps from one "the" to the next; only the groups are read.)
_TRAILING_ACRONYM_RE = re.compile(
    rf"[Tt]he[ ]([{_UPPER}][\w'\u2019-]*(?:[ ]+(?:of|for|and|[{_UPPER}][a-z][\w'\u2019-]*))"
    r"{2,6})[ ]+([A-Z]{3,6})\b(?![ ]+[A-Z0-9]|[-.]\w)")

# A body's name and the short name it is known by: "the Japanese Trade Union Confederation,
# known as Rengo,", "the Federal Security Service, better known as the FSB,".
_KNOWN_AS_RE = re.compile(
    rf"(?:^|(?<=[Tt]he[ ]))([{_UPPER}][\w'\u2019-]*(?:[ ]+(?:of|on|for|and|the|&|"
    rf"[{_UPPER}][\w'\u2019-]*)){{1,9}}),?[ ]+\(?(?:also[ ]+|commonly[ ]+|widely[ ]+|"
    rf"better[ ]+|locally[ ]+)?known[ ]+as[ ]+(?:the[ ]+)?([{_UPPER}][\w'\u2019-]*"
    rf"(?:[ ]+[{_UPPER}][\w'\u2019-]*){{0,2}})(?=[,.;)])"
)

# " of India": the place a body's name ends with, written after the acronym of the rest
# ("the Comptroller and Auditor General (CAG) of India"); a country or city of one to three
# capitalised words, not "of the Mumbai police".
# Also a province's one word before a comma, as Pakistani outlets write their provinces'
# authorities: "the Provincial Disaster Management Authority (PDMA) Sindh, 38,500 houses ...".
_PLACE_AFTER_ACRONYM_RE = re.compile(
    rf"( of [{_UPPER}][a-z]+(?: [{_UPPER}][a-z]+){{0,2}})(?![ ]?[{_UPPER}(]|[\w'\u2019-])"
    rf"|( [{_UPPER}][a-z]+)(?=,)")

# A body's two names joined by a spaced dash: "Health New Zealand - Te Whatu Ora" (the second
# of two to six capitalised words, with the short lower-case words a Maori name holds, "Te
# Tahuhu o te Matauranga", but no English ones: "Te Whatu Ora on Friday"), not followed by
# another capitalised word or a number.
# Found from each spaced dash outwards, so a long run of capitalised words costs no more
# than its last eight (the first name) and the next six (the second).
_DUAL_DASH_RE = re.compile(r"[ ][-\u2013][ ]")
_DUAL_FIRST_RE = re.compile(
    rf"(?<![\w'\u2019&-])([{_UPPER}][\w'\u2019&-]*"
    rf"(?:[ ](?:(?:of|for|and|the|&)[ ]){{0,2}}[{_UPPER}][\w'\u2019&-]*){{1,7}})\Z")
_DUAL_SECOND_RE = re.compile(
    rf"([{_UPPER}][\w'\u2019-]*(?:[ ](?:(?!(?:on|in|at|by|to|of|for|"
    r"and|the|as|is|was|or|an|its|has|had|who|but|via|per)[ ])[a-z]{1,3}[ ]){0,2}"
    rf"[{_UPPER}][\w'\u2019-]*){{1,5}})(?![ ]?[{_UPPER}\d]|[\w'\u2019-])")

# The rest of a body's name that lists its remits after a comma: ", Fisheries and the
# Environment", ", Communities and Local Government", ", Trade and Industry" (capitalised
# words, commas, then "and" or "&", maybe "the", and the last capitalised words).
_REMIT_LIST_RE = re.compile(
    rf"(?:,[ ][{_UPPER}][\w'\u2019-]*(?:[ ][{_UPPER}][\w'\u2019-]*){{0,3}}){{1,5}},?[ ](?:and|&)[ ]"
    rf"(?:the[ ])?[{_UPPER}][\w'\u2019-]*(?:[ ][{_UPPER}][\w'\u2019-]*){{0,3}}\b")

# "(HWB), or Harwater,": the short name a body is also known by, after its acronym.
_OR_ALIAS_RE = re.compile(rf",[ ]+or[ ]+([{_UPPER}][\w'\u2019-]+(?:[ ]+[{_UPPER}][\w'\u2019-]+)?),")

# "Glacier Monitoring Switzerland network (GLAMOS)": a name, a lower-case body word, an acronym.
_NAME_THEN_HEAD_RE = re.compile(
    rf"([{_UPPER}][\w'\u2019-]*(?:[ ]+(?:of|for|and|[{_UPPER}][\w'\u2019-]*)){{0,6}})"
    r"[ ]+([a-z]+)[ ]+\([A-Z][A-Za-z]{1,11}\)"
)


# Things that never speak by themselves, so a phrase that names one and nothing that owns or
# runs it names no speaker: "according to one tracker", "The Budget also proposed" (a
# document whose issuer the sentence does not give), "tests".
_THING_NAMES = _OWN_PLANS | _DATA_PRODUCTS | _SYSTEM_WORDS | words(
    "tests test index budget budgets")


def _no_name(cand: Candidate) -> bool:
    """Whether a speaker phrase read apart names no speaker at all (the safety net after the
    name readers): a place a body is based in ("Conroe-based", "Mexico City-based"), written
    before what it describes; a conjunction or another word that opens sentences ("But",
    "Meanwhile"); a lone thing that does not speak ("Tracker", "Budget"). A person's surname
    that is also such a word ("May said") is a name."""
    ws = cand.name.split()
    if not ws or cand.person or cand.pronoun:
        return False
    if ws[-1].lower().endswith(_DESCRIPTOR_SUFFIXES):
        return True
    if len(ws) > 1 or ws[0].isupper():
        return False  # ("WHO said": an acronym, not the word "who")
    low = ws[0].lower()
    if low in _OPENING_CONJUNCTIONS or low in COMMON_CAPITALISED and low not in _SPEAKER_HEADS:
        return True
    return low in _THING_NAMES or cand.generic_head in _THING_NAMES


@dataclass(slots=True)
class Body:
    """A body (organisation, government body, armed group, outlet) named in the article."""

    pos: int
    name: str
    kind: str
    words: tuple[str, ...]  # lower-cased


def _remit_before(toks: list[Tok], j: int) -> bool:
    """Whether the capitalised words ending at toks[j] are a remit after a body's head word
    or a minister's title and "of" or "for" ("Ministry of Housing", "Minister for Culture")."""
    while j > 0 and toks[j].cap and toks[j].kind == "w" and not toks[j].poss:
        j -= 1
    return j > 0 and toks[j].low in ("of", "for") and toks[j - 1].cap and (
        _body_head_word(toks[j - 1].text) or toks[j - 1].low in _REMIT_TITLES)


def _body_head_word(word: str) -> bool:
    low = word.lower().rstrip(".,;:")
    return low in ORG_HEADS or low in GOVERNMENT_HEADS


def _body_after_person(name: str) -> str | None:
    """The body's name after "of" when a capitalised run opens with a person's name of two
    words or more and her titles ("Dr. Kavitha Raghunathan of the Deccan Institute of Clinical
    Research", "Niamh Corrigan of the Celtic Economic Research Unit"): the body she is of, which
    the story may call "the institute" (not "Bank of England", "Friends of the Earth": no
    person's name before the "of")."""
    toks = tokenize(name)
    of = next((i for i, t in enumerate(toks) if t.low == "of"), 0)
    if of < 2 or of >= len(toks) - 2:
        return None
    sp = _split_person(toks[:of])
    if sp is None or len(sp[2]) < 2 or sp[2][-1] is not toks[of - 1] or \
            kind_of(" ".join(t.text for t in sp[2])) != PERSON:
        return None
    rest = toks[of + 1 :]
    if rest[0].low == "the":
        rest = rest[1:]
    if len(rest) < 2 or not all(t.cap or t.low in ("of", "for", "and", "&", "the", "on")
                                for t in rest) or not rest[-1].cap:
        return None
    body = name[rest[0].start :]
    return body if kind_of(body) != PERSON else None


def _body_before_its_town(name: str) -> tuple[str, str] | None:
    """(name, kind) of the body in "Lakeshore Home Products of Tulsa", "Redfern Mills of
    Bolton": a body's name, then "of" and the town it is based in (the whole reads as no
    body, the town being no body's word)."""
    owner, of, town = name.partition(" of ")
    if not of or " " not in owner or " " in town.strip() or not town[:1].isupper():
        return None
    kind = kind_of(owner)
    return (owner, kind) if kind != PERSON else None


def _rank_initials(name: str) -> bool:
    """ "AC Goh", "DSP Rao": a rank's initials before a surname, not a first name."""
    first, _, rest = name.partition(" ")
    return 2 <= len(first) <= 4 and first.isalpha() and first.isupper() and " " not in rest


@lru_cache(maxsize=256)
def _capitalised_run_re(head: str) -> re.Pattern[str]:
    """Two to eight capitalised words (with of/and/for/the/on between) ending in `head`
    capitalised: "Flood Reinsurance Pool", "Flood Control and Drought Relief Headquarters";
    or `head` capitalised, "of" and a name: "City of Kamloops"."""
    word = r"[A-Z][\w'\u2019-]*"
    cap = re.escape(head[:1].upper() + head[1:])
    # ("City of Kamloops", "Province of Manitoba": the word first, then "of" and a name)
    return re.compile(rf"\b((?:{word}[ ](?:(?:of|and|for|the|on|&)[ ])*){{1,7}}{cap}"
                      rf"(?![ ]of[ ][A-Z])|{cap}[ ]of[ ](?:the[ ])?{word}(?:[ ]{word}){{0,3}})\b")


# Bodies known by one word ("Oxfam", "Hamas"), lower-cased.
_KNOWN_SINGLE = frozenset(
    n for n in ORGANISATION_NAMES | ARMED_GROUP_NAMES if " " not in n)
# A one-word name described as a company or another body right after it: "Kudipay, a
# Nigerian payments startup,", "Orvane, a chipmaker based in Oslo," (the description ends there);
# "the" as well: "Flinthaven, the Chicago-based home-insurance startup,".
_DESCRIBED_BODY_HEADS = sorted(
    {h for h, kinds in _GENERIC_KINDS.items() if ORGANISATION in kinds}
    | words("startup start-up fintech"), key=len, reverse=True)
_DESCRIBED_BODY_RE = re.compile(
    r",\s+(?:a|an|the)\s+(?:(?!(?:of|in|at|for|the|with|from|to)\s)[\w-]+\s+){0,4}"
    r"(?:" + "|".join(_DESCRIBED_BODY_HEADS) + r")"
    r"(?=[,.;]|\s+(?:that|which|based|in|with|founded|whose)\b)")
# A name with no word of its kind that the article shows to be a body's, not a person's
# (`ArticleSpeakers.cued_bodies`): the cues a writer gives of a company or other body.
# Words for what a body is, which no person is called: "Hollins Ward, a charity that supports
# carers,", "Dunmore Offshore, the consortium building a wind farm,".
_BODY_ONLY_HEADS = words(
    "company firm startup start-up fintech consortium conglomerate charity nonprofit "
    "non-profit ngo group lender insurer bank retailer carmaker automaker drugmaker chipmaker "
    "planemaker steelmaker shipbuilder homebuilder manufacturer airline carrier utility chain "
    "consultancy agency organisation organization foundation trust institute association "
    "alliance coalition network project body watchdog regulator subsidiary venture "
    "partnership cooperative co-operative co-op club league observatory think-tank thinktank "
    "supermarket refiner broadcaster pollster")
# Words for what a body does that a person may be called too ("a film producer", "a property
# developer", "a maker of violins"): a body's only when the description also says where it
# is based or listed, its nationality or its rank ("a Portuguese producer of floor tiles", "a
# Rustenburg-based miner", "the second-largest concert promoter", "a family-owned maker").
_BODY_OR_PERSON_HEADS = words(
    "maker producer exporter importer operator developer supplier miner promoter grower "
    "trader builder distributor processor wholesaler brewer monitor")
_BODY_APPOS_RE = re.compile(
    r",\s+(?:a|an|the)\s+((?:(?!(?:of|in|at|for|the|with|from|to|who|and|by)\s)"
    r"[\w'\u2019-]+\s+){0,4}?)(" + "|".join(sorted(
        _BODY_ONLY_HEADS | _BODY_OR_PERSON_HEADS, key=len, reverse=True)) + r")"
    r"(?=[,.;]|\s+(?:that|which|based|in|with|founded|whose|of|for|run|owned|led|backed|"
    r"funded|set|known|behind|developing|building|running|operating|making|producing|"
    r"providing|supplying|selling|managing|designing)\b)")
# A modifier that makes a doer's word a body's: "Lagos-based", "family-owned", "Portuguese",
# "second-largest", "listed".
_BODY_MODIFIER_ENDS = ("-based", "-listed", "-headquartered", "-registered", "-owned",
                       "-backed", "-funded", "-run", "largest", "biggest", "leading", "listed")
# The capitalised run that ends right before a cue after it (its last 80 characters).
_NAME_BEFORE_CUE_RE = re.compile(
    r"(?<![\w'\u2019&.-])([A-Z][\w'\u2019&.-]*(?:[ ](?:(?:of|for|and|de|del|la|&)[ ])*"
    r"[A-Z][\w'\u2019&.-]*){0,5})$")
# The rest of a sentence (up to 200 characters), and the pronouns in it that say whether its
# subject is a thing or body ("its") or a person ("he", "her").
_SENTENCE_REST_RE = re.compile(r"[^.!?\n]{0,200}")
_ITS_RE = re.compile(r"\b[Ii]ts\b")
_PERSONAL_PRONOUN_RE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Hh]ers)\b")
# A lower-case word for a body's kind right after its name: "the RMT union" (not a verb:
# the word must end the phrase, before a verb, a comma or a stop).
_KIND_WORD_AFTER_RE = re.compile(r"[ ]([a-z]+)(?=[,.;:]|$|[ ](?!that\b|which\b|who\b))")
# A company's results moving right after its name: "Carrick Marlowe profits beat forecasts",
# "Tolvik revenue fell 9%" (a person "profits from" something; a company's profits "beat").
_RESULTS_MOVE_RE = re.compile(
    r"(?<=[A-Za-z])(?:['\u2019]s)?[ ](?:quarterly[ ]|annual[ ]|first-half[ ]|half-year[ ])?"
    r"(?:profits?|earnings|revenues?|sales)[ ](?:beat|beats|rose|rise|rises|fell|falls|jump\w*|"
    r"climb\w*|slump\w*|drop\w*|surg\w*|plung\w*|soar\w*|miss\w*|top\w*|doubl\w*|"
    r"halv\w*|tumbl\w*|declin\w*)\b")
# A name's bracketed acronym between it and a cue after it.
_ACRONYM_BEFORE_CUE_RE = re.compile(r"[ ]\([A-Z][A-Za-z]{1,11}\)$")
# A run of capitalised words (a name) after a cue before it.
_CUE_NAME = (r"([A-Z][\w'\u2019&.-]*(?:[ ](?:(?:of|for|and|de|del|la|&)[ ])*"
             r"[A-Z][\w'\u2019&.-]*){0,5})")
# Where a company is based or listed, right before its name: "Pune-based Ravindra Biologics",
# "Oslo-headquartered Fjordvik Dataservice", "Osaka-listed Hoshida Kogyo".
_BASED_BEFORE_NAME_RE = re.compile(
    r"(?<![\w-])[\w.'\u2019-]+-(?:based|listed|headquartered|registered)[ ]+" + _CUE_NAME)
# Shares traded in a name ("Shares in Tremont Haller fell"), a name's staff and accounts that
# only a company has ("Corvane Ashby's chief executive", "Norrvik's revenue"), or what it
# employs or what it runs or sells ("Pellucid Lanes, which employs 2,300 people", "Andes
# Cobalto, which operates the Loma Verde mine,"; a person is "who").
_COMPANY_CUE_BEFORE_RE = re.compile(r"\b(?:[Ss]hares|[Ss]tock)[ ](?:in|of)[ ]" + _CUE_NAME)
_COMPANY_CUE_AFTER_RE = re.compile(
    r"(?:['\u2019]s)?[ ](?:chief[ ]executive|chief[ ]financial[ ]officer|CEO|CFO|chairman|"
    r"chairwoman|managing[ ]director|board[ ]of[ ]directors|shareholders)\b|"
    r"['\u2019]s[ ](?:[a-z-]+[ ])?(?:revenue|revenues|profit|profits|turnover|earnings|"
    r"workforce|subsidiary|factories|plants)\b|"
    r",[ ]which[ ](?:employs|employed|manufactures|operates|owns|makes|supplies|sells|builds|"
    r"develops|designs|is[ ]listed|is[ ]headquartered|"
    r"was[ ]founded|has[ ](?:about[ ]|some[ ]|roughly[ ]|around[ ]|nearly[ ]|more[ ]than[ ])?"
    r"[\d,.]+[ ](?:employees|staff|workers))\b")


# Words one of the patterns above needs, to skip a text without any of them.
_BASED_CUE_WORDS = ("-based", "-listed", "-headquartered", "-registered")
_SHARES_CUE_WORDS = ("hares", "tock")
_RESULTS_CUE_WORDS = ("profit", "earnings", "revenue", "sales")
_COMPANY_CUE_WORDS = ("chief", "CEO", "CFO", "chair", "managing", "board", "shareholders",
                      "revenue", "profit", "turnover", "earnings", "workforce", "subsidiary",
                      "factories", "plants", ", which ")


def _holds_any(text: str, words_: tuple[str, ...]) -> bool:
    """Whether `text` holds one of `words_` (substrings)."""
    return any(w in text for w in words_)


# What follows the letters of a currency written before its amount ("HK$120", "NT$ 1.5",
# "LL 38,500", "KES 4,000").
_CURRENCY_LETTERS_RE = re.compile(r"\$|[ ]?\d")
# A currency's letters and the amount written against them, read as one word ("SR4", "LE49").
_LETTERS_AMOUNT_RE = re.compile(r"([A-Z][A-Za-z]{0,2})\d[\d,.]*")
# A stock's ticker with its exchange after a company's name ("GRX-T", "BRK.B-N").
_TICKER_RE = re.compile(r"[A-Z]{1,6}(?:\.[A-Z]{1,2})?-[A-Z]{1,2}")
# Words after a one-word name that make it a company's: its shares moving ("Lumora shares
# jumped", "Lumora's stock has fallen"); or "shares of" before it.
_SHARES_MOVE_RE = re.compile(
    r"(?:['\u2019]s)?\s+(?:shares|stock)\s+(?:have\s+|has\s+|had\s+|were\s+|was\s+)?"
    r"(?:rose|rise|rises|fell|fall|falls|jump\w*|climb\w*|gain\w*|slid|slide\w*|slump\w*|"
    r"drop\w*|tumbl\w*|surg\w*|sank|sink\w*|plung\w*|soar\w*|closed|ended|slipp\w*|slips?|"
    r"rall\w*|lost|added|declin\w*|advanc\w*|risen|fallen)\b")
# Words whose shares are a market's, region's or sector's, no company's: "Asian shares fell",
# "Bank shares fell 3%", "Tech shares rallied" (with the demonyms: "Chinese shares").
_SHARES_OF_NO_COMPANY = words(
    "asian european african american latin gulf nordic arab western emerging global world "
    "regional bank banks banking tech technology energy oil mining miner miners property "
    "retail airline airlines insurance insurer utility utilities auto automaker chip chipmaker "
    "telecom telecoms media health healthcare pharma pharmaceutical consumer industrial "
    "financial financials commodity gold steel defence defense shipping travel leisure "
    "builder builders housing construction food luxury lender lenders broker brokers "
    "stock stocks blue-chip small-cap mid-cap growth value")
_SHARES_OF_BEFORE_RE = re.compile(r"\b(?:[Ss]hares|[Ss]tock) (?:of|in) $")
# A ticker alone after a company's name, where a market story names its shares.
_BARE_TICKER_RE = re.compile(r"[A-Z]{2,5}")

# The end of an apposition that names a body again ("Gavi, the Vaccine Alliance, said"), not
# a list ("UNICEF, the World Bank and the IMF", "..., the World Bank, and ...").
_APPOSITION_CLOSE_RE = re.compile(r"\s*\(|,(?!\s+(?:and|or|as well as)\b)")
# An acronym whose capitals hold single lower-case letters: "TfL" (Transport for London),
# "DfE", "MoHRE" (a connector's letter, or a word's second).
_CASED_INITIALS_RE = re.compile(r"[A-Z](?:[a-z]?[A-Z])+")
_BODY_RUN_RE = re.compile(
    r"[A-Z](?!\d)[\w'\u2019&.-]*(?:[ ](?:(?:of|on|for|and|the|&|de|del|des|du|la|le|di)[ ])*"
    r"[A-Z](?!\d)[\w'\u2019&.-]*){0,7}"
)  # (a capital before a digit is money: "R643-million")


# A full stop ending a sentence inside a run of capitalised words: after a word of four
# letters or more ("Exchange. Revenue", "Tel Aviv. Israel Police"), not after "Inc.", "U.S."
# or a four-letter abbreviation ("Corp.").
_SENTENCE_END_IN_RUN_RE = re.compile(
    r"(?:[a-z]{4}|[A-Z]{3,}|\b(?!(?:Corp|Bros|Assn|Dept|Govt|Capt|Univ|Prof|Supt|Insp|Comm)\.)"
    r"[A-Z][a-z]{3})\.(?= )")


# A full stop after a three-letter word that is no abbreviation ends a sentence too: "the Red
# Sea. U.S. Central Command" (but not "Ave.", "Oct.", "Gen." or "Inc.").
_SHORT_WORD_END_RE = re.compile(r"\b([A-Z][a-z]{2})\.(?= [A-Z])")
_SHORT_ABBREVIATIONS = words("ave est pvt hwy rte fig vol sec art jan feb mar apr jun jul aug "
                             "sep oct nov dec mon tue wed thu fri sat sun")


def _sentence_end_in_run(run: str) -> re.Match[str] | None:
    """Where a sentence ends inside a run of capitalised words, if it does: after a word of
    four letters or more, or after a three-letter word that is no abbreviation ("... in the
    Coral Sea. Navy Command said": the run is cut after "Sea")."""
    if ". " not in run:
        return None
    stop = _SENTENCE_END_IN_RUN_RE.search(run)
    for m in _SHORT_WORD_END_RE.finditer(run):
        if stop is not None and m.start() >= stop.start():
            break
        low = m.group(1).lower()
        if low not in ABBREVIATIONS and low not in _SHORT_ABBREVIATIONS:
            return m
    return stop


_APPOS_BEFORE_RE = re.compile(
    r"(?:^|(?<=[\s\"\u201c(]))(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+((?:[A-Za-z][\w'-]*\s+){0,5}"
    r"[A-Za-z][\w'-]*),\s$")
_ROLE_HEADS = TITLE_WORDS | PEOPLE_SPEAKER_HEADS | _SPOKES_HEADS | words("manager")
_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:[Ii]n|[Oo]n|[Aa]t|[Ww]ith|[Tt]o|[Ff]rom|[Bb]y|[Uu]nder|"
                                    r"[Aa]fter|[Bb]efore|[Dd]uring|[Tt]hrough|[Ii]nto)\s+$")
# A relative named in apposition after "his" or "her": "her husband, Paul Perrin,".
_RELATIVE_BEFORE_RE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+((?:late\s+|elder\s+|younger\s+|eldest\s+|youngest\s+)?"
    r"(?:husband|wife|son|daughter|father|mother|brother|sister|grandson|granddaughter|"
    r"grandfather|grandmother|nephew|niece|uncle|aunt)),\s$")
# The same relative right before the name, with no comma ("her son David Reyes", "the widow
# Ann Cole"): the word gives the person's gender, which tells two bearers of one surname apart.
_KIN_BEFORE_RE = re.compile(
    r"\b(?:(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:late\s+|elder\s+|younger\s+|eldest\s+|youngest\s+)?"
    r"(husband|wife|son|daughter|father|mother|brother|sister|grandson|granddaughter|"
    r"grandfather|grandmother|nephew|niece|uncle|aunt)|(widow|widower))\s$")
# A capitalised name opening a sentence, before a lower-case verb: "Barajas did not concede."
_OPENING_NAME_RE = re.compile(rf"([{_UPPER}][\w'\u2019-]+(?: [{_UPPER}][\w'\u2019-]+){{0,2}})(?= [a-z])")


# The one name a story gives someone who asked for no full name: "asked to be identified
# only as Dev", "who would only be named as Grace", "known only as Abu Sami", "a nurse we are
# calling Joanne".
# (also "a farmer who gave his name only as Moussa", "who gave only her first name, Aisha")
_PSEUDONYM_CUE_RE = re.compile(r"\b(?:identified|named|known|called|calling|call|gave|giving)\b")
_PSEUDONYM_RE = re.compile(
    rf"\b(?:(?:be )?(?:identified|named|known|referred to)(?: only)? (?:by (?:the name,? |"
    rf"(?:his|her|their) (?:first|given|middle) name,? )|as )|we (?:are|were|will be|'re) "
    rf"calling |we (?:will |have )?call(?:ed)? |(?:gave|giving) (?:only )?(?:his|her|their) "
    rf"(?:(?:first|given) )?name(?: only)?(?: as|,) )"
    rf"([{_UPPER}][a-z\u00e0-\u00ff]+(?: [{_UPPER}][a-z\u00e0-\u00ff]+)?)(?=[,.;:)]|[ ][a-z])")
# Kin words that may open a name's run at a sentence's start ("Widow Ann Cole, 91, said"):
# a description, not a first name.
_KIN_OPENERS = words("widow widower grandmother grandfather mum mom dad grandma grandpa "
                     "granny grandad")

# Words that open business sentences ("Net profit rose ...") and are no company's name.
_BUSINESS_OPENERS = words(
    "net gross revenue revenues sales profit profits shares output production exports imports "
    "inflation growth unemployment turnover earnings income operating total overall annual "
    "pre-tax core underlying quarterly full-year half-year first-half second-half dividends")

_DATELINE_AFTER_RE = re.compile(r"\s*(?:\(|,|:|[-\u2013\u2014]\s)")

# Documents a body keeps about itself: "the accounts show" are the company's, not the paper's.
_OWN_DOCUMENTS = words("accounts filings filing results prospectus")

# A capitalised word in the possessive and the word or stop after it ("Sainsbury's said").
_POSSESSIVE_FORM_RE = re.compile(r"\b([A-Z][\w-]+)['\u2019]s\b(?: +([a-z]+)|([.,;:)]))")

# Titles written as acronyms: a person, not a body ("CEO says").
_TITLE_ACRONYMS = words("ceo cfo coo cto md gm pro dpo igp dg vc cec ce")

# Letters after a person's name, not bodies: "Babatunde Oyewole, SAN,", "Jane Doe, MP".
# Letters after a name ("Aoife Brennan TD", "Jane Doe KC", "John Smith Jr.").
_POSTNOMINALS = words("san qc kc mp mbe obe cbe kbe dbe mna mpa mla mhr phd jp sc mon ofr con gcon "
                     "td mep msp mpp mha jr sr")


def _unpossessive(word: str) -> str:
    """ "Hamas's" -> "Hamas", "Airways'" -> "Airways"."""
    if word.endswith(("'s", "\u2019s")):
        return word[:-2]
    return word.rstrip("'\u2019")


_IN_PARENS_RE = re.compile(r"\([^()]*$")
# A name given to the thing just named: "a trial, called CLARION," "a condition known as ARIA",
# "the mission, dubbed LUPEX," (the word before names what the thing is).
_GIVEN_NAME_BEFORE_RE = re.compile(
    r"\b([a-z][\w-]*),?\s+(?:(?:also\s+)?(?:called|known\s+as|dubbed|nicknamed|"
    r"code-?named|named)|(?:also\s+)?referred\s+to\s+as)\s+(?:the\s+)?$")
_CAP_WORD_END_RE = re.compile(r"(?:^|\s)[A-Z][\w'\u2019.&-]*\s$")
_ACRONYM_WORD_RE = re.compile(r"[A-Z][A-Z&-]*[A-Z]")
_ACRONYM_IN_RUN_RE = re.compile(rf"\b{_ACRONYM_WORD_RE.pattern}\b")
# One member of a party, named by the party alone: "the Republican", "the Social Democrat".
_PARTY_MEMBER_RE = re.compile(
    r"the (?:[A-Z][a-z]+ )?(?:Republican|Democrat|Conservative|Tory|Liberal|Socialist|"
    r"Communist|Nationalist|Centrist|Green|Independent)")
# A possessive ending on a name ("Universal's", "Lakeside Pictures'").
_POSSESSIVE_END_RE = re.compile(r"['\u2019]s?$")
# Words for a company that "the company", "the firm" can refer back to.
_COMPANY_GENERIC = words(
    "club company firm carrier airline operator utility lender insurer retailer carmaker automaker "
    "drugmaker chipmaker manufacturer producer refiner exporter supplier conglomerate developer "
    "consultancy"  # ("Harbourline Analytics said ... the consultancy said")
) | COMPANY_KIND_WORDS | COMPANY_NAME_OPENERS
# Plural words for companies: "the companies said" after a sentence naming two.
PLURAL_COMPANY_WORDS = words("companies firms groups partners carmakers automakers lenders "
                             "banks insurers airlines carriers operators retailers")
# Words for a company after a nationality ("the Dutch group", "the German carmaker").
_COMPANY_WORDS = _COMPANY_GENERIC | words("group maker bank")
# A subject that opens a sentence: optional live-blog time stamp, then capitalised words, or
# the lower-case role words and numbers of a title run ("Ward 12 councillor Ama Boateng",
# "Harbour Alliance chairperson Kofi Ofori"), and a body's bracketed acronym in it ("Green
# Party (GP) Councillor Ama Boateng").
# "The army spokesman in Ituri, Lieutenant Jules Ngongo, blamed ...": a described subject.
_TITLE_RUN = (r"(?:[A-Z][\w.'\u2019-]*|\d[\w-]*|\([A-Z][A-Za-z]{1,11}\)|(?:"
              + "|".join(sorted((w for w in _ROLE_HEADS if w.isalpha()), key=len, reverse=True))
              + r")\b)\s+")
_APPOS_SUBJECT_PREFIX_RE = re.compile(
    # ("Bavaria's transport minister, Michael Reindl, called ...": a role owned by a place;
    # "Harbor Line Ferries' operations director, Paul Grant, said ...": by a body of several
    # words, whose name is no person's;
    # "In a statement on Monday, the finance commissioner, Ada Obi, ...": after an opening
    # phrase of time or occasion)
    # "His daughter, Marie Roy, drove ...", "Her colleague Dr Ana Mora is ...": a relative or
    # colleague of the person before, named as the subject)
    r"(?:(?:But|And|Yet)\s+)?"  # ("But in a statement on Tuesday, the minister, X, ...")
    r"(?:(?:In|On|At|Later|Earlier|Separately|Speaking|During|After|in|on|at|later|earlier|"
    r"separately|during|after)(?:\s[^,.;\"\u201c]{1,60})?,"
    r"\s+(?:the|a|an|[A-Z][\w.-]*['\u2019]s)\s+|(?:The|A|An|His|Her|Their|"
    r"(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.-]*(?:['\u2019]s|s['\u2019]))"
    r"\s+)(?![^,.;\"\u201c]*?\b(?:said|says|told|tells|added|adds)\b)"
    # (no verb of saying in the description: "The minister said 70% came from the regions of
    # Sfax, Sidi Bouzid and Mahdia" names places in what was said, no subject)
    r"[^,.;\"\u201c]{1,80},\s+(?:[A-Z][\w.'\u2019-]*\s+)*"
    r"|(?:His|Her|Their|My|Our)\s+(?:[a-z-]+\s+){1,2}(?:" + _TITLE_RUN + ")*")
# A sentence that sets the scene before its subject: "In Maarat al-Numan, Abu Khaled, 58, ..."
# "Responding outside the House, Opposition Leader X called ...", "Speaking to reporters, X
# said ...": a participle's phrase of occasion before the subject.
# A scene-setting phrase alone (no title after it), for the surname that follows it.
# ("Back at the crossing, Haddad ...": the story returns to someone it left)
_SCENE_OPENER_RE = re.compile(
    r"(?:(?:But|And|Yet)\s+)?Back\s+(?:in|at|on|home|outside|inside)\b[^,.;\"\u201c]{0,60},\s+")
_SCENE_SUBJECT_PREFIX_RE = re.compile(
    r"(?:(?:But|And|Yet)\s+)?"
    r"(?:In|At|Near|Outside|On|Back in|in|at|near|outside|on|back in|"
    # ("Back at the crossing, Gul Omar was ...", "Inside the ward, ...": a scene set again)
    r"Back at|Back on|Back home|Inside|Across|Along|Behind|back at|back on|back home|inside|"
    r"across|along|behind|"
    r"[A-Z][a-z]{2,}ing)"
    r"\s+[^,.;\"\u201c]{1,60},"
    # ("On King's Staith, where the pubs are used to the water, Jo Brierley, 48, ...")
    r"(?:\s(?:where|which|whose|a|an|the|home|once|now)\s"
    r"(?![^,.;\"\u201c]*?\b(?:said|says|told|tells|added|adds)\b)[^,.;\"\u201c]{1,100},)?"
    r"\s+(?:" + _TITLE_RUN + ")*")
# A person introduced by an occupation with its own modifiers before the name, opening the
# sentence: "Rice farmer Rodel Bautista watched ...", "Harwick boss Martin Kell felt ...", "In
# Ilagan, rice farmer Rodel Bautista, 52, watched ...", "Rock drill operator Sipho Radebe has
# worked ...": up to three capitalised words (a place, team, party or firm), or a word and at
# most one more before the occupation, none of them a verb or a function word ("Inspector
# Tom Reed said farmer John Smith drowned" introduces no subject). In the pronoun's own
# sentence only when no one spoke in the sentence just before in its paragraph: "Returning officer Azman Hashim
# announced the result. Independent candidate Gopal Krishnan secured 402 votes, he said" is
# the returning officer, still speaking.
# (and words that describe a person only before the name: "Harwick boss Martin Kell",
# "People's Alliance candidate Derek Stroud")
_SUBJECT_ONLY_ROLES = words("boss candidate nominee challenger incumbent")
_MODIFIER_STOPS = REPORTING_VERBS | QUOTE_VERBS | words(
    "the a an and or but of to in on at for with by from that who which whose as is was are "
    "were has had have be been said met meets saw sees took takes gave gives made makes led "
    "leads won wins lost loses beat beats joined joins")
# A preposition of place opening a sentence, and the words of the place after it ("On
# Marlow Quay, ...", "On King's Staith, ...").
_PLACE_OPENER_RE = re.compile(
    r"(?:(?:But|And|Yet)\s+)?(?:In|At|Near|Outside|On|Along|Across|Around|Inside|Back in|"
    r"Over in|Down in|Up in)\s+[^,.;\"\u201c]{0,40}")
_MODIFIED_ROLE_PREFIX_RE = re.compile(
    r"(?:(?:But|And|Yet)\s+)?"
    r"(?:(?:In|At|Near|Outside|On|Along|Across|Inside|Back in|in|at|near|outside|on|along|"
    r"across|inside|back in)"
    r"\s+[^,.;\"\u201c]{1,60}(?:,(?:\s(?:where|which|whose|a|an|the|one|home|once|now)\s"
    r"[^,.;\"\u201c]{1,100},)?|"
    r"\s[-\u2013\u2014]\s[^,.;\"\u201c]{1,80}\s[-\u2013\u2014])\s+)?"
    # ("In Buxton - one of England's highest towns - pub landlord Tony Maddox ...", "On King's
    # Staith, where the water reached the windows, café owner Jo Brierley ...", "In
    # Hollinsby, a village on the river bend, farmer Dan Crewe ...")
    # capitalised words alone ("People's Alliance candidate"), or one word and at most one
    # more before the occupation ("Rice farmer", "Rock drill operator", "rice farmer"): never
    # a name and a verb ("Mayor Tom Reilly met union chief Sarah Kent")
    r"(?:(?:[A-Z][\w'\u2019-]*\s+){0,3}|"
    r"(?!(?:" + "|".join(sorted(_MODIFIER_STOPS, key=len, reverse=True)) + r")\s)"
    r"[A-Za-z][a-z-]*\s+"
    r"(?:(?!(?:" + "|".join(sorted(_MODIFIER_STOPS, key=len, reverse=True)) + r")\s)"
    r"(?![a-z]+ed\s)[a-z][a-z-]*\s+)?)"  # ("Haidari visited farmer Abdul Karim": a verb)
    r"(?:" + "|".join(sorted((w for w in _ROLE_HEADS | _SUBJECT_ONLY_ROLES if w.isalpha()),
                             key=len, reverse=True)) + r")\s+(?:" + _TITLE_RUN + ")*")
_SURNAME_SUBJECT_RE = re.compile(
    # ("For Kerjean, the official figures mask ...": whose view the sentence gives)
    r"(?:(?:For|To)\s+(?=(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'\u2019-]+,))?"
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?([A-Z][\w'\u2019-]+)(?=,|\s+(?:who|had|has|was|is|said|told|\w+ed)\b)")
# "Okafor's team now wants to know ...": a person's team or lab opening the sentence stands
# for the person, whom a "she says" after it names.
_SURNAME_TEAM_SUBJECT_RE = re.compile(
    r"([A-Z][\w'\u2019-]+?)['\u2019]s\s+(?:team|group|lab|laboratory|colleagues)\b|"
    # "Cheruiyot's victory was the fifth by a Kenyan ... He said": what a person did or won,
    # opening the sentence, stands for the person (not "Okafor's boat is old")
    r"([A-Z][\w\u2019-]+?)['\u2019]s\s+(?:victory|win|defeat|record|performance|career|"
    r"decision|resignation|campaign|comments|remarks|plan|proposal|appointment|"
    # ("Nur's son is now in a stabilisation centre. ... she said": the mother)
    r"son|daughter|sons|daughters|children|baby|family)\s+(?:(?:now|still)\s+)?"
    r"(?:was|is|were|are|has|had|came|comes)\b")
_SUBJECT_PREFIX_RE = re.compile(
    r"(?:[\d:.]+\s*(?:[A-Z]{2,4}\s*)?[-\u2013\u2014]\s*)?(?:" + _TITLE_RUN + ")*"
    # ("Opposition spokesman on national security Desmond Hylton-Reid welcomed ...")
    r"(?:(?:spokes(?:man|woman|person)|minister|secretary|critic)\s+(?:on|for)\s+"
    r"(?:[a-z]+\s+){1,3}(?:" + _TITLE_RUN + ")*)?"
    # a title with its remit after "of" or "for": "Leader of the Opposition M.A. Joseph
    # Kurian called ...", "Barabanki superintendent of police Dinesh Tripathi rejected ..."
    # (a word at least after "of": "Friends of Ana Ruiz" is no title)
    r"(?:(?<=[a-z] )(?:of|for)\s+(?:the\s+)?(?:(?:[a-z]+\s+){1,2}(?:" + _TITLE_RUN + ")*|"
    r"(?:" + _TITLE_RUN + ")+)){0,2}"
)


# A live blog entry's time stamp opening a sentence: "01.49 BST ", "10:25 am — ", "9.30 EDT | "
_STAMP_RE = re.compile(
    r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s*)?(?:[-\u2013\u2014|]\s*)?")


def _stamp_end(text: str) -> int:
    """Where the sentence goes on after a live blog's time stamp opening it (0: none)."""
    m = _STAMP_RE.match(text)
    return m.end() if m and (m.end() == len(text) or not text[m.end()].isdigit()) else 0


# A company's legal form after its name: "Halden Foods plc", Malaysia's "Kinta Rail Berhad"
# ("Bhd"), Indonesia's "Tbk".
_LEGAL_SUFFIXES = words("inc inc. ltd ltd. plc llc corp corp. co co. limited berhad bhd bhd. tbk")
# Verbs after a sentence's first word that make it a plural noun ("Fares will rise", "Prices
# are up"), not a company's one-word name.
_PLURAL_AGREEING = words("are were have will would could may might can should")
_LEGAL_KEYS = ("inc", "ltd", "plc", "llc", "corp", "co", "limited", "sa", "ag", "nv", "spa",
               "berhad", "bhd", "tbk")

# Kinds of body that a sentence may open with, before the body's name (never first names).
_BODY_KIND_OPENERS = words(
    "consultancy consultancies operator carrier broadcaster insurer lender retailer pollster "
    "regulator watchdog manufacturer miner carmaker automaker drugmaker chipmaker "
    "refiner exporter supplier airline firm conglomerate planter think-tank thinktank "
    # ("Utility Highgate Power said", "Brewer Kessel said": not "Utility Regulator", a
    # body's own name, which the reader leaves whole)
    "utility grocer brewer shipper homebuilder shipbuilder steelmaker planemaker "
    # ("Rival Daesan Shipbuilding reported": the rival of the company the story is about)
    "rival competitor"
) | COMPANY_KIND_WORDS

_NOT_COMPANY_HEADS = words(
    "association union party foundation institute institution university hospital charity ngo "
    "coalition alliance council committee society trust centre center club league movement "
    "mission campaign initiative project chamber watch federation network organisation "
    "organization fund programme program "
    # ("the Prairie Brewers Guild", "the Horn Famine Observatory": a trade's or a watch's body)
    "guild observatory forum"
)


# A company named as analysts' employer or as a source of market data.
_ANALYSTS_AT_RE = re.compile(
    r"\b(?:analysts?\s+(?:at|with|from)|(?:a\s+)?(?:survey(?:ed)?|poll(?:ed)?|compiled|consensus)"
    r"\s+(?:by|of|from))\s+(?:the\s+)?(?:(?:data|research|analytics|polling|market|"
    r"financial|consulting|consultancy|investment|brokerage|stockbroking)\s+)?"
    r"(?:(?:firm|company|provider|group|bank|broker|house)\s+)?$",
    re.I)  # ("based on a survey by LSEG", "analysts polled by the data firm X", "Analysts at
# the investment bank Harrow Lyle")
# "Analysts had expected $2.91bn, according to Meridian Data", "..., according to data from
# MarketDepth": a firm named as the source of a forecast consensus or of market data, which
# the story quotes beside the company it reports on.
_CONSENSUS_SOURCE_RE = re.compile(
    r"(?:\b(?:analysts|economists|traders|forecasters|markets?|investors)\b(?:[^.;\n]|\.\d)"
    r"{0,120}?"
    r"\b(?:expected|expecting|forecast|forecasting|estimated|predicted|projected|anticipated|"
    r"estimates?|expectations?|looking\s+for|looked\s+for|"
    r"pencil(?:l)?ed\s+in|pric(?:ed|ing)\s+in)\b(?:[^.;\n]|\.\d){0,160}?,\s*according\s+to|"
    r"\baccording\s+to\s+(?:market\s+)?(?:data|figures|estimates|statistics)\s+"
    r"(?:from|compiled\s+by|provided\s+by|by))\s+(?:the\s+)?(?:(?:data|research|analytics|"
    r"market|financial|consulting|consultancy)\s+)?(?:(?:firm|company|provider|group)\s+)?$",
    re.I)
# (what every match of it holds: a cheap test before the costly one)
_ACCORDING_TO_RE = re.compile(r"according\s+to", re.I)
_DATA_AFTER_RE = re.compile(
    r",\s+(?:a\s+firm\s+)?(?:that|which)\s+(?:tracks|compiles|monitors|collects)\b|"
    # ("according to PitchLedger, which tracks private funding": a data tracker)
    r"(?:['\u2019]s)?\s+(?:market\s+)?(?:data|estimates|consensus|analysts?|compiled)\b|"
    r"\s+\d{2,4}\b")  # ("the FTSE 250 company": a stock index, no company)
# "Shares rose 4% on the Harbour Stock Exchange": the market a share trades on, named only as
# where it trades (its name ends in one of _EXCHANGE_HEADS), is no company the story reports on.
_ON_MARKET_RE = re.compile(r"\bon\s+(?:the\s+)?$", re.I)
_EXCHANGE_HEADS = words("exchange bourse")
# Descriptions of a body that is no company though "group" or "body" may end a company's
# name: "the industry group X", "the lobby group X", "the trade body X".
_NOT_COMPANY_DESCRIPTIONS = (
    r"(?:industry|lobby|trade|pressure|campaign|advocacy|rights|consumer|employers['\u2019]?)"
    r"\s+(?:group|body)|think[- ]tank")
# "The union, Sindicato Minero Sur, said": a name in apposition to a body word that is no
# company's (the name itself is what the group catches); "the train drivers' union LKV
# began", "the opposition party NDP", "the industry group Chip Makers Europe": the name right
# after that word, which it describes (not a weekday or month: "the union on Monday").
_NOT_COMPANY_APPOS_RE = re.compile(
    r"\b[Tt]he\s+(?:[a-z][\w'\u2019-]*\s+){0,2}(?:" + "|".join(sorted(_NOT_COMPANY_HEADS)) +
    "|" + _NOT_COMPANY_DESCRIPTIONS +
    r")(?:,\s+([A-Z][\w'\u2019&.-]*(?:\s+(?:[A-Z0-9][\w'\u2019&.-]*|de|del|la|of|for|and|des|du|der)){0,8}),"
    r"|\s+(?!(?i:" + "|".join(sorted(WEEKDAYS | MONTHS)) + r")\b)"
    r"([A-Z][\w'\u2019&.-]*(?:\s+[A-Z][\w'\u2019&.-]*){0,5})(?![\w'\u2019]))")


# A company's kind written right before its name: "copper miner Minera Sur".
_COMPANY_NOUN_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:company|firm|miner|carmaker|automaker|drugmaker|chipmaker|lender|insurer|"
    r"retailer|airline|refiner|conglomerate|utility|homebuilder|shipbuilder|bank|startup|"
    r"start-up)\s+$")  # ("chip startup Mirae Logic")


# Last words of a state body's name, never a company's ("Greater Manchester Police",
# "Peel Regional Police", "the Interior Ministry"), whatever kind its acronym was given.
_STATE_BODY_LAST_WORDS = words("police constabulary ministry department directorate "
                               "inspectorate army navy gendarmerie")


def _company_like(name: str, kind: str) -> bool:
    """Whether a body can be "the company": a company's name, not an NGO's or a ministry's."""
    low = name.lower()
    last = low.split()[-1].rstrip(".") if low.split() else ""
    if last in COMPANY_NAME_HEADS or last in _LEGAL_SUFFIXES or last in (
            "group", "holdings", "airways", "airlines", "bank"):
        return True
    if low.endswith("building society"):
        return True  # a mutual lender: "the lender" for the Meridian Building Society
    ws = low.split()
    if "of" in ws[1:] and ws[ws.index("of", 1) - 1] in _NOT_COMPANY_HEADS:
        return False  # "the University of Edinburgh", "the Institute of Cancer Research"
    return kind == ORGANISATION and last not in _NOT_COMPANY_HEADS and \
        last not in _STATE_BODY_LAST_WORDS and \
        low not in ORGANISATION_NAMES and not any(
            w in ("brotherhood", "union", "association", "federation", "confederation")
            for w in low.split())  # "International Brotherhood of Teamsters": not a company


_WORD_BEFORE_RE = re.compile(r"([A-Za-z][\w-]*)\s*$")
_WIRE_CREDIT_RE = re.compile(r"\([A-Z][\w .&-]{1,30}\)\s*(?:--|[-\u2013\u2014:])\s*")
_FIRST_WORDS_RE = re.compile(r"[A-Za-z][\w'\u2019.-]*")
# Count words in their plural ("Thousands of flights were cancelled"): a number, never a name.
_COUNT_PLURALS = words("dozens hundreds thousands millions billions scores tens lakhs crores")


def _count_word(low: str) -> bool:
    """Whether a lower-case word is a number written out ("twelve", "thirty-one",
    "thousands"): a count, which no body is named by."""
    if low in NUMBER_WORDS or low in _COUNT_PLURALS:
        return True
    parts = low.split("-")
    return len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS


def _may_name_body(text: str) -> bool:
    """A cheap test before reading a sentence's subject: a named body needs a capital after
    the first word, or a first word that is not a common sentence opener ("The", "Police")."""
    ws = _FIRST_WORDS_RE.findall(text, 0, 90)
    if not ws or ws[0].lower() in PRONOUNS:
        return False
    if ws[0].lower().rstrip(".") not in COMMON_CAPITALISED:
        return True
    return any(w[0].isupper() for w in ws[1:8])


# A sentence that opens with a document and its verb: "The statement said", "The report also
# noted".
_DOC_OPENS_RE = re.compile(r"The\s+([a-z]+)\s+(?:also\s+)?(?:said|says|stated|states|noted|"
                           r"notes|added|adds|showed|shows|revealed|indicated)\b")
_APPOS_ROLE_RE = re.compile(r",\s+((?:the\s+|a\s+)?[a-z][^,.;:\u201c\u201d\"]{2,120}?)[,.;]")
# A description right after a body's name, its head word caught: "Bayou Medical Center, a
# 720-bed hospital in ...", "Westfield Academy, the county's largest school,".
# ("the Arctic Tern Census, a volunteer project run by three universities,", "Dunmore Offshore,
# the consortium building a wind farm,": the first word a clause or participle follows)
_DESCRIBED_AS_RE = re.compile(
    r",\s+(?:a|an|the)\s+(?:(?!(?:of|in|at|for|the|with|from|to)\s)[\w'\u2019-]+\s+){0,4}?"
    r"([a-z]+)(?=[,.;]|\s+(?:that|which|based|in|with|founded|whose|near|on|of|run|owned|led|"
    r"backed|funded|behind|developing|building|running|operating|making|producing|providing|"
    r"supplying|selling|managing|designing)\b)")
_ROLE_BEFORE_WORDS = words(
    "spokesman spokeswoman spokesperson official commander minister chief head director leader "
    "officer judge coroner prosecutor magistrate governor mayor commissioner vice-chancellor")
# (an office a place or body is written before in lower case: "Chiang Rai governor X" is the
# one "the governor" means later)
_ROLE_BEFORE_RE = re.compile(
    r"((?<![\w'\u2019-])(?:[a-z][\w-]*\s+){0,3}(?:spokesman|spokeswoman|spokesperson|official|commander|"
    r"minister|chief|head|director|leader|officer|judge|coroner|prosecutor|magistrate|governor|"
    r"mayor|commissioner|vice-chancellor))\s+$")
# A British court report's participle before the counsel it names: "Prosecuting, Helen Marsh
# said", "Prosecuting for the Crown, Owen Pryce told the court" ("the prosecutor" after).
_COUNSEL_BEFORE_RE = re.compile(
    r"(?:^|(?<=[.!?\n\"\u201d]\s)|(?<=\n))(Prosecuting|Defending)(?:\s+for\s+[^,.]{1,40})?,\s$")
_COUNSEL_ROLES = {"Prosecuting": "prosecutor", "Defending": "defence counsel"}


# Words that follow an outlet's own name in its full name or a desk's ("Argus Media", "Yonhap
# News Agency", "Sky Sports News").
_MEDIA_NAME_TAILS = words("media news agency group international online network newswire wire "
                          "service tv television radio broadcasting digital daily")


# A paper's sections and desks, written after its name: "Ledger Metro", "Courier Sport".
_DESK_NAMES = words("metro sport sports business politics investigations investigates city "
                    "features opinion")


# Heads a government's portfolio word modifies ("the defence ministry", "the health
# department"): two of them with different portfolios are two bodies.
_PORTFOLIO_HEADS = words("ministry department")


def _modified_otherwise(name: str, head: str, words: frozenset[str]) -> bool:
    """Whether a body's name gives its head word a modifier of its own that a description's
    describing words (`words`, not empty) do not hold: "the defence ministry" is not the
    interior ministry that spoke before, "the health ministry" no "Finance Ministry"."""
    if not words or head not in _PORTFOLIO_HEADS:
        return False
    ws = name.lower().replace("'", " ").replace("-", " ").split()
    if ws[-1:] != [head]:
        return False  # (only "X ministry"; "Ministry of X" and longer names are left alone)
    mods = {_REMIT_SPELLINGS.get(w, w) for w in ws[:-1] if w not in _DETERMINERS and
            w not in DEMONYMS and w not in COUNTRIES and not w.endswith("s")}
    # (one spelling of a remit: "the defense ministry" is the Defence Ministry)
    return bool(mods) and mods.isdisjoint(_REMIT_SPELLINGS.get(w, w) for w in words)


@lru_cache(maxsize=8192)
def _name_words(name: str) -> frozenset[str]:
    """Lower-case words of a speaker's name."""
    return frozenset(name.lower().replace("'", " ").replace("-", " ").split())


# A study's authors, their lead and the lead's institution right before a body's name:
# "Researchers led by Li Wen at Fudan University found" (the body is where the lead works).
_LEAD_AT_BODY_RE = re.compile(
    r"\b(?P<authors>[Rr]esearchers|[Ss]cientists|[Tt]eam|[Aa]uthors|[Ii]nvestigators),?\s+"
    r"(?:co-)?(?:led|headed)\s+by\s+(?:[a-z][\w-]*\s+){0,3}[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4}"
    r",?\s+(?:at|of|from)\s+(?:the\s+)?$")


# A body's name that lists its remits with a comma before it: "Immigration, Refugees and
# Citizenship Canada", "Innovation, Science and Economic Development Canada" (the words
# before "and" one capitalised word; the first remit stands alone before the comma, after a
# clause's comma or at the sentence's start).
_LISTED_NAME_RE = re.compile(r"[A-Z][a-z]+ and [A-Z][a-z]+(?: [A-Z][\w'-]*)+$")
_LISTED_FIRST_RE = re.compile(r"(?:^|(?<=\n)|(?<=[.;:,] ))([A-Z][a-z]{3,}), $")


# An acronym written before the kind of body it names, with up to two describing words:
# "the IPMA weather institute", "the KNBS statistics bureau" (`_acronym_with_head`).
_ACRONYM_KIND_RE = re.compile(r"\b[Tt]he\s+(?P<acr>[A-Z][A-Z0-9]{1,7})\s+"
                              r"(?P<ws>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2})")


_NOT_DESCRIBING = words("the a an and or of to for in on at by with said says say has have had "
                        "is was are were will would could may might should told tells")


# Heads of bodies told apart by a remit ("the defence ministry", "the interior ministry",
# "the health department"), and the remit words with one spelling for each.
_REMIT_CLASH_HEADS = words("ministry ministries department dept office committee agency authority "
                           "directorate bureau")
_REMIT_SPELLINGS = {"defense": "defence", "labor": "labour", "mining": "mines",
                    "economic": "economy", "transportation": "transport"}


_MORE_REMITS = words("tax revenue customs migration tourism works transportation")


def _remits_of(ws) -> frozenset[str]:
    """The remit words among lower-case words, in one spelling."""
    return frozenset(_REMIT_SPELLINGS.get(w, w) for w in ws
                     if w in _REMIT_NOUNS or w in _REMIT_ADJECTIVES or w in _REMIT_SPELLINGS
                     or w in _MORE_REMITS)


def _remit_clash(name: str, remits: frozenset[str]) -> bool:
    """Whether a body's name has a remit and none of a description's remits: "the interior
    ministry" is no Defence Ministry (a name without remit words may be either)."""
    own = _remits_of(_name_words(name))
    return bool(own) and own.isdisjoint(remits)


# A run of word characters and apostrophes, and the white space after it if any.
_ROLE_PART_RE = re.compile(r"([\w'\u2019]+)(\s?)")


def _role_owner(role: str, word: str) -> bool:
    """Whether `word` (a lower-case word) is only the owner in a role ("the company's largest
    union"): the role has it with a possessive ending and a space after ("company's ",
    "companies' "), and never on its own ("company", "company-owned")."""
    owned = False
    for part, space in _ROLE_PART_RE.findall(role.lower()):
        pieces = part.replace("\u2019", "'").split("'")
        if pieces[-1] == word:
            return False
        if space and len(pieces) >= 2 and pieces[-2] == word and pieces[-1] in ("", "s"):
            owned = True
    return owned


def _coordinated_modifier(name: str, word: str) -> bool:
    """Whether `word` opens a coordination inside `name` ("University and College Union",
    "Police and Crime Commissioner"): it qualifies the name's head, so "the university" is
    not that union."""
    low = name.lower().split()
    return word in low[:-1] and low[low.index(word) + 1] in ("and", "&")


# A person the sentence introduces, with a clause about them: "among them Carla Ruiz, who
# runs a dairy farm", "including Tom Hale, 61, who has fished here for 40 years".
# ("Jade Holt, 34, a care worker from Luton, who received a notice ...": past a short
# description too)
_INTRODUCED_RE = re.compile(r",(?:\s+\d{1,3},)?(?:\s+(?:a|an)\s+[a-z][^,.;:\"\u201c]{1,50},)?"
                            r"\s+who\s+(?!said|says|told|added)")


# A sentence opening with one capitalised word as its subject: "Verdane, which ..., had".
# A one-word name opening a sentence before its lower-case verb ("Verdance made ...").
_TWO_WORD_VERB_SUBJECT_RE = re.compile(r"([A-Z][a-z][\w'\u2019-]+\s+[A-Z][a-z][\w'\u2019-]+)"
                                       r"(?=\s+[a-z]+\b)")
_ONE_WORD_VERB_SUBJECT_RE = re.compile(r"([A-Z][\w'\u2019-]+)(?=\s+[a-z]+\b)")
_ONE_WORD_SUBJECT_RE = re.compile(r"([A-Z][\w'\u2019-]+)(?=,|\s+(?:had|has|is|was|[a-z]+ed)\b)")
# Offices one person holds, so that "the minister" can be "he" or "she" afterwards.
_SINGLE_OFFICES = words("minister secretary governor mayor president premier chancellor "
                        "commissioner ambassador ombudsman chairman chairwoman chairperson "
                        "chair prosecutor coroner speaker")
# Lower-case nouns after a capitalised run that make it a place ("Let Mya Zin village"): the
# place words a bare place is told by, and a few more ("state" and "co" may follow a name).
_PLACE_NOUNS_AFTER = (_PLACE_WORDS - {"state", "co"}) | words(
    "camp neighbourhood neighborhood municipality settlement suburb constituency valley")
_LOWER_WORD_AFTER_RE = re.compile(r"\s([a-z]+)\b")
_STATE_REGION_AFTER_RE = re.compile(r"\s*(?:[,.;:)\u2014]|$|\s(?:in|on|of|and|where|has|had|have|was|is|are|were|to|since|after|last|this|authorities|government|governor|officials)\b)")


_ACCOUNT_PERIODS = words("annual quarterly half-year half-yearly interim financial")
_ACCOUNT_DOCUMENTS = words("report reports statement statements")


def _periodic_accounts(written: str) -> bool:
    """ "the annual report", "its quarterly report", "the financial statements": a company's
    own accounts, which speak for the company in the story, never for a person quoted on
    them."""
    ws = written.lower().split()
    return len(ws) >= 2 and ws[-1] in _ACCOUNT_DOCUMENTS and ws[-2] in _ACCOUNT_PERIODS


# The office named after an official's possessive: "the Keene County Medical Examiner's
# Office", "the Halley County Sheriff's Department".
_POSSESSIVE_OFFICE_RE = re.compile(r"['\u2019]s\s+(Office|Department|Bureau)\b")
# "a report published last week by the think tank ", "a survey by ": its issuer follows.
_DOC_BY_RE = re.compile(r"\b(?:published|released|issued|compiled|produced|prepared|written|"
                        r"by)\b[^.;:\u201c\u201d\"]{0,60}\bby\s+(?:the\s+|a\s+)?"
                        r"(?:[a-z][\w-]*\s+){0,3}$|\bby\s+(?:the\s+)?$")
# "X published a report", "X has released its latest briefing": the issuer before it.
_BODY_ISSUED_DOC_RE = re.compile(
    r"\s+(?:has\s+|had\s+|last\s+\w+\s+|on\s+\w+\s+)?(?:published|released|issued|"
    r"produced|compiled|put\s+out)\s+(?:a|an|its|the|their)\s+")


# A body's decisions, which "according to the decision" reads out as the decider's (not
# documents wherever they stand: "The decision was predicted by 19 of 24 economists").
_DECIDED_DOCUMENTS = words("decision decisions")
# A body's kept records, which a person may speak of without issuing them ("reviews of plant
# records", "copies of the filings").
# Words for any document, which stand for the one the story named under its own word.
_HYPERNYM_DOCUMENTS = words("document documents")
# Documents a story names under their own word, which "the document" may stand for.
_NAMED_DOCUMENTS = words("report survey study filing prospectus audit review plan budget "
                         "memo memorandum proposal draft bill letter circular notice")
_KEPT_DOCUMENTS = words("records register registry data figures statistics filings accounts")


# A body's short name, lower-case words describing it, and the acronym of the whole: "the UN
# refugee agency (UNHCR)", "the US space agency (NASA)".
_DESCRIBED_ACRONYM_RE = re.compile(r"(?:\s+[a-z][a-z'\u2019-]*){1,3}\s+\(([A-Z][A-Za-z&]{1,9})\)")


def _names_document(text: str, doc: str) -> bool:
    """Whether a sentence names a document by its word, alone or in the plural ("a report",
    "two reports"), not inside a longer word ("told reporters")."""
    low = text.lower().replace("\u2019", "'")
    at = low.find(doc)
    while at >= 0:
        after = low[at + len(doc) : at + len(doc) + 2]
        if after == "'s":
            pass  # ("..., the report's lead author": a person's role, not the document)
        elif (at == 0 or not low[at - 1].isalpha()) and not after[:1].isalpha() or \
                after[:1] == "s" and not after[1:2].isalpha():
            return True
        at = low.find(doc, at + 1)
    return False


def _may_be_same_person(a: SpeakerRef, b: SpeakerRef) -> bool:
    """Two references that share a name word ("Okoro" and "Ada Okoro", "J. Pillai" and
    "A.J. Pillai") may be one person."""
    return bool({w for w in a.key.split() if len(w) > 2} & set(b.key.split()))


# First words that make a name of two words a region ("East Harlow", "Northern Cape").
_COMPASS_WORDS = words("north south east west northeast northwest southeast southwest "
                       "north-east north-west south-east south-west northern southern eastern "
                       "western central")


def _compass_place(name: str) -> bool:
    """Whether a two-word name without a title opens with a compass point and so names a
    region, not a person: "East Harlow was the hardest-hit area, ... He said ..." ("he" is
    not East Harlow)."""
    parts = name.split()
    return len(parts) == 2 and parts[0].lower() in _COMPASS_WORDS


def _place_named(text: str, end: int) -> bool:
    """A capitalised run that a lower-case place noun follows names a place, not a person:
    "bombs fell on Let Mya Zin village", "the Sabo Gari township"."""
    word = _LOWER_WORD_AFTER_RE.match(text, end)
    if word is not None and word.group(1) == "state":
        # "Sudan's White Nile state, where ...", "in Kassala state.": a region (not "Ann
        # Reid state that ...", a verb, which an object or a clause follows)
        return _STATE_REGION_AFTER_RE.match(text, word.end()) is not None
    return word is not None and word.group(1) in _PLACE_NOUNS_AFTER


# A title giving a person's gender, before the name: "Ms Wanjiru Kamau", "Mr. Langat".
_HONORIFIC_RE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+((?:[A-Z][\w'\u2019-]+\s+){0,2}"
                           r"[A-Z][\w'\u2019-]+)")
_FEMALE_ROLES = words("mother wife daughter sister grandmother actress widow mrs ms miss "
                      "queen princess duchess")
_MALE_ROLES = words("father husband son brother grandfather widower mr king prince duke")
# Words ending in "man" that say nothing of a person's gender.
_NOT_GENDERED = words("human german roman shaman ottoman")
_SHE_RE = re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b")
_HE_RE = re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Hh]imself)\b")


def _other_role(written: str, role: str) -> bool:
    """Whether a person's role is of another kind than a description says: a word naming
    people ("parent", "resident", "analyst") and not the description's head ("the
    spokesman" is no "parent")."""
    described = set(re.findall(r"[a-z][\w-]*", written.lower())) - _DETERMINERS
    ws = re.findall(r"[a-z][\w-]*", role.lower().rsplit(",", 1)[-1])  # (past "Malam, ")
    if not ws or not described.isdisjoint(ws) or any(w.rstrip(".") in TITLE_WORDS for w in ws):
        return False  # (a title is an office a description may name otherwise: "the mayor of
        # Susaki" for Mayor Kusunoki Tomohiro, "the top administrator" for a Secretary-General)
    return any(w in PEOPLE_SPEAKER_HEADS for w in ws)


def _given_name_gender(names: list[str]) -> str:
    """The gender a full name's first word gives when it is a given name worn by one gender
    nearly everywhere ("Amina Okoro": "f"); "" for a one-word name or any other."""
    if len(names) < 2:
        return ""
    if names[0] in FEMALE_GIVEN_NAMES:
        return "f"
    return "m" if names[0] in MALE_GIVEN_NAMES else ""


def _role_gender(role: str) -> str:
    """The gender the head of a mention's role gives ("her father": "m"; "" if none)."""
    ws = role.lower().replace(",", " ").split()
    if not ws:
        return ""
    w = ws[-1]
    if w.endswith("woman") or w in _FEMALE_ROLES:
        return "f"
    if w.endswith("man") and w not in _NOT_GENDERED or w in _MALE_ROLES:
        return "m"
    return ""


# How many attributions a look-back walks at most (`ArticleSpeakers._recent_history`): the
# longest test article holds 21 (s01_dw_bridges); a text of tens of kilobytes reaches it.
_LOOK_BACK = 200


@dataclass(slots=True)
class Mention:
    """A full personal name written somewhere in the article."""

    pos: int
    name: str
    last: str
    role: str
    written: str


def _downward(ids: Sequence[int], k: int) -> Iterator[int]:
    """ids[k - 1], ids[k - 2], ... ids[0], lazily."""
    return (ids[j] for j in range(k - 1, -1, -1))


class MentionIndex:
    """The article's mentions indexed by what resolution looks them up by, so that a lookup
    walks no long article. The scan finds them in order of position (one per capitalised run,
    the runs apart), so an index into `mentions` orders them as their positions do; each
    table maps a key to the indices of the mentions that have it, in order."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = mentions
        self.positions = [m.pos for m in mentions]
        self.by_name: dict[str, list[int]] = {}
        self.by_last: dict[str, list[int]] = {}
        self.by_lower_last: dict[str, list[int]] = {}
        self.by_word: dict[str, list[int]] = {}  # every word of the name
        self.by_head: dict[str, list[int]] = {}  # the name up to each space: "Ana" (Ana Ruiz)
        self.by_tail: dict[str, list[int]] = {}  # the name after each space: "Ruiz"
        self.by_lower_tail: dict[str, list[int]] = {}  # the same, lower-cased
        # the surname without a particle joined by a hyphen: "Khasawneh" (Al-Khasawneh)
        self.by_particle_off: dict[str, list[int]] = {}
        self._where: dict[tuple[str, ...], list[int]] = {}
        # how far a mention's written form (its title first) may start before its name or after
        self.lead = self.trail = 0
        for i, m in enumerate(mentions):
            low = m.name.lower()
            keys = [(self.by_name, m.name), (self.by_last, m.last),
                    (self.by_lower_last, m.last.lower())]
            keys += [(self.by_word, w) for w in m.name.split()]
            keys += [(self.by_head, m.name[:k]) for k, c in enumerate(m.name) if c == " "]
            keys += [(self.by_tail, m.name[k + 1 :]) for k, c in enumerate(m.name) if c == " "]
            keys += [(self.by_lower_tail, low[k + 1 :]) for k, c in enumerate(low) if c == " "]
            if _joined_particle_off(m.last):
                keys.append((self.by_particle_off, _joined_particle_off(m.last)))
            for table, key in keys:
                ids = table.setdefault(key, [])
                if not ids or ids[-1] != i:  # (a word the name repeats: once)
                    ids.append(i)
            shift = len(m.written) - len(m.name)
            self.lead, self.trail = max(self.lead, shift), max(self.trail, -shift)

    def count_before(self, pos: int) -> int:
        """How many mentions start before `pos`."""
        return bisect_left(self.positions, pos)

    def latest_before(self, pos: int) -> Mention | None:
        """The last mention before `pos`."""
        n = self.count_before(pos)
        return self.mentions[n - 1] if n else None

    def within(self, start: int, end: int) -> list[Mention]:
        """The mentions from `start` up to `end` (not included), in order."""
        return self.mentions[self.count_before(start) : self.count_before(end)]

    def starting_within(self, start: int, end: int) -> list[Mention]:
        """The mentions whose name, or written form with its title, starts from `start` to
        `end` (both included), in order."""
        return [m for m in self.within(start - self.trail, end + self.lead + 1)
                if start <= m.pos + len(m.name) - len(m.written) <= end or start <= m.pos <= end]

    def latest_first(self, after: int, pos: int) -> Iterator[Mention]:
        """The mentions after `after` and before `pos`, latest first (lazily: a caller may
        stop at the first)."""
        for i in range(self.count_before(pos) - 1, -1, -1):
            if self.mentions[i].pos <= after:
                return
            yield self.mentions[i]

    def following(self, pos: int) -> Iterator[Mention]:
        """The mentions after `pos`, in order (lazily)."""
        start = bisect_right(self.positions, pos)
        return (self.mentions[i] for i in range(start, len(self.mentions)))

    def latest(self, ids: Sequence[int], pos: int,
               accept: Callable[[Mention], bool] | None = None) -> Mention | None:
        """The last of the mentions `ids` (a table's entry) points to before `pos`, or the
        last that `accept` accepts."""
        for i in _downward(ids, bisect_left(ids, self.count_before(pos))):
            if accept is None or accept(self.mentions[i]):
                return self.mentions[i]
        return None

    def first_from(self, ids: Sequence[int], pos: int) -> Mention | None:
        """The first of the mentions `ids` points to at `pos` or after."""
        k = bisect_left(ids, self.count_before(pos))
        return self.mentions[ids[k]] if k < len(ids) else None

    def latest_first_among(self, id_lists: list[Sequence[int]], pos: int) -> Iterator[Mention]:
        """The mentions any of `id_lists` points to before `pos`, latest first, each once
        (lazily)."""
        n = self.count_before(pos)
        previous = -1
        for i in heapq.merge(*(_downward(ids, bisect_left(ids, n)) for ids in id_lists),
                             reverse=True):
            if i != previous:
                previous = i
                yield self.mentions[i]

    def where(self, key: tuple[str, ...], accept: Callable[[Mention], bool]) -> list[int]:
        """The indices of the mentions `accept` accepts, found once per `key`, which names
        all that `accept` depends on (the words of a description, an acronym)."""
        if key not in self._where:
            self._where[key] = [i for i, m in enumerate(self.mentions) if accept(m)]
        return self._where[key]


# A preposition of place right before a capitalised run ("in Maarat al-Numan").
_PLACE_BEFORE_RE = re.compile(r"(?:^|\s)(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside)\s$")

_ALPHA_WORD_RE = re.compile(r"[A-Za-z][\w'\u2019-]*")


def title_case(s: str) -> bool:
    """Whether a headline capitalises (nearly) every longer word."""
    long_words = [w for w in _ALPHA_WORD_RE.findall(s) if len(w) > 3]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(
        long_words)


# A body's name that opens with its head and goes on to its remit: "Office for ...", "High
# Commissioner for ...", "Office on Drugs and Crime".
_OPENS_WITH_HEAD_RE = re.compile(r"(?:[A-Z][a-z]+ )?(?:Office|Commissioner|Mission|Commission|"
                                 r"Committee|Council|Agency|Fund|Programme|Program)"
                                 r" (?:for|of|on|in) ")


# A police force named with capitals ("Israel Police", "West Yorkshire Police").
_NAMED_FORCE_RE = re.compile(r"\b[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)*\s+Police\b")


class ArticleSpeakers:
    """Speakers of one article: resolves phrases against what was said and named before."""

    def __init__(self, text: str, publisher: str) -> None:
        self.text = text
        self.publisher = SpeakerRef(publisher or "Unknown publisher", MEDIA)
        self._publisher_first = self.publisher.key.split(" ", 1)[0]
        # the publisher named in its own text ("a Washington Post analysis") is the publisher
        self.registry: dict[str, SpeakerRef] = {self.publisher.key: self.publisher}
        self.history: list[tuple[int, SpeakerRef]] = []
        self._longer_runs: dict[str, bool] = {}  # (`_in_longer_run`, by name)
        # (position, acronym, describing word) of each "the IPMA weather institute" in the
        # text, read once when first needed (`_acronym_with_head`)
        self._acronym_kinds: list[tuple[int, str, str]] | None = None
        # (position, index in `history`) of each entry, by position (`_spoke_between`)
        self._history_by_pos: list[tuple[int, int]] = []
        self.data_owners: list[tuple[int, SpeakerRef]] = []
        self.sentences: list[tuple[int, str]] = []
        # for each document word, how many sentences were read for it and which of them name
        # it (`_sentences_naming`): each sentence is read once per word, not once per look-up
        self._naming_documents: dict[str, tuple[int, list[int]]] = {}
        # the sentences' ends, for a binary search while they come in order (`_sentence_before`)
        self._sentence_ends: list[int] = []
        self._sentence_ends_sorted = True
        # the sentences' starts in order and their texts by start: what came before a position
        # is a binary search away (`_sentences_upto`), not a walk over a long article
        self._sentence_starts: list[int] = []
        self._sentence_text: dict[int, str] = {}
        # how many sentences `_study_lead` has read, and the study owner it found (with the
        # end of the sentence that named it)
        self._study_scan: tuple[int, tuple[int, SpeakerRef] | None] = (0, None)
        self._subjects: dict[int, SpeakerRef | None] = {}
        self._sentence_toks: dict[int, list[Tok]] = {}
        self.dates: dict[str, list[tuple[int, date]]] = {}
        self._mentions: list[Mention] | None = None
        self._mention_index: MentionIndex | None = None
        self._acronyms: dict[str, str] | None = None
        self._dual_names: dict[str, str] | None = None
        # the full name a body's acronym ends with a place ("(CAG) of India"): name -> full
        # (filled by `acronyms`; read through `acronym_places`)
        self._acronym_places: dict[str, str] = {}
        self._bodies: list[Body] | None = None
        self._cued_bodies: frozenset[str] | None = None
        self._mention_roles: dict[str, list[tuple[int, str]]] | None = None
        self._body_index: dict[str, list[Body]] | None = None
        self._acronym_words: frozenset[str] | None = None
        self._interviewee: SpeakerRef | None = None
        self._pseudonyms: set[int] = set()  # where a name given in place of one starts
        self._titled_headline_end: int | None = None
        self._honorifics: dict[str, str] | None = None
        self._pronouns: dict[str, str] = {}
        self._own_pronouns: dict[str, str] = {}
        self._body_pos: list[int] | None = None
        # the bodies' first words (past "the"), sorted, with their indices: `_clipped_body`
        self._body_firsts: list[tuple[str, int]] | None = None
        # bodies described right after their names, by the describing word: `_named_described`
        self._described_bodies: dict[str, list[tuple[Body, int]]] | None = None
        # bodies written with their kind's word right after the name: `_headed_after`
        self._headed_bodies: dict[str, tuple[list[int], list[Body]]] | None = None
        # whether the text writes any of a set of head words capitalised: `_generic`
        self._written_words: dict[frozenset[str], bool] = {}
        self._commentator_mentions: dict[str, list[tuple[int, bool]]] = {}
        # what a bare "the union" stood for, by its head word, when an alias found it
        self._alias_found: dict[str, SpeakerRef] = {}
        self._counted_groups: dict[str, bool] = {}
        self._thing_acronyms: dict[str, bool] = {}
        self._no_outlet_names: dict[str, bool] = {}
        self._not_company_names: list[str] | None = None
        self._spelled_runs: dict[str, str | None] = {}
        # every run of capitalised words of two or more, and the run cut where a sentence ends
        # inside it (kept by the body scan for _spelled_run)
        self._long_runs: list[tuple[str, str]] = []
        self._titled_bodies: set[tuple[int, str]] | None = None

    # ---- bodies

    @property
    def cued_bodies(self) -> frozenset[str]:
        """Keys of the names with no word of their kind that the article shows to be a
        body's (see `_cued_body_names`), found once per article."""
        if self._cued_bodies is None:
            self._cued_bodies = self._cued_body_names()
        return self._cued_bodies

    def _cued_body_names(self) -> frozenset[str]:
        """Names the article shows to be a company's or another body's although no word of
        their kind is in them: an apposition saying what the name is ("Brenner Getriebebau, a
        family-owned maker of gearbox housings,", "Hollins Ward, a charity that ...", "Dunmore
        Offshore, the consortium building ..."), where it is based or listed written right
        before it ("Pune-based Ravindra Biologics"), its shares ("Shares in Tremont Haller
        fell", "Velden Group shares rose"), its officers and accounts ("Corvane Ashby's chief
        executive", "Norrvik's revenue") or its workforce ("Pellucid Lanes, which employs
        2,300 people"). A name whose first word is a given name, or whose last word takes
        "Mr" or "Ms" somewhere, stays a person's."""
        text = self.text
        found: set[str] = set()

        def add(name: str) -> None:
            name = _clean(name).rstrip(".,;:")
            if name.startswith(("The ", "the ")):
                name = name[4:]
            words_ = name.split()
            if not words_:
                return
            first = words_[0].lower()
            if first in FEMALE_GIVEN_NAMES or first in MALE_GIVEN_NAMES or first in PRONOUNS \
                    or first in COMMON_CAPITALISED or first in COUNTRIES or \
                    first in DEMONYMS or first in CAPITALS or first in WEEKDAYS or \
                    first in MONTHS or name.lower() in COUNTRIES or \
                    words_[-1].lower() in self.honorifics or \
                    len(words_) == 1 and first in _SHARES_OF_NO_COMPANY:
                return
            found.add(normalise_key(name))

        def name_before(at: int, words_at_least: int = 1) -> None:
            paren = _ACRONYM_BEFORE_CUE_RE.search(text, max(0, at - 16), at)
            if paren is not None:
                at = paren.start()  # "the Integrated Food Security Phase Classification
                # (IPC), a UN-backed hunger monitor,": the name before its acronym
            m = _NAME_BEFORE_CUE_RE.search(text, max(0, at - 80), at)
            if m is not None:
                name = m.group(1)
                ws = name.split(" ")
                for k in range(len(ws) - 2, -1, -1):
                    if ws[k].lower().endswith(_DESCRIPTOR_SUFFIXES):
                        name = " ".join(ws[k + 1 :])  # ("Abu Dhabi-based Oasis Air")
                        break
                person, of, body = name.partition(" of ")
                if of and " " in person and _named_person(person):
                    name = body  # "Tobias Lindqvist of Ridgeline Energy, a consultancy,":
                    # the body the person is of
                if name.count(" ") + 1 >= words_at_least:
                    add(name)

        for m in _BODY_APPOS_RE.finditer(text):
            if m.group(2) in _BODY_OR_PERSON_HEADS and not any(
                    w.endswith(_BODY_MODIFIER_ENDS) or w in DEMONYMS or w in COUNTRIES
                    for w in m.group(1).lower().split()):
                rest = _SENTENCE_REST_RE.match(text, m.end())
                if rest is None or not _ITS_RE.search(rest.group()) or \
                        _PERSONAL_PRONOUN_RE.search(rest.group()):
                    continue  # ("Marta Ruiz, a film producer,": a person's trade; but
                    # "Nakamura Seiki, a maker of machine tools, will close its plant")
            name_before(m.start())
        # Each pattern is run only over a text that holds one of its words (a scan of the
        # whole text for a pattern that may start anywhere is the costly part).
        if _holds_any(text, _BASED_CUE_WORDS):
            for m in _BASED_BEFORE_NAME_RE.finditer(text):
                add(m.group(1))
        if _holds_any(text, _SHARES_CUE_WORDS):
            for m in _COMPANY_CUE_BEFORE_RE.finditer(text):
                add(m.group(1))
        if _holds_any(text, _COMPANY_CUE_WORDS):
            for m in _COMPANY_CUE_AFTER_RE.finditer(text):
                name_before(m.start())
        if _holds_any(text, _RESULTS_CUE_WORDS):
            for m in _RESULTS_MOVE_RE.finditer(text):
                name_before(m.start(), 2)  # (not "Net profit rose", "Total revenue fell")
        if _holds_any(text, _SHARES_CUE_WORDS):
            for m in _SHARES_MOVE_RE.finditer(text):
                if text[m.start() - 1 : m.start()].isalpha() or \
                        text[m.start() : m.start() + 1] in ("'", "\u2019"):
                    name_before(m.start())
        return frozenset(found)

    @property
    def bodies(self) -> list[Body]:
        """Every body named in the article, in order (scanned once, on demand)."""
        if self._bodies is None:
            self._bodies = self._scan_bodies()
        return self._bodies

    @property
    def _body_starts(self) -> list[int]:
        """The bodies' positions, for binary searches."""
        if self._body_pos is None or len(self._body_pos) != len(self.bodies):
            self._body_pos = [b.pos for b in self.bodies]
        return self._body_pos

    def _title_case_headline(self, pos: int) -> bool:
        """Whether `pos` is in a headline that capitalises every longer word."""
        if self._titled_headline_end is None:
            end = self.text.find("\n")
            self._titled_headline_end = end if end > 0 and title_case(self.text[:end]) else 0
        return pos < self._titled_headline_end

    def _headline_run(self, run: str, start: int) -> str:
        """A run of capitalised words as a name may use it. A title-case headline capitalises
        its verbs too ("Halvorsen Foods Wipes 2.4 Billion Francs Off Value"): there, only the
        longest start of the run that the text repeats after the headline ("" if none)."""
        if self._titled_headline_end is None:
            end = self.text.find("\n")
            self._titled_headline_end = end if end > 0 and title_case(self.text[:end]) else 0
        end = self._titled_headline_end
        if start >= end:
            return run
        run_words = run.split(" ")
        k = len(run_words)
        while k > 0 and self.text.find(" ".join(run_words[:k]), end) < 0:
            k -= 1
        return " ".join(run_words[:k])

    def _scan_bodies(self) -> list[Body]:
        out: list[Body] = []
        # names read as a person's that a word before them showed to be a body's, by their
        # lower-cased name: the same name is that body wherever the article writes it
        promoted: dict[str, str] = {}
        # the last body of two words or more named with each first word
        longer_by_first: dict[str, Body] = {}
        opened_by: dict[str, Body] = {}  # the last body of several words by its first word
        text = self.text
        skip_to = 0
        for m in _BODY_RUN_RE.finditer(text):
            if m.start() < skip_to:
                continue
            run = m.group()
            stop = _sentence_end_in_run(run)
            if stop is not None:
                run = run[: stop.end() - 1]  # "Lusaka Securities Exchange. Revenue rose"
            if " " in m.group():
                self._long_runs.append((m.group(), run))
            run = self._headline_run(run, m.start())
            if not run:
                continue
            described = False
            if " " not in run:
                # one word names a body only if known or an acronym (most are a sentence's
                # first word or a surname), or a description says so ("Kudipay, a Nigerian
                # payments startup,"): decided before any other work
                bare = _unpossessive(run).rstrip(".,;:")
                low = bare.lower()
                if _CURRENCY_LETTERS_RE.match(text, m.start() + len(run)) and (
                        text[m.start() + len(run)] == "$" or low in CURRENCY_SYMBOLS):
                    continue  # "HK$120 million", "LL 38,500": a currency's letters, no body
                if _currency_amount_word(bare):
                    continue  # "costs SR4", "RM9": an amount after its currency's letters
                described = text.startswith((", a", ", the "), m.end()) and \
                    _DESCRIBED_BODY_RE.match(text, m.end()) is not None or (
                        _SHARES_MOVE_RE.match(text, m.end()) is not None and
                        low not in _SHARES_OF_NO_COMPANY and low not in DEMONYMS or
                        _SHARES_OF_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
                        is not None) and not any(len(b.words) > 1 and b.words[0] == low
                                                 for b in out)
                # ("Shares in Brixworth" after Brixworth Group: the short form of that name)
                described = described or normalise_key(bare) in self.cued_bodies and not any(
                    len(b.words) > 1 and b.words[0] == low for b in out)
                # ("Norrvik, which employs 15,600 people": `_cued_body_names`; not "Veltrane
                # shares fell" after Veltrane Semiconductor, its short name)
                if not (low in _KNOWN_SINGLE or _ACRONYM_WORD_RE.fullmatch(bare) or
                        _CAMEL_RE.fullmatch(bare) or described) or \
                        low in COMMON_CAPITALISED or low in _POSTNOMINALS or \
                        "-" in bare and text[m.end() : m.end() + 2].strip()[:1].islower() \
                        and _compound_word(bare, low, m.start() == 0 or text[
                            m.start() - 1] == "\n" or text[max(0, m.start() - 2) : m.start()]
                            in (". ", "? ", "! ")):
                    # ("HARD-PRESSED families": a tabloid's opening words in capitals)
                    continue  # ("KhetiKart", "GeoNet": a brand's one-word name)
                longer = longer_by_first.get(low) if not bare.isupper() else None
                if longer is not None and longer.kind == ORGANISATION:
                    # "SkyPorter chief executive Wendy Leung said" after Shenzhen-based
                    # SkyPorter Logistics: the company named in full, by its first word
                    out.append(Body(m.start(), longer.name, longer.kind, longer.words))
                    continue
                ws = [bare]
            else:
                ws = run.split(" ")
                i = 0
                while i < len(ws) and (ws[i].lower().rstrip(".,") in COMMON_CAPITALISED or
                                       ws[i].lower() in _DOC_ADJECTIVES):
                    i += 1  # ("Separate Home Office data published on Thursday showed")
                if len(ws) >= i + 3 and i == 0 and ws[0].lower() in _BODY_KIND_OPENERS and (
                        m.start() == 0 or text[m.start() - 1] == "\n" or
                        text[max(0, m.start() - 2) : m.start()] in (". ", "? ", "! ")):
                    # a sentence opening "Utility Highdesert Power said", "Operator Eastway
                    # Bus Services said": the kind of body before its name, as the phrase
                    # reading takes it (a name of two words, "Utility Regulator", stays whole)
                    i, described = 1, True
                if len(ws) > i + 2 and ws[i].lower() in _HOLDINGS and ws[i + 1] in ("of", "in"):
                    i += 2  # "Shares of Kaveri Housing Finance Ltd.": the company
                    described = len(ws) == i + 1 and not any(
                        len(b.words) > 1 and b.words[0] == ws[i].lower() for b in out)
                elif len(ws) > i + 3 and ws[i].lower() in _MEMBERS_OF and ws[i + 1] == "of" and \
                        ws[i + 2] in ("the", "The"):
                    i += 3  # "Members of the Rail Workers' Union will strike": the union
                ws = ws[i:]
                # "Sahra's chief" is Sahra; "Ukraine's Air Force" is Ukraine's
                for k, w in enumerate(ws):
                    if w.endswith(("s'", "s\u2019")) and k + 1 < len(ws) and (
                            ws[k + 1][:1].isupper() or k + 2 < len(ws) and ws[k + 1] in (
                                "and", "&") and ws[k + 2][:1].isupper()):
                        # "Madrid Tenants' Union", "Farmers' Unions", "Tramworkers' and
                        # Drivers' Union": the possessive is inside the name
                        continue
                    if w.endswith(("'s", "\u2019s", "'", "\u2019")):
                        owner = _unpossessive(w).lower()
                        after = ws[k + 1 :]
                        if k == 0 and after and after[-1].lower().rstrip(",") in _LEGAL_SUFFIXES:
                            break  # "Hartwell's Home Co.", "Macy's Inc.": the company's name
                        if k == 0 and len(after) >= 2 and (owner in COUNTRIES or
                                                           owner in CAPITALS) and \
                                kind_of(" ".join(after)) == ORGANISATION:
                            ws = after  # "Zambia's Chimwemwe Copper Mines": the company
                            break
                        if k == 0 and len(after) >= 3 and (
                                after[-1].lower() in ORG_HEADS or
                                after[-1].lower() in GOVERNMENT_HEADS):
                            # "Chile's National Disaster Prevention and Response Service",
                            # "Dubai's Roads and Transport Authority": the place's body
                            ws = after
                            break
                        ws = ws[:k] + [_unpossessive(w)]
                        break
                for k, w in enumerate(ws):
                    if w.lower().rstrip(".") in WEEKDAYS or w.lower().rstrip(".") in MONTHS:
                        ws = ws[:k]  # "Kinshasa on Thursday", "the Police Force on Monday."
                        break
                if ws and ws[-1].lower().rstrip(".,;:").endswith(_DESCRIPTOR_SUFFIXES):
                    continue  # "the Mexico City-based consultancy X": where a body is based,
                    # written before what it is, names nothing
                for k in range(len(ws) - 2, -1, -1):
                    if ws[k].lower().endswith(_DESCRIPTOR_SUFFIXES):
                        # "Abu Dhabi-based Oasis Airways", "Shenzhen-based SkyPorter
                        # Logistics": what is based, listed or registered somewhere is a body
                        described = described or ws[k].lower().endswith(_BASED_SUFFIXES)
                        ws = ws[k + 1 :]
                        break
                both = next((k for k in range(1, len(ws) - 2) if ws[k] == "and" and
                             ws[k + 1] in ("the", "The") and _body_head_word(ws[k - 1]) and
                             _body_head_word(ws[-1])), 0)
                if both:
                    ws = ws[:both]  # "the Securities and Exchange Commission and the Federal
                    # Trade Commission": two bodies, each with its own head word
                un = 2 if ws[:2] == ["United", "Nations"] else 1 if ws[:1] in (["UN"], ["U.N."]) else 0
                if un and len(ws) > un + 1 and \
                        " ".join(ws[un:]).lower().rstrip(".,;:") in ORGANISATION_NAMES:
                    ws = ws[un:]  # "the United Nations World Food Programme": the programme
                if len(ws) >= 2 and _TICKER_RE.fullmatch(ws[-1]):
                    ws.pop()  # "Halloway Foods Inc. HWF-T reported": the stock's ticker
                while ws and ws[-1].lower() in ("of", "on", "for", "and", "the", "&"):
                    ws.pop()
                if not ws:
                    continue
            name = " ".join(ws).rstrip(",;:")
            if name.endswith(".") and name.split()[-1].lower().rstrip(".") not in (
                    "inc", "ltd", "corp", "co"):
                name = name.rstrip(".")
            low = name.lower()
            if len(ws) == 1 and not (low in _KNOWN_SINGLE or _CAMEL_RE.fullmatch(name)
                                     or described or normalise_key(name) in self.cued_bodies
                                     and not any(len(b.words) > 1 and b.words[0] == low
                                                 for b in out)
                                     or (_ACRONYM_WORD_RE.fullmatch(name) is not None
                                         and low not in COUNTRIES and low not in MEASURE_UNITS
                                         and not text[max(0, m.start() - 2):m.start()]
                                         .strip()[-1:].isdigit())):
                continue  # a single word names a body only if known or an acronym, not "MW"
            if len(ws) == 1 and name.upper() in _MEASURE_ACRONYMS:
                continue  # "GAAP", "EBITDA", "GDP": measures, not bodies
            if len(ws) == 1 and _IN_PARENS_RE.search(text, max(0, m.start() - 20), m.start()):
                continue  # "(BNPB)", "(NASDAQ: NSOL)": an alias or a ticker
            if len(ws) == 1 and (given := _GIVEN_NAME_BEFORE_RE.search(
                    text, max(0, m.start() - 40), m.start())) is not None and \
                    given.group(1).lower() not in ORG_HEADS and \
                    given.group(1).lower() not in GOVERNMENT_HEADS and \
                    given.group(1).lower() not in ARMED_HEADS:
                continue  # "the trial, called CLARION,", "bleeding, known as ARIA": the name
                # of a thing that is no body (not "a rebel group known as the ADF")
            if " " not in m.group() and m.group().isupper() and (
                    m.start() == 0 or text[m.start() - 1] == "\n") and \
                    _DATELINE_AFTER_RE.match(text, m.end()):
                continue  # "JOHANNESBURG (Reuters) -", "DAKAR:": a dateline, not a body
            if len(ws) > 1 and _PRODUCT_OWNER_RE.search(text, max(0, m.start() - 7), m.start()) \
                    and ("&" in ws or _OWNED_PRODUCT_RE.match(text, m.end())):
                continue  # "their Pratt & Whitney engines": a maker's name for a product
            if " of " in name:
                after = _body_after_person(name)
                if after is not None:
                    # "Dr. Kavitha Raghunathan of the Deccan Institute of Clinical Research":
                    # the body she is of, not one body named with her
                    name = after
                    ws = name.split(" ")
                    low = name.lower()
            kind = kind_of(name)
            based = _body_before_its_town(name) if kind == PERSON else None
            if based is not None:
                name, kind = based
                low = name.lower()
            lw = low.split()
            headed = len(lw) >= 3 and (lw[0] in _FOREIGN_HEADS or any(
                (w in ORG_HEADS or w in GOVERNMENT_HEADS) and lw[i + 1] in ("of", "for")
                for i, w in enumerate(lw[:-1])))  # "Central Bank of Nigeria"
            if (lw[0] in _FOREIGN_HEADS or described) and kind == PERSON:
                kind = ORGANISATION  # "Banco de Mexico"
            if kind == PERSON and normalise_key(name) in self.cued_bodies:
                kind = ORGANISATION  # "Brenner Getriebebau, a family-owned maker of ...":
                # a name the article shows to be a company's (`_cued_body_names`)
            if kind == PERSON and len(ws) >= 2 and _COMPANY_NOUN_BEFORE_RE.search(
                    text, max(0, m.start() - 24), m.start() + run.find(ws[0])):
                kind = ORGANISATION  # "copper miner Minera Sur", "chipmaker Nexo Labs": a
                # company's kind written before its name (no person is "the miner X")
                promoted[low] = kind
            if kind == PERSON and len(ws) >= 2 and low in promoted:
                kind = promoted[low]  # "Mirae Logic was founded ..." after "chip startup
                # Mirae Logic": the body named so before
            if kind == PERSON or low in COUNTRIES or low in CAPITALS or \
                    low.removeprefix("the ") in COUNTRIES or (not headed and (
                        lw[-1] in COUNTRIES or " ".join(lw[-2:]) in COUNTRIES)):
                continue  # places, "Somalia and Ethiopia" (not "Central Bank of Nigeria")
            at = m.start() + run.find(ws[0])
            if headed and text.startswith(", ", m.end()) and \
                    at + len(name) == m.end() and \
                    (more := _REMIT_LIST_RE.match(text, m.end())) is not None and \
                    not _remits_name_bodies(more.group().replace(",", " , ").split()):
                # "the Department of Forestry, Fisheries and the Environment": the name runs
                # on past its commas to the last remit (the runs inside it name nothing)
                name += more.group()
                low = name.lower()
                skip_to = more.end()
            words_ = tuple(low.replace("-", " ").split())
            if out and len(ws) >= 2 and text.startswith(", the ", out[-1].pos +
                                                        len(out[-1].name)) and \
                    out[-1].pos + len(out[-1].name) + 6 == at and \
                    _APPOSITION_CLOSE_RE.match(text, at + len(name)):
                # "Gavi, the Vaccine Alliance, said": a second name for the body before it,
                # which "the alliance" then refers to
                name, kind = out[-1].name, out[-1].kind
            if len(words_) == 1 and not name.isupper():
                full = opened_by.get(words_[0])
                if full is not None:
                    # "SkyPorter chief executive" after "Shenzhen-based SkyPorter Logistics":
                    # the first word of a name given in full stands for that body (an
                    # acronym has rules of its own: "a WFP warehouse" after "WFP Country
                    # Director")
                    name, kind = full.name, full.kind
            out.append(Body(at, name, kind, words_))
            if len(words_) > 1:
                longer_by_first[words_[0]] = out[-1]
            if len(words_) > 1 and kind != PERSON and words_[-1] not in TITLE_WORDS:
                opened_by[words_[0]] = out[-1]
        return out

    def short_form(self, word: str, pos: int, early: bool = False) -> SpeakerRef | None:
        """The body a short name stands for: "Sahra" for Sahra Airways, "Board" for the Kerio
        Valley Health Board (the last one named before `pos`; a headline may look ahead)."""
        low = word.lower().rstrip(".")
        if low in COUNTRIES or low in CAPITALS or low in DEMONYMS or low in COMMON_CAPITALISED:
            return None
        clipped = self._clipped_body(word, pos, early)
        if clipped is not None:
            return clipped  # "the Met", "Cal Fire": read as a person's name, but a body's
        if not self._in_longer_run(word):
            return None  # never written as part of a longer name
        head = low in ORG_HEADS or low in GOVERNMENT_HEADS or low in _GENERIC_KINDS
        lead = tuple(low.split())  # ("Stratton Harbor" for Stratton Harbor Bancorp)
        found: Body | None = None
        for b in self.bodies:
            if len(b.words) <= len(lead) or not (b.words[: len(lead)] == lead or (
                    head and b.words[-1] == low) or _after_its_country(b.words, lead)):
                continue
            if b.pos >= pos and (found is not None or not early):
                break
            found = b
        if found is None:
            return None
        found = self._named_after(found, len(lead), pos) or found
        return self._register(SpeakerRef(found.name, found.kind), found.name, "")

    def _named_after(self, body: Body, lead: int, pos: int) -> Body | None:
        """The body `body` is named after, when the article names it too before `pos`: "Kelby
        Rovers" for the Kelby Rovers Supporters' Trust, whom a short "Kelby" stands for rather
        than the trust (the last such, of more than the `lead` words the short form has).
        Only a body of its own kind is named after another: "Halvorsen Freight ASA" is
        Halvorsen Freight with its legal form, and "Nordvik Air Group" is the airline."""
        if body.words[-1] not in _OFFSHOOT_HEADS:
            return None
        found = None
        for b in self.bodies:
            if b.pos >= pos:
                break
            if lead < len(b.words) < len(body.words) and body.words[: len(b.words)] == b.words:
                found = b
        return found

    def _in_longer_run(self, name: str) -> bool:
        """Whether `name` is written somewhere with a capitalised word next to it (only then
        can it be part of a longer name; this spares most articles the scan of bodies). Kept
        per name: the scan reads the whole article, and a long one may say the name often."""
        known = self._longer_runs.get(name)
        if known is not None:
            return known
        text = self.text
        found = False
        i = text.find(name)
        while i >= 0:
            j = i + len(name)
            if (text[j : j + 1] == " " and text[j + 1 : j + 2].isupper()) or (
                    text[i - 1 : i] == " " and _CAP_WORD_END_RE.search(text, max(0, i - 30), i)) \
                    or text.startswith(" of ", j) and text[j + 4 : j + 5].isupper():
                found = True  # ("State Emergency Service of Ukraine")
                break
            i = text.find(name, j)
        self._longer_runs[name] = found
        return found

    def _longer_body(self, name: str, pos: int, early: bool) -> SpeakerRef | None:
        """ "Red Cross" for the Kenya Red Cross Society the article names: a body's name of two
        or more words inside a longer one (the last one before `pos`; a headline looks ahead)."""
        words = tuple(name.lower().replace("-", " ").replace("'s", "").split())
        if len(words) < 2 or " ".join(words) in COUNTRIES or not self._in_longer_run(name):
            return None
        size = len(words)
        found: Body | None = None
        if self._body_index is None:
            self._body_index = {}
            for b in self.bodies:
                for w in set(b.words):
                    self._body_index.setdefault(w, []).append(b)
        for b in self._body_index.get(words[0], ()):
            if b.pos >= pos and (found is not None or not early):
                break
            bw = b.words
            if len(bw) > size and any(
                    bw[i:i + size] == words and "of" not in bw[:i] and "and" not in bw[:i]
                    and (all(w.strip(".,") in ORG_HEADS or w.strip(".,") in GOVERNMENT_HEADS or
                             w.strip(".,") in COMPANY_NAME_HEADS or w == ","
                             for w in bw[i + size:]) or (
                        # "the State Emergency Service" for the State Emergency Service of
                        # Ukraine: the country the full name ends with
                        len(bw) > i + size + 1 and bw[i + size] == "of" and
                        " ".join(bw[i + size + 1:]) in COUNTRIES))
                    for i in range(len(bw) - size + 1)):
                found = b  # the name is the longer one's core, not a complement inside it
        if found is None:
            return None
        return self._register(SpeakerRef(found.name, found.kind), found.name, "")

    def interviewee(self, pos: int) -> SpeakerRef | None:
        """Who answers an interview's "A:" lines: the named person introduced before the first
        answer (not a group a question quotes, such as "Critics")."""
        if self._interviewee is None:
            ref = self._last(pos, lambda r: r.kind == PERSON and not r.generic and
                             " " in r.name)
            ref_pos = max((p for p, r in self.history if r is ref), default=-1)
            m = self.mention_index.latest_before(pos)
            if m is not None and m.pos > ref_pos:
                ref = self._person_from_mention(m, m.written)
            self._interviewee = ref
        return self._interviewee

    def _person_subject(self, after: int, pos: int) -> SpeakerRef | None:
        """A person named as the subject of a sentence between `after` and the sentence at
        `pos` ("Home Minister Ramesh Lekhak has resigned. ... he said"), latest first."""
        ss = self._sentence_starts
        starts = ss[bisect_right(ss, after) : bisect_left(ss, pos)]
        if len(starts) > 1:
            current = self._current_and_previous(pos)[0]
            starts = [p for p in starts if p < current]
        if not starts:
            return None
        texts = self._sentence_text
        # (a person who spoke in the sentence just before keeps the floor for a "he said"
        # closing the next one: `_MODIFIED_ROLE_PREFIX_RE`)
        current, held_from = self._current_and_previous(pos)
        if "\n" in self.text[held_from:current]:
            held_from = current  # (in its paragraph: a new one opens with a new voice)
        found, found_at = None, -1
        for m in self.mention_index.latest_first(after, pos):
            k = bisect_right(starts, m.pos)
            if not k:
                continue
            sent = starts[k - 1]
            prefix = texts[sent][: m.pos - sent]
            prefix = prefix[_stamp_end(prefix):]
            if _PLACE_OPENER_RE.fullmatch(prefix + m.written) and \
                    self.text.startswith(",", m.pos + len(m.written)):
                continue  # "On Marlow Quay, where ...": the place the scene opens in
            if _SUBJECT_PREFIX_RE.fullmatch(prefix) or _APPOS_SUBJECT_PREFIX_RE.fullmatch(
                    prefix) or _SCENE_SUBJECT_PREFIX_RE.fullmatch(prefix) or \
                    (sent + len(texts[sent]) <= pos or after < held_from) and \
                    _MODIFIED_ROLE_PREFIX_RE.fullmatch(prefix) or \
                    _INTRODUCED_RE.match(self.text, m.pos + len(m.written)):
                found, found_at = m, sent
                break
        for sent in sorted(starts, reverse=True):
            if sent <= found_at:
                break
            # "Whitfield, who was first elected in 2014, conceded ...": a surname opening the
            # sentence stands for the last full mention before it with that surname
            opening = _SURNAME_SUBJECT_RE.match(texts[sent]) or \
                _SURNAME_TEAM_SUBJECT_RE.match(texts[sent])
            if opening is None and texts[sent][:4] in ("Back", "But ", "And ", "Yet "):
                # "Back at the crossing, Haddad was trying ...": the surname after the scene
                scene = _SCENE_OPENER_RE.match(texts[sent])
                if scene is not None:
                    opening = _SURNAME_SUBJECT_RE.match(texts[sent], scene.end())
            if opening is None:
                continue
            last = next(g for g in opening.groups() if g)
            earlier = self.mention_index.latest(self.mention_index.by_last.get(last, ()), sent)
            if earlier is not None:
                found = earlier
                break
        return self._person_from_mention(found, found.written) if found else None

    # ---- mentions

    @property
    def mention_roles(self) -> dict[str, list[tuple[int, str]]]:
        """Full name -> (position, role) of its mentions that give a role, in order."""
        if self._mention_roles is None:
            self._mention_roles = {}
            for m in self.mentions:
                if m.role:
                    self._mention_roles.setdefault(m.name, []).append((m.pos, m.role))
        return self._mention_roles

    @property
    def mentions(self) -> list[Mention]:
        """Every full personal name in the article, in order (scanned once, on demand)."""
        if self._mentions is None:
            self._mentions = self._scan_mentions()
        return self._mentions

    @property
    def mention_index(self) -> MentionIndex:
        """The mentions indexed for lookups (built once, on demand)."""
        if self._mention_index is None:
            self._mention_index = MentionIndex(self.mentions)
        return self._mention_index

    def _scan_mentions(self) -> list[Mention]:

        out: list[Mention] = []
        text = self.text
        # names of companies the story also writes with a legal form ("Northbound Nickel" for
        # Northbound Nickel Corp., in a headline that drops the form): no person's names
        stems = {" ".join(b.words[:-1]) for b in self.bodies if len(b.words) >= 3 and
                 b.words[-1].rstrip(".") in _LEGAL_KEYS}
        for start, end, group in _name_runs(text):
            run = self._headline_run(group, start)
            if " " not in run:
                continue
            if run.endswith(".") and not _INITIAL_END_RE.search(run):
                run = run[:-1]  # a name that ends the sentence: "said Joyce Mwakalinga."
            before = text[max(0, start - 3) : start].rstrip(" ")
            found = None
            tm = _TITLE_OF_BEFORE_RE.search(text, max(0, start - 30), start) \
                if text.endswith(("of ", "for ", "the "), 0, start) else None
            if tm and tm.group(1).lower() in _TITLES_BEFORE_REMIT:
                # "Supervisor of Elections Salote Vunivalu-Koroi": the run after "of" opens
                # with the remit, read with its title ("Elections Salote" is no one's name)
                lead = text[tm.start(1) : start]
                found = _person_in_run(lead + run, False)
                if found is not None and found[3] + 1 > len(lead):
                    found = found[:3] + (found[3] - len(lead),)
                else:
                    found = None
            if found is None:
                found = _person_in_run(run, not before or before[-1] in '.!?\n"\u201c:')
            if found is None:
                found = _place_given_name_alone(text, run, end)
            if found is None:
                continue
            name_text, role, written, offset = found
            if not role and normalise_key(name_text) in self.cued_bodies or \
                    normalise_key(written) in self.cued_bodies:
                continue  # "Brenner Getriebebau, a family-owned maker of ...": a company's name
            if not role and name_text.lower().replace("-", " ") in stems:
                continue
            first, _, rest = name_text.partition(" ")
            if not role and rest.count(" ") == 1 and first.lower().endswith(_OCCUPATION_ENDINGS) \
                    and re.search(rf"\b{re.escape(first.lower())}s?\b", text):
                # "..., Assessor Gwen Haraldsen said" where the story also writes "the
                # assessor": a word the text uses as a common noun is a title, not a first name
                role, name_text, offset = first, rest, offset + len(first) + 1
            elif not role and rest.count(" ") in (1, 2) and first.lower() in _KIN_OPENERS:
                role, name_text, offset = first, rest, offset + len(first) + 1
            if not role and offset and _JUDGE_TITLE_RE.match(run[:offset].strip().lower()) and \
                    not text.endswith(("of ", "for ", "and "), 0, start):
                # "Justice Halima Ode held ...": the title the reading of a remit ("Minister
                # for Justice Ian Bell") drops; she is "the judge" later
                role, written = run[:offset].strip(), run[: offset + len(name_text)]
            party, _, rest = name_text.partition(" ")
            if not role and party.lower() in _PARTY_MEMBER_WORDS and rest.count(" ") in (1, 2) \
                    and (text.endswith(("the ", "The "), 0, start) or party.lower() != "tory" and
                         (not before or before[-1] in '.!?\n"\u201c:')) and \
                    kind_of(rest) == PERSON:
                # "the Liberal Daniel Whitfield's 46.4%", "the Conservative Ann Reid",
                # "Conservative Alan Birch won the seat": a party's member word before the name
                # is her label, as a title would be ("Tory" opening a sentence may be her name)
                role, name_text, offset = party, rest, offset + len(party) + 1
            elif not role and rest.count(" ") in (1, 2) and (
                    party.endswith("s") and party[:-1].lower() in _PLURAL_TITLE_STEMS or
                    party.endswith("men") and party[:-3].lower() + "man" in _PLURAL_TITLE_STEMS
            ) and kind_of(rest) == PERSON:
                # "Commissioners Rhonda Feltz and Doug Emmerich voted no": a plural title
                # before the first of two names is each one's title, not a first name
                role, name_text, offset = party, rest, offset + len(party) + 1
            if not role and (run.startswith("The ") or text.endswith(("the ", "The "), 0, start)):
                continue  # "The Parish Development Model received ...": no one is "the" name
                # without a title ("the Rev. Ann Ode" has one)
            if _PLACE_BEFORE_RE.search(run[:offset] if offset else text[max(0, start - 8) :
                                                                         start]):
                continue  # "In Maarat al-Numan, Abu Khaled said": a place, not a person
            if _place_named(text, end) or not role and _compass_place(name_text):
                continue
            # a role in an apposition right after: "Andriy Yusov, spokesman for ... ,"
            am = _APPOS_ROLE_RE.match(text, end, end + 160) \
                if text[end : end + 1] == "," else None
            if am:
                first = am.group(1).split()[0].lower()
                words = am.group(1).lower().split()
                if set(words) & (PEOPLE_SPEAKER_HEADS | _SPOKES_HEADS) and first not in (
                        "who", "whose", "which", "said", "says", "told", "added") and \
                        not any(w in REPORTING_VERBS for w in
                                takewhile(lambda w: w not in _RELATIVE_OPENERS,
                                                    words[1:])):
                    # (not "Bola Ade, the witness said ...": a clause's subject and verb; but
                    # "a software engineer who says ..." is one)
                    role = ", ".join(p for p in (role, _clean(am.group(1))) if p)
            # a descriptor right before: "government spokesman Col. X"
            bm = None
            if start > 1:
                prev = text[max(0, start - 14) : start].split()
                if prev and prev[-1] in _ROLE_BEFORE_WORDS:
                    before = text[max(0, start - 60) : start]
                    bm = _ROLE_BEFORE_RE.search(before)
            cm = _COUNSEL_BEFORE_RE.search(text, max(0, start - 60), start) \
                if not role and text[max(0, start - 2) : start] == ", " else None
            if bm:
                role = ", ".join(p for p in (role, _clean(bm.group(1))) if p)
            elif cm:
                role = _COUNSEL_ROLES[cm.group(1)]
            elif text[max(0, start - 2) : start] == ", ":
                # a description in apposition before: "The county executive, Tom Baines,"
                dm = _APPOS_BEFORE_RE.search(text, max(0, start - 90), start)
                if dm and _PREPOSITION_BEFORE_RE.search(text, max(0, dm.start() - 12),
                                                        dm.start()):
                    dm = None  # "In a layoff notice filed with the state, Coral Ridge said":
                    # a preposition's object, no description of the name after it
                role_words = dm.group(1).lower().split() if dm else []
                head_word = next((w for w in role_words if w in _ROLE_HEADS), "")
                if dm and (role_words[-1] in _ROLE_HEADS and
                           role_words[-1] not in _REMIT_ADJECTIVES or
                           head_word and "of" in role_words):
                    # (not "its budget at home, Harbor Lane said": "home" titles no one alone)
                    # "The county executive, Tom Baines," / "The Governor of Ebute State, Mr."
                    role = ", ".join(p for p in (role, _clean(dm.group(1))) if p)
                elif not dm and not role:
                    fm = _RELATIVE_BEFORE_RE.search(text, max(0, start - 40), start)
                    if fm:
                        role = fm.group(1)  # "her husband, Paul Perrin,": a relative of the
                        # person before, whose gender the word gives
                if not role:
                    cm = _COURT_SIDE_BEFORE_RE.search(text, max(0, start - 60), start)
                    if cm:
                        # "Prosecuting, Alison Merriweather said ...": a court report's side,
                        # the counsel "the prosecutor" or "the barrister" is later
                        role = _COURT_SIDES[cm.group(1).lower()]
            elif not role and text[max(0, start - 1) : start] == " ":
                km = _KIN_BEFORE_RE.search(text, max(0, start - 40), start)
                if km:
                    role = km.group(1) or km.group(2)  # "her son David Reyes said"
            parts = name_text.split()
            last = parts[-2] if len(parts) > 2 and parts[-1].rstrip(".").lower() in (
                "jr", "sr") else parts[-1]  # ("Kennedy" of "Robert Kennedy Jr.")
            out.append(Mention(start + offset, name_text, last, role,
                               written))
        if _PSEUDONYM_CUE_RE.search(text):
            # "a father who asked to be identified only as Dev": the one name the story gives
            # him, which "he said" after it stands for
            seen = {m.pos for m in out}
            for pm in _PSEUDONYM_RE.finditer(text):
                if pm.start(1) not in seen and pm.group(1).lower() not in COMMON_CAPITALISED:
                    name = pm.group(1)
                    out.append(Mention(pm.start(1), name, name.split()[-1], "", name))
                    self._pseudonyms.add(pm.start(1))
            out.sort(key=lambda m: m.pos)
        return out

    # ---- resolution

    @property
    def acronyms(self) -> dict[str, str]:
        """ "Economic and Financial Crimes Commission (EFCC)": acronym key -> full name."""
        if self._acronyms is None:
            self._acronyms = {}
            for paren in _ACRONYM_PAREN_RE.finditer(self.text):
                if _WIRE_CREDIT_RE.match(self.text, paren.start()):
                    continue  # "Mokwa, Nigeria (AFP) -": a dateline's wire, not Nigeria's
                window_start = max(0, paren.start() - 160)
                found = list(_ACRONYM_RE.finditer(self.text, window_start, paren.end()))
                m = found[-1] if found else None
                if m is None or m.end() != paren.end():
                    named = self._named_before_head(paren, window_start) or \
                        _lower_case_name(self.text, paren, window_start)
                    if named is not None:
                        self._acronyms.setdefault(normalise_key(paren.group()[1:-1]), named)
                    continue
                full = " ".join(m.group(1).split())
                listed = full.removeprefix("The ").replace(",", " ").lower()
                if "," in full and not _spells(m.group(2).lower(), listed.split()) and not (
                        "-" in listed and _spells(m.group(2).lower(),
                                                  listed.replace("-", " ").split())) \
                        and not _opens_spelled(m.group(2).lower(), full):
                    # ("Directorate-General of Budget, Accounting and Statistics (DGBAS)": a
                    # hyphen's parts give a letter each)
                    # ("The Philippine Atmospheric, Geophysical, and ... (PAGASA)": the "The"
                    # that opens the sentence spells nothing)
                    full = full.rsplit(", ", 1)[1]  # "In Lagos, the Police Force (NPF)"
                if " and " in full:
                    # "the office of the UN envoy for Yemen and the International Committee
                    # of the Red Cross (ICRC)": two bodies, and the acronym spells only the
                    # second (not "Economic and Financial Crimes Commission (EFCC)")
                    tail = full.rsplit(" and ", 1)[1]
                    tail_words = [w.lower() for w in tail.split() if w.lower() != "the"]
                    acr = m.group(2).lower()
                    if (tail[:1].isupper() or tail.startswith("the ")) and \
                            len(tail_words) >= 2 and _spells(acr, tail_words) and not _spells(
                                acr, [w.lower() for w in full.removeprefix("The ").split()
                                      if w.lower() != "the"]):
                        full = tail
                if " in " in full:
                    # "Coordination of Government Activities in the Territories (COGAT)": a
                    # name may hold "in"; but "Officials in the Rural Roads Agency (RRA)" is
                    # the agency the acronym spells after it
                    tail = full.rsplit(" in ", 1)[1]
                    tail_words = [w.lower() for w in tail.split() if w.lower() != "the"]
                    if _spells(m.group(2).lower(), tail_words) or not tail[:1].isupper() and \
                            not tail.startswith("the "):
                        full = tail
                owned = full.removeprefix("The ").removeprefix("the ")
                first = owned.split(" ", 1)
                if len(first) == 2 and first[0].endswith(("'s", "\u2019s", "s'", "s\u2019")) \
                        and not _spells(m.group(2).lower(), [w.lower() for w in owned.split()]):
                    full = first[1]  # "Israel's Coordination of ... (COGAT)", "the
                    # Philippines' Department of Health (DOH)": the owner is no part of the
                    # name its acronym spells
                else:
                    owner = _PLACE_OWNER_RE.match(owned)
                    if owner and owner.group(1).lower() in COUNTRIES and not _spells(
                            m.group(2).lower(), [w.lower() for w in owned.split()]):
                        full = owned[owner.end():]  # "Sri Lanka's Disaster Management
                        # Centre (DMC)", "South Korea's Joint Chiefs of Staff (JCS)": a
                        # country of two or three words owns the body as one of one does
                first = full.split(" ", 2)
                if len(first) == 3 and first[0].lower() in _MEMBERS_OF and first[1] == "of":
                    full = first[2]  # "Members of the Rail Workers' Union (RWU)": the union
                organ = _ORGAN_OF_RE.match(full)
                if organ and _spells(m.group(2).lower(), organ.group(1).lower().split()):
                    full = organ.group(1)  # "The Executive Board of the International
                    # Monetary Fund (IMF)": the acronym names the fund its board governs
                while full.split(" ", 1)[0] in ("The", "A", "An", "the", "a", "an") and \
                        " " in full:  # ("..., the Turkish Statistical Institute (TurkStat)")
                    full = full.split(" ", 1)[1]
                if full.startswith(("UN ", "U.N. ")) and len(full.split()) >= 3 and \
                        not _OPENS_WITH_HEAD_RE.match(full.split(" ", 1)[1]) and \
                        full.split(" ", 1)[1].lower() in ORGANISATION_NAMES:
                    full = full.split(" ", 1)[1]  # "UN World Food Programme (WFP)" (but the
                    # "UN Office for Disaster Risk Reduction": an office named by its remit
                    # only is the UN's; so is a body the reader knows only with its "UN", as
                    # read_phrase keeps it)
                place = _PLACE_AFTER_ACRONYM_RE.match(self.text, paren.end())
                one = place and (place.group(2) or "").strip().lower()
                if place is not None and (place.group(1) or one not in WEEKDAYS and
                                          one not in MONTHS and one not in COMMON_CAPITALISED
                                          and one not in TITLE_WORDS and
                                          one not in PEOPLE_SPEAKER_HEADS and
                                          one not in _PERSON_TITLES):
                    # (not "Authority (NDMA) Chairman, Inam Haider,": a title, no province)
                    self._acronym_places.setdefault(normalise_key(full),
                                                    full + (place.group(1) or place.group(2)))
                    full += place.group(1) or place.group(2)  # "the Comptroller and Auditor General (CAG) of
                    # India": the name goes on past its acronym
                self._acronyms.setdefault(normalise_key(m.group(2)), full)
                alias = _OR_ALIAS_RE.match(self.text, paren.end())
                if alias:
                    # "the Harlow Water Board (HWB), or Harwater, said": a second short name
                    self._acronyms.setdefault(normalise_key(alias.group(1)), full)
            for m in _TRAILING_ACRONYM_RE.finditer(self.text):
                full, acronym = m.group(1), m.group(2)
                head = full.split()[-1].lower()
                if (head in ORG_HEADS or head in GOVERNMENT_HEADS) and \
                        acronym.lower() not in COUNTRIES and \
                        normalise_key(acronym) == acronym.lower():
                    # "the German Engineering Federation VDMA said": a body's name, then the
                    # acronym it goes by at home (in its own language), the name's alias
                    self._acronyms.setdefault(normalise_key(acronym), full)
            if "known as" in self.text:
                for m in _KNOWN_AS_RE.finditer(self.text):
                    full = m.group(1)
                    head = full.split()[-1].lower()
                    if head in GOVERNMENT_HEADS or head in ORG_HEADS or \
                            _body_of_head(tokenize(full)):
                        # "the Japanese Trade Union Confederation, known as Rengo,"
                        self._acronyms.setdefault(normalise_key(m.group(2)), full)
            if ", " in self.text:
                for m in _APPOS_ACRONYM_RE.finditer(self.text):
                    full, acronym = m.group(1), m.group(2)
                    head = full.split()[-1].lower()
                    key = normalise_key(acronym)
                    if key != acronym.lower() and key != normalise_key(full):
                        continue  # "the World Health Organization, UNICEF, Save the ...":
                        # a known acronym of another body, listed after it
                    if acronym[0] not in {w[0] for w in full.split()}:
                        continue  # (its letters start with one of the name's words)
                    if head in GOVERNMENT_HEADS or head in ORG_HEADS or \
                            _body_of_head(tokenize(full)):
                        # "the Centre for Monitoring and Research, CeMI, which ..."
                        self._acronyms.setdefault(normalise_key(acronym), full)
        return self._acronyms

    @property
    def acronym_places(self) -> dict[str, str]:
        """ "(CAG) of India": the full name a body's acronym ends with a place, name key ->
        full name (filled while reading `acronyms`)."""
        _ = self.acronyms
        return self._acronym_places

    def _initials_ending(self, name: str) -> str | None:
        """The body "Health NZ" or "Statistics NZ" shortens: one named before whose name is the
        same words, then the words the closing initials stand for ("Health New Zealand",
        "Health New Zealand - Te Whatu Ora")."""
        ws = name.split()
        initials = ws[-1]
        if len(ws) < 2 or not (2 <= len(initials) <= 4 and initials.isalpha() and
                               initials.isupper()):
            return None
        start = " ".join(ws[:-1]).lower() + " "
        for key, r in list(self.registry.items()) + [
                (normalise_key(b.name), b) for b in self.bodies]:
            if r.kind == PERSON or not key.startswith(start):
                continue
            rest = [w for w in key[len(start):].split(" - ", 1)[0].split()
                    if w not in ("of", "and", "for", "&")]
            if "".join(w[0] for w in rest) == initials.lower():
                return r.name
        return None

    @property
    def dual_names(self) -> dict[str, str]:
        """ "Health New Zealand - Te Whatu Ora": a body's name, a spaced dash and its second
        name (in another language), one name; each half's key -> the whole."""
        if self._dual_names is None:
            self._dual_names = {}
            if " - " in self.text or " \u2013 " in self.text:
                for dash in _DUAL_DASH_RE.finditer(self.text):
                    m1 = _DUAL_FIRST_RE.search(
                        self.text, max(0, dash.start() - 160), dash.start())
                    m2 = m1 and _DUAL_SECOND_RE.match(self.text, dash.end())
                    if not m1 or not m2:
                        continue
                    first, second = m1.group(1), m2.group(1)
                    if all(half.split()[-1].lower() in ORG_HEADS or
                           half.split()[-1].lower() in GOVERNMENT_HEADS
                           for half in (first, second)):
                        continue  # (not "the World Bank - International Monetary Fund": two
                        # English bodies' names, where a second name is in another language)
                    if first.startswith("The "):
                        first = first[4:]
                    if " " not in first or kind_of(first) == PERSON and (
                            " " not in second or kind_of(second) == PERSON) or any(
                            w.lower() in DOCUMENT_HEADS for w in second.split()):
                        continue  # (not "Cyclone Elira - Flash Update")
                    whole = f"{first} {dash.group().strip()} {second}"
                    self._dual_names.setdefault(normalise_key(first), whole)
                    self._dual_names.setdefault(normalise_key(second), whole)
        return self._dual_names

    def _named_before_head(self, paren: re.Match[str], window_start: int) -> str | None:
        """The name an acronym in parentheses spells when a lower-case body word stands
        between them: "the Alpine Snow Survey network (ASSN)", "the Tana Delta Water
        programme (TADEWA)" give the Alpine Snow Survey, the Tana Delta Water (the letters
        are the name's, not the word's)."""
        m = next((m for m in _NAME_THEN_HEAD_RE.finditer(self.text, window_start, paren.end())
                  if m.end() == paren.end()), None)
        if m is None or m.group(2) not in ORG_HEADS and m.group(2) not in GOVERNMENT_HEADS:
            return None
        words = m.group(1).split()
        if words[0] in ("The", "A", "An"):
            words = words[1:]
        if len(words) >= 2 and _spells(paren.group()[1:-1].lower(), [w.lower() for w in words]):
            return " ".join(words)
        return None

    def _spelled_by_acronym(self, name: str) -> bool:
        key = normalise_key(name)
        return any(normalise_key(full) == key and _spells(acr, [
            w.lower() for w in full.split() if w.lower() not in ("the", "of", "and", "de")])
            for acr, full in self.acronyms.items())

    @property
    def acronym_words(self) -> frozenset[str]:
        """Lower-case words of the names the article's acronyms stand for."""
        if self._acronym_words is None:
            self._acronym_words = frozenset(
                w for full in self.acronyms.values() for w in full.lower().split())
        return self._acronym_words

    def _acronym_body(self, acronym: str) -> str | None:
        """The body an acronym the article never spells out stands for, by its initials:
        "LASEMA" for the Lagos State Emergency Management Agency named elsewhere."""
        if not (2 <= len(acronym) <= 8 and acronym.isalpha() and (
                acronym.isupper() or _CASED_INITIALS_RE.fullmatch(acronym))):
            return None  # (and "TfL", "DfE", "MoHRE": a connector's or a word's second
            # letter in lower case between capitals)
        for b in self.bodies:
            if len(b.words) >= 2 and _spells_body(acronym.lower(), b.words) and \
                    not _names_two_known_bodies(b.name):  # (not "UN and ICRC" for the UN)
                return b.name
        for ref in self.registry.values():
            # a body's name read as a person's ("Magen David Adom" then "MDA"): the acronym
            # gives each of its three or more words exactly one initial
            parts = ref.name.split()
            if ref.kind == PERSON and len(parts) == len(acronym) >= 3 and all(
                    w[:1] == a for w, a in zip(parts, acronym, strict=True)):
                return ref.name
        run = self._spelled_run(acronym) if len(acronym) >= 3 else None
        if run is None and len(acronym) >= 3 and acronym.isupper():
            for b in self.bodies:
                # "BART" for the Bay Area Rapid Transit District: the letters spell every word
                # but the kind of body that closes the name, which acronyms often leave out
                ws = [w for w in b.words if w != "the"]
                if len(ws) >= 3 and ws[-1] in _UNSPELLED_TAILS and \
                        _spells(acronym.lower(), ws[:-1]) and \
                        not _names_two_known_bodies(b.name):
                    return b.name
        return run

    def _spelled_run(self, acronym: str) -> str | None:
        """A name of two words or more, written anywhere in the article, whose words the
        acronym spells: "HPE" in a summary point for the Harbour Pilots Executive the body
        names, "WPE" for Wildlife and Parks Enforcement (names the body scan does not
        take for bodies, for want of a head word). Three letters or more: two may be anything."""
        if acronym in self._spelled_runs:
            return self._spelled_runs[acronym]
        self._spelled_runs[acronym] = None
        low = acronym.lower()
        first = acronym[0]
        if self._bodies is None:
            self._bodies = self._scan_bodies()  # (which keeps the runs)
        runs = [(whole, part) for whole, run in self._long_runs
                for part in ([run] + run.split(" and the ")[1:] if " and the " in run and
                             first in run.split(" and the ", 1)[1] else [run])]
        # ("Peel Regional Police and the Canada Border Services Agency": a list of two names,
        # the second of which the letters may spell)
        for whole, run in runs:
            if first not in whole or _ACRONYM_IN_RUN_RE.search(whole):
                continue  # ("KBR Trains" is the acronym's own name, not what it spells)
            ws = [_unpossessive(w).rstrip(".,;:") for w in run.split(" ")]
            if ws[0].lower() == "the":
                ws = ws[1:]
            parts = run.split(" ")[len(run.split(" ")) - len(ws):]  # (as ws: no "the")
            owner = next((k for k, w in enumerate(parts[:3]) if w.endswith(("'s", "\u2019s"))),
                         -1)
            if 0 <= owner < len(ws) - 2 and _spells_body(low, [w.lower() for w in ws[owner + 1:]]):
                ws = ws[owner + 1:]  # "PBO" after "Canada's Parliamentary Budget Officer": the
                # office the letters spell, without its country
            if len(ws) >= 2 and _spells_body(low, [w.lower() for w in ws]) and \
                    not _names_two_known_bodies(" ".join(ws)):
                self._spelled_runs[acronym] = " ".join(ws)
                break
        return self._spelled_runs[acronym]

    def _clipped_body(self, name: str, pos: int, early: bool) -> SpeakerRef | None:
        """The body a clipped short name stands for: "the Met" for the Metropolitan Police,
        "Cal Fire" for the California Department of Forestry and Fire Protection, "the Fed"
        for the Federal Reserve. Each word of the short name begins a word of a longer body
        named in the article, in order and starting with its first word, and at least one
        of them is cut short (three letters or more) -- a whole word alone is
        `_longer_body`'s case."""
        ws = name.lower().split()
        if not 1 <= len(ws) <= 3 or not all(w.isalpha() for w in ws) or \
                not name[:1].isupper() or name.isupper():
            return None
        low = " ".join(ws)
        if low in COUNTRIES or low in CAPITALS or low in DEMONYMS or low in COMMON_CAPITALISED:
            return None  # "Mali" is no clipped "Malian Army"
        if self._body_firsts is None:
            self._body_firsts = sorted(
                (first, i) for i, b in enumerate(self.bodies)
                if (first := next((w for w in b.words if w != "the"), None)) is not None)
        # only the bodies whose first word starts with the short name's can match: those, in
        # the order they are named (the others are passed over below, so the result is the
        # walk of all bodies'; a long article's every clipped name walked them all)
        firsts = self._body_firsts
        lo = bisect_left(firsts, (ws[0], -1))
        hi = bisect_left(firsts, (ws[0] + "\U0010ffff", -1))
        found: Body | None = None
        for i in sorted(i for _, i in firsts[lo:hi]):
            b = self.bodies[i]
            if b.pos >= pos and (found is not None or not early):
                break
            bw = [w for w in b.words if w != "the"]
            if len(bw) <= len(ws) or not bw[0].startswith(ws[0]):
                continue
            clipped = False
            k = 0
            for i, w in enumerate(ws):
                while k < len(bw) and not bw[k].startswith(w):
                    if i == 0:
                        break
                    k += 1
                if k >= len(bw) or not bw[k].startswith(w):
                    break
                if len(w) >= 3 and len(bw[k]) >= len(w) + 2:
                    clipped = True
                k += 1
            else:
                if clipped:
                    found = b
        if found is None:
            return None
        return self._register(SpeakerRef(found.name, found.kind), found.name, "")

    def _register(self, ref: SpeakerRef, written: str, role: str) -> SpeakerRef:
        first, _, rest = ref.name.partition(" ")
        if ref.kind != PERSON and rest[:1].isupper() and \
                first.lower().endswith(_DESCRIPTOR_SUFFIXES):
            # "the Leipzig-based Meridian Research Institute": where the body is based
            # describes it, no word of its name
            ref = replace(ref, name=rest, key="")
        if ref.kind != PERSON and ref.name.count(" ") >= 2:
            short, _, ticker = ref.name.rpartition(" ")
            if _BARE_TICKER_RE.fullmatch(ticker) and ticker.lower() not in _LEGAL_KEYS and \
                    re.search(rf"\b{re.escape(ref.name)}\s+(?:shares|stock)\b|\b(?:[Ss]hares|"
                              rf"[Ss]tock) (?:of|in) {re.escape(ref.name)}\b", self.text):
                # "Brightwell Health BWH shares fell": the company, not its ticker
                ref = replace(ref, name=short, key="")
        if self._publisher_without_suffix(ref.name):
            # a company's own release: "Halden Foods" for Halden Foods plc (whatever kind its
            # two capitalised words were first read as: "Veridian Circuits")
            return self.publisher
        if ref.kind != PERSON and (ref.key == self.publisher.key or " " in ref.name and
                                   self._spells_publisher(ref.name)):
            return self.publisher  # "The AP's analysis" and "an Associated Press analysis" in
            # an AP story: the outlet, not a body its acronym stands for
        if self._publisher_first and ref.key != self.publisher.key and (
                ref.key.startswith(self._publisher_first) or
                ref.name.endswith("Online")) and self._names_publisher(ref.name):
            return self.publisher  # "seen by Argus" in Argus Media, "Sky Sports News understands"
        full = self.acronyms.get(ref.key) if ref.kind != PERSON or ref.key.isalpha() else None
        if full is None and ref.kind != PERSON:
            full = self._acronym_body(ref.name)
        if full is None:
            full = self.dual_names.get(ref.key)
        if full is None and ref.kind != PERSON and self.acronyms:
            full = self.acronym_places.get(ref.key)
            if full is None and " " in ref.name:
                # "Astronomical Services Administration (PAGASA) said": the end of a name the
                # phrase reading cut at a comma, whose acronym spells the whole
                tail = " " + ref.name
                full = next((f for f in self.acronyms.values() if f.endswith(tail) and
                             "," in f[: -len(tail)]), None)
        if full is None and ref.name[-1:].isupper():
            full = self._initials_ending(ref.name)
        if full is None and ref.kind != PERSON and " " in ref.name and self.acronyms:
            rest, _, last = ref.name.rpartition(" ")
            if last.isupper() and self.acronyms.get(normalise_key(last)) == rest:
                full = rest  # "German Engineering Federation VDMA": the name, its acronym after
        if full is not None and (normalise_key(full) != ref.key or len(full) > len(ref.name)
                                 and " " in full and " " not in ref.name):
            # (also "IMF" after "the International Monetary Fund (IMF)": a known acronym
            # whose key is already the full name's, shown as the article first names it)
            alias = ref.name
            ref = SpeakerRef(full, kind_of(full) if kind_of(full) != PERSON else ref.kind,
                             ref.role)
            written = alias
            found = self.registry.get(ref.key)
            if found is None:
                self.registry[ref.key] = ref
                found = ref
            if alias not in found.aliases:
                found.aliases.append(alias)
            return found
        found = self.registry.get(ref.key)
        if found is None and ref.kind != PERSON:
            # "Calloway Systems expects" after "Calloway Systems, Inc. reported": the company
            # without its legal form
            found = next((self.registry[k] for k in (ref.key + " " + x for x in _LEGAL_KEYS)
                          if k in self.registry), None)
        if found is None:
            self.registry[ref.key] = ref
            found = ref
        elif found.kind != PERSON and len(ref.name) > len(found.name) and not ref.generic:
            # "UN" then "United Nations": show the full name, keep the short one as alias
            if found.name not in found.aliases:
                found.aliases.append(found.name)
            found.name = ref.name
            found.generic = False
        if role and len(role) > len(found.role):
            found.role = role
        w = _clean(written)
        if w and w != found.name and normalise_key(w) != found.key and \
                len(w.split()) > len(found.name.split()) and w not in found.aliases:
            found.aliases.append(w)
        return found

    def _person_from_mention(self, m: Mention, written: str) -> SpeakerRef:
        m = self._fuller_mention(m)
        ref = SpeakerRef(m.name, PERSON, m.role)
        return self._register(ref, m.written if m.written != m.name else written, m.role)

    def _fuller_mention(self, m: Mention) -> Mention:
        """The fuller name an earlier mention gave the person a shorter one ends: "Mr Al
        Amiri" (or "Dr Van Buren") after Khalid Al Amiri (or Hanna van Buren) is that
        person, not someone called Al Amiri."""
        idx = self.mention_index
        earlier = idx.latest(idx.by_lower_tail.get(m.name.lower(), ()), m.pos)
        return earlier if earlier is not None else self._middle_name_mention(m)

    def _middle_name_mention(self, m: Mention) -> Mention:
        """The person of three names or more a later one-word mention names by a middle one,
        as East African papers call "Robert Kyagulanyi Ssentamu" "Mr Kyagulanyi"; only when
        no one else bears the word."""
        word = m.name
        if " " in word or not word[:1].isupper() or word.lower() in NAME_PARTICLES:
            return m
        found = None
        idx = self.mention_index
        bearers = idx.by_word.get(word, ())
        for i in bearers[: bisect_left(bearers, idx.count_before(m.pos))]:
            earlier = idx.mentions[i]
            parts = earlier.name.split()
            if parts == [word]:
                continue  # (a headline's "Kato wins" is the same short form)
            if len(parts) < 3 or parts.index(word) in (0, len(parts) - 1) or \
                    found is not None and found.name != earlier.name:
                return m  # (a first name, a surname, or two people sharing it)
            found = earlier
        return found if found is not None else m

    def _fuller_name_before(self, name: str, pos: int) -> Mention | None:
        """The last mention before `pos` of a fuller name for the person a name of two or three
        words calls: "Mr Mohamad Fazli" after Mohamad Fazli Rahman (a Malay name's given
        names); "AC Goh" after Assistant Commissioner Aaron Goh (a rank's initials before the
        surname); "Almeida Pinto" after Rodrigo Almeida Pinto (a double surname)."""
        idx = self.mention_index
        rest = name.split(" ", 1)[1]
        found = [idx.latest(idx.by_head.get(name, ()), pos)]
        if _rank_initials(name):
            found.append(idx.latest(idx.by_last.get(rest, ()), pos,
                                    lambda m: not _rank_initials(m.name)))
        if " " not in rest:
            found.append(idx.latest(idx.by_tail.get(name, ()), pos,
                                    lambda m: m.name.count(" ") >= 2))
        return max((m for m in found if m is not None), key=lambda m: m.pos, default=None)

    def _surname_mention(self, last: str, pos: int, early: bool,
                         wanted: str = "") -> Mention | None:
        """The mention a surname alone ("Silva said") stands for: the last before `pos` whose
        surname is `last`, or that has the word in its name ("Al-Sharabi said" opening a
        sentence, after Nabil al-Sharabi, too), or whose surname is `last` with a particle
        joined ("Khasawneh" after Mohammad Al-Khasawneh); but a rank's initials ("AC Goh"
        after Aaron Goh) or one word ("Ms. Berg") after a full name is no one new, nor, once
        someone was found, a mention whose role is of the other gender than the one `wanted`
        ("Halvorsen ... when she got back": not "her father, Arne Halvorsen", named after her).
        A headline or summary point (`early`) may take the mention right after `pos`."""
        idx = self.mention_index
        lowered = _particle_lowered(last)
        # a full name of the gender wanted is taken whatever came before it: the walk back
        # stops at the last one, and the mentions after it decide from there
        def fits(m: Mention) -> bool:
            return not wanted or _role_gender(m.role) in ("", wanted)

        bearers = []
        for m in idx.latest_first_among([idx.by_word.get(last, ()), idx.by_last.get(lowered, ()),
                                         idx.by_particle_off.get(last, ())], pos):
            bearers.append(m)
            if " " in m.name and not _rank_initials(m.name) and fits(m):
                break
        best = None
        for m in reversed(bearers):
            if best is None or fits(m) and not (_rank_initials(m.name) or
                                                " " not in m.name and " " in best.name):
                best = m
        if wanted and best is not None and " " in best.name and not self._mention_gender(best):
            # "Mr Brandt said" after Oliver Brandt and then Karin Brandt: the bearer known to
            # be a man before one of no known gender (the walk goes on to an earlier one)
            for m in idx.latest_first_among([idx.by_last.get(lowered, ())], pos):
                if m is not best and m.last == best.last and " " in m.name and \
                        self._mention_gender(m) == wanted and not _rank_initials(m.name):
                    best = m
                    break
        n = idx.count_before(pos)
        if best is None and early and n < len(idx.mentions):
            m = idx.mentions[n]
            if m.last in (last, lowered) or last in m.name.split() or \
                    _joined_particle_off(m.last) == last:
                best = m
        return best

    @staticmethod
    def _mention_gender(m: Mention) -> str:
        """A mention's gender by its role ("her son") or its given name ("Oliver")."""
        return _role_gender(m.role) or _given_name_gender(m.name.lower().split())

    def _given_name_named_later(self, given: str, pos: int) -> Mention | None:
        """The full name a given name alone stands for when the article writes it in full
        only after `pos` ("Harrow's mother, Denise, said ..." and the caption's "Denise
        Harrow outside court"): the one full name after `pos` that opens with it (None when
        two people share it, or no full name does)."""
        idx = self.mention_index
        found = [idx.mentions[i] for i in idx.by_head.get(given, ())
                 if idx.mentions[i].pos > pos and " " in idx.mentions[i].name]
        if not found or len({m.name for m in found}) != 1 or \
                not _named_person(found[0].name):
            return None
        last = re.escape(found[0].last)
        if re.search(rf"\b{last}(?:'s|\u2019s|'|\u2019)\s", self.text[max(0, pos - 120) : pos + 120]) \
                is None:
            return None  # (the kin's surname given before: "Harrow's mother"; not "Nimbus
            # says" before the product "Nimbus Buds")
        return found[0]

    def _titled_bearer(self, last: str, written: str, pos: int) -> Mention | None:
        """The full name a titled surname stands for when two people share the surname: the
        last bearer before `pos` whose role holds the title ("Minister Demir" after Trade
        Minister Kemal Demir, though Ayla Demir of the exporters' union spoke since); None
        when the surname has no title or no bearer holds it."""
        title = written.split(" ", 1)[0].rstrip(".").lower()
        if " " not in written or title == last.lower() or title in ("mr", "mrs", "ms", "miss"):
            return None
        idx = self.mention_index
        for m in idx.latest_first_among([idx.by_last.get(_particle_lowered(last), ())], pos):
            if " " in m.name and m.last == last and \
                    title in m.role.lower().replace(",", " ").replace(".", "").split():
                return m
        return None

    def _weather_body(self, pos: int) -> SpeakerRef | None:
        """The body "the weather bureau" or "the weather agency" stands for: the last one named
        before `pos` whose name says it watches the weather ("the Atmospheric and Geophysical
        Services Administration", "the Meteorological Department"), whatever its head word."""
        ref = self._last_body(pos, lambda r: r.kind != PERSON and not r.generic and
                              not _WEATHER_NAME_WORDS.isdisjoint(
                                  w.strip(",") for w in _name_words(r.name)))
        if ref is not None:
            return ref  # (a body that spoke: its whole name, commas and all)
        found = None
        for b in self.bodies:
            if b.pos >= pos:
                break
            if b.kind != PERSON and not _WEATHER_NAME_WORDS.isdisjoint(b.words) and \
                    not self._is_publisher(b.name):
                found = b
        if found is None:
            return None
        return self._register(SpeakerRef(found.name, found.kind), found.name, "")

    def _last_body(self, pos: int, pred, word: str = "",
                   also: frozenset[str] = frozenset()) -> SpeakerRef | None:
        """The last body that spoke or was the subject of a sentence before `pos` (`word`, or
        one of `also`: a word the subject must contain, which spares reading the other
        sentences' subjects)."""
        spoke = None
        spoke_pos = -1
        for p, ref in self._recent_history():
            if p <= pos and pred(ref):
                spoke, spoke_pos = ref, p
                break
        looked = 0
        for p, text in reversed(self.sentences):
            if p >= pos:
                continue
            if p < spoke_pos or looked >= 6:
                break
            looked += 1
            if word and word not in text[:120].lower() and word not in self.acronym_words \
                    and not any(w in text[:120].lower() for w in also):
                continue  # (an acronym the article spells out may stand for such a name)
            ref = self._subject_of(p, text)
            if ref is not None and pred(ref):
                return ref
        return spoke

    def add_sentence(self, pos: int, text: str, toks: list[Tok] | None = None) -> None:
        """Make a sentence available as a source of subjects for a later "it said"."""
        self.sentences.append((pos, text))
        if pos not in self._sentence_text:
            insort(self._sentence_starts, pos)
        self._sentence_text[pos] = text
        end = pos + len(text)
        if self._sentence_ends and end < self._sentence_ends[-1]:
            self._sentence_ends_sorted = False
        self._sentence_ends.append(end)
        if toks:
            self._sentence_toks[pos] = toks

    def _subject_of(self, pos: int, text: str) -> SpeakerRef | None:
        """The body that opens a sentence ("The WHO declared ..."), computed on demand."""
        if pos in self._subjects:
            return self._subjects[pos]

        found = None
        credit = _WIRE_CREDIT_RE.match(text)  # "(Bloomberg) -- Halvorsen Foods AG cut ..."
        skip = credit.end() if credit else 0
        if not text[skip : skip + 1].isupper() or not _may_name_body(text[skip:]):
            self._subjects[pos] = None
            return None
        toks = (not skip and self._sentence_toks.get(pos)) or tokenize(text[skip : skip + 160])
        subj = _clause_subject(toks, len(toks))
        if subj is not None and subj[-1].kind == "w" and not subj[-1].cap and \
                subj[-1].low not in _SPEAKER_HEADS:
            subj = None  # ("German sites, the bloc's largest, were 76 percent full": things)
        if subj is not None and _demonym_description(subj):
            subj = None  # ("German lender to buy back shares": a description, not a name)
        if subj is not None and subj[0].low not in PRONOUNS:
            cand = read_phrase(subj, [])
            if not (cand.person or cand.pronoun or cand.kind == PERSON or cand.generic_head
                    or cand.owner_missing or not cand.name):
                found = self.resolve(cand, pos + skip + subj[0].start)
            elif cand.surname_only and " " not in cand.name:
                found = self._short_body_subject(cand.name, pos + skip + subj[0].start)
        self._subjects[pos] = found
        return found

    def _culture_subject(self, pos: int, head: str) -> SpeakerRef | None:
        """ "The Louvre welcomed 8.7 million visitors, the museum said", "Glastonbury sold out
        in 40 minutes, the festival said": a venue or event known by a one-word name, which
        opens the very sentence (or the one before), is the body its head word stands for."""
        for p, text in self._sentences_upto(pos, 2)[::-1]:
            if re.match(rf"(?:the|a|an)\s[^,.]*?\b{head}\b", text[:80], re.I):
                return None  # "The festival sold ...": the description itself
            toks = self._sentence_toks.get(p) or tokenize(text[:160])
            subj = _clause_subject(toks, len(toks))
            if subj is None or subj[0].low in PRONOUNS:
                continue
            words_ = [t for t in subj if t.low not in _ARTICLES]
            if not words_ or len(words_) > 3 or not all(t.cap and t.kind == "w" and not t.poss
                                                        for t in words_):
                return None
            name = " ".join(t.text for t in words_)
            if len(words_) == 1 and name in self.mention_index.by_last:
                return None  # a person's surname
            cand = read_phrase(subj, [])
            if cand.kind == PERSON and len(words_) > 1:
                return None  # "Jade Okonkwo": a person
            return self._register(SpeakerRef(name, ORGANISATION), name, "")
        return None

    def _short_body_subject(self, word: str, pos: int) -> SpeakerRef | None:
        """The body a one-word subject that reads like a surname stands for: "Brantwell now
        expects ..." after Brantwell Holdings, when no person in the article has that name."""
        if word in self.mention_index.by_last:
            return None
        ref = self.short_form(word, pos)
        if ref is None:
            # "Soundline says ... Soundline declined to comment": a one-word body that spoke
            # before under that very name
            ref = self._last(pos, lambda r: r.name == word and not r.generic)
        return ref if ref is not None and ref.kind != PERSON else None

    def _possessive_form_name(self, name: str, pos: int) -> str:
        """ "Sainsbury's" when the one word `name` is written so near `pos` with nothing it
        owns after it (a reporting verb or a stop follows): a shop, bank or rater named for
        its founder; "" otherwise ("Halvorsen's report said" owns a report)."""
        for m in _POSSESSIVE_FORM_RE.finditer(self.text, pos, pos + len(name) + 40):
            if m.group(1) == name and (m.group(3) or m.group(2) in REPORTING_VERBS and
                                       m.group(2) not in DOCUMENT_HEADS):
                return m.group(1) + "'s"
        return ""

    def _titled_person(self, acronym: str, pos: int, early: bool = False) -> SpeakerRef | None:
        """The person before `pos` whose role a title acronym spells ("CEC" for a County
        Executive Committee Member, "DPO" for a Divisional Police Officer)."""
        def spelled(role: str) -> bool:
            ws = [w for w in re.findall(r"[a-z]+", role.lower()) if w != "the"]
            # (two words at least, or the acronym itself as the title's head: "PUB" is no
            # more than the start of "public works"; "Interior CS" has it, "NYPD chief" not)
            forms = [ws, _without_in(ws)]
            if acronym.endswith("o") and ws[-1:] != ["officer"]:
                forms.append(ws + ["officer"])  # "the CEO" for "chief executive Jane Doe",
                # "the CFO" for "chief financial": titles that leave the officer out
            return ws[-1:] == [acronym] or any(
                _spells(acronym, v[i:j]) for v in forms for i in range(len(v))
                for j in range(i + 2, min(len(v), i + 6) + 1))

        ref = self._last(pos, lambda r: r.kind == PERSON and bool(r.role) and spelled(r.role))
        if ref is not None:
            return ref
        idx = self.mention_index
        titled = idx.where(("titled", acronym), lambda m: bool(m.role) and spelled(m.role))
        m = idx.latest(titled, pos)
        if m is None and early:
            # a headline's "CEO says": the chief executive the story names
            m = idx.mentions[titled[0]] if titled else None
        return self._person_from_mention(m, m.written) if m is not None else None

    def _document_acronym(self, acronym: str) -> str:
        """The document an acronym stands for, by the word before its definition: "its draft
        red herring prospectus (DRHP)" gives "prospectus"; "" when it is no document's."""
        at = self.text.find(f"({acronym})")
        if at <= 0:
            return ""
        m = _WORD_BEFORE_RE.search(self.text, max(0, at - 40), at)
        word = m.group(1).lower() if m else ""
        full = self.acronyms.get(normalise_key(acronym), "") if m and m.group(1)[:1].isupper() \
            else ""
        if full and not _BODY_NAME_WORDS.isdisjoint(re.findall(r"[a-z]+", full.lower())):
            return ""  # "Directorate-General of Budget, Accounting and Statistics (DGBAS)": a
            # body's name that ends in a document's word
        return word if word in DOCUMENT_HEADS else ""

    def _sentences_naming(self, doc: str) -> list[int]:
        """The indexes in `sentences`, in order, of those that name the document word `doc`
        (`_names_document`); sentences come in one at a time, so only the new ones are read."""
        read, found = self._naming_documents.get(doc, (0, []))
        for k in range(read, len(self.sentences)):
            if _names_document(self.sentences[k][1], doc):
                found.append(k)
        self._naming_documents[doc] = (len(self.sentences), found)
        return found

    def _document_issuer(self, doc: str, pos: int) -> SpeakerRef | None:
        """The speaker of the last sentence before `pos` that mentions a `doc` ("the company
        said in a statement ..." for a later "according to the statement")."""
        misses = 0
        for k in reversed(self._sentences_naming(doc)):
            p, text = self.sentences[k]
            if p + len(text) > pos:
                continue  # (not the document's own sentence: in "The court found that ...,
                # the statement said", the court is what the statement reports on)
            presents = _PRESENTS_DOCUMENT_RE.match(text) and doc in text[:60].lower()
            if not presents and _BESIDE_DOCUMENT_RE.search(text) and re.search(
                    rf"(?i)\b(?:accompanying|alongside|releasing|presenting|launching|unveiling)"
                    rf"\s+(?:the|its|their)\s+(?:[\w-]+\s+){{0,2}}?{re.escape(doc)}s?\b", text):
                continue  # "In a statement accompanying the accounts, the chief executive
                # said": what she said beside the document, not its issuer
            misses += 1
            if misses > _DOCUMENT_ISSUER_LOOKBACK:
                return None  # (a long article naming the document in every sentence)
            end = p + len(text)
            if presents:
                # "Releasing the report in New Delhi, Minister X said ...": X launched the
                # document; its issuer is the body the sentence before credited, if one (else
                # the one who spoke of it, below)
                before = self._sentence_before(p)
                owners = [r for r in self._spoke_between(before[0], before[0] + len(before[1]))
                          if r.kind != PERSON and r.key != self.publisher.key and
                          not r.generic] if before is not None else []
                if owners:
                    return owners[-1]
            issued = self._document_publisher(p, text, doc)
            spoke = [r for r in self._spoke_between(p, end) if not (
                r.kind == PERSON and r.generic) and not (
                doc in _COURT_DOCUMENTS and r.key == self.publisher.key)]
            # (not "as nurses warned": no issuer; nor the outlet in "the ruling, which was
            # seen by The Herald": it read the court's document, it issued none)
            own = self._credited_with_document(p, end, text, doc) if spoke else None
            if own is not None:
                # "..., the report says, blaming delays in the release of funds by the
                # Treasury": the one credited with the document itself, not a body named
                # later in the sentence, nor another who spoke in it
                return own
            if issued is not None and not self._spoke_between(issued[0], end):
                # ("..., which took it from a briefing published by X": X's; but "a statement
                # signed by the force's spokesman, Insp. Y," is Y's, below)
                return issued[1]
            if spoke and spoke[-1].kind == PERSON and doc in _KEPT_DOCUMENTS and re.search(
                    rf"\b[a-z]+s\s+of\s+(?:[a-z-]+\s+){{0,2}}{re.escape(doc)}\b", text.lower()):
                continue  # "He said the agency has leaned on remote reviews of plant
                # records": records a person speaks of, not ones he issued
            if spoke:
                return spoke[-1]
            signer = self._document_signer(p, text, doc)
            if signer is not None:
                return signer
            if doc in _KEPT_DOCUMENTS and not spoke:
                named = self._named_before_document(p, text, doc)
                if named is not None:
                    return named
        return None

    def _last_named_document_issuer(self, pos: int) -> SpeakerRef | None:
        """The issuer of the document the story last named by a word of its kind before
        `pos` (a report, survey, filing, plan...), for a bare "the document"."""
        best, best_doc = -1, ""
        for other in _NAMED_DOCUMENTS:
            for k in reversed(self._sentences_naming(other)):
                p, text = self.sentences[k]
                if p + len(text) <= pos:
                    if p > best:
                        best, best_doc = p, other
                    break
        return self._document_issuer(best_doc, pos) if best_doc else None

    def _credited_with_document(self, p: int, end: int, text: str,
                                doc: str) -> SpeakerRef | None:
        """Of those who spoke in the sentence at `p`, the last whose speaker phrase names the
        document `doc` ("the report says", "a new report by X shows"): it is the issuer."""
        by_pos = self._history_by_pos
        found = None
        low = text.lower()
        for at, k in by_pos[bisect_left(by_pos, (p, -1)) : bisect_left(by_pos, (end, -1))]:
            ref = self.history[k][1]
            if ref.kind == PERSON and ref.generic:
                continue
            phrase = low[at - p : at - p + 24]
            if re.match(rf"(?:(?:the|a|an|its|their|this|new|latest|annual)\s+)*"
                        rf"{re.escape(doc)}s?\b", phrase):
                found = ref
        return found

    def _named_before_document(self, p: int, text: str, doc: str) -> SpeakerRef | None:
        """The body whose name stands right before the data word in a sentence in which no
        one spoke: "The figure was published in monthly NHS Wales performance data" for a
        later "the data showed" (one or two plain words between: "performance")."""
        m = re.search(rf"(?<![\w'\u2019-])((?:[A-Z][\w&'\u2019.-]*\s+){{0,4}}[A-Z][\w&.-]*)\s+"
                      rf"(?:[a-z-]+\s+){{0,2}}{re.escape(doc)}\b", text)
        if m is None or m.start(1) == 0:
            return None  # (a sentence's first word is capitalised whatever it is)
        name = m.group(1)
        first = name.split()[0].lower()
        if first in COMMON_CAPITALISED or first in MONTHS or first in WEEKDAYS:
            return None
        kind = kind_of(name)
        if kind == PERSON or normalise_key(name) == self.publisher.key:
            return None
        return self._register(SpeakerRef(name, kind), name, "")

    def _last_court(self, pos: int) -> SpeakerRef | None:
        """The last court or tribunal the article named before `pos` (among its last 40
        bodies): the issuer of a ruling, verdict or judgment no sentence credits."""
        i = bisect_left(self._body_starts, pos)
        for b in reversed(self.bodies[max(0, i - 40) : i]):
            if b.kind != PERSON and not _COURT_WORDS.isdisjoint(b.words):
                return self._register(SpeakerRef(b.name, b.kind), b.name, "")
        return None

    def _document_signer(self, p: int, text: str, doc: str) -> SpeakerRef | None:
        """The person a sentence in which no one spoke says signed the document: "A statement
        signed by the force's spokesman, Insp. Kofi Mensah, was released", "The statement was
        signed by the Harbour Board Secretary, Ms Ana Ruiz." (a title alone is no signer)."""
        m = re.search(rf"(?i)\b{re.escape(doc)}s?\b[^.;:]{{0,40}}?\b(?:signed|written)\s+by\s",
                      text)
        if m is None:
            return None
        start = p + m.end()
        signers = self.mention_index.within(start, min(p + len(text), start + 80))
        if not signers:
            return None
        return self._person_from_mention(signers[0], signers[0].written)

    def _document_publisher(self, p: int, text: str, doc: str) -> tuple[int, SpeakerRef] | None:
        """The body a sentence in which no one spoke says issued the document: "a briefing
        published last month by the think tank X", "X released a report on Monday"."""
        for b in self.bodies:
            if not p <= b.pos < p + len(text) or b.kind == PERSON or \
                    normalise_key(b.name) == self.publisher.key:
                continue
            at = b.pos - p
            if b.words[-1].rstrip(".") in TITLE_WORDS or \
                    re.match(r",\s+[A-Z]", text[at + len(b.name) : at + len(b.name) + 3]):
                continue  # "signed by the Regional Police Public Relations Officer, Insp. X"
            if _DOC_BY_RE.search(text[max(0, at - 120) : at]) and \
                    doc in text[max(0, at - 120) : at].lower() or \
                    _BODY_ISSUED_DOC_RE.match(text, at + len(b.name)) and \
                    doc in text[at + len(b.name) : at + len(b.name) + 60].lower():
                described = _DESCRIBED_ACRONYM_RE.match(text, at + len(b.name))
                if described is not None:
                    # "a survey by the UN refugee agency (UNHCR)": the acronym names the whole
                    # description, of which the first name is only a part
                    acr = described.group(1)
                    return b.pos, self._register(SpeakerRef(acr, b.kind), acr, "")
                name = b.name
                office = _POSSESSIVE_OFFICE_RE.match(text, at + len(name))
                if office is not None:
                    # "a report released by the Keene County Medical Examiner's Office": the
                    # office is the issuer, not the official whose name opens its own
                    name += "'s " + office.group(1)
                return b.pos, self._register(SpeakerRef(name, b.kind), name, "")
        return None

    def study_voice(self, pos: int) -> SpeakerRef | None:
        """Whom "the researchers" at `pos` speak for: the body whose study the sentence
        before credited, else the lead or owner of the article's study (None: no study)."""
        return self._study_author(pos) or self._study_lead(pos)

    def _sentence_before(self, pos: int) -> tuple[int, str] | None:
        """The last sentence added that ends by `pos` (a binary search while the sentences
        came in order: this runs for every figure of a long article)."""
        if self._sentence_ends_sorted:
            k = bisect_right(self._sentence_ends, pos)
            return self.sentences[k - 1] if k else None
        return next(((p, text) for p, text in reversed(self.sentences)
                     if p + len(text) <= pos), None)

    def _sentences_upto(self, pos: int, n: int) -> list[tuple[int, str]]:
        """The last `n` sentences that start by `pos`, in order."""
        k = bisect_right(self._sentence_starts, pos)
        return [(p, self._sentence_text[p]) for p in self._sentence_starts[max(0, k - n) : k]]

    def _surname_gender(self, written: str, pos: int) -> str:
        """The gender a surname written alone at `pos` is given: by its honorific ("Mrs
        Halvorsen"), or by the only pronouns of one gender in its sentence ("Halvorsen told
        me when she got back"); "" when neither says."""
        first = written.split()[0].rstrip(".").lower() if written else ""
        if first in ("mrs", "ms", "miss", "madam", "madame", "mme"):
            return "f"
        if first == "mr":
            return "m"
        text = self.text
        start = max(text.rfind(". ", max(0, pos - 400), pos),
                    text.rfind("\n", max(0, pos - 400), pos)) + 1
        ends = [e for e in (text.find(". ", pos, pos + 400), text.find("\n", pos, pos + 400))
                if e >= 0]
        sentence = text[start : min(ends) if ends else pos + 400]  # (its own sentence only)
        she = _SHE_RE.search(sentence) is not None
        he = _HE_RE.search(sentence) is not None
        return "f" if she and not he else "m" if he and not she else ""

    def _current_and_previous(self, pos: int) -> tuple[int, int]:
        """The starts of the sentence at `pos` and of the one before it (-1: none)."""
        k = bisect_right(self._sentence_starts, pos)
        return (self._sentence_starts[k - 1] if k else -1,
                self._sentence_starts[k - 2] if k > 1 else -1)

    def _last_at(self, ref: SpeakerRef, pos: int) -> int:
        """The last position by `pos` at which `ref` spoke (-1: none)."""
        by_pos = self._history_by_pos
        for k in range(bisect_right(by_pos, (pos, len(self.history))) - 1, -1, -1):
            at, index = by_pos[k]
            if self.history[index][1] is ref:
                return at
        return -1

    def _study_author(self, pos: int) -> SpeakerRef | None:
        """The body whose study, survey or analysis the sentence before `pos` credited: whom
        "the researchers" speak for (only then; elsewhere they are the researchers)."""
        before = self._sentence_before(pos)
        if before is None:
            return None
        p, text = before
        if _RESEARCH_DOCUMENTS.isdisjoint(re.findall(r"[a-z]+", text.lower())):
            return None
        end = p + len(text)
        bodies = [r for r in self._spoke_between(p, end) if r.kind != PERSON and
                  r.key != self.publisher.key and not r.generic]
        return bodies[-1] if bodies else None

    def _spoke_between(self, a: int, b: int) -> list[SpeakerRef]:
        """Who spoke at positions a..b (b not included), in the order they were recorded (as
        a scan of `history` gives them; by a binary search, as this runs for every sentence
        before a document's mention)."""
        by_pos = self._history_by_pos
        found = by_pos[bisect_left(by_pos, (a, -1)) : bisect_left(by_pos, (b, -1))]
        return [self.history[k][1] for _, k in sorted(found, key=lambda e: e[1])]

    def _added_continues(self, pos: int) -> SpeakerRef | None:
        """The body a closing ", it added" goes on with when the sentence is about another
        body: "Harwood said it rejected the approach. Dalgety had offered 340p, it added"
        ("added" carries on the body that spoke in the sentence just before; the subject,
        which never spoke, is what that body reported). None when the subject is that body,
        spoke itself, or nobody spoke just before."""
        if self.text[max(0, pos - 2) : pos] != ", " or \
                not self.text.startswith(("it added", "it adds"), pos):
            return None
        cur = self._sentences_upto(pos, 1)
        if not cur or pos >= cur[0][0] + len(cur[0][1]):
            return None
        p, text = cur[0]
        own = self._subject_of(p, text)
        if own is not None and own.key == self.publisher.key:
            return None
        before = self._sentence_before(p)
        if before is None or p - (before[0] + len(before[1])) > 3:
            return None
        text0 = before[1]
        # a body that spoke ("Meridian Finance said its board ...": a name read as a person's
        # that the sentence calls "it" or "its" is a body's), named there in full
        spoke = [r for r in self._spoke_between(before[0], before[0] + len(text0))
                 if r.key != self.publisher.key and not r.role and (
                     r.kind != PERSON and not r.generic or r.name in text0 and re.search(
                         re.escape(r.name) + r"\s+said\b[^.;]{0,40}?\b(?:it|its)\b", text0))]
        if not spoke or own is not None and (spoke[-1].key == own.key or any(
                q < p and r.key == own.key for q, r in self.history)):
            return None
        return spoke[-1]

    def _officer_body(self, pos: int) -> SpeakerRef | None:
        """The body an "it" stands for when the last speaker was a person whose role names a
        body ("BHP chief executive Mike Henry said ... It said ...", "X, a spokesman for the
        Red Cross, said ... It said ..."): "it" is never a person, and the body its officer
        spoke for in the sentence just before is the one last in the reader's mind."""
        if not _IT_SPEAKS_RE.match(self.text, pos):
            return None  # ("by its count": the sentence's own subject, not a speaker's body)
        return self._body_served_before(pos)

    def _body_served_before(self, pos: int, company: bool = False) -> SpeakerRef | None:
        """The body whose officer spoke last in the sentence before `pos`, when the role names
        it ("Lars Nilsson, chief executive of Nordkraft, said ..." then "The firm said ..."
        or "It said ..."), else None. A role that opens with the name ("Airtel Africa chief
        executive") serves a `company` description only: a place opens roles too ("Rome
        councillor")."""
        before = self._sentence_before(pos)
        if before is None:
            return None
        p, text = before
        spoke = self._spoke_between(p, p + len(text))
        last = spoke[-1] if spoke else None
        if last is None or last.kind != PERSON or not last.role or last.generic:
            return None  # ("TfL disputed that. It said": not the officer quoted before)
        for b in reversed(self.bodies):
            if b.pos < pos and b.kind != PERSON and b.name in last.role and \
                    re.search(rf"\b{re.escape(b.name)}\b", last.role):
                return self._register(SpeakerRef(b.name, b.kind), b.name, "")
        served = _ROLE_SERVES_RE.search(last.role) or (
            _ROLE_OPENS_WITH_BODY_RE.match(last.role) if company else None)
        if served is not None:
            # ("a spokeswoman for Rio Tinto", "Airtel Africa chief executive" before "the
            # operator": a name the role serves, which only reads as a person's by its words)
            name = served.group(1)
            ws = name.lower().split()
            if ws[-1] in TITLE_WORDS or ws[-1].endswith(_DESCRIPTOR_SUFFIXES) or any(
                    w in COMMON_CAPITALISED or w in GOVERNMENT_HEADS or w in COUNTRIES or
                    w in CAPITALS or w in DEMONYMS for w in ws):
                return None  # ("Government spokesman", "Rome councillor": no company)
            # ("SkyPorter chief executive" after Shenzhen-based SkyPorter Logistics: the
            # short name of the body named in full)
            return self.short_form(name, pos) or \
                self._register(SpeakerRef(name, ORGANISATION), name, "")
        return None

    def _speaker_it_continues(self, pos: int) -> SpeakerRef | None:
        """The body an opening "It said" or "It forecast" goes on with: the one that opened
        the sentence before as its speaker ("The Weather Bureau said Dorland's Upper district
        recorded 186 mm. It forecast ..."), not a body inside what that body reported."""
        if not _IT_SPEAKS_RE.match(self.text, pos):
            return None
        before = self._sentence_before(pos)
        if before is None:
            return None
        p, text = before
        gap = self.text[p + len(text) : pos]
        if pos - (p + len(text)) > 3 and not (
                _IT_CHANNEL_RE.fullmatch(gap) and "\n" not in gap):
            return None  # ("It" opens no sentence right after that one)
        subject = self._subject_of(p, text)
        one = re.match(r"([A-Z][\w+-]+)\s", text)
        if subject is None and one is not None and \
                one.group(1) not in self.mention_index.by_last:
            # "Soundline says ... Soundline declined to comment. It said ...": a one-word name
            # that spoke before with no role and that no person bears; "it" makes it a body
            subject = self._last(pos, lambda r: r.name == one.group(1) and not r.role and
                                 not r.generic)
            if subject is not None and subject.kind == PERSON:
                subject = replace(subject, kind=ORGANISATION)
            if subject is None and one.group(1).lower() not in COMMON_CAPITALISED and \
                    _ONE_WORD_DECLINED_RE.match(text):
                # "Glencore declined to comment. In a statement, it said ...": "it" is never
                # a person, so a one-word name no person bears that would not speak in person
                # is the body
                name = one.group(1)
                subject = self._register(SpeakerRef(name, ORGANISATION), name, "")
        if subject is None or subject.kind == PERSON or subject.key == self.publisher.key:
            return None
        # (a body that declined to comment, then spoke in a statement, is who "it" is)
        return subject if _SUBJECT_SPEAKS_RE.match(text) or \
            _SUBJECT_DECLINED_RE.match(text) else None

    def _staff_of_body(self, head: str, pos: int) -> SpeakerRef | None:
        """The body that "the researchers" work for, when the article introduced them so
        before `pos`: "Researchers at the security firm Halyard Labs said ..." (the last
        body named right after "<head> at/from/with" and a few lower-case words)."""
        for b in reversed(self.bodies):
            if b.pos >= pos or b.kind not in (ORGANISATION, GOVERNMENT):
                continue
            before = self.text[max(0, b.pos - 60) : b.pos]
            if re.search(rf"\b{re.escape(head)}\s+(?:at|from|with)\s+(?:the\s+)?"
                         r"(?:[a-z][\w-]*\s+){0,3}$", before, re.IGNORECASE):
                return self._register(SpeakerRef(b.name, b.kind), b.name, "")
        return None

    def _study_lead(self, pos: int) -> SpeakerRef | None:
        """Whom "the team" or "the researchers" speak for when the sentence just before credits
        no body's study: the owner of the first study the article introduces before `pos` --
        its named leader ("a study led by X", "lead author X", "X and her colleagues at Y")
        or the body it credited ("according to a study released by X").

        The scan of the article's sentences is kept, so each call goes on from where the last
        stopped: a sentence ending before `pos` has been read in full by then."""
        scanned, found = self._study_scan
        if found is not None:
            return found[1] if found[0] <= pos else None
        while scanned < len(self.sentences):
            p, text = self.sentences[scanned]
            if p + len(text) > pos:
                break
            scanned += 1
            ref = self._study_owner_in(p, text)
            if ref is not None:
                self._study_scan = (scanned, (p + len(text), ref))
                return ref
        self._study_scan = (scanned, None)
        return None

    def _study_owner_in(self, p: int, text: str) -> SpeakerRef | None:
        """The owner of a study one sentence introduces (see `_study_lead`)."""
        low = text.lower()
        if _STUDY_WORDS.isdisjoint(re.findall(r"[a-z]+", low)):
            return None
        lead = _STUDY_LEAD_RE.search(text)
        if lead is not None:
            # (the name the cue ends before, or the one it opens with: "Chemist X and
            # his colleagues" is X); a mention's written start holds its title ("led by Dr
            # Ana Ruiz")
            at, upto = (p + lead.end(), p + lead.end() + 2) if lead.group("name") is None \
                else (p + lead.start("name"), p + lead.end("name") - 1)
            named = self.mention_index.starting_within(at, upto)
            if named:
                return self._person_from_mention(named[0], named[0].written)
        lead = _STUDY_LEAD_AFTER_RE.search(text)
        if lead is not None:
            # "said Dr Tom Reid, lead author of the study", "X, who led the research": the
            # lead named before the cue
            g = "name" if lead.group("name") is not None else "name2"
            named = self.mention_index.starting_within(p + lead.start(g), p + lead.end(g) - 1)
            if named:
                return self._person_from_mention(named[0], named[0].written)
        if _RESEARCH_DOCUMENTS.isdisjoint(re.findall(r"[a-z]+", low)) and \
                not _STAFF_AT_BODY_RE.search(text):
            return None  # ("Researchers at the Hallam Sleep Centre found ...": its study)
        end = p + len(text)
        bodies = [r for q, r in self.history if p <= q < end and r.kind != PERSON and
                  r.key != self.publisher.key and not r.generic]
        return bodies[0] if bodies else None

    def _self_named_subject(self, pos: int) -> SpeakerRef | None:
        """The name a subject gives itself earlier in the sentence that holds `pos`: "A gang
        calling itself BlackSpire has claimed the attack, posting what it says are 400GB of
        records" ("it" is BlackSpire, not the body that spoke before)."""
        for p, text in reversed(self.sentences):
            if p > pos:
                continue
            if pos >= p + len(text) or "itself" not in text:
                return None

            toks = self._sentence_toks.get(p) or tokenize(text[:200])
            upto = index_at(toks, pos - p)
            subj = _clause_subject(toks, upto)
            if not subj or subj[0] is toks[0] or index_at(toks, subj[0].start) < 2 or \
                    toks[index_at(toks, subj[0].start) - 1].low not in _SELF_WORDS:
                return None
            name = _clean(" ".join(t.text for t in subj if t.low != "the"))
            kind = kind_of(name)
            return self._register(SpeakerRef(name, ORGANISATION if kind == PERSON else kind),
                                  name, "")
        return None

    def _described_subject(self, pos: int) -> SpeakerRef | None:
        """The body a description opening the sentence that holds `pos` stands for, when "it"
        later in that sentence refers back to it: "The central bank forecasts growth of 3.2%,
        it says", "The authority, which serves 2 million people, said it had cut 40 jobs" (the
        last body named with the description's word, not the last one to speak)."""

        for p, text in reversed(self.sentences):
            if p > pos:
                continue
            if pos >= p + len(text) or text[:4].lower() != "the ":
                return None
            toks = self._sentence_toks.get(p) or tokenize(text[:160])
            # "The central bank" of "The central bank forecasts GDP growth ...": up to the
            # first body word (a verb read as a noun may follow it)
            head = next((j for j, t in enumerate(toks[:6])
                         if (t.base.lower() if t.poss else t.low) in _GENERIC_KINDS), -1)
            if head < 1 or any(t.kind != "w" or (t.cap and j) for j, t in
                               enumerate(toks[:head + 1])):
                return None
            subj = toks[: head + 1]
            if p + subj[-1].end >= pos or toks[head + 1 : head + 2] and \
                    toks[head + 1].low in ("of", "for"):
                return None  # ("the union of ...": a longer description)
            word = toks[head].base.lower() if toks[head].poss else toks[head].low
            if word in _SPOKES_HEADS or word in PEOPLE_SPEAKER_HEADS:
                return None
            # the last body named before with that very word: "the bank" is the Bank of
            # Norland, "the authority" the Norland Water Authority ("the lender" names none)
            found: Body | None = None
            for b in self.bodies:
                if b.pos >= p:
                    break
                if word in b.words and b.kind != PERSON and \
                        normalise_key(b.name) != self.publisher.key:
                    found = b
            if found is None and toks[head].poss:
                # "The company's crude production averaged 1.12 million bpd, it said": the
                # body its owner's description stands for, as "the company said" would be
                # (not an outlet whose poll was cited since)
                ref = self._generic(word, p)
                return ref if ref is not None and ref.kind != PERSON and \
                    ref.key != self.publisher.key else None
            if found is None:
                return None
            return self._register(SpeakerRef(found.name, found.kind), found.name, "")
        return None

    def _document_just_before(self, pos: int) -> SpeakerRef | None:
        """Whose document an opening "It added that ..." continues: the sentence before opened
        with it ("The statement said 58.9 percent passed ... It added that ..."), so "it" is
        the document, and speaks for whoever it was credited to there."""
        before = self._sentences_upto(pos, 2)
        if len(before) < 2:
            return None
        (p0, text0), (p1, text1) = before
        if pos >= p1 + len(text1) or pos - p1 > 3 or not text1.startswith("It "):
            return None
        m = _DOC_OPENS_RE.match(text0)
        if m is None or m.group(1).lower() not in DOCUMENT_HEADS:
            return None
        spoke = [(q, r) for q, r in self.history if p0 <= q < p0 + m.end() + 40 and q < p1]
        return spoke[0][1] if spoke else None

    def _led_by_after(self, pos: int, written: str) -> SpeakerRef | None:
        """The named leader right after the study's authors at `pos`: "researchers led by
        epidemiologist Ana Ruiz", "a team headed by Dr Li Wen" (the team speaks through its
        lead)."""
        at = self.text.find(written, pos, pos + len(written) + 40)
        if at < 0 or not _LED_BY_RE.match(self.text, at + len(written)):
            return None
        for p, text in reversed(self.sentences):
            if p <= at < p + len(text):
                ref = self._study_owner_in(p, text)
                return ref if ref is not None and ref.kind == PERSON else None
        return None

    def _desk_led_by(self, pos: int, written: str) -> SpeakerRef | None:
        """The person named as leading a bank's or broker's desk right after it: "analysts led
        by Ana Ruiz", "strategists at Harwood Bank led by Tomas Ek", "economists, led by chief
        economist Li Wen," (a note's lead author speaks for the desk)."""
        at = self.text.find(written, pos, pos + len(written) + 40)
        if at < 0:
            return None
        m = _DESK_LED_BY_RE.match(self.text, at + len(written))
        if m is None:
            return None
        named = self.mention_index.starting_within(m.end(), m.end() + 40)
        return self._person_from_mention(named[0], named[0].written) if named else None

    def _colleagues_just_before(self, pos: int) -> SpeakerRef | None:
        """Whom an opening "They" speaks for when the sentence before introduced a study by its
        lead ("Ana Ruiz at the University of X and her colleagues tracked 300 wolves. They
        found that ..."): the lead, who speaks for the study's findings."""
        k = next((k for k in range(len(self.sentences) - 1, 0, -1)
                  if self.sentences[k][0] <= pos), 0)
        if k < 1:
            return None
        (p0, text0), (p1, text1) = self.sentences[k - 1], self.sentences[k]
        if pos >= p1 + len(text1) or pos - p1 > 3 or _STUDY_LEAD_RE.search(text0) is None:
            return None
        return self._study_owner_in(p0, text0)

    def _own_sentence_subject(self, pos: int) -> SpeakerRef | None:
        """The body that opens the sentence holding absolute position `pos`, if any."""
        for p, text in reversed(self.sentences):
            if p <= pos:
                if pos < p + len(text):
                    return self._subject_of(p, text)
                return None
        return None

    def _short_subject(self, pos: int) -> SpeakerRef | None:
        """The body a one-word subject opening the sentence at `pos` stands for: "Verdane,
        which ..., had $720 million" after "Verdane Therapeutics" (its short name)."""
        p, text = (self._sentences_upto(pos, 1) or [(-1, "")])[0]
        m = _ONE_WORD_SUBJECT_RE.match(text)
        if m is None or pos >= p + len(text):
            return None
        ref = self.short_form(m.group(1), p)
        return ref if ref is not None and ref.kind != PERSON else None

    def _its_document_subject(self, cand: Candidate, pos: int) -> SpeakerRef | None:
        """The company a one-word name opening the sentence is, when the sentence calls it
        "its" with a document: "Verdance made a loss of £41mn, its prospectus showed" (a
        person's would be "his" or "her"; a country's or a place's is left alone)."""
        if cand.written.lower().split()[-1] not in DOCUMENT_HEADS:
            return None
        p, text = (self._sentences_upto(pos, 1) or [(-1, "")])[0]
        two = _TWO_WORD_VERB_SUBJECT_RE.match(text)
        if two is not None and pos < p + len(text) and not re.search(
                r"\b(?:his|her|he|she|him)\b", text):
            name = two.group(1)
            first = name.split()[0].lower()
            if first not in COMMON_CAPITALISED and first not in DEMONYMS and \
                    first not in FEMALE_GIVEN_NAMES and first not in MALE_GIVEN_NAMES and \
                    not self._described_person(name) and \
                    kind_of(name) in (PERSON, ORGANISATION) and \
                    normalise_key(name) != self.publisher.key:
                # "Orwell Chips made a loss of \u00a341m, its accounts showed": two words that
                # could be a person's name, but "its" is a company's (no one titled so; a
                # short form of a longer name given before is that body)
                short = self.short_form(name, p)
                if short is not None:
                    return short if short.kind != PERSON else None
                return self._register(SpeakerRef(name, ORGANISATION), name, "")
        m = _ONE_WORD_VERB_SUBJECT_RE.match(text)
        if m is None or pos >= p + len(text) or re.search(r"\b(?:his|her|he|she)\b", text):
            return None
        name = m.group(1)
        low = name.lower()
        if low in COMMON_CAPITALISED or low in COUNTRIES or low in DEMONYMS or \
                low in CAPITALS or low in PRONOUNS or low in MONTHS or low in WEEKDAYS or \
                low in _DETERMINERS or kind_of(name) not in (PERSON, ORGANISATION) or \
                self._described_person(name) or low in self.honorifics:
            return None
        short = self.short_form(name, p)
        if short is not None:
            return short if short.kind != PERSON else None  # (a person's surname: not it)
        if re.search(r"\b[A-Z][\w'\u2019-]*\s+" + re.escape(name) + r"\b", self.text):
            return None  # the last word of a longer name ("Ada Okafor"), which is no company
        if not re.search(r"[a-z,;:]\s+" + re.escape(name) + r"\b", self.text):
            return None  # capitalised only where it opens a sentence: a common noun ("Debt
            # stood at £410m, according to its half-year report")
        return self._register(SpeakerRef(name, ORGANISATION), name, "")

    def _possessor_subject(self, pos: int) -> SpeakerRef | None:
        """The body whose possessive opens the sentence at `pos`, for an "its" later in it:
        "Brisco Bank's reserves stood at 90 billion shillings, according to its latest
        statement" is the bank's own figure ("Brisco's" after Brisco Bank is named)."""

        p, text = (self._sentences_upto(pos, 1) or [(-1, "")])[0]
        if pos >= p + len(text) or not text[:1].isupper():
            return None
        toks = self._sentence_toks.get(p) or tokenize(text[:120])
        k = next((i for i, t in enumerate(toks[:5]) if t.poss), -1)
        if k < 0 or not all(t.kind == "w" and t.cap for t in toks[: k + 1]) or \
                toks[0].low in _DETERMINERS or toks[0].low in COMMON_CAPITALISED:
            return None
        if k == 0:
            ref = self.short_form(toks[0].base, p)
            return ref if ref is not None and ref.kind != PERSON else None
        cand = read_phrase(toks[:k] + [_possessive_base(toks[k])], [])
        if cand.kind == PERSON or cand.person or cand.pronoun or cand.generic_head:
            return None
        return self.resolve(cand, p + toks[0].start)

    def _described_body_again(self, cand: Candidate, pos: int,
                              described: frozenset[str]) -> SpeakerRef | None:
        """The body a lower-case description ("the industry association", "the grid
        operator", "the EU monitor") that names no body of the story stands for: the named
        body that spoke in this sentence or the one before, when its name is no other kind of
        body's ("Stocks were 84% full, according to Gas Infrastructure Europe. Withdrawals
        averaged 0.6 points a day, the industry association said")."""
        kinds = _GENERIC_KINDS.get(cand.generic_head, ())
        if ORGANISATION not in kinds or cand.generic_head in _OWN_KIND_HEADS:
            return None  # ("the unification ministry", "the presidential office", "the
            # ethics committee": a body's own name, written in lower case)
        body = self._body_just_before(pos, True)
        if body is None or self._current_and_previous(pos)[1] > self._last_at(body, pos):
            return None  # (not one that spoke two sentences back or more)
        if body.kind == PERSON and (body.role or body.name.count(" ") < 2 or
                                    self.mention_roles.get(body.name)):
            return None  # (a capitalised name of three words or more, which no role makes
            # a person's, is a body's the description now names: "Gas Infrastructure Europe")
        if body.kind not in (ORGANISATION, GOVERNMENT, PERSON):
            return None
        ws = _name_words(body.name)
        heads = (_ANY_BODY | _ANY_BODY_HEADS | _COMPANY_GENERIC | GOVERNMENT_HEADS) - \
            {cand.generic_head}
        introduced = re.search(rf"\b([a-z]+)\s+{re.escape(body.name)}\b", self.text)
        if introduced is not None and introduced.group(1) in heads:
            return None  # ("the dockers' union Portlink": a union, no committee)
        if not heads.isdisjoint(ws) or cand.generic_head in ws:
            return None  # "the industry association" after the Health Ministry spoke: no
            # ministry; a name holding the head word would have been found by it
        if body.kind == PERSON:
            kind = ORGANISATION if ORGANISATION in kinds else GOVERNMENT
            return self._register(SpeakerRef(body.name, kind), body.name, "")
        return body

    def _body_just_before(self, pos: int, any_kind: bool = False) -> SpeakerRef | None:
        """The named body (not the paper) that spoke last, less than 300 characters before
        `pos`: whom "a spokesperson said" / "the spokesperson said" speaks for."""
        prev = next(([(p, r)] for p, r in reversed(self.history) if p < pos), [])
        if prev and (prev[0][1].kind != PERSON or any_kind) and prev[0][1].key != self.publisher.key \
                and not prev[0][1].generic and pos - prev[0][0] < 300:
            return prev[0][1]
        return None

    def _spokes_for_subject(self, pos: int) -> SpeakerRef | None:
        """The body a bare "A spokesperson said" speaks for: the body the sentence before opens
        with as its subject ("Kenya Power restored supply on Monday. A spokesperson said ..."),
        as a writer leaves out the body only when the reader has it in mind."""
        before = self._sentence_before(pos)
        if before is None:
            return None
        p, text = before
        cur = self._current_and_previous(pos)[0]
        if (cur if cur > p else pos) - (p + len(text)) > 3:
            return None  # (another paragraph: the body is no longer the one in mind; "In
            # an emailed statement, a spokesperson told ..." opens the next sentence)
        subject = self._subject_of(p, text)
        if subject is None:
            word = _ONE_WORD_VERB_SUBJECT_RE.match(text)
            if word is not None and word.group(1).lower() not in COMMON_CAPITALISED:
                # "Zephyr disputes the framing. A spokesperson told The Verge ...": a short
                # form of a company named in full before
                subject = self.short_form(word.group(1), p)
        if subject is None or subject.kind == PERSON or subject.generic or \
                subject.key == self.publisher.key:
            return None
        return subject

    def _introduced_spokes(self, head: str, pos: int) -> SpeakerRef | None:
        """The speaker an unnamed person was introduced with ("a source at Norvik Power", "an
        official from the Harbour Board", "a Kestrel Lines spokeswoman"), when a later "the
        source", "the official" or "this spokeswoman" (within three paragraphs) refers back to
        that person: the body (or the person named there) that spoke through them."""
        lo = max(0, pos - _NAMED_LATER_WITHIN)
        found = None
        for m in re.finditer(rf"(?i)\b(?:a|an|one)\s+(?:[\w'\u2019&.-]+\s+){{0,3}}?{head}\b",
                             self.text[lo:pos]):
            found = m
        if found is None:
            return None
        start, end = lo + found.start(), lo + found.end()
        stop = _SENTENCE_END_RE.search(self.text, end)
        stop_at = stop.start() if stop else len(self.text)
        refs = [r for q, r in self.history if start - 200 <= q < stop_at and q < pos]
        if not refs:
            return None
        ref = refs[-1]
        if ref.generic or ref.key == self.publisher.key or not any(
                name in self.text[start:stop_at] for name in (ref.name, *ref.aliases)):
            return None  # (the speaker must be the one named in the introducing sentence)
        return ref

    @property
    def honorifics(self) -> dict[str, str]:
        """Name words after "Mr", "Mrs", "Ms" or "Miss" anywhere in the article, with the
        gender the title gives ("m" or "f"; "" when both are written)."""
        if self._honorifics is None:
            found: dict[str, str] = {}
            for m in _HONORIFIC_RE.finditer(self.text):
                g = "m" if m.group(1) == "Mr" else "f"
                for w in m.group(2).lower().split():
                    found[w] = g if found.get(w, g) == g else ""
            self._honorifics = found
        return self._honorifics

    def gender(self, ref: SpeakerRef, given: bool = True) -> str:
        """What the text says of a person's gender: a role ("spokeswoman", "chairman") or a
        title the surname takes somewhere ("Ms Lanza"); else (when `given`) what a given name
        worn by one gender says ("Amina Okoro"); "" when nothing says."""
        role_words = ref.role.lower().replace(",", " ").split()
        for k, w in enumerate(role_words):
            if k > 1 and role_words[k - 1] in _POSSESSIVE_DETERMINERS and (
                    w in _FEMALE_ROLES or w in _MALE_ROLES):
                continue  # ("a passenger travelling with her husband": his gender, not hers;
                # but "her husband" is the role of "Paul Perrin, her husband,")
            if w.endswith("woman") or w in _FEMALE_ROLES:
                return "f"
            if w.endswith("man") and w not in _NOT_GENDERED or w in _MALE_ROLES:
                return "m"
        names = ref.name.lower().split()
        said = self.honorifics.get(names[-1], "") if names else ""
        return said or self._pronouns.get(ref.key, "") or (
            _given_name_gender(names) if given else "") or self._own_pronoun(ref)

    def _own_pronoun(self, ref: SpeakerRef) -> str:
        """The gender the sentence naming a person in full first says by a possessive after
        the name, no other name between: "Mayor Lena Hoffmann said her city ...", "Sadia
        Nur walked for nine days with her five children" ("" when the rest of the sentence
        has pronouns of both genders, or none; cached)."""
        found = self._own_pronouns.get(ref.key)
        if found is not None:
            return found
        found = ""
        ids = self.mention_index.by_name.get(ref.name, ())
        if ids and " " in ref.name:
            m = self.mention_index.mentions[ids[0]]
            start = m.pos + len(m.name)
            k = bisect_right(self._sentence_starts, m.pos)
            end = self._sentence_starts[k] if k < len(self._sentence_starts) else len(self.text)
            nxt = self.mention_index.within(start, end)
            rest = self.text[start : nxt[0].pos if nxt else end]
            own = _OWN_POSSESSIVE_RE.match(rest)
            said = {"f" if w.lower() in ("she", "her", "herself") else "m"
                    for w in _SHE_HE_RE.findall(rest)}
            if own is not None and len(said) == 1:
                found = said.pop()
        self._own_pronouns[ref.key] = found
        return found

    def _called(self, ref: SpeakerRef, gender: str) -> SpeakerRef:
        """Notes that "he" or "she" ("m" or "f") stood for `ref` (evidence for later
        pronouns; "" once both have)."""
        if self._pronouns.get(ref.key, gender) != gender:
            gender = ""
        self._pronouns[ref.key] = gender
        return ref

    def _named_since(self, ref: SpeakerRef, ref_pos: int, pos: int,
                     want: str) -> SpeakerRef | None:
        """The person named in full latest between `ref_pos` and `pos`, in the sentence before
        the one at `pos` or in that one, other than `ref` and not of the other gender."""
        current, previous = self._current_and_previous(pos)
        if previous < 0:
            return None
        for m in self.mention_index.latest_first(max(ref_pos, previous - 1), pos):
            if m.pos < previous:
                break
            found = self._person_from_mention(m, m.written)
            if found is None or found.kind != PERSON or found.key == ref.key or \
                    " " not in found.name or self.gender(found) not in ("", want):
                continue
            return found
        return None

    def _pseudonym_since(self, ref_pos: int, pos: int) -> SpeakerRef | None:
        """The person given only a name in place of theirs ("identified only as Karen") in the
        sentence before the one at `pos` or in that one, after `ref_pos`."""
        if not self.mention_index.mentions or not self._pseudonyms:
            return None
        current, previous = self._current_and_previous(pos)
        if previous < 0:
            return None
        for m in self.mention_index.latest_first(max(ref_pos, previous - 1), pos):
            if m.pos < previous:
                break
            if m.pos in self._pseudonyms:
                return self._person_from_mention(m, m.written)
        return None

    def _pseudonym_described(self, cand: Candidate, pos: int) -> SpeakerRef | None:
        """The name given in place of one in a relative clause right after an unnamed person's
        description at `pos` ("a farmer who gave his name only as Moussa"), if any."""
        _ = self.mention_index  # (the scan of mentions finds the pseudonyms)
        at = self.text.lower().find(cand.written.lower(), pos, pos + len(cand.written) + 40)
        if at < 0 or not self._pseudonyms:
            return None
        end = at + len(cand.written)
        for p in sorted(self._pseudonyms):
            if end < p <= end + 90 and re.fullmatch(
                    r"(?:\s*,)?\s+who\s[^.!?;\n\"\u201c\u201d]{0,70}", self.text[end:p]):
                found = next((x for x in self.mention_index.mentions if x.pos == p), None)
                if found is not None:
                    return self._person_from_mention(found, found.written)
        return None

    def _named_of_gender(self, ref: SpeakerRef, pos: int, want: str) -> SpeakerRef | None:
        """The person named in full latest within `_GENDER_LOOK_BACK` characters before `pos`,
        other than `ref`, whom the text shows to be of gender `want` (not merely "not the
        other")."""
        for m in self.mention_index.latest_first(max(-1, pos - _GENDER_LOOK_BACK), pos):
            found = self._person_from_mention(m, m.written)
            if found is not None and found.kind == PERSON and found.key != ref.key and \
                    " " in found.name and self.gender(found) == want:
                return found
        return None

    def _unsexed_speaker_just_before(self, ref: SpeakerRef, pos: int) -> SpeakerRef | None:
        """A person other than `ref` who spoke in the sentence before the one at `pos` and
        whose gender the text does not give: in "Tom Reed said Ms Hale's claim was wrong. He
        said ...", "he" is not Ms Hale but Tom Reed."""
        current, previous = self._current_and_previous(pos)
        if previous < 0:
            return None
        for p, r in reversed(self.history):
            if p < previous:
                break
            if p < current and r.kind == PERSON and not r.generic and r is not ref and \
                    self.gender(r) == "":
                return r
        return None

    def _named_in_sentence_before(self, pos: int) -> list[SpeakerRef]:
        """The people named in full in the sentence before the one at `pos`, each once, in
        order."""
        current, previous = self._current_and_previous(pos)
        named: list[SpeakerRef] = []
        if previous >= 0:
            for m in self.mention_index.within(previous, current):
                ref = self._person_from_mention(m, m.written)
                if ref is not None and ref.kind == PERSON and \
                        all(r.key != ref.key for r in named):
                    named.append(ref)
        return named

    def two_named_before(self, pos: int) -> tuple[SpeakerRef, SpeakerRef] | None:
        """The two people "the two officials" or "the pair" at `pos` are: the sentence before
        names exactly two (None otherwise)."""
        named = self._named_in_sentence_before(pos)
        if len(named) != 2:
            return None
        return named[0], named[1]

    def _office_of_person(self, pos: int, want: str) -> SpeakerRef | None:
        """The office "his office" or "her office" at `pos` is: of the person named last
        before `pos` (of gender `want` or unknown), the body named before whose name ends in
        "Office" and holds a word of the person's title ("Sheriff Roy Tedesco" and the
        Saltillo County Sheriff's Office); None when the story names no such office."""
        for m in self.mention_index.latest_first(max(-1, pos - _GENDER_LOOK_BACK), pos):
            person = self._person_from_mention(m, m.written)
            if person is None or person.kind != PERSON or self.gender(person) not in ("", want):
                continue
            titles = {w for w in re.findall(r"[a-z]+", person.role.lower())
                      if w in TITLE_WORDS and w not in _OTHER_HOLDER_WORDS}
            if not titles:
                return None
            found = None
            for named in _TITLED_OFFICE_RE.finditer(self.text, 0, pos):
                if not titles.isdisjoint(named.group(2).lower().split()):
                    found = named.group(1)
            if found is None:
                return None
            return self._register(SpeakerRef(found, GOVERNMENT), found, "")
        return None

    def _latter_or_former(self, pos: int, latter: bool) -> SpeakerRef | None:
        """ "the latter" or "the former": the second or the first of the people named in
        full in the sentence before the one at `pos` (or, when it names fewer than two, of
        the last two people who spoke)."""
        current = self._current_and_previous(pos)[0]
        named = self._named_in_sentence_before(pos)
        if len(named) < 2:
            named = []
            for p, r in self._recent_history():
                if p < current and r.kind == PERSON and not r.generic and \
                        all(x.key != r.key for x in named):
                    named.insert(0, r)
                    if len(named) == 2:
                        break
        if len(named) < 2:
            return None
        return named[-1] if latter else named[-2]

    def _unnamed_one_just_before(self, ref: SpeakerRef, pos: int, want: str) -> bool:
        """Whether `ref`, a person named only by a description in the singular ("a nurse",
        "a resident", "the driver"), spoke in the sentence at `pos` or the one before it, and
        nothing in the description says it is not of gender `want`."""
        head = (ref.head or ref.name.rsplit(" ", 1)[-1]).lower()
        if head not in PEOPLE_SPEAKER_HEADS or _plural_description(head) or \
                self._counted_group(ref.name) or _role_gender(head) not in ("", want):
            return False  # (not "Witnesses", "Districts": no one "he" or "she" can be)
        at = self._last_at(ref, pos)
        if not at >= self._current_and_previous(pos)[1] >= 0:
            return False
        start = self._current_and_previous(at)[0]
        k = bisect_right(self._sentence_starts, at)
        end = self._sentence_starts[k] if k < len(self._sentence_starts) else pos
        # (not "Denise Harlow, 61, a home health aide, said": a description of a person named
        # in its sentence, whom the story's last step names)
        return not self.mention_index.within(start, min(end, pos))

    def _subject_before(self, ref_pos: int, pos: int) -> SpeakerRef | None:
        """The person who opens the sentence before the one at `pos`, when the person last
        credited (at `ref_pos`) was named later in that sentence: in "Ana Ruiz reckoned half
        the crop was lost, while trader Hugo Lenz put the loss lower. She said ...", "she" is
        the subject, Ana Ruiz."""
        current, previous = self._current_and_previous(pos)
        if previous < 0 or not previous <= ref_pos < current:
            return None
        return self._person_subject(previous - 1, pos)

    def _office_holder_since(self, after: int, pos: int) -> SpeakerRef | None:
        """An office holder named only by the office ("The Transport Minister said ...") who
        spoke in the sentence before the one at `pos`, after the last named person: "He said"
        opening the next sentence is the minister again, not someone quoted before him."""
        current, previous = self._current_and_previous(pos)
        for p, ref in reversed(self.history):
            if p >= pos:
                continue
            if p <= after or p < previous:
                return None
            if ref.kind == PERSON and ref.generic and ref.head in _SINGLE_OFFICES:
                return None if self._person_subject(p, pos) is not None else ref
            return None
        return None

    def _counted_group(self, name: str) -> bool:
        """Whether a one-word name in the plural is one the text counts ("a search team of
        eight Sherpas", "200 Rohingya"): a group, which "he" or "she" cannot stand for (a
        surname ending in "s", "Jones said", is never counted) (cached)."""
        if not _COUNTED_GROUP_NAME_RE.fullmatch(name):
            return False
        known = self._counted_groups.get(name)
        if known is None:
            self._counted_groups[name] = known = self._counted_somewhere(name)
        return known

    def _counted_somewhere(self, name: str) -> bool:
        """Whether some mention of the plural `name` has a count right before it."""
        text = self.text
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if text[at - 1 : at].isspace() and not (
                    text[end : end + 1].isalnum() or text[end : end + 1] == "_"):
                lo = max(0, at - 40)
                m = _COUNT_BEFORE_GROUP_RE.search(text, lo, at)
                if m is not None and (m.start() > lo or lo == 0 or
                                      not text[lo - 1].isalnum()):
                    return True
            at = text.find(name, at + 1)
        return False

    def _recent_history(self) -> Iterator[tuple[int, SpeakerRef]]:
        """Who spoke, latest first, as far back as `_LOOK_BACK` attributions: a look-back for
        "the bureau" or "he" that finds nothing would otherwise walk the whole history for
        every sentence of a very long text."""
        return islice(reversed(self.history), _LOOK_BACK)

    def _last(self, pos: int, pred) -> SpeakerRef | None:
        for p, ref in self._recent_history():
            if p <= pos and pred(ref):
                return ref
        return None

    def _described_as_no_outlet(self, name: str) -> bool:
        """Whether the article puts a description of a body that is no outlet right after the
        name ("X Monitor, a nonpartisan watchdog", "the Y Observer, a think tank") (cached)."""
        found = self._no_outlet_names.get(name)
        if found is None:
            found = self._no_outlet_names[name] = any(
                _NO_OUTLET_APPOSITION_RE.match(self.text, m.end())
                for m in islice(re.finditer(re.escape(name), self.text), 8))
        return found

    def resolve(self, cand: Candidate, pos: int, early: bool = False) -> SpeakerRef | None:
        """The speaker a candidate names at absolute position `pos` (None: nobody known); "he"
        or "she" is never a person the same sentence names by surname."""
        ref = self._resolve(cand, pos, early)
        if ref is None or cand.pronoun not in ("he", "she") or ref.kind != PERSON or early:
            return ref
        sentence = _sentence_around(self.text, pos)
        if sentence is None or not _surname_in(ref.name, self.text, sentence, pos):
            return ref
        # 'She said Mr Adeyemi won 14 of 16 areas', 'Ms Doyle was thrown 23 metres, she
        # said': whom the sentence names is not who speaks it; the last person before
        # who may be "she" and whom the sentence does not name
        want = "m" if cand.pronoun == "he" else "f"
        other = self._last(pos, lambda r: r.kind == PERSON and not r.generic and
                           r.key != ref.key and not _plural_description(r.name) and
                           not self._counted_group(r.name) and
                           self.gender(r) in ("", want) and
                           not _surname_in(r.name, self.text, sentence, pos))
        return other or ref

    def _resolve(self, cand: Candidate, pos: int, early: bool = False) -> SpeakerRef | None:
        """The speaker a candidate names at absolute position `pos` (None: nobody known).

        `early` is set for headlines and summary points, which may name someone the body
        introduces only later ("the president says ..."): they may look ahead.
        """
        if cand.name.endswith(" police") and cand.written != cand.name and \
                _NAMED_FORCE_RE.search(self.text, 0, pos):
            # "Police in Haifa said", "In Haifa, police said" after the story named the
            # Israel Police: the force it named, policing that place
            cand = replace(cand, name="Police", written="police", generic_head="police")
        if not early and cand.kind == PERSON and not cand.person and \
                cand.written.lower().startswith(("a ", "an ")) and \
                _PSEUDONYM_CUE_RE.search(self.text, pos, pos + len(cand.written) + 90):
            # "said a farmer who gave his name only as Moussa", "a nurse, who asked to be
            # identified only as Grace, said": the one name the story gives the person
            given = self._pseudonym_described(cand, pos)
            if given is not None:
                return given
        if cand.kind in (GOVERNMENT, ORGANISATION) and not early:
            led = _LEAD_AT_BODY_RE.search(self.text, max(0, pos - 160), pos)
            if led is not None:
                # "Researchers led by Li Wen at Fudan University found": the lead, not the
                # university she works at
                lead = self._led_by_after(led.start("authors"), led.group("authors"))
                if lead is not None:
                    return lead
        if cand.kind in (GOVERNMENT, ORGANISATION) and cand.written == cand.name and \
                _LISTED_NAME_RE.match(cand.name):
            first = _LISTED_FIRST_RE.search(self.text, max(0, pos - 40), pos)
            if first is not None and first.group(1).lower() not in COUNTRIES and \
                    first.group(1).lower() not in CAPITALS and \
                    first.group(1).lower() not in DEMONYMS and \
                    first.group(1) not in self.mention_index.by_last:
                # "Immigration, Refugees and Citizenship Canada said": a name that lists its
                # remits with a comma (not "In Lagos, Smith and Sons said")
                name = f"{first.group(1)}, {cand.name}"
                cand = replace(cand, name=name, written=name)
        if cand.kind == MEDIA and " " in cand.name and cand.name not in MEDIA_NAMES and \
                self._described_as_no_outlet(cand.name):
            # "the Badger Finance Monitor, a nonpartisan watchdog,": a body named like a paper
            cand = replace(cand, kind=ORGANISATION)
        if early and cand.kind == MEDIA and cand.written == cand.name and \
                cand.name.lower() in _GENERIC_KINDS and self._title_case_headline(pos) and \
                self.text.find(cand.name + " ", self.text.find("\n")) < 0:
            # "..., Monitor Says" in a title-case headline: the description "monitor" (a
            # food crisis monitor the story names), no outlet the body ever names so
            cand = replace(cand, kind=PERSON, written=cand.written.lower(),
                           generic_head=cand.name.lower())
        if early and cand.written in _HEADLINE_REPORTS:
            # a headline's or summary's "Report says", "Study finds": the report's owner, whom
            # the opening paragraphs name ("The analysis by the Harbour Institute found")
            return self._survey_owner(pos)
        if not early and cand.written and _epithet(
                cand.written if cand.written[:4].lower() == "the " else "the " + cand.written
                if self.text[pos : pos + 4].lower() == "the " else cand.written):
            # '"We took 1,400 fans to Derry," the former Ireland international said', "the
            # Brazilian said", "the veteran said": an epithet for the person last speaking,
            # when no one was given it as a role
            found = self._describe(cand.written.lower().split()[-1:], pos, False) or \
                self._last(pos, lambda r: r.kind == PERSON and not r.generic and
                           not _plural_description(r.name) and not self._counted_group(r.name))
            if found is not None:
                return found
        if cand.kind != PERSON and not cand.pronoun and len(cand.name.split()) == 2 and \
                cand.name.split()[0].lower() in _PLACE_GIVEN_NAMES and (
                    cand.name in self.mention_index.by_name or self._described_person(cand.name)):
            # "Georgia Pellmann, who chairs ...": a name the article shows is a person's
            cand = replace(cand, kind=PERSON, person=True)
        if cand.kind == PERSON and not cand.surname_only and not cand.role and \
                " " not in cand.name and cand.written == cand.name and cand.name.istitle():
            # "Asif Mehmood Sheikh, chairman of ..., said ... 'Sheikh said'": a title word
            # alone, as the surname of a person named in full before (not "the bishop")
            m = self._surname_mention(cand.name, pos, early, "")
            if m is not None and m.name != cand.name and m.last == cand.name:
                return self._person_from_mention(m, cand.written)
            hist = self._last(pos, lambda r: r.kind == PERSON and " " in r.name and
                              r.name.split()[-1] == cand.name and
                              all(w[:1].isupper() for w in r.name.split()))
            if hist is not None:
                return hist
        if cand.kind == PERSON and not cand.pronoun and not cand.role and \
                cand.written.startswith(("the ", "The ")) and " " in cand.name:
            # "the General Staff said" after "the General Staff of the Armies": no person is
            # "the" name without a title; the body whose name those words open
            # (a headline's "according to the General Staff" looks ahead to the body)
            lead = tuple(cand.name.lower().split()) + ("of",)
            named = [b for b in self.bodies if b.words[: len(lead)] == lead]
            before = [b for b in named if b.pos < pos]
            body = before[-1] if before else named[0] if named and early else None
            if body is not None:
                return self._register(SpeakerRef(body.name, body.kind), body.name, "")
        office = _PERSONS_OFFICE_RE.fullmatch(cand.written)
        if office is None and cand.written.lower() == "office":
            office = _PERSONS_FIRM_BEFORE_RE.search(self.text, max(0, pos - 5), pos)
        if office is not None and not early:
            found = self._office_of_person(pos, "m" if office.group(1).lower() == "his" else "f")
            if found is not None:
                return found
        firm = _PERSONS_FIRM_RE.fullmatch(cand.written) or (
            _PERSONS_FIRM_RE.fullmatch("his " + cand.written.lower()) and
            _PERSONS_FIRM_BEFORE_RE.search(self.text, max(0, pos - 5), pos))
        if firm is not None and not early:
            firm = _PERSONS_FIRM_BEFORE_RE.search(self.text, max(0, pos - 5), pos) or firm
            # "..., says Harsh Bajaj of Crestline Advisory; his firm estimates ...": the body
            # the person last credited was named with ("of", "at", "from" right after him)
            want = "m" if firm.group(1).lower() == "his" else "f"
            person = self._last(pos, lambda r: r.kind == PERSON and not r.generic and
                                self.gender(r) in ("", want))
            spoke = self._last_at(person, pos) if person is not None else -1
            first = self.text.find(person.name) if person is not None else -1
            for at in dict.fromkeys(x for x in (spoke, first) if 0 <= x < pos):
                # (where he last spoke, or where the article first named him in full)
                named = _FIRM_AFTER_PERSON_RE.search(self.text, at, at + 160)
                if named is not None and not re.search(r"[.;]\s", self.text[at : named.start()]):
                    name = named.group(2)
                    last = name.split()[-1].lower()
                    if (last in ORG_HEADS or last in _FIRM_WORDS or named.group(1)) and \
                            normalise_key(name) != self.publisher.key:
                        return self._register(SpeakerRef(name, ORGANISATION), name, "")
            if person is not None:
                return person  # (no firm named with him: he speaks for it)
        if cand.written.lower() in ("her campaign", "his campaign") and not early:
            # "Barajas did not concede. Her campaign said ...": the Barajas campaign (the
            # person who opens the sentence before, else whom the pronoun stands for)
            want = "f" if cand.written[:3].lower() == "her" else "m"
            person = None
            _, previous = self._current_and_previous(pos)
            opener = _OPENING_NAME_RE.match(self.text, previous) if previous >= 0 else None
            if opener is not None:
                m = self._surname_mention(opener.group(1).split()[-1], pos, False, want)
                if m is not None and self._mention_gender(m) in ("", want):
                    person = self._person_from_mention(m, m.written)
            if person is None:
                person = self.resolve(Candidate("", PERSON, pronoun="she" if want == "f" else
                                                "he", written=cand.written.split()[0]), pos)
            if person is not None and person.kind == PERSON and not person.generic and \
                    " " in person.name:
                name = person.name.split()[-1] + " campaign"
                return self._register(SpeakerRef(name, ORGANISATION), name, "")
        if cand.pronoun in ("latter", "former"):
            return self._latter_or_former(pos, cand.pronoun == "latter")
        if cand.written.lower() == "the pair" or cand.written.lower().startswith("both "):
            return None  # (two people the sentence before names, or nobody known)
        if not early and cand.role in _UNNAMED_SPOKES and cand.generic_head and \
                " " not in cand.written and self.text[pos : pos + 4].lower() == "the ":
            # "Army spokesman Col. Ibrahim Sow said ... The army spokesman said": the person
            # the story named in that role, not the army (nor a spokeswoman quoted since)
            found = self._describe([cand.written.lower(), cand.role], pos, False)
            if found is not None:
                return found
        if cand.pronoun:
            if cand.pronoun in ("he", "she"):
                last_word = cand.written.lower().split()[-1:]
                if last_word and last_word[0] in _OWN_PLANS:
                    author = self._plan_author(last_word[0], pos,
                                               "m" if cand.pronoun == "he" else "f")
                    if author is not None:
                        return author
                latest = self._last(pos, lambda r: True)
                if latest is not None and latest.kind != PERSON:
                    latest_pos = self._last_at(latest, pos)
                    if any(w in latest.role.lower() for w in ("spokes", "official")) or \
                            _ANONYMOUS_VOICE_RE.match(self.text, latest_pos):
                        # "..., a police spokesman told DW. ..., he said": the spokesman
                        # again (unless a person opened a sentence since: "Yvonne Adebayo,
                        # whose son ..., runs a charity. ..., she said")
                        return self._person_subject(latest_pos, pos) or latest
                if latest is not None and latest.kind == PERSON and latest.generic and \
                        self._unnamed_one_just_before(
                            latest, pos, "m" if cand.pronoun == "he" else "f"):
                    # 'At a clinic, a nurse said staff saw 250 patients a day. "Many have
                    # not eaten," she said': the unnamed person who just spoke, not the
                    # named one quoted before her (unless a person opened a sentence since)
                    return self._person_subject(self._last_at(latest, pos), pos) or latest
                ref = self._last(pos, lambda r: r.kind == PERSON and not r.generic and
                                 not _plural_description(r.name) and
                                 not self._counted_group(r.name))
                want = "m" if cand.pronoun == "he" else "f"
                if ref is None:
                    named = self.mention_index.latest_before(pos)
                    holder = self._office_holder_since(named.pos if named else -1, pos)
                    if holder is not None and self.gender(holder) in ("", want):
                        return holder
                    if named is not None:
                        last = self._person_from_mention(named, named.written)
                        opener = self._subject_before(named.pos, pos)
                        if opener is not None and not _may_be_same_person(opener, last) and \
                                self.gender(opener) in ("", want) and \
                                self.gender(last, given=self.gender(opener) != want) != want:
                            # (when the opener may be meant, the subject wins over a given
                            # name: "Mr. Okafor welcomed it, although Tunde Bello called it
                            # rushed. He said" is Okafor)
                            return self._called(opener, want)
                        return last
                    # "The minister said ... she added": the person described before
                    return self._last(pos, lambda r: r.kind == PERSON)
                ref_pos = self._last_at(ref, pos)
                holder = self._office_holder_since(ref_pos, pos)
                if holder is not None and self.gender(holder) in ("", want):
                    return holder
                alias = self._pseudonym_since(ref_pos, pos)
                if alias is not None:
                    return alias  # "a mother who asked to be identified only as Karen ...
                    # she said": the woman so named since the last speaker
                opener = self._subject_before(ref_pos, pos)
                if opener is not None and not _may_be_same_person(opener, ref) and (
                        self.gender(opener) == want or
                        self.gender(opener) == "" and self.gender(ref) != want):
                    return self._called(opener, want)
                subject = self._person_subject(ref_pos, pos)
                if subject is not None and self.gender(subject) in ("", want):
                    return self._called(subject, want)
                if self.gender(ref) not in ("", want):
                    # "Sen. Tom Hale ... he put the count at 9,000, while she said ...": not
                    # the man just quoted, but the last person "she" can be
                    other = self._last(pos, lambda r: r.kind == PERSON and not r.generic and
                                       self.gender(r) == want) or \
                        self._unsexed_speaker_just_before(ref, pos)
                    if other is None:
                        # "... a gain that the economist Priya Venkataraman calls modest. She
                        # estimates ...": a person only named since the man last quoted, who
                        # never spoke, but whom "she" can be
                        other = self._named_since(ref, ref_pos, pos, want)
                    if other is None:
                        # 'Amina Warsame walked for six days with her children. Clinic
                        # director Yusuf Farah said ... "I have three more to feed," she
                        # said': the last person named whom the text shows to be a woman
                        other = self._named_of_gender(ref, pos, want)
                    if other is not None:
                        return other
                if subject is not None and self.gender(subject) not in ("", want):
                    subject = None  # ("Amina Okoro said ... John Bello disputed that. She
                    # said ...": not the man who opened the sentence before)
                return self._called(subject or ref, want)
            if cand.pronoun == "it":
                own = self._self_named_subject(pos) or self._described_subject(pos)
                if own is None and cand.written.lower().startswith("its "):
                    # "The Lumina Collaboration counts 600 scientists, according to its
                    # website": the document of the body the sentence is about
                    own = self._own_sentence_subject(pos) or self._short_subject(pos) or \
                        self._possessor_subject(pos) or self._its_document_subject(cand, pos)
                if own is None:
                    own = self._document_just_before(pos)
                if own is None:
                    own = self._speaker_it_continues(pos)
                if own is None:
                    own = self._officer_body(pos)
                if own is None:
                    own = self._added_continues(pos)
                if own is not None:
                    return own  # "The central bank forecasts growth of 3.2%, it says"
                # (never the publisher: "(Bloomberg) -- X cut its forecast ..., it said")
                return self._last_body(pos, lambda r: r.kind != PERSON and
                                       r.key != self.publisher.key)
            if cand.pronoun == "they":
                lead = self._colleagues_just_before(pos)
                if lead is not None:
                    return lead  # "X and her colleagues tagged 240 sharks. They found ..."
                return self._last_body(pos, lambda r: r.kind != PERSON or r.name.endswith("s"))
            return self._last(pos, lambda r: True)
        staff = cand.written.lower().removeprefix("the ")
        if staff in _STAFF_BODY_WORDS:
            words_ = _STAFF_BODY_WORDS[staff]
            body = self._last_body(pos, lambda r: r.kind != PERSON and not r.generic and
                                   not words_.isdisjoint(_name_words(r.name)))
            if body is None:
                # ("Detectives with the Millbrook Police Department arrested ... Investigators
                # believe": the body named with that word, though it did not speak)
                named = next((b for b in reversed(self.bodies) if b.pos < pos and
                              not words_.isdisjoint(b.words)), None)
                if named is not None:
                    body = self._register(SpeakerRef(named.name, named.kind), named.name, "") \
                        if normalise_key(named.name) != self.publisher.key else self.publisher
            if body is None and not early:
                # ("inspectors found" after the Care Quality Commission spoke: its staff)
                # (a public body's: not a court's, a firm's or the paper's)
                body = self._last_body(pos, lambda r: r.kind != PERSON and not r.generic and
                                       r.key != self.publisher.key and not _PUBLIC_BODY_HEADS
                                       .isdisjoint(_name_words(r.name)))
            if body is not None:
                return body  # "Inspectors found": the inspectorate that spoke before
            if early:
                return None  # (a summary's "Inspectors found": the body the story names)
        if _PARTY_MEMBER_RE.fullmatch(cand.written):
            # "..., the Social Democrat said": a party's member is the person last named
            ref = self._last(pos, lambda r: r.kind == PERSON and not r.generic)
            named = self.mention_index.latest_before(pos)
            if ref is None and named is not None:
                ref = self._person_from_mention(named, named.written)
            if ref is not None:
                return ref
        if cand.kind == PERSON and not cand.pronoun and " " in cand.written and (
                normalise_key(cand.name) in self.cued_bodies or
                normalise_key(_clean(cand.written.removeprefix("the ").removeprefix("The ")))
                in self.cued_bodies):
            # "Red Mesa Coachlines, the Tucson-based company that ran the bus, said": a name
            # the article shows to be a company's (`_cued_body_names`), whole ("Harbor Oak
            # Mutual, a Connecticut insurer,": no title "Harbor" before a name)
            name = cand.name if normalise_key(cand.name) in self.cued_bodies else \
                _clean(cand.written.removeprefix("the ").removeprefix("The "))
            cand = replace(cand, name=name, kind=ORGANISATION, person=False,
                           surname_only=False, role="")
        if cand.kind == PERSON and not cand.role and " " in cand.name and \
                self._spelled_by_acronym(cand.name):
            # "Agua Nuevo Leon (ANL) said": a name its initials abbreviate is a body's
            cand = replace(cand, kind=ORGANISATION, person=False, surname_only=False)
        if not cand.owner_missing and cand.name.isupper() and 2 <= len(cand.name) <= 8:
            doc = self._document_acronym(cand.name)
            if doc:
                # "the DRHP showed", after "its draft red herring prospectus (DRHP)": a
                # document, which speaks for whoever issued it
                cand = replace(cand, owner_missing=True, written=f"the {doc}")
        if cand.generic_head in _LONE_SPOKES and not cand.person and \
                cand.written.lower().startswith(("the ", "that ", "this ")):
            body = self._introduced_spokes(cand.generic_head, pos)
            if body is not None:
                return body  # "a source at EDL told ... The source added": EDL again
        if cand.generic_head in _SPOKES_ROLES and not cand.person and \
                cand.written.lower() in ("a " + cand.generic_head, "an " + cand.generic_head):
            body = self._spokes_for_subject(pos)
            if body is not None:
                return body
        if cand.written.lower() in _ORGANISERS and not early and \
                re.search(r"\b(?:[Ii]ts|[Tt]heir)\s+$", self.text[max(0, pos - 7) : pos]):
            # "Major League Cricket launched with six teams; its organisers say ...": the
            # event or league the sentence opens with speaks through them
            subject = self._own_sentence_subject(pos)
            if subject is not None and subject.kind != PERSON:
                return subject
        if cand.generic_head in _ORGANISERS and cand.written.lower() in (
                cand.generic_head, "the " + cand.generic_head):
            body = self._organising_body(pos)
            if body is None and not early:
                # "Greenmere Festival welcomed a record 95,000 people, organisers have
                # confirmed": with no organiser named, the event opening the sentence
                subject = self._own_sentence_subject(pos)
                if subject is not None and subject.kind != PERSON and \
                        subject.name.lower().split()[-1] in _EVENT_HEADS:
                    body = subject
            if body is not None:
                return body  # "Organisers said", after "organisers Longfield Events"
        if cand.generic_head in _STUDY_AUTHORS:
            # (also "The team, led by Dr Kirsty Vane at the University of Leeds, says")
            lead = self._led_by_after(pos, cand.written)
            if lead is not None:
                return lead  # "..., researchers led by Dr Ana Ruiz report": Ana Ruiz
        if cand.generic_head in _DESK_STAFF:
            lead = self._desk_led_by(pos, cand.written)
            if lead is not None:
                return lead  # "Analysts led by Ana Ruiz wrote in a note": Ana Ruiz
        if cand.generic_head in _STUDY_AUTHORS and cand.written.lower().startswith("the "):
            author = self.study_voice(pos) or self._staff_of_body(cand.generic_head, pos)
            if author is None and cand.generic_head == "team":
                # "Researchers at the Hallam Battery Lab tore down 156 packs. The team reports
                # ...": the staff the story introduced are the team
                author = self._staff_of_body("researchers", pos) or \
                    self._staff_of_body("scientists", pos)
            if author is not None:
                return author  # "The researchers said", right after the body's study
            if cand.generic_head == "team":
                return None  # (a team no study named before: not a speaker)
        if cand.owner_missing:
            # "according to the statement": whoever was last said to have issued one
            doc = cand.written.lower().split()[-1] if cand.written else ""
            sampled = cand.written.lower().split()
            if "of" in sampled[1:] and sampled[sampled.index("of") - 1] in _SAMPLED:
                # "The survey of 2,000 people also found": the survey, not the people
                doc = sampled[sampled.index("of") - 1]
            if doc in POLL_DOCUMENTS:
                # "A survey released last month by the X Foundation found ... The survey of
                # 2,000 people also found": the survey's, the one the story last named
                # (not the body last credited with data of another kind)
                issuer = self._document_issuer(doc, pos)
                if issuer is not None and issuer.kind != PERSON:
                    return issuer
            if doc in DATA_DOCUMENTS:
                # "the figures showed": the body last credited with data, not a person who
                # commented on "the figures" since
                publisher = self._last_data_owner(pos)
                if publisher is not None:
                    return publisher
            if doc in _JUDICIAL_DOCUMENTS:
                # "according to the ruling": the court's, the last one the story named
                court = self._last_body(pos, lambda r: r.kind != PERSON and not r.generic and
                                        not _JUDICIAL_HEADS.isdisjoint(_name_words(r.name)))
                if court is not None:
                    return court
            issuer = self._document_issuer(doc, pos) if doc else None
            if issuer is None and doc in _HYPERNYM_DOCUMENTS:
                # "according to the document", "the papers show": the last document the
                # story named under its own word ("... said in its annual report")
                issuer = self._last_named_document_issuer(pos)
            if issuer is None and doc in _COURT_DOCUMENTS:
                issuer = self._last_court(pos)  # "according to the ruling": the court's
            if issuer is None and doc in _SURVEY_WORDS:
                issuer = self._survey_owner(pos, doc in POLL_DOCUMENTS)
            if issuer is None and doc in _STUDY_SYNONYMS:
                # the article's study under another word: "the report said" when the story
                # named "a study released by the Alpine Cryosphere Observatory", "the study
                # said" after "A paper by X found", "The findings, published in Nature,
                # suggest ...": the one who issued it under another word, else the owner of
                # the article's study (not the scientist who last commented on it)
                issuer = next((found for other in sorted(_ISSUED_STUDIES - {doc}) if (
                    found := self._document_issuer(other, pos)) is not None), None) or \
                    self.study_voice(pos)
            if issuer is None and (doc in _OWN_DOCUMENTS or _periodic_accounts(cand.written)):
                # "The accounts show ...": the accounts of the company or club in the story
                issuer = self._last_body(pos, lambda r: r.kind in (ORGANISATION, GOVERNMENT)
                                         and not r.generic)
            if issuer is not None:
                return issuer
            last = self._last(pos, lambda r: True)
            if last is None or last.key == self.publisher.key:
                # "The committee shared N1.82 trillion ... According to a communique issued
                # at the end of the meeting, ...": the body the story is about, not the paper
                body = self._last_body(pos, lambda r: r.kind != PERSON and
                                       r.key != self.publisher.key)
                if body is not None:
                    return body
            if last is not None and last.kind == PERSON and " " in last.name and (
                    doc in DATA_DOCUMENTS or doc in _KEPT_DOCUMENTS):
                # "..., said Pieter Jansen, an economist. Economists see inflation at 2.1%,
                # the survey showed": a body's data or poll that no one was said to issue
                # is not the person who last commented on it (one named in full: not
                # "Eurostat", a body's one-word name read as a surname)
                return None
            return last
        if cand.group:
            # "one of the people said": the group that spoke before
            found = self._last(pos, lambda r: cand.group in r.key.split())
            if found is not None:
                return found
            if cand.group == "person":
                return None  # (no person spoke so: nobody named)
        if cand.short_body:
            found = self.short_form(cand.short_body, pos, early)
            if found is not None:
                return found
            if cand.written.lower().startswith(("a ", "an ", "the ")) and (
                    cand.short_body not in self.mention_index.by_last
                    if " " not in cand.short_body else
                    cand.written.split()[1:-1] == cand.short_body.split() and
                    self._spokes_body(cand.short_body)):
                # "A K-Electric spokesperson said": a name before "spokesperson" that is no
                # one's surname is the body the spokesperson speaks for (after "a", so its
                # capital is no sentence's: "Rescue officials say" stays as it is)
                return self._register(SpeakerRef(cand.short_body, ORGANISATION, cand.role),
                                      cand.short_body, cand.role)
        if (cand.person or cand.kind == PERSON) and not cand.surname_only and \
                " " in cand.name and cand.name.split()[0].lower() in _LEADING_PARTICLES:
            # "Mr Ó Briain", "Mr van der Merwe": the full name given before
            idx = self.mention_index
            m = idx.latest(idx.by_lower_tail.get(cand.name.lower(), ()), pos)
            if m is not None:
                return self._person_from_mention(m, cand.written)  # ("De Souza said"
                # opening a sentence, after Ana de Souza)
        if cand.person and not cand.role and cand.name.count(" ") == 2:
            idx = self.mention_index
            titled = next((idx.mentions[i] for i in idx.by_name.get(
                cand.name.partition(" ")[2], ()) if idx.mentions[i].written == cand.name), None)
            if titled is not None:
                # "Assessor Gwen Haraldsen said", where the mention's reading made the first
                # word a title (the story's "the assessor"): the person without it
                return self._person_from_mention(titled, cand.written)
        if (cand.person or cand.kind == PERSON and not cand.pronoun and
                _rank_initials(cand.name)) and not cand.surname_only and \
                cand.name.count(" ") in (1, 2):
            # ("ACFO Owusu" after Grace Adjoa Owusu: a rank's initials of four letters, which
            # no reading of the phrase took for a title, before her surname)
            m = self._fuller_name_before(cand.name, pos)
            if m is not None:
                return self._person_from_mention(m, cand.written)
        if cand.name and self.acronyms:
            full = next((f for f in self.acronyms.values() if (
                "," in f and f.split(",", 1)[0].endswith(cand.name)) or (
                " in " in f and f.split(" in ", 1)[0].endswith(cand.name))), None)
            if full is not None and self.text.find(full, 0, pos + len(full) + 40) >= 0:
                # "the Philippine Atmospheric, Geophysical and ... Administration (Pagasa)",
                # "the Coordination of Government Activities in the Territories (COGAT)": a
                # name with a comma or "in", which the phrase reading stopped at (here or
                # before: "COGAT ... disputed the figure, saying ...")
                return self._register(SpeakerRef(full, kind_of(full)), full, "")
        if cand.person:
            if cand.surname_only:
                last = cand.name.split()[-1]
                best = self._titled_bearer(last, cand.written, pos) or self._surname_mention(
                    last, pos, early, self._surname_gender(cand.written, pos))
                if best is not None and best.name != cand.name:
                    return self._person_from_mention(best, cand.written)
                if best is None and " " not in cand.name:
                    later = self._given_name_named_later(cand.name, pos)
                    if later is not None:
                        return self._person_from_mention(later, cand.written)
                hist = self._last(pos, lambda r: r.kind == PERSON and
                                  r.name.split()[-1] == last and r.name != last)
                if hist is not None:
                    return hist
                body = self.short_form(last, pos, early)
                if body is not None:
                    return body  # "Sahra said": Sahra Airways
                if cand.name == last and " " in self.publisher.name and \
                        self.publisher.name.split()[-1] == last:
                    # "a Globe review" in The Boston Globe, "a Sun-Times analysis" in the
                    # Chicago Sun-Times: the paper's last word, no one of the article so named
                    return self.publisher
                if " " not in cand.name:
                    one = next((b for b in self.bodies if b.name == cand.name), None)
                    if one is not None:
                        # "Lumora reported ...", where "Lumora shares jumped" or "Kudipay, a
                        # payments startup," made the one word a company's name
                        return self._register(SpeakerRef(one.name, one.kind), one.name, "")
            elif not cand.role and cand.name.count(" ") in (1, 2) and \
                    cand.name not in self.mention_roles:
                body = self.short_form(cand.name, pos, early)
                if body is not None:
                    return body  # "Pennine Northern said" for Pennine Northern Railways
            if cand.surname_only and cand.name == cand.written and \
                    self._possessive_form_name(cand.name, pos):
                # "Sainsbury's said", "according to Moody's": a body named in the possessive,
                # no one of that surname (nor a body of that name) named before
                name = self._possessive_form_name(cand.name, pos)
                return self.short_form(name, pos, early) or self._last(
                    pos, lambda r: r.kind != PERSON and r.name.startswith(name + " ")) or \
                    self._register(SpeakerRef(name, ORGANISATION), name, "")
                # (the longer name that spoke before: "Moody's Investors Service")
            if " " not in cand.name and not cand.surname_only and cand.role:
                # "Harrow's mother, Denise, said": the full name the article gives her
                # elsewhere ("Denise Harrow outside court" in a caption)
                idx = self.mention_index
                m = idx.latest(idx.by_head.get(cand.name, ()), pos) or \
                    self._given_name_named_later(cand.name, pos)
                if m is not None and " " in m.name:
                    return self._person_from_mention(m, cand.written)
            ref = SpeakerRef(cand.name, PERSON, cand.role)
            mention_role = ""
            for m_pos, m_role in self.mention_roles.get(cand.name, ()):
                if m_pos > pos + 200:
                    break
                mention_role = m_role
            return self._register(ref, cand.written, cand.role or mention_role)
        if cand.generic_head and not cand.person and \
                cand.written.lower() == "the " + cand.generic_head:
            found = self._last(pos, lambda r: r.kind != PERSON and not r.generic and
                               r.role.lower().split()[-1:] == [cand.generic_head])
            if found is not None:
                return found  # "the auditors" after "its auditors, Marsh Pell & Co,": the
                # body introduced in that role
        if cand.description:
            found = self._describe(cand.description, pos, early)
            if found is not None:
                return found
        if not early and cand.kind == PERSON and not cand.person and cand.generic_head and \
                cand.written.lower() == "the " + cand.generic_head and \
                cand.generic_head not in _LONE_SPOKES and \
                not _plural_description(cand.generic_head):
            # "the lawyer said", "the surgeon said", "the barrister said": an occupation, as a
            # title is, stands for the person the story gave it to ("Defence lawyer Mark Hale
            # said ...", "Dr Ana Ruiz, a surgeon at the hospital, said ...", "Defending, Mark
            # Hale said ...")
            found = self._describe(["the", cand.generic_head], pos, False)
            if found is not None:
                return found
            at = self.text.lower().find(cand.written.lower(), pos, pos + len(cand.written) + 20)
            if at >= 0 and re.match(r",\s*\d{1,3},\s", self.text[at + len(cand.written) :]):
                # "The farmer, 61, estimated ...": an aged description a writer gives the
                # person just quoted, whom the story named (and described otherwise) before
                for p, ref in self._recent_history():
                    if p > pos:
                        continue
                    if ref.kind == PERSON and not ref.generic and " " in ref.name and \
                            pos - p <= 400:
                        return ref
                    break
        if not early and cand.written.lower() in _ONE_COURT_ROLES:
            # "the witness said" after "The third prosecution witness, Adaeze Okonkwo, told
            # the court ...", "the prosecutor said" after "Prosecuting, Helen Marsh said":
            # the person the story named in that role
            found = self._describe(cand.written.lower().split(), pos, False)
            if found is not None:
                return found
        if not early and (cand.kind == PERSON or _ROLE_FOR_BODY_RE.search(cand.written)) and \
                not cand.person and (
                cand.written.lower().startswith("the ") or cand.written[:1].islower()) and \
                not cand.written.lower().startswith(("a ", "an ")) and \
                _described_role(cand.written) and not (
                    cand.generic_head in _UNNAMED_SPOKES and self._body_just_before(pos)):
            # ("the mayor of Susaki"; "top administrator" after a possessive "The bloc's";
            # but "the spokesperson" after a body's spokesperson spoke is that body's, below)
            found = self._describe(cand.written.lower().split(), pos, False) \
                if cand.written.lower().startswith("the ") and " " in cand.name else None
            if found is not None:
                return found  # "the returning officer" after "returning officer Ali Khan"
            found = self._spokes_named_before(cand, pos)
            if found is not None:
                return found  # "The spokeswoman added ..." after "Cooperative spokeswoman
                # Ana Ruiz said": she, not someone a later paragraph names
            found = self._named_next(pos)
            if found is not None and not (cand.kind != PERSON and found.role) and \
                    not _other_role(cand.written, found.role):
                return found  # (a role "for"/"at" a body: never someone with a title of
                # their own, "Interior Minister Ana Lopez"; nor "A parent, Garba Usman,"
                # after '"...," the spokesman said': a person of another role)
        if 2 <= len(cand.name) <= 6 and cand.name.isalpha() and cand.name.isupper() and \
                cand.kind != PERSON and self.acronyms.get(normalise_key(cand.name)) is None:
            spelled = [b for b in self.bodies if len(b.words) >= 2 and b.name != cand.name and
                       _spells_body(cand.name.lower(), b.words) and
                       not _names_two_known_bodies(b.name)]
            if spelled:
                # "the RTA" for the Roads and Transport Authority named, never "(RTA)"; "the
                # RFS" for the NSW Rural Fire Service, whose name holds the Rural Fire Service
                b = spelled[0]
                return self._longer_body(b.name, pos, early) or self._register(
                    SpeakerRef(b.name, b.kind), b.name, "")
            found = self._titled_person(cand.name.lower(), pos, early)
            if found is not None:
                return found  # "the CEC said": the County Executive Committee Member
            if cand.name.lower() in _TITLE_ACRONYMS:
                # "CEO says" with nobody named: a person, never a body "it" could mean
                return self._register(SpeakerRef(cand.name, PERSON, generic=True,
                                                 head=cand.name.lower()), cand.written, "")
        if cand.generic_head in _UNNAMED_SPOKES and not cand.role:
            # "East Coast Railway has cancelled 42 trains, a spokesperson said": an unnamed
            # spokesperson speaks for the body the sentence is about
            found = self._own_sentence_subject(pos)
            if found is not None:
                return found
            if cand.written.lower().startswith(("a ", "an ", "the ")):
                # "ScotRail says no services will run. A spokesperson says ...": the body
                # that spoke just before (not the paper); so does "the spokesperson" once the
                # body's spokesperson was introduced
                prev = self._body_just_before(pos)
                if prev is not None:
                    return prev
        indefinite = cand.written.lower().startswith(("a ", "an ")) and \
            cand.generic_head in _ANY_BODY and len(cand.written.split()) >= 3
        if cand.generic_head and not indefinite:
            # ("a medical group said" introduces a body the next sentences name; it is not
            # the armed group named before)
            umbrella = frozenset(w.lower() for w in cand.written.split()
                                 if w.isupper() and w.lower() in ORGANISATION_NAMES)
            described = frozenset(
                w for w in _name_words(" ".join(
                    x for x in cand.name.split() if not x.lower().endswith(_DESCRIPTOR_SUFFIXES)))
                if w != cand.generic_head and w not in _DETERMINERS and
                w not in _GENERIC_KINDS and w not in umbrella and not (
                    w in DEMONYMS and cand.generic_head in _COMPANY_GENERIC))
            # ("the Stuttgart-based group": where a body is based describes no name)
            found = self._weather_body(pos) if "weather" in described and \
                cand.generic_head in _WEATHER_BODY_HEADS else None
            if not described and found is None:
                found = self._named_with_kind_word(cand, pos)
            found = found or self._generic(cand.generic_head, pos, early, described)
            if found is not None and not described and not early and \
                    cand.written.lower() == "the " + cand.generic_head and \
                    cand.generic_head not in _name_words(found.name):
                # "the union said" after the Ontario Nurses' Association spoke, then "the
                # union says" after a medical association's analysis: the body the bare
                # description stood for before, when only an alias of its word finds either
                before = self._alias_found.get(cand.generic_head)
                fits = _name_words(found.name) & _HEAD_ALIASES.get(cand.generic_head, frozenset())
                if before is not None and before.key != found.key and fits and \
                        fits <= _BACK_ALIASES and \
                        cand.generic_head not in _name_words(before.name):
                    found = before  # (only a weak alias, "Association", found the later one:
                    # not "the developer" for a Development Company after Riot Games)
                self._alias_found.setdefault(cand.generic_head, found)
            organ = _ORGAN_OF_RE.match(found.name) if found is not None else None
            if organ and cand.generic_head in _name_words(organ.group(1)) and \
                    cand.generic_head not in _name_words(found.name[: organ.start(1)]):
                # "The Executive Board of the International Monetary Fund completed ..., the
                # Fund said": the fund its board acts for, not the board
                tail = organ.group(1)
                found = self._register(SpeakerRef(tail, found.kind), tail, "")
            if found is not None and described and cand.generic_head in ("club", "side") and \
                    found.name.lower().split()[-1] in _COMPETITION_WORDS:
                # "the Premier League club" is a club in that league, never the league
                found = self._generic(cand.generic_head, pos, early)
            if umbrella and described and (
                    found is None or described.isdisjoint(_name_words(found.name))):
                # "the UN refugee agency" is no body named without "refugee": a name of its
                # own, not a description for the next body named to take
                found = None
                cand = replace(cand, generic_head="")
            if (found is None or found.generic or found.name == cand.name) and umbrella and \
                    not described and cand.written.lower().startswith("the "):
                # "the UN agency said" after the International Organization for Migration
                # (IOM) spoke: the body just named, which the story calls a UN agency
                found = self._last_body(pos, lambda r: r.kind == ORGANISATION and
                                        not r.generic and r.name != cand.name) or found
            if found is None and cand.written.lower().startswith("the ") and (
                    "-based" in (after := self.text[pos : pos + 80].lower()) or
                    "-headquartered" in after) and re.search(
                    r"\w-(?:based|headquartered)\s+" + re.escape(cand.generic_head) + r"\b",
                    after, re.IGNORECASE):
                # "The Washington-based lender": a body the story named before, described
                # by where it is based
                kinds = _GENERIC_KINDS.get(cand.generic_head, ())
                found = self._last_body(pos, lambda r: r.kind != PERSON and not r.generic and
                                        r.kind in kinds) if kinds else None
            if found is not None:
                return found
            if cand.written.lower() in ("the " + cand.generic_head, cand.generic_head) and \
                    cand.generic_head not in TITLE_WORDS and \
                    cand.generic_head not in PEOPLE_SPEAKER_HEADS:
                found = self._named_with_head(cand.generic_head, pos)
                if found is not None:
                    return found
            if not early and described and cand.kind != PERSON and not cand.person and \
                    cand.written.startswith(("the ", "The ")) and \
                    cand.written.split()[1:] == cand.written.lower().split()[1:]:
                found = self._described_body_again(cand, pos, described)
                if found is not None:
                    return found
        if cand.generic_head in _OFFICE_TITLES and not cand.person and \
                cand.written.lower() == "the " + cand.generic_head:
            found = self._office_named(cand.generic_head, pos)
            if found is not None:
                return found
        if not cand.name:
            if cand.written.lower().startswith(("a ", "an ")) and \
                    cand.written.lower().split()[-1] in _SURVEY_WORDS:
                # "..., a new survey reveals": the survey's owner, named next to it
                return self._survey_owner(pos)
            return None
        ws = cand.name.split()
        if len(ws) > 1 and (ws[-1].lower() in _MEDIA_STAFF or ws[0].lower() in _MEDIA_STAFF):
            outlet = " ".join(ws[:-1]) if ws[-1].lower() in _MEDIA_STAFF else " ".join(
                ws[2:]) if ws[1].lower() in ("of", "for") else ""
            # "a Reuters witness said", "a correspondent of The Courier reported": the
            # outlet's own staff, so the outlet
            if outlet and (normalise_key(outlet) == self.publisher.key or
                           self._names_publisher(outlet)):
                return self.publisher
            if outlet and kind_of(outlet) == MEDIA:
                cand = replace(cand, name=_display(outlet), kind=MEDIA, written=outlet)
        if cand.kind == MEDIA and self._names_publisher(cand.name):
            return self.publisher  # "according to a Gazette analysis" in the Harford Gazette
        if cand.kind != PERSON and not cand.generic_head and not cand.description:
            longer = self._longer_body(cand.name, pos, early)
            if longer is not None:
                return longer
        if not cand.person and not cand.generic_head and not cand.description:
            clipped = self._clipped_body(cand.name, pos, early)
            if clipped is not None:
                return clipped  # "the Met said", "the Fed": a body's name cut short
            if cand.kind != PERSON and " " not in cand.name and not cand.name.isupper() or \
                    cand.kind == PERSON and not cand.role and cand.name.count(" ") in (1, 2) \
                    and cand.name not in self.mention_roles:
                short = self.short_form(cand.name, pos)
                if short is not None and short.kind != PERSON:
                    return short  # "Lumora said" after Lumora Pet Foods: its first word;
                    # "Amber Valley said" after Amber Valley Bus Lines, a name no person's
        if _no_name(cand):
            return None  # the frame's figures go to the next source that credits them
        ref = SpeakerRef(cand.name, cand.kind, cand.role,
                         generic=bool(cand.generic_head or cand.description),
                         head=cand.generic_head or (cand.description[-1] if cand.description
                                                    else ""))
        return self._register(ref, cand.written, cand.role)

    def _named_with_kind_word(self, cand: Candidate, pos: int) -> SpeakerRef | None:
        """A body named before with both words of a description whose first word is itself
        a kind of body: "according to police department data" is the Lake Oswego Police
        Department named earlier, not the Fire Department that spoke since."""
        ws = cand.written.lower().split()
        if len(ws) != 2 or ws[0] not in _GENERIC_KINDS or ws[1] != cand.generic_head:
            return None
        b = next((b for b in reversed(self.bodies) if b.pos < pos and b.kind != PERSON and
                  ws[0] in b.words and ws[1] in b.words and
                  normalise_key(b.name) != self.publisher.key), None)
        return self._register(SpeakerRef(b.name, b.kind), b.name, "") if b else None

    def _described_person(self, name: str) -> bool:
        """Whether the text describes a name as a person's right after it: "Jordan Akintola,
        a 29-year-old paramedic,", "Georgia Lund, a teacher," (a given name that is also a
        country's does not make a person a government)."""
        for m in re.finditer(re.escape(name) + r"(?=,)", self.text):
            am = _APPOS_ROLE_RE.match(self.text, m.end())
            if am is None:
                continue
            ws = set(am.group(1).lower().replace("-", " ").split())
            if "old" in ws and "year" in ws or not ws.isdisjoint(PEOPLE_SPEAKER_HEADS) or \
                    not ws.isdisjoint(_PERSON_TITLES):
                return True
        return False

    def _plan_author(self, word: str, pos: int, want: str) -> SpeakerRef | None:
        """The person "her plan" or "his proposal" belongs to: the one an earlier sentence
        names with that word ("under a budget proposal Superintendent Ana Ruiz presented",
        "Ruiz's plan"), the nearest to it there; None when that sentence names no one or a
        person the pronoun cannot be."""
        stem = word.rstrip("s")
        looked = 0
        for p, text in reversed(self.sentences):
            if p >= pos:
                continue
            looked += 1
            if looked > 8:
                break
            m = re.search(rf"\b{re.escape(stem)}s?\b", text, re.I)
            if m is None:
                continue
            at = p + m.start()
            near = self.mention_index.within(p, p + len(text))
            if not near:
                return None
            best = min(near, key=lambda mn: abs(mn.pos - at))
            ref = self._person_from_mention(best, best.written)
            return ref if self.gender(ref) in ("", want) else None
        return None

    def _survey_owner(self, pos: int, poll: bool = False) -> SpeakerRef | None:
        """Whose "a new survey reveals" is: the body a survey or poll is said to be by or for
        in the sentence before or after (a summary's "A survey by the charity Family Lifeline
        found ...", the next paragraph's "The poll of 4,000 parents for Family Lifeline"; for a
        poll or survey, also "economists surveyed by Bloomberg", whom a poll asked)."""
        window = self.text[max(0, pos - 500) : pos + 400]
        best = None
        for m in _SURVEY_BY_RE.finditer(window):
            if m.group("polled") and not poll:
                continue  # (a report is no poll of the economists that one surveyed)
            name = m.group("name")
            at = max(0, pos - 500) + m.start("name")
            if best is None or abs(at - pos) < abs(best[0] - pos):
                best = (at, name, bool(m.group("what")))
        if best is None:
            return None
        _, name, described = best
        ws = name.split(" ")
        based = max((i for i, w in enumerate(ws) if w.lower().endswith(_DESCRIPTOR_SUFFIXES)),
                    default=-1)
        if based >= 0:
            # "The poll by the Leipzig-based Meridian Research Institute": where the body is
            # based describes it (its name follows; a descriptor alone names no one)
            if based == len(ws) - 1:
                return None
            name = " ".join(ws[based + 1 :])
            described = described or ws[based].lower().endswith(_BASED_SUFFIXES)
        kind = kind_of(name)
        if kind == PERSON and described:
            kind = ORGANISATION  # "by the charity Family Lifeline": a body, by description
        if kind == PERSON:
            return None
        return self._register(SpeakerRef(name, kind), name, "")

    def note_data(self, pos: int, ref: SpeakerRef) -> None:
        """Record that `ref` was credited with data, a poll or figures at `pos` ("according to
        health ministry statistics", "figures released by the Road Safety Authority")."""
        if ref.kind != PERSON and not ref.generic and ref.key != self.publisher.key:
            self.data_owners.append((pos, ref))

    def _last_data_owner(self, pos: int) -> SpeakerRef | None:
        """The body last credited with data before `pos` (see `note_data`)."""
        for p, ref in reversed(self.data_owners):
            if p < pos:
                return ref
        return None

    def _described_as(self, head: str, pos: int, early: bool = False) -> SpeakerRef | None:
        """The body the article introduced with this word, before or after its name: "the
        national statistics institute ISTAT ... the institute noted", "Kestrel Analytics, the
        state statistics office, ... the office said" (among the last bodies that spoke
        before `pos`)."""
        seen: set[str] = set()
        heads = {head} | _HEAD_SYNONYMS.get(head, frozenset())
        for p, ref in self._recent_history():
            if p > pos or ref.kind == PERSON and heads.isdisjoint(ref.role.lower().split()[-1:]) or \
                    ref.generic or ref.key == self.publisher.key or ref.key in seen:
                continue  # (a name read as a person's, introduced as "the dairy
                # co-operative, Kowhai Dairy," is that body)
            seen.add(ref.key)
            if len(seen) > 4:
                break
            for name in (ref.name, *ref.aliases):
                at = self.text.find(name)
                while 0 <= at < pos:
                    before = self.text[max(0, at - 40) : at].lower().split()
                    if before and (before[-1] == head or before[-1].rstrip(",") in
                                   _HEAD_SYNONYMS.get(head, ())):
                        return ref  # ("the dairy co-operative, Kowhai Dairy, ... the co-op")
                    after = _APPOS_ROLE_RE.match(self.text, at + len(name))
                    if after and after.group(1).lower().split()[-1] == head and \
                            after.group(1).lower().startswith(("the ", "a ", "an ")):
                        return ref
                    at = self.text.find(name, at + len(name))
        return self._named_described(head, pos, early) or self._introduced_by_head(head, pos)

    def _headed_after(self, head: str, pos: int) -> SpeakerRef | None:
        """The last body before `pos` written with this word for its kind right after its
        name: "the RMT union", "the Mitsubishi group", "the Unite union" ("the union" later
        is that body). The word after each body's name is read once per article."""
        if self._headed_bodies is None:
            self._headed_bodies = {}
            for b in self.bodies:
                if b.kind == PERSON:
                    continue
                m = _KIND_WORD_AFTER_RE.match(self.text, b.pos + len(b.name))
                if m is not None and m.group(1) in _GENERIC_KINDS and \
                        not self.text.endswith(", the ", 0, b.pos):
                    # (not "X, the Justice Department agency that runs ...": an apposition
                    # that describes X by the department it belongs to)
                    at, bodies = self._headed_bodies.setdefault(m.group(1), ([], []))
                    at.append(b.pos)
                    bodies.append(b)
        headed = self._headed_bodies.get(head)
        if headed is None:
            return None
        k = bisect_left(headed[0], pos)
        found = headed[1][k - 1] if k else None
        if found is None or self._is_publisher(found.name):
            return None
        return self._register(SpeakerRef(found.name, found.kind), found.name, "")

    def _named_described(self, head: str, pos: int, early: bool = False) -> SpeakerRef | None:
        """A body the article only named, described right after its name with this word: "a
        strike began at Bayou Medical Center, a 720-bed hospital ... the hospital said" (the
        last one before `pos`; a headline or summary point may look ahead)."""
        if self._described_bodies is None:
            # each body described right after its name, by the word describing it, in the
            # order the bodies are named, with where the description ends (found once: a
            # long article's every "the hospital said" walked all bodies)
            self._described_bodies = {}
            for b in self.bodies:
                if b.kind == PERSON or normalise_key(b.name) == self.publisher.key:
                    continue
                end = b.pos + len(b.name)
                if self.text.startswith(", ", end):
                    m = _DESCRIBED_AS_RE.match(self.text, end)
                    if m:
                        self._described_bodies.setdefault(m.group(1), []).append((b, m.end()))
        described = self._described_bodies.get(head, [])
        before = [(b, e) for b, e in described if b.pos < pos][::-1]
        after = [(b, e) for b, e in described if b.pos >= pos] if early else []
        for b, m_end in before + after:
            if m_end <= pos or b.pos > pos:
                return self._register(SpeakerRef(b.name, b.kind), b.name, "")
        return None

    def _organising_body(self, pos: int) -> SpeakerRef | None:
        """The body the article names as an event's organiser, which a bare "organisers
        said" speaks for: "organisers Longfield Events have said", "Lisboa Corre, the company
        that organises the race", "the march, organised by the Tenants' Union" (the last one
        named before `pos`, else the first after: a headline's "organisers say")."""
        found = []
        for m in _ORGANISER_NAMED_RE.finditer(self.text):
            name = _clean(next(g for g in m.groups() if g).strip()).removeprefix("The ")
            if name.endswith(("'s", "\u2019s")) or normalise_key(name) == self.publisher.key or \
                    " " in name and self._named_as_person(name):
                continue  # (a person's name: "organiser Ana Ruiz, a teacher, said")
            found.append((m.start(), name))
        if len({normalise_key(n) for _, n in found}) != 1:
            return None  # (none, or two events' organisers: which one speaks is unclear)
        name = found[0][1]
        kind = kind_of(name)
        return self._register(SpeakerRef(name, kind if kind != PERSON else ORGANISATION),
                              name, "")

    def _introduced_by_head(self, head: str, pos: int) -> SpeakerRef | None:
        """A body that has not spoken but was introduced with this word right before its
        name: "said Ana Moll of traffic research institute TRVI ... The institute estimates"
        (the last such name in the text before `pos`)."""
        found = None
        window = self.text[max(0, pos - 1500) : pos]
        for _, end in _word_spans(window, head, bounded_end=False):
            m = _NAME_AFTER_HEAD_RE.match(window, end)
            if m is not None:
                found = m
        if found is None:
            return None
        name = _clean(found.group(1).strip())
        if name.endswith(("'s", "\u2019s")) or normalise_key(name) == self.publisher.key or \
                found.group(1).endswith(" ") and name in self.mention_index.by_name:
            return None  # ("the union Amanda Bell leads"; a person's name, not the body's,
            # unless the name ends the phrase: "Lise Aune of the consultancy Orlen Marsh.")
        kind = kind_of(name)
        return self._register(SpeakerRef(name, kind if kind != PERSON else ORGANISATION),
                              name, "")

    def _publisher_without_suffix(self, name: str) -> bool:
        """Whether `name` is the publisher's name without its legal form ("Halden Foods" for
        a press release by Halden Foods Ltd)."""
        own = self.publisher.name
        if len(own) <= len(name) or not own.startswith(name):
            return False
        rest = own[len(name):]
        rest = rest[2:] if rest.startswith(", ") else rest[1:] if rest[0] == " " else ""
        return rest.lower() in _LEGAL_SUFFIXES  # "Halden Foods Ltd", "Halden Foods, Inc."

    def names_publisher(self, name: str) -> bool:
        """Whether `name` is the publisher's own, shortened or with a desk's name."""
        return self._names_publisher(name)

    def _names_publisher(self, name: str) -> bool:
        """Whether an outlet's name is the publisher's, shortened as papers call themselves:
        "the Gazette" in the Harford Gazette, "a Times analysis" in the Seattle Times."""
        short = _name_words(name) - {"the"}
        own = [w for w in self.publisher.name.lower().split() if w != "the"]
        if not short:
            return False
        online = _ONLINE_EDITION_RE.fullmatch(name)
        if online is not None and online.group(1).lower() in own:
            return True  # "MailOnline" for the Daily Mail: the paper's online edition
        if len(short) < len(own) and short == set(own[-len(short):]):
            return True
        if len(short) < len(own) and short == set(own[: len(short)]) and all(
                w in _MEDIA_NAME_TAILS or w in COUNTRIES for w in own[len(short) :]):
            return True  # "Argus" for Argus Media, "(Yonhap)" for Yonhap News Agency
        if len(own) >= 2 and short == {own[0]} and self._publisher_first_word(own[0]):
            return True
        said = [w for w in name.lower().split() if w != "the"]
        if self._spells_publisher(name):
            return True
        # "Sky Sports News understands" for Sky Sports, "Guardian Australia" for The Guardian:
        # the outlet's desk or edition
        return len(own) < len(said) <= len(own) + 2 and said[: len(own)] == own and all(
            w in _MEDIA_NAME_TAILS or w in _DESK_NAMES or w in COUNTRIES
            for w in said[len(own) :])  # (a section: "Ledger Metro observed")

    def _spells_publisher(self, name: str) -> bool:
        """Whether an outlet's name is spelt out for a publisher known by its initials:
        "Associated Press" for AP (only an outlet's name: "Arizona Police" is no AP)."""
        said = [w for w in name.lower().split() if w != "the"]
        acronym = self.publisher.name.replace(".", "")
        return len(said) >= 2 and 2 <= len(acronym) <= 5 and acronym.isalpha() and \
            acronym.isupper() and (said[-1] in _MEDIA_NAME_TAILS or said[-1] in (
                "press", "corporation")) and "".join(w[0] for w in said) == acronym.lower()

    def _publisher_first_word(self, word: str) -> bool:
        """Whether the first word of the publisher's name, written alone, is the publisher:
        "Ledger confirmed" in the Ledger Tribune, "told QUARTZLINE" in Quartzline Europe (an
        outlet calls itself by its first word), unless the word is a place or a person's
        surname in the article."""
        if word in COUNTRIES or word in CAPITALS or word in DEMONYMS or \
                word in COMMON_CAPITALISED:
            return False
        return word not in self.mention_index.by_lower_last

    def _is_publisher(self, name: str) -> bool:
        """Whether `name` is the publisher's, in full or as papers shorten it (a byline's
        "Mia Hall, The Daily Press" names no body of the story)."""
        def key(n: str) -> str:
            return normalise_key(n[4:] if n.lower().startswith("the ") else n)

        return key(name) == key(self.publisher.name) or self._names_publisher(name)

    def _acronym_with_head(self, head: str, pos: int) -> SpeakerRef | None:
        """The body an acronym names where the story wrote it before its kind ("the IPMA
        weather institute", "the KNBS statistics bureau"), the last such before `pos`:
        whom "the institute" or "the bureau" stands for."""
        found = None
        kinds_written = self._acronym_kinds
        if kinds_written is None:  # (once per article: every "the ACRONYM kind" in it)
            kinds_written = []
            for m in _ACRONYM_KIND_RE.finditer(self.text):
                ws = m.group("ws").split()
                for w in ws:
                    if w in _NOT_DESCRIBING or w.endswith("ed"):
                        break  # (not "the NHS said the agency ...")
                    kinds_written.append((m.start(), m.group("acr"), w))
            self._acronym_kinds = kinds_written
        for at, acr, w in kinds_written:
            if at >= pos:
                break
            if w == head and pos - at <= 3000:
                found = acr
        if found is None or found in _UNION_OWNERS or found.lower() in COUNTRIES or \
                found in ("US", "UK", "USA", "UAE") or self._is_publisher(found):
            return None
        kinds = _GENERIC_KINDS.get(head) or (ORGANISATION,)
        return self._register(SpeakerRef(found, kinds[0]), found, "")

    def _speaking_in_next_sentence(self, pos: int, head: str) -> Body | None:
        """The body the sentence after the one at `pos` names first, when it speaks there
        ("The Office for College Standards said ...", "In its report, the Pensions Board
        says ..."): whom a description with no name ("the pensions watchdog") stood for."""
        end = _SENTENCE_END_RE.search(self.text, pos)
        if end is None:
            return None
        after = _SENTENCE_END_RE.search(self.text, end.end())
        stop = after.start() if after is not None else len(self.text)
        body = next((b for b in self.bodies if end.end() <= b.pos < stop), None)
        if body is None or body.kind not in (ORGANISATION, GOVERNMENT) or \
                self._is_publisher(body.name):
            return None
        if not _OPENS_NEXT_RE.fullmatch(self.text, end.end(), body.pos):
            return None  # ("The figures came a day after Lakeland Water said ...": no subject)
        if body.words[-1] != head and body.words[-1] in _GENERIC_KINDS and \
                body.words[-1] not in _PUBLIC_BODY_HEADS:
            return None  # ("the transport regulator said. The Harbour Bus Company said ...":
            # a company, which no regulator is)
        return body if _SPEAKS_NEXT_RE.match(self.text, body.pos + len(body.name)) else None

    def _spokes_named_before(self, cand: Candidate, pos: int) -> SpeakerRef | None:
        """The named spokesperson "the spokeswoman" (or "the spokesman") refers back to: the
        last person before `pos`, within a few paragraphs, the story gave that role ("Harbour
        Rail spokeswoman Ana Ruiz said"; a spokesman is not "the spokeswoman")."""
        head = cand.generic_head
        if head not in _SPOKES_ROLES or cand.written.lower() != "the " + head:
            return None
        fits = _SPOKES_FITS[head]

        def fitting(role: str) -> bool:
            last = role.lower().split()[-1:]
            return bool(last) and last[0] in fits

        found, at = None, -1
        for p, ref in self._recent_history():
            if p > pos or pos - p > _SPOKES_BACK_WITHIN:
                continue
            if ref.kind == PERSON and not ref.generic and " " in ref.name and fitting(ref.role):
                found, at = ref, p
                break
        for m in self.mention_index.latest_first(max(at, pos - _SPOKES_BACK_WITHIN), pos):
            if " " in m.name and m.role and fitting(m.role):
                # (named in that role but quoted only after: "Its spokeswoman, Ana Ruiz,
                # played down the figures. "...," the spokeswoman said.")
                return self._person_from_mention(m, m.written)
        return found

    def _named_next(self, pos: int) -> SpeakerRef | None:
        """The person a description stands for when the next sentence names someone new:
        "The bloc's top administrator told legislators ... "..." said Secretary-General Joyce
        Mwakalinga." (the first full name after `pos`, close by and not named before)."""
        idx = self.mention_index
        for m in idx.following(pos):
            if m.pos - pos > _NAMED_NEXT_WITHIN:
                return None
            if not _SENTENCE_END_RE.search(self.text, pos, m.pos):
                continue  # (in the same sentence: "... to parts of Azad Jammu and Kashmir")
            if idx.latest(idx.by_name[m.name], pos) is not None:
                return None
            return self._person_from_mention(m, m.written)
        return None

    @property
    def _court_story(self) -> bool:
        """Whether the story is of a court case (its text names a court, a trial or a
        sentence)."""
        found = self.__dict__.get("_court_story_found")
        if found is None:
            found = self.__dict__["_court_story_found"] = re.search(
                r"\b(?:[Cc]ourt|[Ss]entenc(?:ed|ing)|[Tt]rial)\b", self.text) is not None
        return found

    def _describe(self, description: list[str], pos: int, early: bool) -> SpeakerRef | None:
        """The person "the French president" or "the minister" refers to."""
        wanted = [w for w in description if w not in ("the", "a", "an")]

        def matches(role: str, strict: bool = False) -> bool:
            """Whether a role has every word of the description (a title's abbreviation
            stands for the title: "Sen." is "the senator"); when `strict`, and no word that
            makes it another office ("shadow", "deputy") beside them."""
            rl = role.replace("\u2019", "'").lower()
            rwords = {w[:-2] if w.endswith("'s") else w for w in re.findall(r"[\w'-]+", rl)}
            rwords |= {_TITLE_ABBREVIATIONS[w] for w in rwords if w in _TITLE_ABBREVIATIONS}
            rwords.update(*(_TITLE_HOLDER_WORDS[w] for w in rwords if w in _TITLE_HOLDER_WORDS))
            if _JUDGE_TITLE_RE.search(rl):
                rwords.add("judge")  # "Justice Ana Mora", "Magistrate Ana Mora": the judge
            if strict and not _OTHER_HOLDER_WORDS.isdisjoint(rwords - set(wanted)):
                return False
            for w in wanted:
                if w in rwords:
                    continue
                if w in DEMONYMS and DEMONYMS[w].lower() in rl:
                    continue
                return False
            return True

        # "the treasurer" is the treasurer, not the shadow treasurer quoted since; "the
        # governor" no deputy governor (but "the prosecutor" is a Deputy Public Prosecutor
        # when the story has no other)
        ref = self._last(pos, lambda r: r.kind == PERSON and matches(r.role, True))
        if ref is None:
            ref = self._last(pos, lambda r: r.kind == PERSON and matches(r.role))
        if ref is None and wanted == ["judge"] and self._court_story:
            # "Sentencing him, Lord Ardgour said ... the judge said": a Scottish judge bears
            # a peer's title (no other titled judge spoke), in a story of a court
            ref = self._last(pos, lambda r: r.kind == PERSON and not r.role and
                             r.name.split()[0] in ("Lord", "Lady") and len(r.name.split()) == 2)
        if ref is not None:
            return ref
        idx = self.mention_index
        described = idx.where(("described", *wanted), lambda m: matches(m.role))
        m = idx.latest(described, pos)
        if m is not None:
            return self._person_from_mention(m, m.written)
        later = idx.first_from(described, pos)
        if later is not None and (early or later.pos - pos <= _NAMED_LATER_WITHIN):
            # a headline's "the president says"; in the body, "The mayor of Susaki told NHK
            # ..." before "Susaki Mayor Kusunoki Tomohiro said" a few sentences on
            return self._person_from_mention(later, later.written)
        return None

    def _titled_mention(self, b: Body) -> bool:
        """Whether a capitalised run read as a body ends with a person's name mentioned there
        (it is that person's title and name: "Border Patrol Chief of Operations Ana Ruiz").
        The runs that do are found once per article; only runs of two words or more are
        asked about."""
        if self._titled_bodies is None:
            self._titled_bodies = {
                (c.pos, c.name) for c in self.bodies if " " in c.name and any(
                    c.pos + len(c.name) <= m.pos + len(m.name) + 1 and m.role
                    for m in self.mention_index.within(c.pos + 1, c.pos + len(c.name)))}
        return (b.pos, b.name) in self._titled_bodies

    def _office_named(self, head: str, pos: int) -> SpeakerRef | None:
        """The audit or oversight office "the auditor" (or "the ombudsman") stands for: the
        last body named before `pos` whose name, or the name its acronym spells, holds the
        title capitalised ("CAG" for the Comptroller and Auditor General of India)."""
        parts = [p.capitalize() for p in head.split("-")]

        def holds(name: str) -> bool:
            ws = name.replace("-", " ").split()
            return all(p in ws for p in parts)

        names = [(b.pos, self.acronyms.get(normalise_key(b.name), b.name) if b.name.isupper()
                  else b.name) for b in self.bodies if b.pos < pos]
        names += [(p, r.name) for p, r in self.history if p < pos and not r.generic]
        before = self.text[:pos].lower()
        names += [(at, full) for acr, full in self.acronyms.items()
                  if (at := before.rfind(f"({acr})")) >= 0]
        names += [(m.start(), run) for m in _BODY_RUN_RE.finditer(self.text, 0, pos)
                  if " " in (run := m.group().removeprefix("The ").rstrip(".,;:"))]
        found = max(((p, n) for p, n in names if holds(n)), default=None)
        if found is None:
            return None
        return self._register(SpeakerRef(found[1], GOVERNMENT), found[1], "")

    def _named_with_head(self, head: str, pos: int) -> SpeakerRef | None:
        """ "statistics from the headquarters" after the Provincial Flood Control and Drought
        Relief Headquarters, a name the body scan reads as a title: the last name of two
        capitalised words or more before `pos` that ends in the word, whatever kind of body it
        names. (A bare "the pool said" never gets here: "pool" is no speaker's word.) Also "the
        city's results" and "city data" after the City of Kamloops."""
        if self.text.find(head[:1].upper() + head[1:], 0, pos) < 0:
            return None  # (no capitalised word to end or open a name: the common case)
        found = None
        for m in _capitalised_run_re(head).finditer(self.text, 0, pos):
            found = m
        if found is None:
            return None
        name = _clean(found.group(1))
        if name.lower().startswith("the "):
            name = name[4:]
        first = name.split(" ", 1)[0].lower()
        if " " not in name or name.lower() in COUNTRIES or first in COMMON_CAPITALISED and \
                first != head or first in WEEKDAYS or first in MONTHS:
            # (not "Monday Flood Control ..."; "City of Kamloops" opens with the word itself)
            return None
        kind = kind_of(name)
        return self._register(SpeakerRef(name, ORGANISATION if kind == PERSON else kind),
                              name, "")

    def _generic(self, head: str, pos: int, early: bool = False,
                 words: frozenset[str] = frozenset()) -> SpeakerRef | None:
        """The body "the army", "the ministry" or "the company" refers to: the last one named
        with that word (as a speaker, the subject of a sentence or anywhere in the text), else
        the most recent body of a kind that word can describe."""
        aliases = _HEAD_ALIASES.get(head, frozenset())
        remits = _remits_of(words) if head in _REMIT_CLASH_HEADS else frozenset()
        if head == "bank" and "central" in words:
            # "the central bank said" is a bank or reserve the story named (or an acronym),
            # never the statistics institute or ministry that spoke before it
            found = self._generic_body(head, pos, early, words, aliases, remits)
            if found is not None and not found.name.isupper() and \
                    _name_words(found.name).isdisjoint(_CENTRAL_BANK_WORDS):
                return None
            return found
        return self._generic_body(head, pos, early, words, aliases, remits)

    def _generic_body(self, head: str, pos: int, early: bool, words: frozenset[str],
                      aliases: frozenset[str], remits: frozenset[str]) -> SpeakerRef | None:
        """`_generic`'s search, its head's aliases and remits worked out."""
        def named(name: str) -> bool:
            if remits and _remit_clash(name, remits):
                return False  # "the interior ministry" is not the defence ministry that
                # spoke before: each description names its own remit
            poss = re.search(r"['\u2019]s\s", name)
            if poss and head in _name_words(name[: poss.start()]) and \
                    head not in _name_words(name[poss.end() :]):
                return False  # "the police" is the Mumbai Police, not the Mumbai Police's
                # Anti-Narcotics Cell that the story named first
            if head in _COMMENTATOR_BODY_HEADS and self._only_commentator(name, pos):
                return False  # "the central bank" is not Greystock Bank, named only as
                # the employer of analysts ("Analysts at Greystock Bank forecast ...")
            ws = _name_words(name)
            if head in ws and not _coordinated_modifier(name, head):
                return True
            if head in _POLICE_WORDS and len(ws) == 1 and name.isupper() and \
                    3 <= len(name) <= 5 and name.endswith("PD"):
                return True  # "police" or "cops" after "the NYPD", "LAPD" (a US police
                # department's acronym)
            if head in _KIND_NAME_TESTS and _KIND_NAME_TESTS[head](ws):
                return True  # "the military said" after the Israel Defense Forces, "the army"
                # after the Sudanese Armed Forces (a state's forces, not a militia's)
            return not ws.isdisjoint(aliases)

        if words:
            # a describing word matches the name's plural too: "the rating agency" for
            # Marlow Global Ratings
            words = words | frozenset(w + "s" for w in words if not w.endswith("s"))

        if words:
            # "the disaster management agency": of the bodies named with the head word, the
            # last one whose name also has a describing word (the Fire and Disaster
            # Management Agency, not the weather agency that spoke since)
            ref = self._last_body(pos, lambda r: r.kind != PERSON and not r.generic and
                                  named(r.name) and not words.isdisjoint(_name_words(r.name)),
                                  head, aliases)
            if ref is not None:
                return ref
        body_head = head in _GENERIC_KINDS and head not in PEOPLE_SPEAKER_HEADS and \
            head not in TITLE_WORDS and head not in _SPOKES_HEADS and \
            bool({ORGANISATION, GOVERNMENT} & set(_GENERIC_KINDS[head]))
        ref = self._last_body(pos, lambda r: not r.generic and (r.kind != PERSON and (
            named(r.name) and not _modified_otherwise(r.name, head, words) or
            head in _GENERIC_KINDS and head in _name_words(r.role) and
            not _role_owner(r.role, head)) or r.kind == PERSON and body_head and
            r.role.lower().split()[-1:] == [head] and " " not in r.name),
            head, aliases)
        # (a one-word name "the regulator" stands for when the article introduced it as
        # "Ofwat, England's water regulator,": the role's head is a body's word)
        # (BNPB, "the national disaster agency": the role it was introduced with; not the
        # union introduced as "the company's largest union", which is no company)
        if ref is not None:
            return ref
        if not words:
            ref = self._headed_after(head, pos)
            if ref is not None:
                return ref  # "Members of the RMT union will walk out ... The union said"
        if not early and head in _ANY_BODY and words and not any(
                b.pos < pos and not self._is_publisher(b.name) for b in self.bodies):
            # an opening "..., the higher education regulator has warned." before the next
            # sentence names it: "The Office for College Standards said ..." (also after a
            # headline's "Regulator says")
            body = self._speaking_in_next_sentence(pos, head)
            if body is not None:
                return self._register(SpeakerRef(body.name, body.kind), body.name, "")
        # a generic "Company" that spoke before is the fallback: a body named since wins
        same_generic = self._last(pos, lambda r: r.kind != PERSON and named(r.name) and not (
            r.generic and head in _ANY_BODY and r.key != head) and  # not "a medical group"
            not _modified_otherwise(r.name, head, words))
        if same_generic is not None and same_generic.generic and remits and \
                same_generic.key == head:
            same_generic = None  # a headline's bare "agency says" is no name for the body's
            # "the country's immigration agency": the description says more
        if same_generic is not None and same_generic.generic:
            since = self._last_at(same_generic, pos)
            named_since = next((b for b in reversed(self.bodies) if since < b.pos < pos and (
                head in b.words or not aliases.isdisjoint(b.words))), None)
            if named_since is not None:
                # a summary's "Union says" then the Rail Workers' Alliance named in the body:
                # "the union" after that is the body named since
                return self._register(SpeakerRef(named_since.name, named_since.kind),
                                      named_since.name, "")
        if same_generic is not None and (not same_generic.generic or
                                         head not in _COMPANY_GENERIC):
            # (a generic "the hospital" of a summary point yields to the body the article
            # describes so: "Bayou Medical Center, a 720-bed hospital,")
            return same_generic.generic and self._named_described(head, pos, early) or \
                same_generic
        if not words and head in _REMIT_CLASH_HEADS:
            desc = self._last(pos, lambda r: r.generic and r.kind != PERSON and
                              r.name.lower().split()[-1:] == [head] and
                              bool(_remits_of(_name_words(r.name))))
            if desc is not None and 0 <= pos - self._last_at(desc, pos) <= 400:
                return desc  # "the district health agency said ... The agency said": the
                # body just described, not one the story names next
        body = None
        written_key = frozenset({head, *aliases})
        written = self._written_words.get(written_key)
        if written is None:  # (once per set of words: the text is searched whole)
            written = self._written_words[written_key] = head in _KIND_NAME_TESTS or any(
                w.title() in self.text or w.upper() in self.text for w in written_key)
        for b in (self.bodies if written else ()):
            # (a body's name is written with capitals: without "Police" no body has "police")
            if b.pos >= pos and (body is not None or not early):
                break
            if " " in b.name and self._titled_mention(b):
                continue  # "Fire Service Spokesman DCO Ines Kalu": a person's title
            if remits and _remit_clash(b.name, remits):
                continue  # ("the tourism ministry" after the Health Ministry)
            if (head in b.words or not (aliases if b.pos < pos else aliases - _BACK_ALIASES
                                        ).isdisjoint(b.words) or
                head in _KIND_NAME_TESTS and _KIND_NAME_TESTS[head](b.words)) and \
                    not _modified_otherwise(b.name, head, words):
                body = b
                if b.pos >= pos:
                    break  # a headline's "police say": the police the story names
        if body is None and written and head in _ANY_BODY_HEADS and not any(
                pos - 300 <= b.pos < pos for b in self.bodies):
            # an opening "The union says ..." before the story names the Rail Signal Workers'
            # Union a sentence or two later
            body = next((b for b in self.bodies if pos <= b.pos <= pos + _NAMED_LATER_WITHIN
                         and len(b.words) >= 2 and b.words[-1] == head and (
                             not remits or not remits.isdisjoint(_remits_of(b.words)))), None)
            # (not "the district health agency said" before the National Nutrition Agency)
        if not words and head in _REMIT_HEADS and not early:
            described = self._remit_described_before(head, pos)
            if described is not None and (body is None or body.pos < described[1]):
                # "The health ministry urged employers ... , the ministry said": the body
                # the text last described by its remit, though no frame credited it then
                return self._register(SpeakerRef(described[0], GOVERNMENT, generic=True,
                                                 head=head), described[0], "")
        if body is not None:
            return self._register(SpeakerRef(body.name, body.kind), body.name, "")
        if not early and not words and head == "ministry":
            minister = self._ministers_ministry(pos)
            if minister is not None:
                return minister
        if not early and not words and head in _ANY_BODY_HEADS | _REMIT_CLASH_HEADS:
            acronym = self._acronym_with_head(head, pos)
            if acronym is not None:
                return acronym  # "the IPMA weather institute recorded ... The institute
                # said": the acronym the story gave that description to
        described = self._described_as(head, pos, early) if head not in PEOPLE_SPEAKER_HEADS \
            else None
        if described is not None:
            return described
        if head == "board" and kind_of(self.publisher.name) == ORGANISATION:
            # "The Board has declared a dividend" in a company's own release: the company
            return self.publisher
        if head in ("board", "policymakers"):
            # "the board wrote" after "The board of the Banco Central de Chile cut ...": the
            # bank or company whose board it is, the last body spoken of
            body = self._last_body(pos, lambda r: r.kind in (ORGANISATION, GOVERNMENT) and
                                   not r.generic)
            if body is not None:
                return body
        if head in _SPOKES_HEADS:
            # "An Army official said ... the official said": the speaker introduced so
            return self._last(pos, lambda r: head in r.role.lower().split() or
                              head in r.key.split())
        kinds = _GENERIC_KINDS.get(head)
        if kinds is None:
            return None
        if head in _CULTURE_HEADS and not early:
            own = self._culture_subject(pos, head)
            if own is not None:
                return own
        if head not in _ANY_BODY and head not in _COMPANY_GENERIC:
            # "the health ministry" or "police" that names no body before is its own
            # speaker; only the broad words may be any government body that spoke
            if head in _BROAD_GOVERNMENT:
                # (never an independent office that only measures, audits or judges: "the
                # government said" after the statistics office spoke is no statistics office)
                return self._last(pos, lambda r: r.kind in kinds and not r.generic and
                                  _NOT_THE_GOVERNMENT.isdisjoint(_name_words(r.name)))
            if not words and head in _BARE_AGENCY_HEADS:
                # "NYPD data show ... the department said": a bare head names no one by
                # itself; the body that spoke last, when the story has one
                ref = self._last(pos, lambda r: r.kind in (GOVERNMENT, ORGANISATION)
                                 and not r.generic)
                if ref is not None and ref.kind == ORGANISATION and not ref.name.isupper() \
                        and head in _GOVERNMENT_ONLY_HEADS:
                    # "A spokesperson for the department said" after a data firm or an
                    # association spoke: the government department that spoke before it
                    gov = self._last(pos, lambda r: r.kind == GOVERNMENT and not r.generic
                                     and r.key != head)
                    if gov is not None:
                        return gov
                return ref
                # (never the company that spoke since: "according to health data firm
                # MedTrend ... A spokesperson for the department said" is the department)
            if words:
                # "the statistics office" for the National Bureau of Statistics
                return self._last(pos, lambda r: r.kind in kinds and not r.generic and
                                  not words.isdisjoint(_name_words(r.name))) or \
                    self._bare_acronym_just_spoke(pos)
            if MEDIA in kinds:
                # "CBS said ... A network spokeswoman said", "the broadcaster said": the
                # broadcaster or paper that spoke last (never the outlet writing the story)
                return self._last(pos, lambda r: r.kind == MEDIA and not r.generic and
                                  not self._is_publisher(r.name))
            return None

        def fits(name: str, kind: str, role: str = "") -> bool:
            if head in _COMPANY_GENERIC and name.isupper() and self.acronyms:
                name = self.acronyms.get(normalise_key(name), name)  # "TRWU": a union's
            if head in _COMPANY_GENERIC and name.isupper() and \
                    _STATE_BODY_LAST_WORDS.isdisjoint(name.lower().split()):
                spelled = self._acronym_body(name)
                if spelled is not None and \
                        spelled.lower().split()[-1] in _STATE_BODY_LAST_WORDS:
                    return False  # "GMP" for Greater Manchester Police is no company
            if head in _OWN_KIND_HEADS and _other_body_head(name, head, role):
                return False  # ("the city council said" after the regional health authority)
            return kind in kinds and (head not in _COMPANY_GENERIC or _company_like(name, kind)
                                      and not self._described_not_company(name)
                                      and not self._only_commentator(name, pos)
                                      # (the outlet that writes the story, named as "told
                                      # Fierce Pharma", is not the company it covers)
                                      and normalise_key(name) != self.publisher.key)

        if words:
            # "the grid operator" for the Great Lakes Grid Authority: a body before, of a
            # fitting kind, whose name holds one of the description's words
            for b in reversed(self.bodies):
                if b.pos < pos and b.kind in kinds and not words.isdisjoint(b.words):
                    return self._register(SpeakerRef(b.name, b.kind), b.name, "")

        if ORGANISATION in kinds:
            own = self._opening_name_described(pos)
            if own is not None:
                return own

        if head in _COMPANY_GENERIC:
            # "Norwegian operator Nordhav Energi expects ..., the company said": the company
            # that opens the very sentence, however far its end is, or else the sentence
            # before ("Flinthaven is cutting 12% of staff, its CEO said. ..., a company
            # spokesperson said"); a body of another kind opening either ends the search
            for p, text in self._sentences_upto(pos, 2)[::-1]:
                if re.match(rf"(?:the|a|an)\s[^,.]*?\b{head}\b", text[:80], re.I):
                    break  # "The S&P 500 firm now expects ...": the description itself
                ref = self._subject_of(p, text)
                if ref is not None and not ref.generic and ref.kind != PERSON:
                    if ref.kind == ORGANISATION and fits(ref.name, ref.kind):
                        return ref
                    break

        spoke, spoke_pos = None, -1
        for p, r in self._recent_history():
            if p <= pos and not r.generic and fits(r.name, r.kind, r.role):
                spoke, spoke_pos = r, p
                break
        for b in reversed(self.bodies):
            if b.pos < pos and fits(b.name, b.kind):
                if b.pos > spoke_pos and spoke is not None and \
                        self._current_and_previous(b.pos)[0] == \
                        self._current_and_previous(spoke_pos)[0]:
                    break  # "..., the Medics Network said, as the RSF pressed its assault":
                    # a body named after the speaker in its own sentence is what it spoke of
                if b.pos > spoke_pos and spoke is not None and head in _COMPANY_GENERIC and \
                        self._acronym_of_a_thing(b.name):
                    continue  # "Vantora said ... a small interfering RNA ... the company
                    # said": an acronym for a thing named since is not the company
                if b.pos > spoke_pos:
                    opener = self._opening_body(b, fits) if head in _COMPANY_GENERIC else None
                    if opener is not None:
                        return opener  # "Mirae Logic was founded by six firms, including
                        # Daelim Motor Group. The company estimates ...": the company the
                        # sentence is about, not one it names beside it
                    # a headline's "Chimwemwe Copper" is the Chimwemwe Copper Mines named later
                    return self._longer_body(b.name, b.pos + 1, True) or self._register(
                        SpeakerRef(b.name, b.kind), b.name, "")
                break
        if spoke is not None and head in _COMPANY_GENERIC:
            prev = self._current_and_previous(pos)[1]
            if prev > spoke_pos:
                end = self._current_and_previous(pos)[0]
                opener = self._opening_company(prev, end, fits, spoke.name)
                if opener is not None:
                    return opener  # "..., according to Meridian. Zephyr disputes the
                    # framing. ... the company sold": the company the sentence before is
                    # about, not the research firm that spoke before it
        if spoke is not None:
            return spoke
        if same_generic is not None:
            return same_generic
        if early and head in _COMPANY_GENERIC:
            # a summary point's "the company said": the first company the story names
            for b in self.bodies:
                if b.pos >= pos and fits(b.name, b.kind) and b.words[-1] in COMPANY_NAME_HEADS \
                        and "of" not in b.words:
                    return self._longer_body(b.name, b.pos + 1, True) or self._register(
                        SpeakerRef(b.name, b.kind), b.name, "")
        if head in _COMPANY_GENERIC or head in _ANY_BODY and not words:
            # "Unilever said sales rose 4.5%. The group said ...", "Ofgem said ... The
            # regulator said": a name opening this sentence or the one before, which no
            # personal name explains, is the body a bare description stands for (a writer
            # calls no person "the group" or "the regulator"; "the city council" names its
            # own kind of body)
            found = self._company_subject(pos)
            if found is not None and (head in _COMPANY_GENERIC or self._spoke_as(found, pos)):
                return found
            if not words:
                found = self._body_served_before(pos, head in _COMPANY_GENERIC)
                if found is not None:
                    return found  # "X, chief executive of Nordkraft, said ... The firm said"
        if head in _ANY_BODY:
            return self._last(pos, lambda r: r.kind != PERSON and not r.generic and not (
                head in _OWN_KIND_HEADS and _other_body_head(r.name, head, r.role)) and not (
                head in _COMPANY_GENERIC and (
                    r.role.lower().split()[-1:] and r.role.lower().split()[-1] in
                    _NOT_COMPANY_HEADS or self._described_not_company(r.name))))
        return None

    def _remit_described_before(self, head: str, pos: int) -> tuple[str, int] | None:
        """The last lower-case description of a body by its remit ("the health ministry",
        "Japan's labour department") in the text before `pos` and near it: its display name
        and where it is written."""
        start = max(0, pos - _REMIT_DESCRIPTION_LOOK_BACK)
        window = self.text[start:pos]
        if head not in window:
            return None
        found = None
        for m in _REMIT_DESCRIPTION_RES[head].finditer(window):
            ws = m.group(1).split()
            if ws[0] != "and" and ws[-1] != "and" and _remits_of(ws) and all(
                    w == "and" or w in _REMIT_LEVELS or _remits_of([w]) for w in ws):
                found = m
        if found is None:
            return None
        name = f"{found.group(1).strip()} {head}"
        return name[0].upper() + name[1:], start + found.start(1)

    def _ministers_ministry(self, pos: int) -> SpeakerRef | None:
        """The ministry a bare "the ministry" is when the story names none: that of the
        minister who spoke last, by the remit of the title ("Transport Minister Ali Demir
        said ... , the ministry said" is the Transport Ministry)."""
        for p, r in self._recent_history():
            if p > pos or r.kind != PERSON:
                continue
            ws = r.role.split()
            if len(ws) < 2 or ws[-1].lower() != "minister":
                continue
            lead = [w.lower() for w in ws[:-1]]
            if lead[0] in _NO_MINISTRY_TITLES or not all(
                    w == "and" or w[:1].isupper() for w in ws[:-1]) or not _remits_of(lead):
                continue
            name = " ".join(ws[:-1]) + " Ministry"
            return self._register(SpeakerRef(name, GOVERNMENT), name, "")
        return None

    def _bare_acronym_just_spoke(self, pos: int) -> SpeakerRef | None:
        """The body a description of a kind ("the weather bureau added") goes on with: the
        one the text named only by an acronym, whose letters say nothing of its kind, when it
        spoke last, in this sentence or the one before, and no other body was named since
        ("..., KMSA said in its bulletin. The storm was moving west at 15 km/h, the weather
        bureau added."); a bare acronym's kind is only a guess, so either kind of body.)"""
        prev = self._current_and_previous(pos)[1]
        for p, r in self._recent_history():
            if p > pos:
                continue
            if p < prev or r.generic or r.kind not in (ORGANISATION, GOVERNMENT) or " " in r.name or \
                    not (2 <= len(r.name) <= 8 and r.name.isupper() and r.name.isalpha()) or \
                    self._is_publisher(r.name):
                return None
            k = bisect_right(self._body_starts, p)
            if any(b.pos < pos and normalise_key(b.name) != r.key for b in self.bodies[k:]):
                return None  # another body named since: the description may be its
            return r
        return None

    def companies_between(self, start: int, end: int) -> list[SpeakerRef]:
        """The companies named between `start` and `end` (each once, in order): whom "the
        companies said" closing the sentence speaks for."""
        k = bisect_left(self._body_starts, start)
        found: list[SpeakerRef] = []
        word = _ONE_WORD_VERB_SUBJECT_RE.match(self.text, start, end)
        if word is not None and word.group(1).lower() not in COMMON_CAPITALISED:
            short = self.short_form(word.group(1), start)
            if short is not None and short.kind == ORGANISATION:
                found.append(short)  # "Shirakawa will develop ..." after Shirakawa Motor
        for b in self.bodies[k:]:
            if b.pos >= end:
                break
            if b.kind == ORGANISATION and _company_like(b.name, b.kind) and \
                    not self._is_publisher(b.name) and all(r.name != b.name for r in found):
                found.append(self._register(SpeakerRef(b.name, b.kind), b.name, ""))
        return found

    def _opening_body(self, b: Body, fits: Callable[[str, str], bool]) -> SpeakerRef | None:
        """The company that opens the sentence naming body `b` later on, when it is another
        that "the company" can be too: "Mirae Logic was founded in 2021 by six firms, including
        Daelim Motor Group", "Clinivo has raised $30 million from investors Halden Capital"
        (the sentence's subject, by its full name or a short form of one named before). A
        story's "the company" is the one it reports on, not a founder, investor or partner
        named in its sentence."""
        start = self._current_and_previous(b.pos)[0]
        if start < 0 or start >= b.pos:
            return None
        return self._opening_company(start, b.pos, fits, b.name)

    def _opening_company(self, start: int, end: int, fits: Callable[[str, str], bool],
                         other: str) -> SpeakerRef | None:
        """The company (not `other`) whose name, in full or a short form of one named before,
        opens the sentence at `start` before `end` ("Hokuto was founded ...", "Zephyr
        disputes the framing.")."""
        k = bisect_left(self._body_starts, start)
        first = self.bodies[k] if k < len(self.bodies) else None
        if first is not None and first.pos < end and \
                _OPENING_ARTICLE_RE.fullmatch(self.text, start, first.pos):
            if first.name != other and first.kind == ORGANISATION and \
                    fits(first.name, first.kind):
                return self._register(SpeakerRef(first.name, first.kind), first.name, "")
            return None
        word = _ONE_WORD_VERB_SUBJECT_RE.match(self.text, start, end)
        if word is None or word.group(1).lower() in COMMON_CAPITALISED:
            return None
        short = self.short_form(word.group(1), start)
        if short is not None and short.kind == ORGANISATION and short.name != other and \
                fits(short.name, short.kind):
            return short  # "Hokuto was founded ..." after Hokuto Semiconductor
        return None

    def _acronym_of_a_thing(self, name: str) -> bool:
        """Whether a one-word acronym names a thing rather than a body: the article never
        writes it where a body stands -- before a reporting verb or "'s", or after "according
        to", "by" or "from" ("a small interfering RNA", "high-bandwidth memory (HBM) chips",
        "the QIB portion"; not "BHP said", "BHP's shares", "according to the FDA")."""
        if not _ACRONYM_WORD_RE.fullmatch(name) or normalise_key(name) in self.acronyms:
            return False  # ("the Eastern Liberation Front (ELF)": a body's, spelt out)
        if name in self._thing_acronyms:  # (once per name: the loop asks for every body)
            return self._thing_acronyms[name]
        esc = re.escape(name)
        self._thing_acronyms[name] = found = re.search(
            rf"\b(?:according\s+to|by|from)\s+(?:the\s+)?{esc}\b|"
            rf"\b{esc}(?:['\u2019]s\s|\s+(?:also\s+)?(?:said|says|told|added|announced|"
            r"reported|expects|expected|plans|planned|forecasts|estimated|estimates|"
            r"confirmed|warned|stated|noted|spokes\w+)\b)", self.text) is None
        return found

    def _spoke_as(self, ref: SpeakerRef, pos: int) -> bool:
        """Whether a speaker of that name spoke before `pos` ("Unilever said ..."): a name
        that only opened a sentence ("Civil protection volunteers handed out ...") is no body
        a later description stands for; one whose officer spoke is ("Reckitt chief executive
        Kris Licht said")."""
        return any(p < pos and (r.key == ref.key or ref.name in r.role.split(",")[0])
                   for p, r in self._recent_history())

    def _only_commentator(self, name: str, pos: int) -> bool:
        """Whether every mention of a company before `pos` names it only as the employer of
        analysts, the source of market data or a stock index ("Analysts at Carrow Securities
        said", "according to LSEG data", "the FTSE 250 company", "rose 4% on the Harbour Stock
        Exchange"): a story's "the company" is the one it reports on, not the broker, data
        provider or market it quotes beside it."""
        mentions = self._commentator_mentions.get(name)
        if mentions is None:  # (once per name: the check runs for every earlier speaker)
            market = name.rsplit(" ", 1)[-1].lower() in _EXCHANGE_HEADS
            mentions = [(end, bool(
                _ANALYSTS_AT_RE.search(self.text, max(0, start - 60), start) or
                _ACCORDING_TO_RE.search(self.text, max(0, start - 320), start) and
                _CONSENSUS_SOURCE_RE.search(self.text, max(0, start - 320), start) or
                _DATA_AFTER_RE.match(self.text, end) or market and
                _ON_MARKET_RE.search(self.text, max(0, start - 10), start)))
                for start, end in _word_spans(self.text, name)]
            self._commentator_mentions[name] = mentions
        before = [only for end, only in mentions if end <= pos]
        return bool(before) and all(before)

    def _described_not_company(self, name: str) -> bool:
        """Whether the article introduces the name in apposition to a word for a body that is
        no company: "The union, Sindicato Minero Sur, said" (a union, a charity, a council is
        never "the company", whatever its name looks like in another language)."""
        if self._not_company_names is None:
            self._not_company_names = [
                normalise_key(m.group(1) or m.group(2))
                for m in _NOT_COMPANY_APPOS_RE.finditer(self.text)]
        key = normalise_key(name)
        return any(k == key or k.startswith(key + " ") for k in self._not_company_names)

    def _spokes_body(self, name: str) -> bool:
        """Whether a name of several words before "spokeswoman" after "a" is the body she
        speaks for: "a Harbour Rail spokeswoman said" (a person's full name there, as in "a
        Joe Hale spokesman", is one the article gives as a person's elsewhere)."""
        return name.count(" ") <= 3 and not self._named_as_person(name)

    def _named_as_person(self, name: str) -> bool:
        """Whether the article treats a name of two or more words as a person's: it gives
        the name a role ("Jon Hale, a resident,"), an honorific ("Mr Hale"), or uses its last
        word alone as a speaker ("Hale said", "Hale's")."""
        first, _, last = name.rpartition(" ")
        return name in self.mention_roles or last.lower() in self.honorifics or re.search(
            rf"(?<!{re.escape(first.rsplit(' ', 1)[-1])} )\b{re.escape(last)}"
            r"(?:\s+(?:said|says|told|added)\b|['\u2019]s\s)", self.text) is not None

    def _opening_name_described(self, pos: int) -> SpeakerRef | None:
        """The name opening the sentence that a body's description later in the same sentence
        stands for: "Halvern Gas reported 30,000 homes without heat, the utility said",
        "Pell & Rowe will shut 12 shops, the retailer said". A writer calls no person "the
        utility", so a name of up to four capitalised words (or two joined by "&") is the body
        here, unless the article gives it a person's role or the sentence a "his" or "her"."""

        p, text = (self._sentences_upto(pos, 1) or [(-1, "")])[0]
        if pos >= p + len(text) or not text[:1].isupper():
            return None
        toks = self._sentence_toks.get(p) or tokenize(text[:160])
        lead = 0
        while lead < len(toks) - 2 and toks[lead].kind == "w" and toks[lead].cap and \
                toks[lead].low.endswith(_DESCRIPTOR_SUFFIXES):
            lead += 1  # "Toronto-listed Northbound Nickel Corp. will pay ..., the company
            # said": where the company is listed or based describes it, no word of its name
        toks = toks[lead:]
        k = 0
        while k < min(len(toks) - 1, 5) and (toks[k].kind == "w" and toks[k].cap and
                                               not toks[k].poss or toks[k].text == "&" and k):
            k += 1
        if k == 0 or k == 5 or toks[k - 1].text == "&" or p + toks[k - 1].end >= pos or \
                toks[k].kind != "w" or toks[k].cap or toks[k].low in _RELATIVE_OPENERS:
            return None
        low = toks[0].low
        if low in PRONOUNS or low in COMMON_CAPITALISED or low in COUNTRIES or \
                low in DEMONYMS or low in _DETERMINERS or low in _OPENING_CONJUNCTIONS:
            return None
        between = text[: pos - p]
        if " his " in between or " her " in between or "\"" in between or "\u201c" in between:
            return None
        name = _clean(text[toks[0].start : toks[k - 1].end])
        if k == 1 and (
                low in _BUSINESS_OPENERS or re.search(
                    rf"(?<![\w'\u2019-])(?!the |of )[a-z]+,? {re.escape(name)} [a-z]",
                    self.text) is None or re.search(rf"\b{re.escape(low)}\b", self.text)):
            return None  # one word names a company only where it recurs mid-sentence after
            # a lower-case word ("..., and Corvo says"): "Net profit fell" is no name
        if k == 1 and name in self.mention_index.by_last or \
                k > 1 and self._named_as_person(name):
            return None
        if k == 1 and re.search(rf"\b{re.escape(name)} (?:State|Province|Region|County|"
                                r"District|Governorate|Prefecture)\b", self.text):
            return None  # "Zamfara alone accounted for 31 per cent, the firm said" beside
            # "Zamfara State": a place the firm counted, no company
        if kind_of(name) in (GOVERNMENT, ARMED_GROUP, MEDIA):
            return None
        short = self.short_form(name, pos) if k == 1 else None
        if short is not None and short.kind == ORGANISATION:
            return short  # "Veridane will pay $41 a share, the company said" after Veridane
            # Pharmaceuticals: the company named in full before
        return self._register(SpeakerRef(name, ORGANISATION), name, "")

    def _company_subject(self, pos: int) -> SpeakerRef | None:
        """The company a description ("the carmaker", "the lender") stands for: a name opening
        this sentence or the one before. One word ("Tesla delivered 384,122 vehicles, the
        carmaker said") that no personal name in the article explains; or two to four
        capitalised words whose sentence calls the name "its" ("Carrick Marlowe reported ...
        from its markets division"), or that said something in the sentence before and that
        the article never treats as a person's ("Nordbahn Freight said 40% of trains were
        late.")."""

        before = self._sentences_upto(pos, 2)
        for p, text in reversed(before):
            m = _FIRST_WORDS_RE.match(text)
            if m is None:
                continue
            word = m.group()
            low = word.lower()
            if low.endswith("ing") or text[m.end() : m.end() + 3].lstrip()[:1] == ":":
                continue  # "Driving the news: ...", "Update: ...", "Published : Aug. 21": a
                # label, not a company
            if not word[0].isupper() or low in COMMON_CAPITALISED or low in COUNTRIES or \
                    low in DEMONYMS or low in CAPITALS or low in PRONOUNS or \
                    low.endswith(_DESCRIPTOR_SUFFIXES) or _count_word(low):
                continue  # ("Milan-based firm may ...": where the firm is, not its name;
                # "Twelve flights were cancelled, the airline said", "Thirty-one services
                # will go", "Thousands of homes ...": a count opens the sentence, no name)
            toks = self._sentence_toks.get(p) or tokenize(text[:80])
            if len(toks) >= 4 and toks[1].cap and " its " in text and not toks[0].poss:
                # "Carrick Marlowe reported ... from its markets division, ... the lender
                # said": a name of two to four words whose sentence calls it "its" (a
                # person's would be "his" or "her") is the company
                k = 1
                while k < 3 and toks[k + 1].cap and toks[k + 1].kind == "w":
                    k += 1
                if all(t.kind == "w" and t.cap and not t.poss for t in toks[: k + 1]) and \
                        toks[k + 1].kind == "w" and not toks[k + 1].cap and \
                        toks[k + 1].low.endswith(("ed", "s")) and \
                        " his " not in text and " her " not in text and \
                        toks[0].low not in COMMON_CAPITALISED:
                    name = _clean(" ".join(t.text for t in toks[: k + 1]))
                    return self._register(SpeakerRef(name, ORGANISATION), name, "")
            if p < pos and len(toks) >= 4 and toks[1].cap and toks[0].kind == "w" and \
                    toks[0].low not in COMMON_CAPITALISED:
                # "Nordbahn Freight said 40% of trains were late. ..., the company
                # said": a name of two to four words saying something in the sentence just
                # before, which the article never treats as a person's (no role, title,
                # surname alone, "he" or "she"), is the company the next sentence calls so
                k = 1
                while k < 3 and toks[k + 1].cap and toks[k + 1].kind == "w":
                    k += 1
                if k + 1 < len(toks) and toks[k + 1].low in ("said", "says") and all(
                        t.kind == "w" and t.cap and not t.poss for t in toks[: k + 1]):
                    name = _clean(" ".join(t.text for t in toks[: k + 1]))
                    if not self._named_as_person(name) and re.search(r"\b(?:he|she|his|her)\b", text + " " + self.text[
                                p + len(text) : pos], re.I) is None:
                        return self._register(SpeakerRef(name, ORGANISATION), name, "")
            if len(toks) < 2 or toks[1].cap or toks[1].text in ("(", ",", "&"):
                continue  # a longer name or an apposition: not a bare company name
            if _compound_modifier(toks[0]) or low in _MARKET_NOUNS or \
                    toks[1].low in ("and", "or") and len(toks) > 2 and toks[2].kind == "w" \
                    and not toks[2].cap:
                continue  # "Thirty-one bus services", "Multi-unit projects", "Research and
                # development spending rose": a count, a modifier or a common noun
            if low.endswith("s") and toks[1].low in _PLURAL_AGREEING:
                continue  # "Fares will rise 8%, the operator said": a plural noun, no name
            if word in self.mention_index.by_word:
                continue  # a person's name
            if low in _BUSINESS_OPENERS or re.search(rf"\b{re.escape(low)}\b", self.text):
                continue  # "Net profit rose": a word, not a company's name
            if re.search(rf"\b{re.escape(word)}e?s\b", self.text):
                continue  # "Villa rents rose" beside "Villas in the hills": a noun's plural,
                # which no company's name has
            # ("Paramount's western opened to $52 million ... the studio said": its owner)
            word = _POSSESSIVE_END_RE.sub("", word)
            return self._register(SpeakerRef(word, ORGANISATION), word, "")
        return None

    def note(self, pos: int, ref: SpeakerRef, when: date | None) -> None:
        """Record that `ref` spoke at `pos` (for pronouns and for dates of later frames)."""
        insort(self._history_by_pos, (pos, len(self.history)))
        self.history.append((pos, ref))
        if when is not None:
            self.dates.setdefault(ref.key, []).append((pos, when))

    def last_date(self, key: str, pos: int) -> date | None:
        """The date last given for this speaker's words before `pos` ("said on Thursday")."""
        found = None
        for p, when in self.dates.get(key, ()):
            if p > pos:
                break
            found = when
        return found
