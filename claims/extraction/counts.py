"""What a figure counts: the noun phrase it quantifies plus what happened to it.

`counts` reads "<who or what> <outcome participle>": "Wagner fighters killed" from "killed 84
fighters from Russia's mercenary Wagner group", "school children abducted" from "the capture of
over 300 school children", "deaths" from "a large number of deaths".

* The noun phrase is the run of nouns and adjectives after the figure ("47 Malian soldiers"),
  after "of" for vague amounts and percentages ("dozens of villagers", "40% of voters").
* A following "from/of <name> group|forces|army..." or a known group's name is folded in as a
  modifier ("fighters from Russia's mercenary Wagner group" -> "Wagner fighters").
* The outcome is a verb before the figure ("killed 84"), a nominalisation before it ("the
  capture of", "abduction of", "the deaths of"), or a verb after the noun phrase ("300 people
  were abducted", "12 died", "12 soldiers and 5 civilians were killed"); nominalisations map to
  the participle ("capture of" people -> abducted, of fighters -> captured). Coordinated
  figures share the verb ("killed 84 fighters ... and 47 Malian soldiers").
* Nouns that already say what happened ("deaths", "casualties", "hostages") need no verb.
"""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import (
    ARMED_GROUP_NAMES,
    CIVILIAN_NOUNS,
    DEMONYMS,
    MONTHS,
    NUMBER_WORDS,
    ORGANISATION_NAMES,
    OUTCOME_NOUNS,
    OUTCOMES,
    PARTICIPLE_VERBS,
    REPORTING_VERBS,
    WEEKDAYS,
    words,
)
from .tokens import QUOTES, Tok, index_at

NP_STOP = words(
    """
    a an the this that these those of in on at by for with from to into onto after before
    during since until as than over under about around against between among amongst across
    through via near per and or but nor while whereas who whom whose which where when what
    why how if because though although so yet is are was were be been being am has have had
    having will would could should may might must can do does did not no also all both each
    every either neither it its they them their he him his she her we us our you your i my
    me including included according said says say told added more most less least other
    others such some any many much few several there here then now today yesterday only just
    even still already again further besides plus per cent percent reportedly allegedly
    respectively apiece each last next ago
    """)

GROUP_NOUNS = words(
    "group forces army militia mercenaries brigade battalion unit units regiment movement "
    "faction police navy company organisation organization network outfit")

_KEEP_LY = words("family italy assembly ally supply july rally belly bully jelly")

_TOLL_WORDS = {"toll": "deaths", "death": "deaths", "casualty": "casualties"}

_CHANGE_VERBS = words(
    "rose fell increased decreased dropped climbed jumped declined grew stood reached hit "
    "rise fall increase decrease drop climb jump decline grow reach eased eases slowed slows "
    "passed passes topped tops top exceeded exceeds hits reaches risen fallen "
    "averaged slowed surged plunged eased accelerated rising falling increasing dropping "
    "climbing soared slumped stands stood was is were are fell rises falls grows growing "
    "expanding expanded shrinking shrank contracted up down raised cut reduced lowered hiked "
    "slashed boosted")


@dataclass(frozen=True)
class Counted:
    """The noun phrase a figure counts and its outcome, as found in the sentence."""

    noun: str  # "Wagner fighters", "" if none
    outcome: str  # "killed", "" if none
    outcome_from_before: bool
    np_end: int  # token index after the noun phrase (and folded modifier)

    @property
    def counts(self) -> str:
        """ "<noun> <outcome>", or either alone when the other is missing."""
        if not self.noun:
            return self.outcome
        if not self.outcome or self.noun.split()[-1].lower() in OUTCOME_NOUNS:
            return self.noun
        return f"{self.noun} {self.outcome}"


_KEEP_ING = words(
    "missing remaining building buildings housing funding spending clothing bombing bombings "
    "shooting shootings killing killings kidnapping kidnappings meeting meetings training "
    "sibling siblings earnings savings holdings dwellings ceiling evening morning offering "
    "offerings landing crossing crossings"
)

# Nouns of change: "a 22% rise in revenue" counts revenue.
_CHANGE_NOUNS = words(
    "rise increase fall drop decline growth jump cut hike reduction surge slump gain gains "
    "loss losses dip"
)


