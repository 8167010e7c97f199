"""Extraction time on very long articles: does it grow with the length, or with its square?

    .venv/bin/python bench/bench_long_articles.py [KB ...]      (default: 100 200 400)

Two shapes, each at every size, CPU seconds of one core:
- one paragraph of one short sentence repeated ("Prices rose 5% last year."): one claim whose
  appearances pile up;
- many paragraphs, each naming a new person of a board, then "He added ..." and the surname
  alone: the speaker history, the mentions and the sentences grow together.
It prints the seconds per size and, for each doubling, the ratio of the two times: about 2 is
linear, about 4 is quadratic. News articles are a few KB (the largest test article is 6 KB);
a text of hundreds of KB is a pasted document or a bad input, which must still not hang.
"""

from __future__ import annotations

import datetime
import itertools
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")

from claims.extraction import extract_claims  # noqa: E402
from tests.extraction.corpus import Seg  # noqa: E402

_FIRST = ["Ana", "Kofi", "Maria", "Juan", "Lena", "Omar", "Priya", "Tomas", "Yuki", "Sara"]
_LAST = ["Silva", "Mensah", "Okafor", "Berg", "Haddad", "Nair", "Kovac", "Sato", "Ruiz", "Dube"]


def one_sentence(kb: int) -> tuple[str, list[Seg]]:
    """A headline and one paragraph of the same short sentence, about `kb` KB."""
    sentence = "Prices rose 5% last year. "
    body = sentence * (kb * 1024 // len(sentence))
    head = "Headline"
    text = head + "\n\n" + body
    return text, [Seg("headline", 0, len(head)), Seg("body", len(head) + 2, len(text))]


def many_people(kb: int) -> tuple[str, list[Seg]]:
    """A headline and paragraphs each naming a person, about `kb` KB."""
    names = [f"{a} {b}" for a in _FIRST for b in _LAST]
    head = "Headline"
    text, segs = head + "\n\n", [Seg("headline", 0, len(head))]
    for n, name in enumerate(itertools.cycle(names)):
        p = (f"{name} of the Harbour Board said {n % 90 + 3} ships were delayed. He added that "
             f"{n % 40 + 2} crews were idle, the board said. \"We lost {n % 7 + 1} days,\" "
             f"{name.split()[1]} said.")
        segs.append(Seg("body", len(text), len(text) + len(p)))
        text += p + "\n"
        if len(text) > kb * 1024:
            return text, segs
    raise AssertionError("unreachable")


def main(argv: list[str]) -> None:
    """Time both shapes at each size and print the doubling ratios."""
    sizes = [int(a) for a in argv] or [100, 200, 400]
    extract_claims(*one_sentence(2), article_date=datetime.date(2024, 8, 5), publisher="X")
    for shape in (one_sentence, many_people):
        seconds = []
        for kb in sizes:
            text, segs = shape(kb)
            start = time.process_time()
            extract_claims(text, segs, article_date=datetime.date(2024, 8, 5), publisher="X")
            seconds.append(time.process_time() - start)
            print(f"{shape.__name__}_{kb}kb_cpu_seconds: {seconds[-1]:.2f}")
        for (a, ta), (b, tb) in itertools.pairwise(zip(sizes, seconds, strict=True)):
            print(f"{shape.__name__}_ratio_{b}kb_over_{a}kb: {tb / ta:.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
