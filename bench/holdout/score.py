"""Score the claim extractor on the hand-written holdout set (articles/ + gold/).

    .venv/bin/python bench/holdout/score.py [--cli] [--only PREFIX] [--no-details]

Every `articles/NN_slug.txt` is a plain-text article (headline, blank line, one paragraph a
line) written for this set; `gold/NN_slug.json` holds its date, publisher and every numeric
claim a fact-checker would check, with the speaker (plus acceptable alternative names), the
figure, its qualifier and what it counts. Gold entries marked `"optional": true` are
debatable (measurements, vote tallies, fractions, figures restated in a quote): finding them
is neither rewarded nor punished.

The article is run the way an editor runs it: in-process through `sources.reader.
parse_plain_article` and `claims.extraction.extract_claims` (default), or with `--cli`
through `manage.py extract_claims FILE --plain --date --publisher` in a subprocess.

Matching, per article, one extracted claim to at most one gold claim:

* figure: numeric equality (relative tolerance 0.1%) of the extracted value with the gold
  value, a gold `value_alt`, or, for gold ranges, equal bounds; a vague gold amount
  ("dozens", "tens of thousands") matches a vague extracted claim whose wording shares its
  key word;
* speaker: names compared lower-cased, without accents, possessive "'s", punctuation or the
  word "the"; equal to the gold speaker or a `speaker_alt`, or one name is the tail of the
  other by whole words ("Mbeko" / "Governor Theophile Mbeko") and the shorter is not only
  generic role words ("minister", "police");
* pairs with a right speaker are assigned first, then figure-only pairs.

Extracted claims left over whose figure equals a gold figure already matched are duplicates
(listed, not false positives: a headline restating a body figure may be kept apart);
the rest are false positives. Figures: recall = matched required gold / required gold;
precision = (matched required + duplicates) / (extracted - matched optional); pairs correct =
matched required gold with a right speaker / required gold; qualifier accuracy among matched
required gold. Writes bench/out/holdout.json.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = ROOT / "bench" / "out" / "holdout.json"

GENERIC = {
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "officials",
    "police",
    "governor",
    "ministry",
    "company",
    "government",
    "agency",
    "department",
    "office",
    "board",
    "commission",
    "council",
    "sources",
    "source",
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "people",
    "director",
    "chairman",
    "commissioner",
    "president",
    "reporters",
    "group",
    "union",
    "court",
    "report",
    "data",
    "figures",
    "alliance",
    "body",
    "organisers",
    "authorities",
    "observers",
    "state",
    "chief",
    "executive",
    "resident",
    "residents",
    "eyewitness",
    "analysts",
    "mayor",
    "head",
    "leader",
    "firm",
    "a",
    "an",
    "of",
    "general",
}
VAGUE_WORDS = (
    "dozens",
    "dozen",
    "hundreds",
    "thousands",
    "millions",
    "scores",
    "several",
    "many",
    "numerous",
    "handful",
    "few",
    "large number",
    "tens",
)
ABBREVIATIONS = {
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Engr",
    "Gov",
    "Col",
    "Sen",
    "Rep",
    "St",
    "Gen",
    "Lt",
    "Sgt",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Aug",
    "Sept",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
    "No",
    "U.S",
    "S",
}
MONTHS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
NUMBER_WORDS = {
    "no",
    "none",
    "nobody",
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
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "thousand",
    "eighteen",
    "twice",
    "double",
    "third",
    "half",
}


@dataclass
class Got:
    """One extracted claim, reduced to what the scorer compares and shows."""

    speaker: str
    figure_text: str
    value: float | None
    lower: float | None
    upper: float | None
    qualifier: str
    counts: str
    quote: str
    context: str


@dataclass
class Tally:
    """Counts for one article (or the whole set)."""

    gold: int = 0
    extracted: int = 0
    matched: int = 0
    pairs: int = 0
    qualifier_ok: int = 0
    duplicates: int = 0
    optional_found: int = 0
    false_positives: int = 0

    def add(self, other: Tally) -> None:
        """Add another tally's counts to this one."""
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def ratios(self) -> dict[str, float]:
        """Recall, precision, pair accuracy and qualifier accuracy (0 when undefined)."""
        judged = self.extracted - self.optional_found
        return {
            "figure_recall": _div(self.matched, self.gold),
            "figure_precision": _div(self.matched + self.duplicates, judged),
            "pairs_correct_ratio": _div(self.pairs, self.gold),
            "pairs_correct_among_matched": _div(self.pairs, self.matched),
            "qualifier_accuracy": _div(self.qualifier_ok, self.matched),
        }