# Reporting verbs that are nouns in a noun phrase ("the state", "police reports").
_NOUNISH = words(
    "state states report reports records record count counts post posts tally note notes "
    "estimates estimate claims claim document documents appeal appeals pledge pledges "
    "promise promises forecast forecasts project projects show shows quote quotes"
)


def _is_np_word(t: Tok) -> bool:
    if t.kind != "w":
        return False
    low = t.low
    if low in NP_STOP or low in MONTHS or low in WEEKDAYS or low in NUMBER_WORDS:
        return False
    if (low in REPORTING_VERBS and low not in _NOUNISH) or low in PARTICIPLE_VERBS:
        return False
    return not (low.endswith("ly") and low not in _KEEP_LY)


def _ing_verb(toks: list[Tok], j: int) -> bool:
    """An -ing word that is a verb here ("residents using boats"), not an adjective before a
    noun ("polling stations")."""
    low = toks[j].low
    if not low.endswith("ing") or low in _KEEP_ING or len(low) < 5:
        return False
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return nxt is None or not _is_np_word(nxt) or nxt.low.endswith("ing")


def _verbish(t: Tok) -> bool:
    low = t.low
    if low.endswith(("ion", "ions", "ment", "ments", "ure", "ures", "al", "als", "ies")):
        return False  # "convictions", "deployment", "seizure", "burials": nouns
    return low in OUTCOMES or (low.endswith("ed") and "-" not in low and len(low) > 4)


def _participle(word: str, noun_head: str) -> str:
    p = OUTCOMES.get(word, "")
    if p == "captured" and noun_head.lower() in CIVILIAN_NOUNS:
        return "abducted"
    if word in ("dead",):
        return "dead"
    return p


def _fold(toks: list[Tok], j: int) -> tuple[str, int]:
    """A group named in "from/of [the] [X's] [adj] Name [group]" after the noun phrase."""
    if j >= len(toks) or toks[j].low not in ("from", "of"):
        return "", j
    k = j + 1
    words: list[Tok] = []
    while k < len(toks) and len(words) < 7:
        t = toks[k]
        if t.kind != "w" or (t.low in NP_STOP and t.low != "the"):
            break
        if t.low != "the":
            words.append(t)
        k += 1
    if not words:
        return "", j
    # the last run of capitalised words that is not a possessive ("Russia's")
    run: list[Tok] = []
    run_end = -1
    i = len(words) - 1
    while i >= 0 and not (words[i].cap and not words[i].poss):
        i -= 1
    run_end = i
    while i >= 0 and words[i].cap and not words[i].poss:
        run.insert(0, words[i])
        i -= 1
    if not run:
        return "", j
    name = " ".join(t.text for t in run)
    following = words[run_end + 1].low if run_end + 1 < len(words) else ""
    known = name.lower() in ARMED_GROUP_NAMES or name.lower() in ORGANISATION_NAMES
    if following in GROUP_NOUNS or known:
        if name.lower() in DEMONYMS or following in ("army", "forces", "police", "navy"):
            return name, k
        return name, k
    return "", j


_SKIP_BEFORE_NP = words(
    "the its their those these our his her my your more other additional further another"
)


# Nouns an amount of money is "in": "$1.1 billion in debt".
_MONEY_NOUNS = words(
    "debt debts loans loan aid funding revenue revenues losses damages damage assets cash "
    "investment investments fines fees taxes profits profit sales bonds grants compensation "
    "reserves subsidies savings deposits bribes ransom funds fund"
)

# Words after "were" that start a verb phrase, not a predicate noun ("were taken hostage").
_NOT_PREDICATE = words(
    "still also reported among taken found held shot left kept seen given brought hit burnt "
    "known gone made being not all both in at on from"
)


