"""A fixed amount of extraction work to count instructions with, when wall-clock runs are noisy.

    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
        .venv/bin/python bench/extract_instructions.py 100 [TESTS_EXTRACTION_DIR]

Extracts N typical articles (bench_extract.py's builder, three paragraphs in four without
figures) and prints N. Run it with N and with 0 and subtract the "Collected" totals valgrind
prints: what is left is the extraction alone. To compare two trees on the same input, point
both at one tree's tests/extraction folder (its articles/ and heldout/ build the articles), and
fix the hash seed: set iteration order moves the count by a percent or so.
"""

from __future__ import annotations

import datetime
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")

import django  # noqa: E402

django.setup()

import bench_extract  # noqa: E402

from claims.extraction import extract_claims  # noqa: E402


def main(argv: list[str]) -> None:
    """Build the articles, extract one to warm up, then extract N."""
    n = int(argv[0]) if argv else 100
    if len(argv) > 1:
        corpus = Path(argv[1])
        bench_extract.ARTICLES, bench_extract.HELDOUT = corpus / "articles", corpus / "heldout"
    articles = bench_extract.build_articles(max(n, 1), dense=False)
    day = datetime.date(2025, 1, 1)
    extract_claims(articles[0][0], articles[0][1], article_date=day, publisher="Bench News")
    for text, segments in articles[:n]:
        extract_claims(text, segments, article_date=day, publisher="Bench News")
    print(n)


if __name__ == "__main__":
    main(sys.argv[1:])
