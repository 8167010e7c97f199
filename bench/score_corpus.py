"""Score the claim extractor on a generated corpus against its truth.jsonl.

    python bench/score_corpus.py [CORPUS_DIR] [--max-articles N]

Runs `claims.extraction.extract_claims` on what `sources.reader.read_seed_file` reads from
each file and compares the (speaker, figure) pairs found with the pairs the generator planted:

* a planted pair is found when an extracted claim of the same article names a matching
  speaker (any of the names the article used for it, compared as normalised word sets, so
  "Velin" matches "Amara Velin" and "the army" matches "army") and the same figure (equal
  value or bound for numbers; equal bounds or wording for ranges and vague amounts);
* precision = extracted claims (not attributed to the publisher) that match a planted pair of
  their article / all such claims; recall = planted pairs matched by at least one extracted
  claim / planted pairs (repeats of one pair in an article count once). Matching is not
  one-to-one: the extractor may rightly keep one figure as two claims when what it counts is
  worded differently ("257 cholera cases" in the headline, "257 people tested positive").

Recall is also given per attribution style and per kind of figure. Figures without a speaker
are not planted pairs, so claims the extractor gives to the publisher
are left out of precision and counted apart. The corpus is template-generated: these figures
measure robustness to volume and variety, not accuracy on real articles.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections import Counter, defaultdict
from decimal import Decimal, InvalidOperation
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

PUBLISHER = "Bench Wire Service"
CAVEAT = "template-generated corpus: these scores measure robustness, not real-world accuracy"


def _norm(name: str) -> frozenset[str]:
    from claims.text import normalise_name

    words = normalise_name(name).split()
    return frozenset(w for w in words if w not in {"the", "a", "an", "s"})


def _dec(value) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value)).normalize()
    except InvalidOperation:
        return None


def speaker_matches(extracted: str, aliases: list[str]) -> bool:
    """Same speaker when one name's words are all in the other's ("Velin" ~ "Amara Velin")."""
    words = _norm(extracted)
    if not words:
        return False
    for alias in aliases:
        other = _norm(alias)
        if other and (words <= other or other <= words):
            return True
    return False


def figure_matches(claim, row: dict) -> bool:
    """Same figure: equal value (or a bound equal to it), or equal bounds/wording when vague."""
    value, lower, upper = _dec(row["value"]), _dec(row["lower"]), _dec(row["upper"])
    found = {_dec(claim.value), _dec(claim.lower), _dec(claim.upper)} - {None}
    if value is not None:
        return value in found
    if lower is not None and upper is not None:
        return _dec(claim.lower) == lower and _dec(claim.upper) == upper
    text = " ".join(row["figure_text"].lower().split())
    written = " ".join((claim.figure_text or "").lower().split())
    return bool(written) and (text in written or written in text)


class _Sample:
    """A fixed-size uniform sample of a stream (reservoir), reproducible."""

    def __init__(self, size: int = 8) -> None:
        self.size = size
        self.seen = 0
        self.items: list[str] = []
        self.rng = random.Random(0)

    def add(self, item: str) -> None:
        self.seen += 1
        if len(self.items) < self.size:
            self.items.append(item)
        else:
            slot = self.rng.randrange(self.seen)
            if slot < self.size:
                self.items[slot] = item


def figure_form(row: dict) -> str:
    """A coarse kind of figure, for recall per kind: money, percent, range, vague, words..."""
    text = row["figure_text"].lower()
    if row["unit"] in ("USD", "EUR", "GBP", "NGN"):
        return "money"
    if row["unit"] == "%":
        return "percent"
    if row["qualifier"] == "range":
        return "range"
    if row["value"] == "0":
        return "zero"
    if row["qualifier"] == "vague" or text == "a dozen":
        return "vague"
    if "million" in text:
        return "million"
    if not any(c.isdigit() for c in text):
        return "words"
    return "digits_qualified" if row["qualifier"] != "exact" else "digits"


def load_truth(folder: Path, files: set[str] | None) -> dict[tuple[str, int], list[dict]]:
    """Planted pairs per (file, position), one per (speaker, figure) even if repeated."""
    truth: dict[tuple[str, int], list[dict]] = defaultdict(list)
    seen: set[tuple] = set()
    with (folder / "truth.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if files is not None and row["file"] not in files:
                continue
            key = (
                row["file"],
                row["position"],
                row["speaker"],
                row["value"],
                row["lower"],
                row["upper"],
                row["figure_text"].lower(),
            )
            if key in seen:
                continue
            seen.add(key)
            truth[(row["file"], row["position"])].append(row)
    return truth


def _setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("DEBUG", "1")
    import django

    django.setup()


def score(folder: Path, max_articles: int | None = None) -> dict:
    """Run the extractor over the corpus and compare with its truth; returns the figures."""
    _setup_django()
    from claims.extraction import extract_claims
    from claims.text import normalise_name
    from sources.reader import read_seed_file

    paths = sorted(folder.glob("*.txt"))
    if max_articles:
        per_file = json.loads((folder / "manifest.json").read_text())["per_file"]
        paths = paths[: max(1, -(-max_articles // per_file))]
    truth = load_truth(folder, {p.name for p in paths})
    publisher = normalise_name(PUBLISHER)

    planted = matched_truth = extracted_total = matched_extracted = to_publisher = articles = 0
    by_style: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_form: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    qualifier_agree = Counter()
    misses = _Sample()
    false_hits = _Sample()
    extraction_seconds = 0.0
    for path in paths:
        for article in read_seed_file(path):
            articles += 1
            started = time.perf_counter()
            claims = extract_claims(
                article.text, article.segments, article_date=article.date, publisher=PUBLISHER
            )
            extraction_seconds += time.perf_counter() - started
            rows = truth.get((path.name, article.position), [])
            attributed = [c for c in claims if normalise_name(c.speaker) != publisher]
            to_publisher += len(claims) - len(attributed)
            extracted_total += len(attributed)
            found = [False] * len(attributed)
            for row in rows:
                planted += 1
                stats = by_style[row["style"]]
                stats[1] += 1
                form = by_form[figure_form(row)]
                form[1] += 1
                hits = [
                    i
                    for i, claim in enumerate(attributed)
                    if speaker_matches(claim.speaker, row["aliases"]) and figure_matches(claim, row)
                ]
                if not hits:
                    misses.add(f"{row['speaker']} / {row['figure_text']}: {row['sentence']}")
                    continue
                matched_truth += 1
                stats[0] += 1
                form[0] += 1
                for i in hits:
                    found[i] = True
                qualifier_agree[any(attributed[i].qualifier == row["qualifier"] for i in hits)] += 1
            matched_extracted += sum(found)
            for claim, ok in zip(attributed, found, strict=True):
                if not ok:
                    quote = claim.appearances[0].quote if claim.appearances else ""
                    false_hits.add(f"{claim.speaker} / {claim.figure_text}: {quote}")
            if max_articles and articles >= max_articles:
                break
        if max_articles and articles >= max_articles:
            break
    figures = {
        "corpus_articles": articles,
        "corpus_planted_pairs": planted,
        "corpus_extracted_claims": extracted_total,
        "corpus_extracted_to_publisher": to_publisher,
        "corpus_precision": matched_extracted / extracted_total if extracted_total else 0.0,
        "corpus_recall": matched_truth / planted if planted else 0.0,
        "corpus_qualifier_agreement": (
            qualifier_agree[True] / sum(qualifier_agree.values()) if qualifier_agree else 0.0
        ),
        "corpus_extract_articles_per_s": articles / extraction_seconds if extraction_seconds else 0,
    }
    for style, (hits, total) in sorted(by_style.items()):
        figures[f"corpus_recall_{style}"] = hits / total if total else 0.0
    for form, (hits, total) in sorted(by_form.items()):
        figures[f"corpus_recall_form_{form}"] = hits / total if total else 0.0
    return {"figures": figures, "misses": misses.items, "false_hits": false_hits.items}


def main(argv: list[str] | None = None) -> int:
    from corpus import default_out_dir, ensure_corpus

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", help="corpus folder (default: bench/out/corpus-1k)")
    parser.add_argument("--max-articles", type=int, help="score only the first N articles")
    args = parser.parse_args(argv)
    folder = Path(args.corpus) if args.corpus else ensure_corpus(1000, 7, default_out_dir(1000))
    if not (folder / "truth.jsonl").exists():
        parser.error(f"{folder}/truth.jsonl not found; generate the corpus with bench/corpus.py")
    result = score(folder, args.max_articles)
    print(f"# {CAVEAT}")
    for name, value in result["figures"].items():
        print(f"{name}: {round(value, 3) if isinstance(value, float) else value}")
    for key, title in (
        ("misses", "planted pairs not found"),
        ("false_hits", "extracted claims matching no planted pair"),
    ):
        if result[key]:
            print(f"# a sample of {title}:")
            for item in result[key]:
                print(f"#   {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
