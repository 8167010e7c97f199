"""Which figures count the same thing, and do two such figures agree? Pure Python, no ORM.

Two halves:

* **Measures.** `measure_key` turns what a figure counts ("fighters from Russia's mercenary
  Wagner group killed") into a key that is equal for every wording of the same measure
  ("killed:fighter wagner"). The words as written stay in `Claim.counts` for display; the key is
  only for matching. The key is ``ACTION:SUBJECT WORDS`` (subject words lemmatised, sorted), or
  just ``ACTION`` when the wording names no subject ("deaths" -> "killed"), or just the sorted
  words when no known action is named.

  How a generic measure relates to a specific one: "deaths" (key "killed") and "Malian
  soldiers killed" ("killed:malian soldier") share the action, and the generic subject (none)
  is contained in the specific one, so the generic claim is *broader*. A broader claim is
  compared with a narrower one only when the narrower measure is the one it must mean: the
  only narrower measure with that action in the event, or the only one sharing a word with the
  broader claim's own context (its speaker's name and role: an army reporting "deaths" it
  suffered is counting its soldiers, not the enemy's). Anything more ambiguous is not compared:
  a wrong suggestion costs an editor more than a missed one. See `resolve_broader`.

* **Figures.** Every figure is read as an interval of the values the wording allows
  (`interval`), and two figures are compatible when their intervals overlap (`compare`):

  - exact "84" -> [84, 84]. A round exact figure of 100 or more that is a multiple of 10
    ("300", "1,500") -> ±5%: outlets round large counts without saying "about", while small
    counts ("47 soldiers", "20 fighters") are what a count actually said and are taken as
    written. 5% is half the "about" tolerance because an unmarked figure claims more precision.
  - "about / around / nearly / roughly / approximately N" (qualifier ``about``) -> N ±10%:
    "about 80" covers 72-88, the rounding a speaker who says "about" plausibly did.
  - "over N" -> (N, ∞); "at least N" -> [N, ∞); "up to N" -> [0, N]; "under N" -> [0, N);
    a range -> [lower, upper] as given.
  - vague words follow the conflict-data convention, read as lower bounds with no upper bound:
    "dozens" >= 12, "scores" >= 40, "hundreds" >= 100, "thousands" >= 1,000, "tens of
    thousands" >= 10,000, "hundreds of thousands" >= 100,000, "millions" >= 1,000,000,
    "several" >= 3, "a few" / "a handful" >= 2; "a large number", "many", "numerous" and any
    other vague wording mean "more than zero" and are consistent with any positive count.
  - two figures that are both open-ended and at least one of them vague ("dozens" and "a large
    number") are not compared: they can never disagree, so "confirms" would say nothing.
  - different units (a count and a percentage, dollars and euros) are incomparable.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

# ---------------------------------------------------------------------------------------------
# Measures
# ---------------------------------------------------------------------------------------------

# Phrases replaced before splitting into words (longest first), so multi-word synonyms become
# one lemma.
_PHRASES: tuple[tuple[str, str], ...] = (
    ("lost their lives", "killed"),
    ("lost his life", "killed"),
    ("lost her life", "killed"),
    ("death toll", "killed"),
    ("taken hostage", "abducted"),
    ("held hostage", "abducted"),
    ("taken captive", "abducted"),
    ("school children", "child"),
    ("school pupils", "child"),
    ("school students", "child"),
    ("school kids", "child"),
    ("school girls", "schoolgirl"),
    ("school boys", "schoolboy"),
    ("forced to flee", "displaced"),
    ("service members", "soldier"),
    ("military personnel", "soldier"),
)

_PHRASE_LEMMA = dict(_PHRASES)
_PHRASE_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p, _ in sorted(_PHRASES, key=lambda x: -len(x[0])))
    + r")\b",
    re.IGNORECASE,
)

# What happened to the people counted: the first half of a key.
_ACTIONS: dict[str, str] = {}
for _lemma, _words in {
    "killed": "killed kill kills killing killings dead death deaths died die dies dying slain "
    "perished fatalities fatality murdered massacred executed",
    "abducted": "abducted abduct abducts abduction abductions kidnapped kidnap kidnaps "
    "kidnapping kidnappings captured capture seized hostage hostages",
    "injured": "injured injuries injury wounded wounding wounds hurt",
    "displaced": "displaced displacement uprooted fled",
    "arrested": "arrested arrest arrests detained detention detentions",
    "released": "released release freed",
    "rescued": "rescued rescue",
    "missing": "missing disappeared",
    "casualties": "casualties casualty",
}.items():
    for _word in _words.split():
        _ACTIONS[_word] = _lemma

# Who was counted: synonyms folded to one lemma.
_SUBJECTS: dict[str, str] = {}
for _lemma, _words in {
    "child": "child children kid kids pupil pupils student students schoolchild schoolchildren "
    "schoolkids",
    "schoolgirl": "schoolgirl schoolgirls",
    "schoolboy": "schoolboy schoolboys",
    # Different outlets call the same armed men fighters, mercenaries, militants or combatants;
    # the group's name (Wagner, Boko Haram) is what tells them apart, and it stays in the key.
    "fighter": "fighter fighters mercenary mercenaries militant militants combatant combatants",
    "soldier": "soldier soldiers troop troops army armies serviceman servicemen",
    "civilian": "civilian civilians",
    "person": "person persons people individual individuals",
    "woman": "woman women",
    "man": "man men",
}.items():
    for _word in _words.split():
        _SUBJECTS[_word] = _lemma

# Nouns naming an armed side by its cause; with one of them "fighter" adds nothing
# ("rebel fighters" are "rebels").
_SIDE_NOUNS = frozenset(
    {"rebel", "separatist", "jihadist", "insurgent", "gunman", "attacker", "terrorist", "bandit"}
)

# Words that say nothing about what is counted.
_DROP_WORDS = """
    a an the this that these those its their his her our your my whose some any each every all
    both of from in at by for with on among amongst including during near to into as while
    within across after before than and or plus nor who which were was been being be is are
    have has had reported reportedly confirmed total totalling number numbers figure figures
    toll more over about around least nearly roughly approximately almost up under some
    group groups member members led backed linked allied person people persons
    individual individuals victim victims lives life