@dataclass
class Problems:
    """Failures collected over the run, each a dict ready for printing and JSON."""

    missed: list[dict] = field(default_factory=list)
    wrong_speaker: list[dict] = field(default_factory=list)
    wrong_qualifier: list[dict] = field(default_factory=list)
    false_positives: list[dict] = field(default_factory=list)
    duplicates: list[dict] = field(default_factory=list)


def _div(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def norm_name(name: str) -> list[str]:
    """Words of a speaker name: lower case, no accents, no possessive 's, no 'the'."""
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"['’]s\b", "", text)
    words = re.findall(r"[a-z0-9]+", text)
    return [w for w in words if w != "the"]


def _tail_of(short: list[str], long: list[str]) -> bool:
    return 0 < len(short) < len(long) and long[-len(short) :] == short


def speaker_ok(got: str, gold: dict) -> bool:
    """Whether an extracted speaker name is the gold speaker or an accepted alternative."""
    g = norm_name(got)
    if not g:
        return False
    for name in [gold["speaker"], *gold.get("speaker_alt", [])]:
        n = norm_name(name)
        if not n:
            continue
        if g == n:
            return True
        short, long = (g, n) if len(g) < len(n) else (n, g)
        if _tail_of(short, long) and any(w not in GENERIC for w in short):
            return True
    return False


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= max(1e-9, 1e-3 * abs(b))


def _vague_keys(text: str) -> list[str]:
    low = text.lower()
    return [w for w in VAGUE_WORDS if re.search(r"\b" + w + r"\b", low)]


def figure_ok(got: Got, gold: dict) -> bool:
    """Whether an extracted figure is the gold figure (see the module docstring)."""
    if gold["value"] is None:
        if got.value is not None and got.qualifier != "vague":
            return False
        keys = _vague_keys(gold["figure_text"])
        return bool(keys) and any(k in _vague_keys(got.figure_text) for k in keys)
    if got.qualifier == "vague":
        return False
    wanted = [gold["value"], *gold.get("value_alt", [])]
    if gold["qualifier"] == "range":
        wanted += [gold["lower"], gold["upper"]]
        if _close(got.lower, gold["lower"]) and _close(got.upper, gold["upper"]):
            return True
    have = [got.value] if got.value is not None else [got.lower, got.upper]
    return any(_close(h, w) for h in have for w in wanted)


def qualifier_ok(got: Got, gold: dict) -> bool:
    """Whether the extracted qualifier is the gold one or an accepted alternative."""
    return got.qualifier in [gold["qualifier"], *gold.get("qualifier_alt", [])]


def _num(value) -> float | None:
    return None if value is None else float(value)


def extract_in_process(path: Path, date: datetime.date, publisher: str) -> list[Got]:
    """Run the extractor in this process, as `extract_claims` would for an editor."""
    from claims.extraction import extract_claims
    from sources.reader import parse_plain_article

    article = parse_plain_article(path.read_text(encoding="utf-8"), date, filename=str(path))
    rows = []
    claims = extract_claims(article.text, article.segments, article_date=date, publisher=publisher)
    for claim in claims:
        app = claim.appearances[0] if claim.appearances else None
        quote = app.quote if app else ""
        context = quote
        if app is not None and getattr(app, "figure_start", None) is not None:
            fs, fe = app.figure_start, app.figure_end
            context = article.text[max(0, fs - 40) : fs] + "[" + article.text[fs:fe] + "]"
            context += article.text[fe : fe + 40]
        rows.append(
            Got(
                claim.speaker,
                claim.figure_text,
                _num(claim.value),
                _num(claim.lower),
                _num(claim.upper),
                claim.qualifier,
                claim.counts or "",
                quote,
                context.replace("\n", " "),
            )
        )
    return rows