def describe(toks: list[Tok], fig_start: int, fig_after: int, of_follows: bool,
             percent: bool) -> Counted:
    """Find what the figure spanning [fig_start, fig_after) counts and its outcome."""
    n = len(toks)
    j = index_at(toks, fig_after)
    fi = index_at(toks, fig_start)
    # "dozens of", "40% of the", "two of the victims", "183 of the 276 seats"
    if j < n and toks[j].low == "of":
        nxt = toks[j + 1].low if j + 1 < n else ""
        if of_follows or percent or nxt in ("the", "its", "their", "those", "these", "our",
                                            "his", "her", "my", "whom"):
            j += 1
    while j < n and (toks[j].text in QUOTES or toks[j].low in _SKIP_BEFORE_NP):
        j += 1
    if j < n and toks[j].kind == "n" and j > 0 and toks[j - 1].low in ("the", "its", "their"):
        j += 1  # "183 of the 276 seats": count the seats
        while j < n and toks[j].low in ("million", "billion", "thousand"):
            j += 1
    words: list[Tok] = []
    outcome_word = ""
    while j < n and len(words) < 6:
        t = toks[j]
        if t.text in QUOTES and words:
            j += 1  # a 50p "peak" surcharge
            continue
        if t.kind == "w" and t.low.endswith("ly") and t.low not in _KEEP_LY and j + 2 < n and \
                _is_np_word(toks[j + 1]) and _is_np_word(toks[j + 2]):
            j += 1  # "17 locally made guns": the adverb qualifies the adjective
            continue
        if not _is_np_word(t) or _ing_verb(toks, j) or (
                words and t.low.endswith("ing") and t.low not in _KEEP_ING):
            break  # "residents using boats": a clause, not the noun phrase
        if words and t.cap and not words[-1].cap:
            break
        if _verbish(t) and t.low not in OUTCOME_NOUNS:
            nxt = toks[j + 1] if j + 1 < n else None
            if nxt is not None and _is_np_word(nxt) and not _verbish(nxt):
                words.append(t)  # "displaced people", "armed men"
                j += 1
                continue
            outcome_word = t.low
            break
        words.append(t)
        j += 1
    if not words and j + 1 < n and toks[j].low in ("were", "are", "was") and \
            _is_np_word(toks[j + 1]) and not _verbish(toks[j + 1]) and \
            toks[j + 1].low not in _NOT_PREDICATE and toks[j + 1].low not in OUTCOMES:
        # "Of the dead, 112 were women": what the figure counts follows the verb
        m = j + 1
        while m < n and _is_np_word(toks[m]) and not _verbish(toks[m]) and len(words) < 3:
            words.append(toks[m])
            m += 1
        j = m
    if not words and not percent and j + 1 < n and toks[j].low == "in":
        # "$1.1 billion in debt", "Sh300 million in emergency funds"
        m = j + 1
        while m < n and m - j <= 3 and _is_np_word(toks[m]) and toks[m].low not in _MONEY_NOUNS:
            m += 1
        if m < n and toks[m].low in _MONEY_NOUNS:
            words.extend(toks[j + 1 : m + 1])
            j = m + 1
    noun = " ".join(t.text for t in words)
    head = words[-1].low if words else ""
    if head == "dead" and len(words) > 1:
        noun = " ".join(t.text for t in words[:-1])
        outcome_word = "dead"
        head = words[-2].low
    if head in _CHANGE_NOUNS and j + 1 < n and toks[j].low in ("in", "of"):
        # "a 22% rise in revenue" -> "revenue rise"
        m = j + 1
        extra = []
        while m < n and _is_np_word(toks[m]) and len(extra) < 3:
            if toks[m].low not in ("the", "its", "their"):
                extra.append(toks[m].text)
            m += 1
        if extra:
            noun = f"{' '.join(extra)} {noun}"
            j = m
    modifier, after_fold = _fold(toks, j)
    if modifier and noun:
        noun = f"{modifier} {noun}"
        j = after_fold
    np_end = j
    outcome = _participle(outcome_word, head) if outcome_word else ""
    from_before = False
    if not outcome:
        outcome = _outcome_adjacent_before(toks, fi, head)
        from_before = bool(outcome)
    if not outcome:
        outcome = _outcome_after(toks, j, head)
    if not outcome:
        outcome = _outcome_before(toks, fi, head)
        from_before = bool(outcome)
    if not noun:
        noun = _noun_before(toks, fi)
    return Counted(noun.replace("\u2019", "'"), outcome, from_before, np_end)


def _outcome_adjacent_before(toks: list[Tok], i: int, head: str) -> str:
    """An outcome verb right before the figure: "killed 84", "rescued 17", "killing at least"."""
    k = i - 1
    while k >= 0 and toks[k].text in QUOTES:
        k -= 1
    if k < 0:
        return ""
    low = toks[k].low
    if low in OUTCOMES and low not in OUTCOME_NOUNS and not low.endswith(("ion", "ions")) \
            and low not in ("release", "sentence", "charges", "free", "rescue", "capture",
                            "arrest", "murder", "massacre", "kill", "kidnapping", "killing"):
        return _participle(low, head)
    if low in ("killing", "kidnapping", "abducting", "injuring", "wounding") :
        return _participle(low, head)
    return ""


