"""Generate a synthetic corpus of seed-format articles for the benchmarks.

    python bench/corpus.py --articles 1000 --seed 7 --out bench/out/corpus-1k/

Every word comes from the templates and made-up names below (invented countries, towns, people,
armed groups, NGOs and outlets); nothing is copied from real articles. The same (articles, seed,
per_file) always gives byte-identical files. Files are written one at a time and the generator
keeps only a bounded pool of recent events, so memory does not grow with the corpus size.

What the corpus contains, because the extractor and the relation matcher must cope with it:

* speakers of every kind (people with titles, governments, ministries, armies, police, armed
  groups, NGOs and UN agencies, news outlets, anonymous sources) named in full first and by
  surname, short name or pronoun later;
* attribution in many styles (speaker first or last, "according to", a pronoun in the next
  sentence, "told reporters", wire credits, direct quotes);
* figures of every kind (digits with commas, decimals with million/billion, money, percentages,
  number words, vague amounts, ranges, qualifiers, zero in words);
* events covered by several articles, each speaker keeping the same figure for the same event,
  so figures agree and conflict across articles;
* distractors: years, dates, times, ordinals and names with numbers (G7, Covid-19, N4).

`truth.jsonl` (one line per attributed figure planted) lets `bench/score_corpus.py` score the
extractor at scale. The articles are template-generated: the scores measure robustness to
volume and variety, not real-world accuracy.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import shutil
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

GENERATOR_VERSION = "4"
BASE_DATE = datetime.date(2019, 1, 7)
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# --------------------------------------------------------------------------- made-up names

COUNTRY_NAMES = [
    ("Valdoria", "Valdorian"),
    ("Kestrania", "Kestranian"),
    ("Morvane", "Morvanese"),
    ("Tashira", "Tashiran"),
    ("Ebonia", "Ebonian"),
    ("Zeluna", "Zelunan"),
    ("Ostravia", "Ostravian"),
    ("Marundi", "Marundian"),
    ("Calvera", "Calveran"),
    ("Nouvalie", "Nouvalian"),
    ("Dravonia", "Dravonian"),
    ("Sarkhand", "Sarkhandi"),
    ("Lumeria", "Lumerian"),
    ("Odessia", "Odessian"),
    ("Brevania", "Brevanian"),
    ("Tirosa", "Tirosan"),
    ("Qalimar", "Qalimari"),
    ("Ferovia", "Ferovian"),
    ("Andamor", "Andamoran"),
    ("Haverland", "Haverlandic"),
    ("Umbria Nova", "Umbrian"),
    ("Selvane", "Selvanese"),
    ("Korrath", "Korrathi"),
    ("Ilvaria", "Ilvarian"),
    ("Mbaleko", "Mbalekan"),
    ("Rostavia", "Rostavian"),
    ("Zanquar", "Zanquari"),
    ("Pellador", "Pelladoran"),
]
TOWN_HEADS = [
    "Bel",
    "Kar",
    "Tes",
    "Mor",
    "Ana",
    "Zin",
    "Oru",
    "Sel",
    "Dar",
    "Ilo",
    "Kap",
    "Naz",
    "Vel",
    "Rum",
    "Tak",
    "Ebo",
    "Gal",
    "Sir",
    "Uma",
    "Hal",
    "Fen",
    "Quil",
    "Jor",
    "Lab",
]
TOWN_MIDS = ["a", "o", "i", "e", "ou", "ra", "li", "ma", "", "an", "ez"]
TOWN_TAILS = [
    "ville",
    "dor",
    "bak",
    "tene",
    "lo",
    "ssa",
    "ma",
    "ra",
    "gan",
    "pur",
    "ka",
    "wen",
    "tal",
    "mir",
    "dia",
    "bet",
    "zane",
    "kro",
]
TOWN_PREFIXES = ["", "", "", "", "", "", "Port ", "San ", "New ", "Upper ", "El "]
FIRST_NAMES_M = [
    "Amadou",
    "Jonas",
    "Karim",
    "Tomas",
    "Elias",
    "Idris",
    "Matteo",
    "Yusuf",
    "Andrei",
    "Kofi",
    "Rafael",
    "Samir",
    "Dmitri",
    "Oumar",
    "Lucas",
    "Hassan",
    "Viktor",
    "Emeka",
    "Pavel",
    "Nikos",
    "Bruno",
    "Tariq",
    "Felix",
    "Ibrahim",
    "Marek",
    "Sekou",
    "Anton",
    "Dario",
    "Musa",
    "Oskar",
]
FIRST_NAMES_F = [
    "Amara",
    "Selin",
    "Ines",
    "Talia",
    "Noor",
    "Mira",
    "Zahra",
    "Leyla",
    "Oksana",
    "Adaeze",
    "Clara",
    "Fatou",
    "Irina",
    "Nadia",
    "Sofia",
    "Aisha",
    "Elena",
    "Marta",
    "Yara",
    "Chiara",
    "Hana",
    "Lina",
    "Rosa",
    "Dalia",
    "Petra",
    "Esi",
    "Vera",
    "Salma",
    "Greta",
    "Ayla",
]
SURNAME_HEADS = [
    "Abe",
    "Ko",
    "Ma",
    "Ndi",
    "Ve",
    "Sa",
    "Lu",
    "Ta",
    "Ri",
    "Do",
    "Ye",
    "Ha",
    "Mo",
    "Zu",
    "Ke",
    "Fa",
    "Bo",
    "Ga",
    "Ni",
    "Ol",
    "Pe",
    "Tra",
    "Cen",
    "Vu",
]
SURNAME_TAILS = [
    "lin",
    "ssa",
    "rov",
    "nde",
    "ku",
    "ga",
    "wa",
    "tto",
    "rez",
    "mbe",
    "lan",
    "siri",
    "dou",
    "ric",
    "nov",
    "yi",
    "thal",
    "ber",
    "zo",
    "mi",
    "dani",
    "kari",
    "vic",
    "ssou",
]
GROUP_ADJS = [
    "Northern",
    "Free",
    "United",
    "Popular",
    "Patriotic",
    "Eastern",
    "Sacred",
    "Red",
    "Green",
    "Southern",
    "Western",
    "Revolutionary",
    "National",
    "Highland",
]
GROUP_NOUNS = [
    "Dawn",
    "Sands",
    "River",
    "Hills",
    "Lion",
    "Crescent",
    "Star",
    "Plateau",
    "Coast",
    "Valley",
    "Horizon",
    "Flame",
    "Oasis",
    "Delta",
]
GROUP_TYPES = ["Front", "Movement", "Alliance", "Brigades", "Army", "Council", "Coalition"]
NGO_NAMES = [
    ("Open Hands Foundation", "the Open Hands Foundation", "OHF"),
    ("Medical Aid Network", "the Medical Aid Network", "MAN"),
    ("Children First International", "Children First International", "CFI"),
    ("Civil Protection League", "the Civil Protection League", "CPL"),
    ("Conflict Monitoring Project", "the Conflict Monitoring Project", "CMP"),
    ("Harbor Rights Watch", "Harbor Rights Watch", "HRW-N"),
    ("Refugee Relief Council", "the Refugee Relief Council", "RRC"),
    ("Frontline Doctors Union", "the Frontline Doctors Union", "FDU"),
    ("Clean Water Alliance", "the Clean Water Alliance", "CWA"),
    ("Press Freedom Circle", "the Press Freedom Circle", "PFC"),
]
UN_AGENCIES = [
    ("UN refugee agency", "the UN refugee agency"),
    ("UN children's agency", "the UN children's agency"),
    ("UN humanitarian office", "the UN humanitarian office"),
    ("UN food relief programme", "the UN food relief programme"),
    ("UN health agency", "the UN health agency"),
    ("UN peacekeeping mission", "the UN peacekeeping mission"),
]
OUTLETS = [
    ("Meridian Post", "the Meridian Post"),
    ("Northwind Radio", "Northwind Radio"),
    ("Daily Compass", "the Daily Compass"),
    ("Horizon TV", "Horizon TV"),
    ("Coastline Herald", "the Coastline Herald"),
    ("Evening Lantern", "the Evening Lantern"),
    ("Atlas Broadcasting", "Atlas Broadcasting"),
    ("Pinecrest Journal", "the Pinecrest Journal"),
]
WIRES = [
    ("Continental Press Agency", "the Continental Press Agency", "CPA"),
    ("Globewire", "Globewire", "Globewire"),
    ("Eastline News Agency", "the Eastline News Agency", "ENA"),
]
PHOTO_CREDITS = [
    "Meridian Photo",
    "CPA",
    "Globewire",
    "File",
    "Supplied",
    "Horizon TV",
    "ENA Images",
    "Northwind Radio",
    "Handout",
]

# --------------------------------------------------------------------------- number wording

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
]


def number_words(n: int) -> str | None:
    """English words for n when a newspaper would plausibly write them, else None."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + (f"-{_ONES[n % 10]}" if n % 10 else "")
    if n < 1000 and n % 100 == 0:
        return f"{_ONES[n // 100]} hundred"
    if n < 100_000 and n % 1000 == 0:
        inner = number_words(n // 1000)
        return f"{inner} thousand" if inner else None
    return None


def _decimal_str(value: float | int) -> str:
    """A plain decimal string without exponent or trailing zeros: 2300000, 12.5."""
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    return f"{value:.4f}".rstrip("0").rstrip(".")


def _nice_down(v: int) -> int:
    step = 10 if v < 200 else 50 if v < 1000 else 100 if v < 10_000 else 1000
    n = (v // step) * step
    return n if 0 < n < v else max(1, v - 1)


def _nice_up(v: int) -> int:
    step = 10 if v < 200 else 50 if v < 1000 else 100 if v < 10_000 else 1000
    n = (v // step + 1) * step
    return n


def _nice_round(v: int) -> int:
    step = 10 if v < 200 else 50 if v < 1000 else 100 if v < 10_000 else 1000
    return max(step, int(round(v / step)) * step)


@dataclass(slots=True)
class Fig:
    """A figure as written, with the reading the generator intends."""

    text: str  # "more than 300", "dozens", "$2bn"
    value: str | None
    lower: str | None
    upper: str | None
    qualifier: str  # exact|over|at_least|about|up_to|under|range|vague (claims.models.Qualifier)
    unit: str = ""
    of: bool = False  # "dozens of people", "tens of thousands of"

    @property
    def lead(self) -> str:
        """The figure as it precedes a noun: "dozens of", "300"."""
        return f"{self.text} of" if self.of else self.text


QUALIFIED = [
    # (words, qualifier, direction): direction says where the written number sits vs the truth
    ("more than", "over", "down"),
    ("over", "over", "down"),
    ("at least", "at_least", "down"),
    ("about", "about", "round"),
    ("around", "about", "round"),
    ("some", "about", "round"),
    ("roughly", "about", "round"),
    ("nearly", "about", "up"),
    ("almost", "about", "up"),
    ("up to", "up_to", "up"),
    ("as many as", "up_to", "up"),
    ("fewer than", "under", "up"),
]


def count_fig(rng: random.Random, v: int, *, words_ok: bool = True) -> Fig:
    """A figure for the count v, in one of many wordings that are compatible with v."""
    if v == 0:
        return Fig("no", "0", None, None, "exact")
    r = rng.random()
    if v >= 1_000_000 and r < 0.6:
        tenths = round(v / 100_000)
        text = f"{tenths / 10:g} million"
        if rng.random() < 0.3:
            words, qualifier, _ = rng.choice(QUALIFIED[:8])
            return Fig(f"{words} {text}", str(tenths * 100_000), None, None, qualifier)
        return Fig(text, str(tenths * 100_000), None, None, "exact")
    if r < 0.32:
        return Fig(f"{v:,}", str(v), None, None, "exact")
    if r < 0.62:
        words, qualifier, direction = rng.choice(QUALIFIED)
        n = (
            _nice_down(v)
            if direction == "down"
            else _nice_up(v)
            if direction == "up"
            else _nice_round(v)
        )
        text = f"{n:,}"
        if words_ok and rng.random() < 0.15:
            text = number_words(n) or text
        lower = str(n) if qualifier in ("over", "at_least") else None
        upper = str(n) if qualifier in ("up_to", "under") else None
        return Fig(f"{words} {text}", str(n), lower, upper, qualifier)
    if r < 0.72 and words_ok:
        text = number_words(v)
        if text:
            return Fig(text, str(v), None, None, "exact")
        return Fig(f"{v:,}", str(v), None, None, "exact")
    if r < 0.82 and v >= 10:
        lo, hi = _nice_down(v), _nice_up(v)
        form = rng.randrange(3)
        if form == 0:
            text = f"between {lo:,} and {hi:,}"
        elif form == 1:
            text = f"{lo:,}-{hi:,}"
        else:
            text = f"{lo:,} to {hi:,}"
        return Fig(text, None, str(lo), str(hi), "range")
    if r < 0.92:
        return vague_fig(rng, v)
    return Fig(f"{v:,}", str(v), None, None, "exact")


def vague_fig(rng: random.Random, v: int) -> Fig:
    """A vague amount of the right magnitude (conflict-data convention for lower bounds)."""
    if v < 12:
        return rng.choice(
            [
                Fig("a handful", None, None, None, "vague", of=True),
                Fig("several", None, None, None, "vague"),
            ]
        )
    if v < 20:
        return Fig("a dozen", "12", None, None, "about")
    if v < 100:
        return rng.choice(
            [
                Fig("dozens", None, "12", None, "vague", of=True),
                Fig("scores", None, "40", None, "vague", of=True),
                Fig("a large number", None, None, None, "vague", of=True),
            ]
        )
    if v < 1000:
        return rng.choice(
            [
                Fig("hundreds", None, "100", None, "vague", of=True),
                Fig("a large number", None, None, None, "vague", of=True),
            ]
        )
    if v < 10_000:
        return Fig("thousands", None, "1000", None, "vague", of=True)
    return Fig("tens of thousands", None, "10000", None, "vague", of=True)


def money_fig(rng: random.Random, amount: int, currency: str) -> Fig:
    """Money in the styles papers use: $2bn, $450 million, N50 million, €3.2 million, £120,000."""
    symbol = {"USD": "$", "EUR": "€", "GBP": "£", "NGN": "N"}[currency]
    if amount >= 1_000_000_000:
        tenths = round(amount / 100_000_000)
        text = rng.choice([f"{symbol}{tenths / 10:g}bn", f"{symbol}{tenths / 10:g} billion"])
        value = str(tenths * 100_000_000)
    elif amount >= 1_000_000:
        tenths = round(amount / 100_000)
        text = f"{symbol}{tenths / 10:g} million"
        value = str(tenths * 100_000)
    else:
        amount = _nice_round(amount)
        text, value = f"{symbol}{amount:,}", str(amount)
    if rng.random() < 0.25:
        words, qualifier, _ = rng.choice(QUALIFIED[:7])
        lower = value if qualifier in ("over", "at_least") else None
        return Fig(f"{words} {text}", value, lower, None, qualifier, unit=currency)
    return Fig(text, value, None, None, "exact", unit=currency)


def percent_fig(rng: random.Random, pct: float) -> Fig:
    """12.5 percent, 40%, 12 per cent, nearly 40 percent."""
    value = _decimal_str(pct)
    sign = rng.choice(["percent", "percent", "per cent", "%"])
    text = f"{value}%" if sign == "%" else f"{value} {sign}"
    if rng.random() < 0.2:
        words, qualifier, _ = rng.choice(QUALIFIED[:9])
        lower = value if qualifier in ("over", "at_least") else None
        return Fig(f"{words} {text}", value, lower, None, qualifier, unit="%")
    return Fig(text, value, None, None, "exact", unit="%")


# --------------------------------------------------------------------------- speakers


@dataclass(slots=True, eq=False)
class Speaker:
    """Someone who states figures, with the ways articles refer to them."""

    canonical: str
    kind: str  # person|government|organisation|armed_group|media (claims.models.SpeakerKind)
    first: list[str]  # full references, lower-case start unless a name ("the Valdorian army")
    later: list[str]  # short references for later mentions ("the army", "Velin")
    pronoun: str  # he|she|it
    appositive: str = ""  # "Valdoria's health minister" for "Amara Velin, Valdoria's ..., said"
    full: str = ""  # the bare name for appositive use

    def aliases(self) -> list[str]:
        names = [self.canonical, *self.first, *self.later]
        out: list[str] = []
        for name in names:
            bare = name[4:] if name.startswith("the ") else name
            if bare not in out:
                out.append(bare)
        return out


@dataclass(slots=True)
class Country:
    name: str
    adj: str
    capital: str
    towns: list[str]
    regions: list[str]
    people: list[Speaker]
    bodies: list[Speaker]  # government, ministries, army, police
    army: Speaker
    health: Speaker
    groups: list[Speaker]


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class World:
    """The made-up countries, speakers and outlets one corpus draws from."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used_names: set[str] = set()
        self.used_towns: set[str] = set()
        names = rng.sample(COUNTRY_NAMES, 20)
        self.countries = [self._country(name, adj) for name, adj in names]
        self.ngos = [
            Speaker(canonical, "organisation", [ref, f"{ref} ({acr})"], [acr], "it")
            for canonical, ref, acr in NGO_NAMES
        ]
        self.un = [Speaker(c, "organisation", [ref], [ref], "it") for c, ref in UN_AGENCIES]
        self.outlets = [Speaker(c, "media", [ref], [ref], "it") for c, ref in OUTLETS]
        self.wires = [
            Speaker(c, "media", [ref, f"{ref} ({acr})"] if acr != c else [ref], [acr], "it")
            for c, ref, acr in WIRES
        ]

    def person_name(self) -> tuple[str, str, str]:
        rng = self.rng
        for _ in range(50):
            female = rng.random() < 0.45
            first = rng.choice(FIRST_NAMES_F if female else FIRST_NAMES_M)
            last = rng.choice(SURNAME_HEADS) + rng.choice(SURNAME_TAILS)
            if rng.random() < 0.2:
                last = cap(rng.choice(SURNAME_TAILS)) + last.lower()
            full = f"{first} {last}"
            if full not in self.used_names:
                break
        self.used_names.add(full)
        return full, last, "she" if female else "he"

    def town(self) -> str:
        rng = self.rng
        for _ in range(50):
            name = (
                rng.choice(TOWN_PREFIXES)
                + rng.choice(TOWN_HEADS)
                + rng.choice(TOWN_MIDS)
                + rng.choice(TOWN_TAILS)
            )
            if name not in self.used_towns:
                break
        self.used_towns.add(name)
        return name

    def person(self, title: str, appositive: str, extra_first: str = "") -> Speaker:
        """A person: "Health Minister Amara Velin", later "Velin" or a pronoun."""
        full, last, pronoun = self.person_name()
        spox = "spokeswoman" if pronoun == "she" else "spokesman"
        title = title.replace("{spox}", spox)
        appositive = appositive.replace("{spox}", spox)
        first = [f"{title} {full}"]
        if extra_first:
            first.append(f"{extra_first} {full}")
        return Speaker(full, "person", first, [last], pronoun, appositive=appositive, full=full)

    def _country(self, name: str, adj: str) -> Country:
        rng = self.rng
        capital = self.town()
        towns = [self.town() for _ in range(6)]
        regions = [f"{self.town()} {rng.choice(['region', 'province', 'state'])}" for _ in range(3)]
        gov = Speaker(
            f"{adj} government",
            "government",
            [f"the {adj} government", f"{name}'s government", f"the government in {capital}"],
            ["the government"],
            "it",
        )
        army = Speaker(
            f"{adj} army",
            "government",
            [f"the {adj} army", f"{name}'s army", f"the {adj} armed forces"],
            ["the army", "the military"],
            "it",
        )
        police = Speaker(
            f"{adj} police",
            "government",
            [f"the {adj} police", f"{name}'s police"],
            ["police"],
            "it",
        )
        health = Speaker(
            f"{adj} Health Ministry",
            "government",
            [f"the {adj} Health Ministry", f"{name}'s health ministry"],
            ["the health ministry", "the ministry"],
            "it",
        )
        interior = Speaker(
            f"{adj} Interior Ministry",
            "government",
            [f"the {adj} Interior Ministry", f"{name}'s interior ministry"],
            ["the interior ministry"],
            "it",
        )
        finance = Speaker(
            f"{adj} Finance Ministry",
            "government",
            [f"the {adj} Finance Ministry", f"{name}'s finance ministry"],
            ["the finance ministry"],
            "it",
        )
        people = [
            self.person("President", f"{name}'s president", f"{adj} President"),
            self.person("Prime Minister", f"{name}'s prime minister"),
            self.person(
                "Foreign Minister", f"{name}'s foreign minister", f"{adj} Foreign Minister"
            ),
            self.person("Health Minister", f"{name}'s health minister"),
            self.person("Interior Minister", f"{name}'s interior minister"),
            self.person("Finance Minister", f"{name}'s finance minister"),
            self.person("government {spox}", f"a {{spox}} for the {adj} government"),
            self.person(
                f"army {{spox}} {rng.choice(['Col.', 'Maj.', 'Lt. Col.'])}",
                f"a {{spox}} for the {adj} army",
            ),
            self.person("police {spox}", f"a {{spox}} for the {adj} police"),
            self.person(f"{regions[0].split()[0]} governor", f"the governor of {regions[0]}"),
        ]
        groups = []
        for _ in range(2):
            words = [rng.choice(GROUP_ADJS), rng.choice(GROUP_NOUNS), rng.choice(GROUP_TYPES)]
            gname = " ".join(words)
            acr = "".join(w[0] for w in words)
            groups.append(
                Speaker(
                    gname,
                    "armed_group",
                    [f"the {gname}", f"the {gname} ({acr})"],
                    [acr if rng.random() < 0.5 else f"the {acr}", f"the {gname}"],
                    "it",
                )
            )
        return Country(
            name,
            adj,
            capital,
            towns,
            regions,
            people,
            [gov, army, police, health, interior, finance],
            army,
            health,
            groups,
        )


# --------------------------------------------------------------------------- events


@dataclass(slots=True)
class Measure:
    """What a figure counts and the clause templates that state it ({f} = figure lead)."""

    counts: str
    clauses: list[str]
    kind: str = "count"  # count|money|percent
    zero: str = ""  # clause for a zero figure, e.g. "no one was killed"


MEASURES = {
    "killed": Measure(
        "people killed",
        [
            "{f} people were killed",
            "{f} people had been killed",
            "{f} people died in the attack",
            "the attack killed {f} people",
            "the death toll had risen to {f}",
        ],
        zero="no one was killed",
    ),
    "civilians": Measure(
        "civilians killed",
        [
            "{f} civilians were killed",
            "{f} civilians had died",
            "{f} civilians lost their lives",
        ],
        zero="no civilians were killed",
    ),
    "soldiers": Measure(
        "soldiers killed",
        [
            "{f} soldiers were killed",
            "{f} soldiers had been killed in the fighting",
            "the clashes left {f} soldiers dead",
        ],
        zero="no soldiers were killed",
    ),
    "fighters": Measure(
        "fighters killed",
        [
            "{f} fighters were killed",
            "security forces had killed {f} fighters",
            "{f} militants were killed",
        ],
    ),
    "wounded": Measure(
        "people wounded",
        [
            "{f} people were wounded",
            "{f} people were injured",
            "{f} others were wounded",
        ],
        zero="no one was hurt",
    ),
    "abducted": Measure(
        "students abducted",
        [
            "{f} students were abducted",
            "gunmen had kidnapped {f} students",
            "{f} pupils were taken from the school",
        ],
    ),
    "villagers": Measure(
        "villagers kidnapped",
        [
            "{f} villagers were kidnapped",
            "{f} villagers had been seized by gunmen",
        ],
    ),
    "displaced": Measure(
        "people displaced",
        [
            "{f} people had been displaced",
            "{f} people have fled their homes",
            "the floods displaced {f} people",
        ],
    ),
    "homes": Measure(
        "homes destroyed",
        [
            "{f} homes were destroyed",
            "{f} houses had been washed away",
        ],
        zero="no homes were destroyed",
    ),
    "cases": Measure(
        "cholera cases",
        [
            "{f} cholera cases had been recorded",
            "{f} people had tested positive for cholera",
        ],
    ),
    "arrested": Measure(
        "protesters arrested",
        [
            "{f} protesters were arrested",
            "police had detained {f} demonstrators",
        ],
        zero="no one was arrested",
    ),
    "marchers": Measure(
        "marchers",
        [
            "{f} people took part in the march",
            "{f} people marched through the capital",
        ],
    ),
    "ransom": Measure(
        "ransom paid",
        [
            "{f} had been paid in ransom",
            "the kidnappers demanded {f}",
        ],
        kind="money",
    ),
    "aid": Measure(
        "aid pledged",
        [
            "the government would spend {f} on reconstruction",
            "donors had pledged {f}",
            "{f} in emergency aid would be released",
        ],
        kind="money",
    ),
    "inflation": Measure(
        "inflation",
        [
            "inflation had reached {f}",
            "consumer prices rose {f} last month",
        ],
        kind="percent",
    ),
    "turnout": Measure(
        "turnout",
        [
            "turnout was {f}",
            "{f} of registered voters cast a ballot",
        ],
        kind="percent",
    ),
    "unemployment": Measure(
        "unemployment",
        [
            "unemployment stood at {f}",
            "the jobless rate had climbed to {f}",
        ],
        kind="percent",
    ),
}

EVENT_KINDS = {
    # kind: (measures with a value range, who speaks)
    "attack": (
        [
            ("killed", 5, 400),
            ("wounded", 5, 600),
            ("civilians", 3, 200),
            ("soldiers", 3, 150),
            ("fighters", 5, 300),
        ],
        ["army", "gov", "group", "person", "ngo", "un", "local", "outlet", "anon"],
    ),
    "kidnapping": (
        [("abducted", 10, 400), ("villagers", 5, 120), ("ransom", 0, 0)],
        ["police", "gov", "person", "local", "ngo", "outlet", "anon"],
    ),
    "flood": (
        [("displaced", 2_000, 3_000_000), ("homes", 100, 30_000), ("killed", 3, 900)],
        ["gov", "person", "un", "ngo", "local", "outlet"],
    ),
    "outbreak": (
        [("cases", 100, 60_000), ("killed", 5, 900)],
        ["health", "person", "un", "ngo", "outlet"],
    ),
    "protest": (
        [("marchers", 1_000, 250_000), ("arrested", 10, 1500), ("wounded", 3, 200)],
        ["police", "gov", "person", "ngo", "outlet", "local"],
    ),
    "economy": (
        [("inflation", 2, 40), ("unemployment", 3, 35), ("aid", 0, 0)],
        ["gov", "finance", "person", "outlet"],
    ),
    "election": (
        [("turnout", 30, 90), ("arrested", 5, 300)],
        ["gov", "person", "ngo", "outlet", "police"],
    ),
}
KIND_WEIGHTS = [
    ("attack", 34),
    ("kidnapping", 16),
    ("flood", 14),
    ("outbreak", 10),
    ("protest", 10),
    ("economy", 8),
    ("election", 8),
]


@dataclass(slots=True, eq=False)
class Event:
    """A made-up happening several articles cover; each speaker keeps its figure for it."""

    kind: str
    country: Country
    town: str
    date: datetime.date
    measures: list[tuple[str, float]]  # (measure name, true value)
    speakers: list[Speaker]
    claims: dict[tuple[int, int], Fig] = field(default_factory=dict)  # (speaker idx, measure idx)
    articles_left: int = 1
    group: Speaker | None = None


# --------------------------------------------------------------------------- articles


@dataclass(slots=True)
class Planted:
    """One attributed figure written into an article (a truth row)."""

    speaker: Speaker
    fig: Fig
    measure: str
    style: str
    part: str
    sentence: str


class _ArticleWriter:
    """Builds one article's lines; tracks who was already named so later mentions shorten."""

    def __init__(self, gen: Generator, event: Event, date: datetime.date) -> None:
        self.gen = gen
        self.rng = gen.rng
        self.event = event
        self.date = date
        self.named: set[int] = set()
        self.planted: list[Planted] = []

    # -- references --------------------------------------------------------------------
    def ref(self, speaker: Speaker, *, start: bool = False) -> str:
        """How the article names the speaker here: in full the first time, shorter later."""
        rng = self.rng
        if id(speaker) in self.named:
            text = rng.choice(speaker.later)
        else:
            self.named.add(id(speaker))
            text = rng.choice(speaker.first)
        return cap(text) if start else text

    def subject(self, speaker: Speaker) -> str:
        """A reference in subject position, sometimes with an appositive for people."""
        if speaker.appositive and id(speaker) not in self.named and self.rng.random() < 0.35:
            self.named.add(id(speaker))
            return f"{speaker.full}, {speaker.appositive},"
        return self.ref(speaker, start=True)

    def when(self) -> str:
        """ "on Sunday", "Sunday", "this week": when something was said (distractor-free)."""
        rng = self.rng
        back = rng.randrange(0, 4)
        day = WEEKDAYS[(self.date - datetime.timedelta(days=back)).weekday()]
        return rng.choice([f"on {day}", day, f"on {day}", "this week", "late on " + day])

    # -- figure sentences --------------------------------------------------------------
    def clause(self, measure: str, fig: Fig) -> str:
        m = MEASURES[measure]
        if fig.value == "0" and m.zero:
            return m.zero
        clauses = m.clauses
        if fig.of or fig.text == "several":
            # "the death toll had risen to dozens of" is not English: keep a noun after it.
            clauses = [c for c in clauses if not c.endswith("{f}")] or clauses
        return self.rng.choice(clauses).replace("{f}", fig.lead)

    def figure_sentence(self, speaker: Speaker, measure: str, fig: Fig, part: str = "body") -> str:
        """One sentence attributing the figure to the speaker, in a random style."""
        rng = self.rng
        c = self.clause(measure, fig)
        style = rng.choices(
            ["first", "last", "according", "pronoun", "reporters", "wire", "quote", "statement"],
            [22, 16, 12, 10, 10, 10, 12, 8],
        )[0]
        if style == "first":
            form = rng.randrange(4)
            who = self.subject(speaker)
            if form == 0:
                s = f"{who} said {self.when()} that {c}."
            elif form == 1:
                s = f"{who} said {c}."
            elif form == 2:
                s = f"{who} estimated that {c}."
            else:
                s = f"{who} wrote on X that {c}."
        elif style == "last":
            form = rng.randrange(3)
            if form == 0:
                s = f"{cap(c)}, {self.ref(speaker)} said."
            elif form == 1:
                s = f"{cap(c)}, said {self.ref(speaker)}."
            else:
                s = f"{cap(c)}, {self.ref(speaker)} said {self.when()}."
        elif style == "according":
            if rng.random() < 0.5:
                s = f"According to {self.ref(speaker)}, {c}."
            else:
                s = f"{cap(c)}, according to {self.ref(speaker)}."
        elif style == "pronoun":
            intro = rng.choice(
                [
                    "{who} spoke at a news conference in {place} {when}.",
                    "{who} visited {place} {when}.",
                    "{who} issued a statement {when}.",
                ]
            )
            place = rng.choice([self.event.town, self.event.country.capital])
            s1 = intro.format(who=self.subject(speaker), place=place, when=self.when())
            pron = cap(speaker.pronoun)
            verb = rng.choice(["said", "said", "added", "estimated"])
            s = f"{s1} {pron} {verb} {c}."
        elif style == "reporters":
            if rng.random() < 0.5:
                s = f"{self.subject(speaker)} told reporters {c}."
            else:
                s = f"{cap(c)}, {self.ref(speaker)} told reporters in {self.event.country.capital}."
        elif style == "wire":
            wire = rng.choice(self.gen.world.wires)
            if rng.random() < 0.5:
                s = f"{cap(c)}, {self.ref(speaker)} told {rng.choice(wire.first)}."
            else:
                s = f"{self.subject(speaker)} told {rng.choice(wire.first)} that {c}."
        elif style == "quote":
            form = rng.randrange(3)
            if form == 0:
                s = f"“{cap(c)},” {self.ref(speaker)} said."
            elif form == 1:
                s = f"“{cap(c)},” said {self.ref(speaker)}."
            else:
                s = f"{self.subject(speaker)} said: “{cap(c)}.”"
        else:  # statement
            if rng.random() < 0.5:
                s = f"{self.subject(speaker)} said in a statement that {c}."
            else:
                s = f"In a statement, {self.ref(speaker)} said {c}."
        self.planted.append(Planted(speaker, fig, measure, style, part, s))
        return s

    def unattributed_figure(self) -> str:
        """Background with a figure but no speaker (not a planted claim)."""
        rng = self.rng
        country = self.event.country
        form = rng.randrange(4)
        if form == 0:
            return (
                f"{country.name}, a country of about {rng.randrange(3, 90)} million people, "
                "has struggled with insecurity for years."
            )
        if form == 1:
            return (
                f"The town of {self.event.town} lies {rng.randrange(20, 600)} km from "
                f"{country.capital}."
            )
        if form == 2:
            return f"The region has some {rng.randrange(2, 40) * 100:,} schools."
        return f"More than {rng.randrange(2, 9)} million people in {country.name} depend on aid."

    def distractor(self) -> str:
        """A sentence with numbers that are not claims: years, dates, times, ordinals, names."""
        rng = self.rng
        country = self.event.country
        year = self.date.year - rng.randrange(1, 15)
        d = self.date - datetime.timedelta(days=rng.randrange(1, 40))
        group = self.event.group or rng.choice(country.groups)
        form = rng.randrange(10)
        if form == 0:
            return f"{cap(rng.choice(group.first))} has fought the government since {year}."
        if form == 1:
            return (
                f"The attack began at about {rng.randrange(1, 12)}:{rng.choice(['00', '15', '30', '45'])}"
                f" {rng.choice(['a.m.', 'p.m.', 'am', 'pm'])} local time on {MONTHS[d.month - 1]} "
                f"{d.day}."
            )
        if form == 2:
            return (
                f"It was the {rng.choice(_ORDINALS[1:])} such incident in {country.name} this year."
            )
        if form == 3:
            return f"Leaders are expected to discuss the crisis at the G7 summit in {MONTHS[d.month - 1]}."
        if form == 4:
            return (
                "Hospitals in the region, still strained after the Covid-19 pandemic, "
                "struggled to cope."
            )
        if form == 5:
            return (
                f"The {rng.choice(['3rd', '5th', '21st', '42nd', '7th'])} Infantry Brigade was "
                f"deployed along the N{rng.randrange(1, 20)} highway."
            )
        if form == 6:
            return (
                f"In {year}, a similar crisis in {rng.choice(country.towns)} drew condemnation "
                f"from the UN Security Council under Resolution {rng.randrange(1500, 2800)}."
            )
        if form == 7:
            return (
                f"Elections are scheduled for {min(d.day, 28)} {MONTHS[(d.month + 5) % 12]} "
                f"{self.date.year + 1}."
            )
        if form == 8:
            return (
                f"The {country.adj} parliament passed a security law on {WEEKDAYS[d.weekday()]}, "
                f"{MONTHS[d.month - 1]} {d.day}, {d.year}."
            )
        return (
            f"Flight KX{rng.randrange(100, 999)} was diverted to {country.capital} on "
            f"{d.day:02d} {MONTHS[d.month - 1]}."
        )

    def filler(self) -> str:
        """A sentence without figures, sometimes with a speaker (attribution without a claim)."""
        rng = self.rng
        sp = rng.choice(self.event.speakers)
        country = self.event.country
        form = rng.randrange(14)
        if form == 0:
            return f"{self.subject(sp)} condemned what {sp.pronoun} called a grave escalation."
        if form == 6:
            group = self.event.group or country.groups[0]
            return (
                f"{country.adj} officials have blamed the violence on {rng.choice(group.first)}, "
                "which denies any involvement."
            )
        if form == 7:
            return (
                f"Roads into {self.event.town} were blocked, making it hard for journalists and "
                "aid convoys to reach the area."
            )
        if form == 8:
            return f"The government has declared a state of emergency in {rng.choice(country.regions)}."
        if form == 9:
            return (
                f"Diplomats in {country.capital} said talks on a ceasefire had stalled, with "
                "neither side willing to make the first concession."
            )
        if form == 10:
            return "Local radio stations broadcast appeals for blood donors throughout the night."
        if form == 11:
            other = rng.choice(self.gen.world.countries)
            return f"Analysts say the crisis could spill over into neighbouring {other.name}."
        if form == 12:
            return f"{self.subject(sp)} did not say how the figures had been compiled."
        if form == 13:
            return (
                "Prices of food and fuel have soared in the area since the crisis began, "
                "traders said, and many families now eat only once a day."
            )
        if form == 1:
            return (
                f"Residents of {self.event.town} said they had received little help from "
                "the authorities."
            )
        if form == 2:
            return (
                f"The {country.adj} authorities have promised an investigation, but critics "
                "say earlier inquiries led nowhere."
            )
        if form == 3:
            return f"{self.subject(sp)} called for calm and urged both sides to talk."
        if form == 4:
            return (
                f"Aid workers described scenes of chaos as families searched for relatives in "
                f"{self.event.town}."
            )
        return f"The situation in {self.event.town} remained tense, witnesses said."

    # -- the article -------------------------------------------------------------------
    def headline(self, figure: tuple[Speaker, str, Fig] | None) -> str:
        rng = self.rng
        e = self.event
        c = e.country
        if figure is not None and rng.random() < 0.55:
            sp, measure, fig = figure
            short = rng.choice(sp.later if sp.kind != "person" else sp.first)
            counts = MEASURES[measure].counts
            if MEASURES[measure].kind != "count" or fig.value == "0":
                text = f"{cap(self.clause(measure, fig))}, {short} says"
            else:
                text = rng.choice(
                    [
                        f"{cap(fig.lead)} {counts} in {e.town}, {short} says",
                        f"{cap(short)} says {fig.lead} {counts} in {c.adj} {e.kind}",
                    ]
                )
            self.planted.append(Planted(sp, fig, measure, "headline", "headline", text))
            return text
        templates = {
            "attack": [
                f"Deadly attack on {e.town} tests {c.adj} army",
                f"{c.name} vows response after {e.town} assault",
                f"Fighting flares near {e.town} in {c.name}'s {rng.choice(c.regions)}",
            ],
            "kidnapping": [
                f"Gunmen storm school in {e.town}, {c.name}",
                f"{c.adj} families wait for news after {e.town} abduction",
            ],
            "flood": [
                f"Floods swamp {e.town} as rivers burst their banks",
                f"{c.name} appeals for help after {e.town} floods",
            ],
            "outbreak": [
                f"Cholera spreads in {e.town}, straining clinics",
                f"{c.adj} health workers race to contain outbreak in {e.town}",
            ],
            "protest": [
                f"Thousands march in {c.capital} over living costs",
                f"Protesters and police clash in {e.town}",
            ],
            "economy": [
                f"{c.name} unveils budget as prices climb",
                f"{c.adj} currency slides to record low",
            ],
            "election": [
                f"{c.adj} voters head to the polls amid tension",
                f"Results delayed in {c.name}'s disputed vote",
            ],
        }
        return rng.choice(templates[e.kind])

    def build(self, headline_taken: set[str]) -> tuple[list[str], str]:
        rng = self.rng
        e = self.event
        gen = self.gen
        # Which of the event's figures this article reports, and from whom.
        chosen: list[tuple[Speaker, str, Fig]] = []
        for _ in range(rng.randrange(2, 6)):
            si = rng.randrange(len(e.speakers))
            mi = rng.randrange(len(e.measures))
            fig = e.claims.get((si, mi))
            if fig is None:
                fig = gen.stance_fig(e, mi)
                e.claims[(si, mi)] = fig
            item = (e.speakers[si], e.measures[mi][0], fig)
            if item not in chosen:
                chosen.append(item)

        headline = ""
        for _ in range(6):
            mark = len(self.planted)
            headline = self.headline(chosen[0] if chosen else None)
            if headline not in headline_taken:
                break
            del self.planted[mark:]
        else:
            headline = f"{headline}: what we know on day {len(headline_taken) + 1}"
        headline_taken.add(headline)
        headline_planted = list(self.planted)
        self.planted.clear()
        self.named.clear()

        # Body first (the summary repeats one of its figure sentences).
        dateline = rng.choice([e.town, e.country.capital, e.town]).upper()
        sp, measure, fig = chosen[0]
        opening = f"{self.subject(sp)} said {self.when()} that {self.clause(measure, fig)}."
        self.planted.append(Planted(sp, fig, measure, "first", "body", opening))
        sentences: list[str] = []
        for sp, measure, fig in chosen[1:]:
            sentences.append(self.figure_sentence(sp, measure, fig))
        extras = [self.filler() for _ in range(rng.randrange(2, 7))]
        extras += [self.distractor() for _ in range(rng.randrange(1, 4))]
        if rng.random() < 0.5:
            extras.append(self.unattributed_figure())
        extras = list(dict.fromkeys(extras))  # the same filler twice in one article reads badly
        # Keep figure sentences in order (pronoun sentences need their antecedent before them)
        # but scatter the rest between them.
        for extra in extras:
            sentences.insert(rng.randrange(len(sentences) + 1), extra)
        if len(chosen) > 1 and rng.random() < 0.4:
            # A speaker repeated later in the article: same claim, another appearance.
            sp, measure, fig = rng.choice(chosen)
            sentences.append(self.figure_sentence(sp, measure, fig))

        summary: list[str] = []
        for _ in range(rng.randrange(1, 3)):
            if rng.random() < 0.6 and self.planted:
                p = rng.choice(self.planted)
                point = p.sentence if p.style != "pronoun" else opening
                if point not in summary:
                    summary.append(point)
                    src = next(x for x in self.planted if x.sentence == point)
                    self.planted.append(
                        Planted(src.speaker, src.fig, src.measure, src.style, "summary", point)
                    )
            else:
                point = self.filler()
                if point not in summary:
                    summary.append(point)

        lines = [headline, ""]
        if rng.random() < 0.5:
            lines.append(self.caption())
        if rng.random() < 0.5:
            lines.append("Short Url")
        kind = "Updated" if rng.random() < 0.7 else "Published"
        lines.append(f"{kind} {self.date.day:02d} {MONTHS[self.date.month - 1]} {self.date.year}")
        lines.append("Follow")
        lines += ["", headline, ""]
        lines += [f"  • {point}" for point in summary]
        lines += ["", f"{dateline}: {opening}"]
        # One or two sentences per paragraph line, captions between blocks.
        i = 0
        while i < len(sentences):
            take = 1 if rng.random() < 0.7 else 2
            lines.append(" ".join(sentences[i : i + take]))
            i += take
            if i < len(sentences) and rng.random() < 0.12:
                lines += ["", "", "", "", self.caption(), ""]
        self.planted = headline_planted + self.planted
        return lines, headline

    def caption(self) -> str:
        rng = self.rng
        e = self.event
        d = e.date
        subject = rng.choice(
            [
                "Residents inspect the damage",
                "People gather outside a hospital",
                "Soldiers patrol a street",
                "A woman waits at a relief centre",
                "Smoke rises over the town",
                "Officials address the media",
            ]
        )
        credit = rng.choice(PHOTO_CREDITS)
        if rng.random() < 0.15:
            credit = f"X: @{e.town.replace(' ', '').lower()}news"
        return f"{subject} in {e.town} on {MONTHS[d.month - 1]} {d.day}, {d.year}. ({credit})"


class Generator:
    """Streams articles: a bounded pool of live events, each covered by a few articles."""

    POOL = 40

    def __init__(self, n: int, seed: int) -> None:
        self.n = n
        self.rng = random.Random(f"claimtrack-corpus-{GENERATOR_VERSION}-{seed}")
        self.world = World(self.rng)
        self.pool: deque[Event] = deque()
        # Spread the corpus over up to ten years: more articles, more days.
        self.span_days = min(3650, max(365, n // 10))
        self.index = 0

    def today(self) -> datetime.date:
        return BASE_DATE + datetime.timedelta(days=self.index * self.span_days // max(1, self.n))

    def new_event(self) -> Event:
        rng = self.rng
        w = self.world
        kind = rng.choices([k for k, _ in KIND_WEIGHTS], [wt for _, wt in KIND_WEIGHTS])[0]
        country = rng.choice(w.countries)
        town = rng.choice(country.towns) if rng.random() < 0.7 else w.town()
        specs, roles = EVENT_KINDS[kind]
        measures: list[tuple[str, float]] = []
        for name, lo, hi in rng.sample(specs, rng.randrange(1, min(3, len(specs)) + 1)):
            m = MEASURES[name]
            if m.kind == "money":
                value = float(
                    rng.choice(
                        [
                            rng.randrange(50, 900) * 1000,
                            rng.randrange(2, 900) * 1_000_000,
                            rng.randrange(1, 40) * 1_000_000_000,
                        ]
                    )
                )
            elif m.kind == "percent":
                value = rng.randrange(lo * 10, hi * 10) / 10
            else:
                # Log-uniform: small tolls are far more common than huge ones.
                value = float(int(lo * (hi / lo) ** rng.random()))
                if m.zero and rng.random() < 0.05:
                    value = 0.0
            measures.append((name, value))
        group = rng.choice(country.groups)
        speakers: list[Speaker] = []
        for role in rng.sample(roles, min(len(roles), rng.randrange(2, 6))):
            if role == "army":
                speakers.append(country.army)
            elif role == "gov":
                speakers.append(rng.choice(country.bodies[:1] + country.people[:3]))
            elif role == "police":
                speakers.append(rng.choice([country.bodies[2], country.people[8]]))
            elif role == "health":
                speakers.append(rng.choice([country.health, country.people[3]]))
            elif role == "finance":
                speakers.append(rng.choice([country.bodies[5], country.people[5]]))
            elif role == "group":
                speakers.append(group)
            elif role == "person":
                speakers.append(rng.choice(country.people))
            elif role == "ngo":
                speakers.append(rng.choice(w.ngos))
            elif role == "un":
                speakers.append(rng.choice(w.un))
            elif role == "outlet":
                speakers.append(rng.choice(w.outlets))
            elif role == "anon":
                speakers.append(
                    Speaker(
                        "security source",
                        "person",
                        ["a security source", "a local security source"],
                        ["the source"],
                        "he",
                    )
                )
            else:  # a local official named for this event only
                title = rng.choice(
                    [
                        "local official",
                        "hospital director Dr.",
                        "mayor",
                        "community leader",
                        "district chief",
                    ]
                )
                speakers.append(w.person(title, f"an official in {town}"))
        speakers = list({id(s): s for s in speakers}.values())
        date = self.today() - datetime.timedelta(days=rng.randrange(0, 4))
        return Event(
            kind,
            country,
            town,
            date,
            measures,
            speakers,
            articles_left=rng.choice([1, 1, 2, 2, 3, 4, 6]),
            group=group,
        )

    def stance_fig(self, event: Event, mi: int) -> Fig:
        """A speaker's figure for a measure: mostly agreeing, some conflicting, some vague."""
        rng = self.rng
        name, true = event.measures[mi]
        kind = MEASURES[name].kind
        r = rng.random()
        if kind == "percent":
            pct = true if r < 0.7 else round(true * rng.uniform(0.5, 1.6), 1)
            return percent_fig(rng, pct)
        if kind == "money":
            amount = true if r < 0.7 else true * rng.choice([0.5, 2, 3])
            return money_fig(rng, int(amount), rng.choice(["USD", "USD", "EUR", "GBP", "NGN"]))
        v = int(true)
        if v == 0:
            return count_fig(rng, 0)
        if r < 0.25:
            # Conflicting: a party inflates or plays the toll down.
            v = max(2, int(v * rng.choice([0.2, 0.3, 0.5, 2, 3, 4])))
        return count_fig(rng, v)

    def next_event(self) -> Event:
        rng = self.rng
        if self.pool and rng.random() < 0.55:
            # Recent events are covered more: pick from the newer end of the pool.
            idx = len(self.pool) - 1 - int(len(self.pool) * rng.random() ** 2)
            event = self.pool[idx]
        else:
            event = self.new_event()
            self.pool.append(event)
            if len(self.pool) > self.POOL:
                self.pool.popleft()
        event.articles_left -= 1
        if event.articles_left <= 0 and event in self.pool:
            self.pool.remove(event)
        return event

    def article(self, headline_taken: set[str]) -> tuple[str, str, list[Planted]]:
        """(article text, headline, planted figures)."""
        event = self.next_event()
        date = max(event.date, self.today()) + datetime.timedelta(days=self.rng.randrange(0, 3))
        writer = _ArticleWriter(self, event, date)
        lines, headline = writer.build(headline_taken)
        self.index += 1
        return "\n".join(lines), headline, writer.planted


# --------------------------------------------------------------------------- files


def corpus_label(n: int) -> str:
    """'1k', '10k', '100k', or the plain number."""
    return f"{n // 1000}k" if n % 1000 == 0 and n >= 1000 else str(n)


def default_out_dir(n: int) -> Path:
    return Path(__file__).resolve().parent / "out" / f"corpus-{corpus_label(n)}"


def _truth_row(file: str, position: int, headline: str, p: Planted) -> dict:
    return {
        "file": file,
        "position": position,
        "headline": headline,
        "speaker": p.speaker.canonical,
        "speaker_kind": p.speaker.kind,
        "aliases": p.speaker.aliases(),
        "figure_text": p.fig.text,
        "value": p.fig.value,
        "lower": p.fig.lower,
        "upper": p.fig.upper,
        "qualifier": p.fig.qualifier,
        "unit": p.fig.unit,
        "counts": MEASURES[p.measure].counts,
        "style": p.style,
        "part": p.part,
        "sentence": p.sentence,
    }


def write_corpus(
    n: int, seed: int, out_dir: str | os.PathLike, per_file: int = 100, *, truth: bool = True
) -> dict:
    """Write n articles as seed files of `per_file` articles each into out_dir (emptied first).

    Returns the manifest (also written to out_dir/manifest.json, last, so a half-written corpus
    has none). With `truth`, out_dir/truth.jsonl gets one row per planted attributed figure.
    """
    if n < 1 or per_file < 1:
        raise ValueError("n and per_file must be at least 1")
    out = Path(out_dir)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    gen = Generator(n, seed)
    files = (n + per_file - 1) // per_file
    width = max(5, len(str(files)))
    truth_file = (out / "truth.jsonl").open("w", encoding="utf-8") if truth else None
    planted = 0
    size = 0
    try:
        written = 0
        for f in range(files):
            name = f"{f:0{width}d}_bench.txt"
            count = min(per_file, n - written)
            taken: set[str] = set()
            with (out / name).open("w", encoding="utf-8", newline="\n") as fh:
                for position in range(count):
                    text, headline, rows = gen.article(taken)
                    if position:
                        fh.write("\n\n\n")
                    fh.write(text)
                    size += len(text)
                    if truth_file is not None:
                        for p in rows:
                            truth_file.write(
                                json.dumps(
                                    _truth_row(name, position, headline, p), ensure_ascii=False
                                )
                                + "\n"
                            )
                    planted += len(rows)
                fh.write("\n")
            written += count
    finally:
        if truth_file is not None:
            truth_file.close()
    manifest = {
        "articles": n,
        "seed": seed,
        "per_file": per_file,
        "files": files,
        "planted_figures": planted,
        "characters": size,
        "generator_version": GENERATOR_VERSION,
        "truth": truth,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def ensure_corpus(
    n: int, seed: int = 7, out_dir: str | os.PathLike | None = None, per_file: int = 100
) -> Path:
    """The corpus directory for (n, seed, per_file), generated only when not cached."""
    out = Path(out_dir) if out_dir else default_out_dir(n)
    manifest = out / "manifest.json"
    if manifest.exists():
        try:
            data = json.loads(manifest.read_text(encoding="utf-8"))
        except ValueError:
            data = {}
        if (
            data.get("articles"),
            data.get("seed"),
            data.get("per_file"),
            data.get("generator_version"),
        ) == (n, seed, per_file, GENERATOR_VERSION):
            return out
    write_corpus(n, seed, out, per_file)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="number of articles")
    parser.add_argument("--seed", type=int, default=7, help="random seed (same seed, same bytes)")
    parser.add_argument("--out", help="output folder (default: bench/out/corpus-<size>/)")
    parser.add_argument("--per-file", type=int, default=100, help="articles per seed file")
    parser.add_argument("--no-truth", action="store_true", help="skip truth.jsonl")
    args = parser.parse_args(argv)
    if args.articles < 1 or args.per_file < 1:
        parser.error("--articles and --per-file must be at least 1")
    out = Path(args.out) if args.out else default_out_dir(args.articles)
    started = time.perf_counter()
    manifest = write_corpus(args.articles, args.seed, out, args.per_file, truth=not args.no_truth)
    elapsed = time.perf_counter() - started
    print(
        f"{manifest['articles']} articles in {manifest['files']} files, "
        f"{manifest['planted_figures']} planted figures, {manifest['characters'] / 1e6:.1f} M "
        f"characters -> {out} ({elapsed:.1f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