def extract_cli(path: Path, date: datetime.date, publisher: str) -> list[Got]:
    """Run `manage.py extract_claims --plain` in a subprocess and read its JSON lines."""
    env = dict(os.environ, DEBUG="1")
    cmd = [
        sys.executable,
        str(ROOT / "manage.py"),
        "extract_claims",
        str(path),
        "--plain",
        "--date",
        date.isoformat(),
        "--publisher",
        publisher,
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"{path.name}: extract_claims failed: {done.stderr.strip()[-500:]}")
    rows = []
    for line in done.stdout.splitlines():
        if not line.strip().startswith("{"):
            continue
        d = json.loads(line)
        quote = d.get("quote") or ""
        ft = d.get("figure_text") or ""
        i = quote.find(ft)
        context = (
            quote if i < 0 else quote[max(0, i - 40) : i] + f"[{ft}]" + quote[i + len(ft) :][:40]
        )
        rows.append(
            Got(
                d.get("speaker") or "",
                ft,
                _num(d.get("value")),
                _num(d.get("lower")),
                _num(d.get("upper")),
                d.get("qualifier") or "",
                d.get("counts") or "",
                quote,
                context,
            )
        )
    return rows


def sentence_of(text: str, figure_text: str) -> str:
    """The sentence of `text` that holds `figure_text` (for showing a missed figure)."""
    for line in text.splitlines():
        if figure_text not in line:
            continue
        parts, begin = [], 0
        for m in re.finditer(r"[.!?][\"”’']?\s+(?=[A-Z\"“‘'])", line):
            word = re.search(r"(\w+)\.?[\"”’']?\s*$", line[begin : m.end()])
            if word and word.group(1) in ABBREVIATIONS:
                continue
            parts.append(line[begin : m.end()])
            begin = m.end()
        parts.append(line[begin:])
        for part in parts:
            if figure_text in part:
                return part.strip()
        return line.strip()
    return ""


def gold_kind(g: dict) -> str:
    """A rough category of a gold figure, so misses can be counted by kind."""
    ft = g["figure_text"].lower()
    if g["value"] is None:
        return "vague amount"
    if g["value"] == 0:
        return "zero in words"
    if g["qualifier"] == "range":
        return "range"
    if re.search(r"[$£€]|\brs\b|^n\d|\bn\d|crore|lakh|dinars|pesos|crowns?|cfa|euros", ft):
        return "money"
    if re.search(r"\d+p$", ft):
        return "money"
    if re.search(r"km\b|kilomet|megawatt|gigawatt|tonnes|hectares|litres|mph|-meter|-foot", ft):
        return "measurement"
    if re.search(r"\bone in\b|\d+:\d+|\bthird\b|\bhalf\b|two-thirds", ft):
        return "ratio or fraction"
    if re.search(r"\btimes\b|\btwice\b", ft):
        return "frequency"
    if "%" in ft or "per cent" in ft or "percent" in ft:
        return "percentage"
    words = set(re.findall(r"[a-z]+", ft))
    if not re.search(r"\d", ft) and words & NUMBER_WORDS:
        return "number in words"
    return "count"


def got_kind(got: Got) -> str:
    """A rough category of a false positive, from the figure and the words around it."""
    ctx = got.context.lower()
    ft = got.figure_text.lower()
    m = re.search(r"\[([^\]]*)\](.{0,25})", ctx)
    after = m.group(2) if m else ""
    before = ctx[: m.start()] if m else ""
    if re.search(r"\d{1,2}:\d{2}|a\.m\.|p\.m\.|\bgmt\b|\d(am|pm)\b", ft + after[:8]):
        return "time"
    if re.fullmatch(r"(19|20)\d\d", ft.strip()) or re.search(r"\b(19|20)\d\d-\d\d\b", ft):
        return "year"
    month = r"\b(" + "|".join(MONTHS) + r")[a-z]*\.?\s*$"
    if re.search(month, before) or re.search(r"^\s*(" + "|".join(MONTHS) + r")", after):
        return "date"
    if re.search(r"^-?year-old", after) or re.search(r"\b(aged?|as old as)\s*$", before):
        return "age"
    if re.search(r"[A-Za-z]+,\s*$", before) and re.search(r"^[,.]", after) and ft.isdigit():
        return "age"
    if re.search(r"^[\s-]*(days?|weeks?|months?|years?|hours?|minutes?)\b", after):
        return "duration"
    if re.search(r"\d(st|nd|rd|th)\b|\b(first|second|third|fourth)\b", ft):
        return "ordinal"
    if re.search(r"\b(sections?|site|room|flight|route|road|a)\b[\s\d,and]*$", before[-25:]):
        return "number in a name"
    if re.search(r"\bone in\s*$", before):
        return "part of 'one in N'"
    if re.search(r"^\s*(bln|mln|bn|m)\b", after):
        return "scale word not read"
    if ft.strip() in {"nobody", "no one", "none"} or ft.startswith("no "):
        return "zero in words"
    return "other"