# Outcome words that are only nouns: after a noun phrase they do not say what happened to it.
_PURE_NOUNS = words(
    "deaths death casualties casualty fatalities fatality injuries injury victims hostages "
    "captives refugees cases infections arrests abductions kidnappings killings attacks "
    "incidents strikes airstrikes raids"
)


def _outcome_after(toks: list[Tok], j: int, head: str) -> str:
    n = len(toks)
    k = j
    steps = 0
    while k < n and steps < 12:
        t = toks[k]
        low = t.low
        if t.kind == "p":
            if t.text in QUOTES:
                k += 1
                continue
            if t.text == "," and k + 1 < n and toks[k + 1].kind == "n":
                k += 1
                steps += 1
                continue
            if t.text == "," and k + 1 < n and toks[k + 1].low in (
                    "or", "including", "most", "mostly", "many", "among", "all", "some"):
                close = next((x for x in range(k + 1, min(n, k + 12)) if toks[x].text == ","),
                             None)
                if close is not None:
                    k = close + 1
                    steps += 1
                    continue
            return ""
        if low in ("confirmed", "feared", "presumed", "reported", "believed") and k + 1 < n \
                and (toks[k + 1].low in OUTCOMES or toks[k + 1].low == "dead"):
            k += 1  # "have been confirmed dead", "were feared killed"
            steps += 1
            continue
        if low in REPORTING_VERBS or low in ("that", "but", "while", "whereas", "because"):
            return ""
        if low in OUTCOMES and low not in _PURE_NOUNS or low == "dead":
            prev = toks[k - 1].low if k > 0 else ""
            if k == j or prev in (
                "were", "was", "been", "are", "is", "be", "being", "had", "have", "has",
                "reportedly", "allegedly", "all", "later", "also", "subsequently", "who",
                "that", "which", "feared", "believed", "confirmed", "presumed", "left",
                "still", "now", "found", "being", "initially", "later", "then",
            ) or prev not in NP_STOP:
                return _participle(low, head)
            return ""
        if low == "taken" and k + 1 < n and toks[k + 1].low in ("hostage", "captive"):
            return "abducted"
        if low in ("lost",) and k + 2 < n and toks[k + 1].low in ("their", "his", "her"):
            return "killed"  # "12 people lost their lives"
        k += 1
        steps += 1
    return ""


_FILLERS = words(
    "of the a an some least at than more about around over nearly almost total another further "
    "additional estimated up to as many much roughly approximately fewer less under only just "
    "had have has reportedly allegedly also already")


def _outcome_before(toks: list[Tok], i: int, head: str) -> str:
    k = i - 1
    steps = 0
    while k >= 0 and steps < 6:
        t = toks[k]
        low = t.low
        if t.kind == "p" and t.text not in QUOTES:
            return ""
        if low in ("deaths", "death") and k + 1 < len(toks) and toks[k + 1].low == "of":
            return "killed"
        if low in OUTCOMES and low not in ("release", "sentence", "charges", "free"):
            return _participle(low, head)
        if low == "lives" and k > 0 and toks[k - 1].low in ("claimed", "claiming", "cost"):
            return "killed"
        if low in _FILLERS or t.kind == "n" or t.text in QUOTES:
            k -= 1
            steps += 1
            continue
        return ""
    return ""