"""
_DROP = frozenset(_DROP_WORDS.split())

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'"})
_WORD = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z]+)?'?")


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return decomposed.encode("ascii", "ignore").decode("ascii")


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("men"):
        return word[:-3] + "man"
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _words(text: str, *, keep_possessors: bool) -> list[tuple[str, bool]]:
    """Lower-cased words with a flag "is an action"; possessors dropped unless kept.

    A possessor written with a capital ("Russia's Wagner group") names the owner, not what is
    counted, so it is dropped; a lower-case one ("children's deaths") is the subject itself.
    """
    text = _ascii(text)
    text = _PHRASE_RE.sub(lambda m: _PHRASE_LEMMA[m.group(0).lower()], text)
    out: list[tuple[str, bool]] = []
    for match in _WORD.finditer(text.replace("-", " ")):
        raw = match.group(0)
        possessive = raw.endswith(("'s", "s'"))
        word = raw.lower().rstrip("'")
        if word.endswith("'s"):
            word = word[:-2]
        if possessive and raw[0].isupper() and not keep_possessors:
            continue
        if word.isdigit() or word in _DROP:
            continue
        if word in _ACTIONS:
            out.append((_ACTIONS[word], True))
            continue
        lemma = _SUBJECTS.get(word)
        if lemma is None:
            lemma = _singular(word)
            lemma = _SUBJECTS.get(lemma, lemma)
        if lemma in _DROP or lemma == "person":
            continue
        out.append((lemma, False))
    return out


def measure_key(counts: str) -> str:
    """Normalise what a figure counts into a key equal for every wording of the same measure.

    "Wagner fighters killed", "Wagner mercenaries killed" and "fighters from Russia's Wagner
    group killed" all give "killed:fighter wagner"; "deaths" gives "killed"; "over 300 school
    children" abducted, kidnapped or seized gives "abducted:child". Empty text gives "".
    """
    words = _words(counts, keep_possessors=False)
    actions = sorted({w for w, is_action in words if is_action})
    subject = {w for w, is_action in words if not is_action}
    if subject & _SIDE_NOUNS:
        subject.discard("fighter")
    subject_part = " ".join(sorted(subject))
    if not actions:
        return subject_part[:300]
    action = "+".join(actions)
    return (f"{action}:{subject_part}" if subject_part else action)[:300]


@dataclass(frozen=True)
class Measure:
    """A parsed measure key: the action ("killed") and the subject words ({"fighter", ...})."""

    action: str
    subject: frozenset[str]

    @property
    def key(self) -> str:
        words = " ".join(sorted(self.subject))
        if not self.action:
            return words
        return f"{self.action}:{words}" if words else self.action


def parse_measure(key: str) -> Measure:
    """Split a `measure_key` back into action and subject words."""
    if ":" in key:
        action, _, words = key.partition(":")
        return Measure(action, frozenset(words.split()))
    if key in _ACTIONS.values() or "+" in key:
        return Measure(key, frozenset())
    return Measure("", frozenset(key.split()))


def measure_relation(a: str, b: str) -> str | None:
    """How measure key `a` relates to `b`: "same", "broader", "narrower" or None (unrelated).

    Keys without an action only match when equal: without knowing what happened to the
    people counted there is nothing to generalise over.
    """
    if a == b:
        return "same" if a else None
    ma, mb = parse_measure(a), parse_measure(b)
    if not ma.action or ma.action != mb.action:
        return None
    if ma.subject < mb.subject:
        return "broader"
    if mb.subject < ma.subject:
        return "narrower"
    return None


@lru_cache(maxsize=65536)
def context_terms(*texts: str) -> frozenset[str]:
    """Lemmatised words of a claim's context (speaker name, role), possessors kept.

    "Mali's army" gives {"mali", "soldier"}: the army speaks for its soldiers.
    """
    terms: set[str] = set()
    for text in texts:
        terms.update(w for w, is_action in _words(text, keep_possessors=True) if not is_action)
    return frozenset(terms)


def _same_stem(a: str, b: str) -> bool:
    # "mali" ~ "malian", "nigeria" ~ "nigerian", "ukraine" ~ "ukrainian": a place and the
    # adjective made from it share all but their last few letters.
    if a == b:
        return True
    if min(len(a), len(b)) < 4:
        return False
    if a.startswith(b) or b.startswith(a):
        return True
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= max(4, min(len(a), len(b)) - 2)


def shares_term(terms: Iterable[str], others: Iterable[str]) -> bool:
    """True when some word of `terms` has the same stem as some word of `others`."""
    others = list(others)
    return any(_same_stem(t, o) for t in terms for o in others)


def resolve_broader(
    broad: Measure, context: frozenset[str], narrower: Iterable[Measure]
) -> Measure | None:
    """The one narrower measure a broader claim must mean, or None when it is ambiguous.

    `narrower` are the distinct narrower measures (same action, more subject words) stated by
    other speakers in the same event. The broader claim means one of them when it is the only
    one, or when it is the only one whose extra words share a stem with the claim's `context`
    (see `context_terms`).
    """
    candidates = sorted(
        {m for m in narrower if m.action == broad.action and broad.subject < m.subject},
        key=lambda m: m.key,
    )
    if not candidates:
        return None
    hinted = [m for m in candidates if shares_term(m.subject - broad.subject, context)]
    if len(hinted) == 1:
        return hinted[0]
    if not hinted and len(candidates) == 1:
        return candidates[0]
    return None


# ---------------------------------------------------------------------------------------------
# Figures
# ---------------------------------------------------------------------------------------------

ABOUT_TOLERANCE = Decimal("0.10")
ROUND_TOLERANCE = Decimal("0.05")
ROUND_MINIMUM = Decimal("100")

# Checked in order: the longer phrase first ("hundreds of thousands" before "thousands").
VAGUE_LOWER_BOUNDS: tuple[tuple[str, Decimal], ...] = (
    ("hundreds of thousands", Decimal("100000")),
    ("tens of thousands", Decimal("10000")),
    ("millions", Decimal("1000000")),
    ("thousands", Decimal("1000")),
    ("hundreds", Decimal("100")),
    ("scores", Decimal("40")),
    ("dozens", Decimal("12")),
    ("several", Decimal("3")),
    ("a few", Decimal("2")),
    ("a handful", Decimal("2")),
)

_VAGUE_PATTERNS = tuple((re.compile(rf"\b{p}\b"), b) for p, b in VAGUE_LOWER_BOUNDS)

_UNIT_ALIASES = {
    "percent": "%",
    "per cent": "%",
    "pct": "%",
    "$": "usd",
    "us$": "usd",
    "dollars": "usd",
    "dollar": "usd",
    "€": "eur",
    "euros": "eur",
    "euro": "eur",
    "people": "",
    "persons": "",
}


@dataclass(frozen=True)
class Figure:
    """A figure as stored on a claim: wording, qualifier, number and bounds, unit."""

    text: str
    qualifier: str = "exact"
    value: Decimal | None = None
    lower: Decimal | None = None
    upper: Decimal | None = None
    unit: str = ""


@dataclass(frozen=True)
class Interval:
    """The values a figure allows; None bounds are unbounded."""

    low: Decimal | None
    high: Decimal | None
    low_open: bool = False
    high_open: bool = False
    note: str = ""  # how the wording was read, when that is a judgement ("about 80 = 72-88")

    @property
    def bounded(self) -> bool:
        return self.high is not None


@dataclass(frozen=True)
class Comparison:
    """The outcome of comparing two figures: "confirms" or "contradicts", and why."""

    kind: str
    rationale: str


def fmt_number(value: Decimal) -> str:
    """Readable number: 1500 -> "1,500", 72.0 -> "72", 7.25 -> "7.25"."""
    if value == value.to_integral_value():
        return f"{int(value):,}"
    text = format(value.normalize(), "f")
    whole, _, frac = text.partition(".")
    return f"{int(whole):,}.{frac}" if frac else f"{int(whole):,}"


def normalise_unit(unit: str) -> str:
    """Fold spellings of one unit together: "per cent" -> "%", "$" -> "usd"."""
    cleaned = unit.strip().lower()
    return _UNIT_ALIASES.get(cleaned, cleaned)


def vague_lower_bound(text: str) -> Decimal | None:
    """The conflict-data lower bound of a vague wording ("dozens" -> 12), None if it has none."""
    lowered = " ".join(_ascii(text).lower().split())
    for pattern, bound in _VAGUE_PATTERNS:
        if pattern.search(lowered):
            return bound
    return None


def _is_round(value: Decimal) -> bool:
    return (
        value >= ROUND_MINIMUM
        and value == value.to_integral_value()
        and int(value) % 10 == 0
    )


@lru_cache(maxsize=65536)  # a claim is compared with every claim of its block
def interval(figure: Figure) -> Interval | None:
    """The interval of values `figure` allows (see the module docstring), None if unreadable."""
    q, v, lo, hi = figure.qualifier, figure.value, figure.lower, figure.upper
    if q == "vague":
        bound = vague_lower_bound(figure.text)
        if bound is not None:
            return Interval(bound, hi, note=f"{figure.text} = at least {fmt_number(bound)}")
        if lo is not None:
            return Interval(lo, hi)
        return Interval(Decimal(0), hi, low_open=True, note=f"{figure.text} = any positive count")
    if q == "over":
        base = v if v is not None else lo
        return None if base is None else Interval(base, None, low_open=True)
    if q == "at_least":
        base = v if v is not None else lo
        return None if base is None else Interval(base, None)
    if q == "up_to":
        base = v if v is not None else hi
        return None if base is None else Interval(Decimal(0), base)
    if q == "under":
        base = v if v is not None else hi
        return None if base is None else Interval(Decimal(0), base, high_open=True)
    if q == "range":
        if lo is not None and hi is not None:
            return Interval(lo, hi)
        if v is None:
            return None
        return Interval(v, v)
    if q == "about":
        if v is None:
            return None if lo is None or hi is None else Interval(lo, hi)
        spread = abs(v) * ABOUT_TOLERANCE
        low, high = v - spread, v + spread
        return Interval(
            low, high, note=f"{figure.text} = {fmt_number(low)}\u2013{fmt_number(high)}"
        )
    # exact, and any qualifier this module does not know, read literally
    if v is None:
        if lo is not None and hi is not None:
            return Interval(lo, hi)
        return None
    if _is_round(v):
        spread = v * ROUND_TOLERANCE
        low, high = v - spread, v + spread
        return Interval(
            low,
            high,
            note=f"{figure.text} read as {fmt_number(low)}\u2013{fmt_number(high)}, a round figure",
        )
    return Interval(v, v)


def overlaps(a: Interval, b: Interval) -> bool:
    """True when some value satisfies both intervals (open ends respected)."""
    # The intersection's lower end: the larger low; open if the larger low is open.
    if a.low is None:
        low, low_open = b.low, b.low_open
    elif b.low is None or a.low > b.low:
        low, low_open = a.low, a.low_open
    elif b.low > a.low:
        low, low_open = b.low, b.low_open
    else:
        low, low_open = a.low, a.low_open or b.low_open
    if a.high is None:
        high, high_open = b.high, b.high_open
    elif b.high is None or a.high < b.high:
        high, high_open = a.high, a.high_open
    elif b.high < a.high:
        high, high_open = b.high, b.high_open
    else:
        high, high_open = a.high, a.high_open or b.high_open
    if low is None or high is None:
        return True
    if low < high:
        return True
    return low == high and not low_open and not high_open


def compare(a: Figure, b: Figure, *, counts: str = "", context: str = "") -> Comparison | None:
    """Do figures `a` and `b` (of the same measure) agree? None when they cannot be compared.

    The rationale is one line an editor can check: "84 vs 20 Wagner fighters killed,
    Tinzaouatene, July 2024", with how a figure was read when that took a judgement ("about 80
    = 72–88").
    """
    if normalise_unit(a.unit) != normalise_unit(b.unit):
        return None
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return None
    if not ia.bounded and not ib.bounded and "vague" in (a.qualifier, b.qualifier):
        return None
    kind = "confirms" if overlaps(ia, ib) else "contradicts"
    line = f"{a.text} vs {b.text}"
    if counts:
        line += f" {counts}"
    notes = [i.note for i in (ia, ib) if i.note]
    if notes:
        line += f" ({'; '.join(dict.fromkeys(notes))})"
    if context:
        line += f", {context}"
    return Comparison(kind, line[:500])