def match_article(gold: list[dict], got: list[Got]):
    """Assign extracted claims to gold claims; return (pairs, duplicates, leftovers)."""
    order = sorted(range(len(gold)), key=lambda i: bool(gold[i].get("optional")))
    assigned: dict[int, int] = {}
    used: set[int] = set()
    for want_speaker in (True, False):
        for gi in order:
            if gi in assigned:
                continue
            cands = [
                ei
                for ei, e in enumerate(got)
                if ei not in used
                and figure_ok(e, gold[gi])
                and (not want_speaker or speaker_ok(e.speaker, gold[gi]))
            ]
            if not cands:
                continue
            cands.sort(key=lambda ei: not qualifier_ok(got[ei], gold[gi]))
            assigned[gi] = cands[0]
            used.add(cands[0])
    dups, fps = [], []
    for ei, e in enumerate(got):
        if ei in used:
            continue
        same = [gi for gi in assigned if figure_ok(e, gold[gi])]
        (dups if same else fps).append((ei, same[0] if same else None))
    return assigned, dups, fps


def load_articles(only: str | None) -> list[tuple[Path, dict]]:
    """Every (article path, gold dict) pair, in file-name order."""
    pairs = []
    for gold_path in sorted((HERE / "gold").glob("*.json")):
        if only and not gold_path.stem.startswith(only):
            continue
        art = HERE / "articles" / (gold_path.stem + ".txt")
        if not art.is_file():
            sys.exit(f"{gold_path}: no article {art.name}; add it or remove the gold file")
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as err:
            sys.exit(f"{gold_path}:{err.lineno}: not valid JSON ({err.msg}); fix the file")
        pairs.append((art, gold))
    return pairs