def _noun_before(toks: list[Tok], i: int) -> str:
    """What a figure with no noun after it counts, read from the words before it.

    "the death toll rose to 84" -> deaths; "the number of dead had risen to 2,012" -> dead;
    "put the turnout at 100,000" -> turnout; "a ransom of N50 million" -> ransom; "the gunmen,
    numbering more than 50" -> gunmen; "inflation slowed to 33.4%" -> inflation.
    """
    start = max(0, i - 25)
    for k in range(i - 1, start - 1, -1):
        low = toks[k].low
        if low in ("toll", "tally"):
            prev = toks[k - 1].low if k > 0 else ""
            return _TOLL_WORDS.get(prev, "deaths")
        if low in ("number", "total") and k + 2 < i and toks[k + 1].low == "of":
            words = []
            m = k + 2
            while m < i and _is_np_word(toks[m]) and len(words) < 3:
                words.append(toks[m].text)
                m += 1
            if words:
                return " ".join(words)
        if toks[k].kind == "p" and toks[k].text not in QUOTES and toks[k].text != ",":
            break
    k = i - 1
    if k >= 0 and toks[k].low in ("numbering", "totalling", "totaling"):
        m = k - 1
        if m >= 0 and toks[m].text == ",":
            m -= 1
        if m >= 0 and _is_np_word(toks[m]):
            return toks[m].text
    if k >= 1 and toks[k].low in ("of", "at", "on") and toks[k - 1].kind == "w":
        m = k - 1
        if m >= 2 and toks[m - 1].low in ("after", "before") and toks[k].low == "of":
            m -= 2  # "a loss after tax of N137 billion"
        prev = toks[m]
        if toks[k].low == "on" and not prev.cap:
            return _subject_before(toks, i)
        if _is_np_word(prev) and not _verbish(prev) and prev.low not in OUTCOMES:
            if m >= 2 and toks[m - 1].low == "of" and _is_np_word(toks[m - 2]) and \
                    not toks[m - 2].cap:
                return f"{toks[m - 2].text} of {prev.text}"  # "the cost of repairs at"
            if not prev.cap:
                # "an inflation target of", "a tax collection target of"
                first = m
                while first > 0 and m - first < 2 and _is_np_word(toks[first - 1]) and \
                        not toks[first - 1].cap and not _verbish(toks[first - 1]):
                    first -= 1
                if first < m:
                    return " ".join(t.text for t in toks[first : m + 1])
            if prev.cap:  # "put Reform UK on 17%"
                first = m
                while first > 0 and toks[first - 1].cap and _is_np_word(toks[first - 1]) \
                        and m - first < 3:
                    first -= 1
                return " ".join(t.text for t in toks[first : m + 1])
            return prev.text  # "a ransom of", "the turnout at"
    return _subject_before(toks, i)


def _subject_before(toks: list[Tok], i: int) -> str:
    """For a rate with no noun ("inflation rose to 33.2%"): the noun before the verb."""
    k = i - 1
    while k >= 0 and toks[k].low in ("to", "at", "by", "of", "from", "a", "an", "the", "record",
                                       "high", "low", "around", "about"):
        k -= 1
    if k < 0 or toks[k].low not in _CHANGE_VERBS:
        return ""
    return _subject_of(toks, k - 1)


def subject_of_multiplier(toks: list[Tok], i: int) -> str:
    """What a multiplier verb multiplies: "Measles cases in the valley have tripled" -> measles
    cases, "Rents more than doubled" -> Rents."""
    k = index_at(toks, i) - 1
    while k >= 0 and toks[k].low in ("more", "than", "nearly", "almost", "roughly", "about",
                                      "around", "over"):
        k -= 1
    return _subject_of(toks, k)


def _subject_of(toks: list[Tok], k: int) -> str:
    """The noun phrase ending at toks[k], past auxiliaries ("has", "is expected to") and a
    relative clause ("Food inflation, which is half the basket, eased to")."""
    if k >= 2 and toks[k].text == ",":
        m = k - 1
        while m >= 0 and toks[m].text != ",":
            m -= 1
        if m >= 1 and toks[m + 1].low in ("which", "who", "whose"):
            k = m - 1
    while k >= 0 and toks[k].low in ("to", "will", "would", "could", "may", "might", "has",
                                      "have", "had", "is", "was", "expected", "set", "likely",
                                      "also", "further", "been", "still", "are", "were"):
        k -= 1
    words_: list[str] = []
    while k >= 0 and len(words_) < 3 and _is_np_word(toks[k]):
        words_.insert(0, toks[k].text)
        k -= 1
    # "cyber crime cases in the state rose", "turnout at the 2019 election was": skip the
    # place or occasion phrase
    m = k
    while m >= 0 and (toks[m].low in ("the", "its", "their", "this", "last") or
                      toks[m].kind == "n"):
        m -= 1
    if words_ and m >= 1 and m < k + 1 and toks[m].low in ("in", "at", "across", "for", "on"):
        m -= 1
        before: list[str] = []
        while m >= 0 and len(before) < 3 and _is_np_word(toks[m]):
            before.insert(0, toks[m].text)
            m -= 1
        if before:
            return " ".join(before)
    return " ".join(words_)