def score(args) -> int:
    """Run every article, print the figures and the failures, write the JSON file."""
    if not args.cli:
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
        os.environ.setdefault("DEBUG", "1")
        sys.path.insert(0, str(ROOT))
        import django

        django.setup()
    extract = extract_cli if args.cli else extract_in_process
    total, problems, per_article = Tally(), Problems(), {}
    started = time.perf_counter()
    for path, gold in load_articles(args.only):
        name = path.stem
        date = datetime.date.fromisoformat(gold["date"])
        text = path.read_text(encoding="utf-8")
        got = extract(path, date, gold["publisher"])
        claims = gold["claims"]
        assigned, dups, fps = match_article(claims, got)
        t = Tally(gold=sum(1 for g in claims if not g.get("optional")), extracted=len(got))
        for gi, g in enumerate(claims):
            ei = assigned.get(gi)
            if g.get("optional"):
                t.optional_found += ei is not None
                continue
            if ei is None:
                problems.missed.append(
                    {
                        "article": name,
                        "kind": gold_kind(g),
                        "speaker": g["speaker"],
                        "figure": g["figure_text"],
                        "counts": g["counts"],
                        "sentence": sentence_of(text, g["figure_text"]),
                    }
                )
                continue
            e = got[ei]
            t.matched += 1
            if speaker_ok(e.speaker, g):
                t.pairs += 1
            else:
                problems.wrong_speaker.append(
                    {
                        "article": name,
                        "figure": g["figure_text"],
                        "want": g["speaker"],
                        "got": e.speaker,
                        "publisher_fallback": speaker_is_publisher(e, gold),
                        "sentence": e.quote or sentence_of(text, g["figure_text"]),
                    }
                )
            if qualifier_ok(e, g):
                t.qualifier_ok += 1
            else:
                problems.wrong_qualifier.append(
                    {
                        "article": name,
                        "figure": g["figure_text"],
                        "want": g["qualifier"],
                        "got": e.qualifier,
                        "extracted_figure": e.figure_text,
                    }
                )
        t.duplicates = len(dups)
        t.false_positives = len(fps)
        for ei, gi in dups:
            e = got[ei]
            problems.duplicates.append(
                {
                    "article": name,
                    "figure": e.figure_text,
                    "speaker": e.speaker,
                    "speaker_ok": speaker_ok(e.speaker, claims[gi]),
                    "sentence": e.quote,
                }
            )
        for ei, _ in fps:
            e = got[ei]
            problems.false_positives.append(
                {
                    "article": name,
                    "kind": got_kind(e),
                    "figure": e.figure_text,
                    "speaker": e.speaker,
                    "counts": e.counts,
                    "context": e.context,
                    "sentence": e.quote,
                }
            )
        total.add(t)
        per_article[name] = {**t.__dict__, **t.ratios()}
        print(
            f"{name}: recall {t.ratios()['figure_recall']:.2f} ({t.matched}/{t.gold}) "
            f"precision {t.ratios()['figure_precision']:.2f} "
            f"pairs {t.ratios()['pairs_correct_ratio']:.2f} "
            f"qualifier {t.ratios()['qualifier_accuracy']:.2f} fp {t.false_positives}"
        )
    seconds = time.perf_counter() - started
    figures = {
        "holdout_articles": len(per_article),
        "holdout_gold_claims": total.gold,
        "holdout_extracted_claims": total.extracted,
        "holdout_matched_claims": total.matched,
        **{f"holdout_{k}": v for k, v in total.ratios().items()},
        "holdout_false_positives": total.false_positives,
        "holdout_duplicates": total.duplicates,
        "holdout_wrong_speaker": len(problems.wrong_speaker),
        "holdout_wrong_speaker_publisher_fallback": sum(
            1 for p in problems.wrong_speaker if p["publisher_fallback"]
        ),
        "holdout_wrong_qualifier": len(problems.wrong_qualifier),
        "holdout_seconds": round(seconds, 2),
    }
    print()
    for key, value in figures.items():
        print(f"{key}: {value}")
    if not args.no_details:
        print_details(problems)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        json.dumps(
            {
                "date": datetime.datetime.now().isoformat(timespec="seconds"),
                "mode": "cli" if args.cli else "in-process",
                "figures": figures,
                "articles": per_article,
                "problems": problems.__dict__,
            },
            indent=1,
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    print(f"\nwrote {OUT.relative_to(ROOT)}")
    return 0


def speaker_is_publisher(e: Got, gold: dict) -> bool:
    """Whether the extractor gave the figure to the outlet itself."""
    return norm_name(e.speaker) == norm_name(gold["publisher"])


def print_details(problems: Problems) -> None:
    """Print failures grouped by kind, each with its article and sentence."""

    def head(title: str, rows: list[dict], key: str | None = None) -> None:
        print(f"\n== {title}: {len(rows)}")
        if key:
            for kind, n in Counter(r[key] for r in rows).most_common():
                print(f"   {n:3d}  {kind}")

    head("MISSED FIGURES (by kind)", problems.missed, "kind")
    for r in problems.missed:
        print(f"- {r['article']}: [{r['kind']}] {r['figure']!r} ({r['speaker']}; {r['counts']})")
        print(f"    {r['sentence']}")
    head("WRONG SPEAKER", problems.wrong_speaker)
    fallback = sum(1 for r in problems.wrong_speaker if r["publisher_fallback"])
    print(f"   {fallback:3d}  given to the publisher")
    print(f"   {len(problems.wrong_speaker) - fallback:3d}  given to another name")
    for r in problems.wrong_speaker:
        print(f"- {r['article']}: {r['figure']!r} want {r['want']!r} got {r['got']!r}")
        print(f"    {r['sentence']}")
    head("WRONG QUALIFIER", problems.wrong_qualifier)
    for r in problems.wrong_qualifier:
        print(
            f"- {r['article']}: {r['figure']!r} want {r['want']} got {r['got']} "
            f"(extracted {r['extracted_figure']!r})"
        )
    head("FALSE POSITIVES (by kind)", problems.false_positives, "kind")
    for r in problems.false_positives:
        print(
            f"- {r['article']}: [{r['kind']}] {r['figure']!r} by {r['speaker']!r} "
            f"counts {r['counts']!r}"
        )
        print(f"    ...{r['context']}...")
    bad = [r for r in problems.duplicates if not r["speaker_ok"]]
    head("DUPLICATES (figure already matched; not scored)", problems.duplicates)
    print(f"   {len(bad):3d}  with a speaker the gold does not accept")
    for r in problems.duplicates:
        mark = "" if r["speaker_ok"] else "  (speaker not accepted)"
        print(f"- {r['article']}: {r['figure']!r} by {r['speaker']!r}{mark}")


def main() -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cli", action="store_true", help="run manage.py per article")
    parser.add_argument("--only", help="only articles whose name starts with this")
    parser.add_argument("--no-details", action="store_true", help="figures only")
    args = parser.parse_args()
    try:
        return score(args)
    except RuntimeError as err:
        print(err, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
