"""Extraction speed on ~600-word articles, one core.

    .venv/bin/python bench/bench_extract.py [N]

Builds N articles of about 600 words by joining the test articles' paragraphs (so every
article is dense with figures, quotes and attributions, harder than typical news), runs the
extractor over all of them and prints articles per second. Also times one 1 MB paragraph
without a full stop, which must not hang.

History (typical articles, CPU of one core, this machine): 273/s (3.67 ms) for extractor 1;
247/s after the accuracy rules of version 2; 370/s (2.70 ms) for version 2 after the speed
work: plain words tokenised without the regex, trigger words found with str.find from the
sentence's word set, date anchors from that word set, pre-checks before the phone, ratio and
back-attribution patterns, cached name keys, name scans done once and only when needed.
The goal of 1,000/s (1 ms) is not reached: tokenising the ~700 tokens costs ~4.5M of the
~27M instructions an article takes (callgrind), and the attribution rules that walk them
most of the rest; see the report of that round for what could close the gap.
Byte-identical output before and after each speed step was checked on all test articles and
800 bench articles.
"""

from __future__ import annotations

import datetime
import os
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")

from claims.extraction import extract_claims  # noqa: E402
from tests.extraction.corpus import ARTICLES, HELDOUT, Seg, load_all  # noqa: E402

_FIGURE = re.compile(
    r"(?i)\b(?:US)?[$€£₦]?\d[\d,.]*(?:\s?(?:million|billion|bn|m|%|per cent))?|\b(?:one|two|"
    r"three|four|five|six|seven|eight|nine|ten|twelve|dozens|hundreds|thousands|scores)\b"
)


def build_articles(n: int, words: int = 600, dense: bool = True) -> list[tuple[str, list[Seg]]]:
    """N synthetic articles: a headline and shuffled body paragraphs, ~`words` words each.

    dense: every paragraph comes from the test articles, nearly all with figures. Otherwise
    three paragraphs in four have their figures replaced by "many", the rate of ordinary news.
    """
    corpus = load_all(ARTICLES) + load_all(HELDOUT)
    paragraphs = [a.text[s.start : s.end] for a in corpus for s in a.segments if s.part == "body"]
    plain = [_FIGURE.sub("many", p) for p in paragraphs]
    headlines = [a.text[s.start : s.end] for a in corpus for s in a.segments
                 if s.part == "headline"]
    rng = random.Random(7)
    out = []
    for _ in range(n):
        head = rng.choice(headlines)
        text = head + "\n\n"
        segs = [Seg("headline", 0, len(head))]
        count = 0
        while count < words:
            p = rng.choice(paragraphs if dense or rng.random() < 0.25 else plain)
            start = len(text)
            text += p + "\n"
            segs.append(Seg("body", start, start + len(p)))
            count += len(p.split())
        out.append((text, segs))
    return out


def main() -> None:
    """Time the extractor and print articles per second and words per article."""
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    day = datetime.date(2024, 8, 5)
    for dense in (False, True):
        articles = build_articles(n, dense=dense)
        words = sum(len(t.split()) for t, _ in articles) / len(articles)
        claims = 0
        start = time.perf_counter()
        cpu = time.process_time()
        for text, segs in articles:
            claims += len(extract_claims(text, segs, article_date=day, publisher="Bench News"))
        elapsed = time.perf_counter() - start
        cpu = time.process_time() - cpu  # CPU time: honest on a busy machine
        label = "dense (figures in every paragraph)" if dense else "typical (1 paragraph in 4)"
        print(f"{label}: {n} articles, {words:.0f} words, {claims / n:.1f} claims each: "
              f"{n / cpu:.0f} articles/s of CPU ({cpu * 1000 / n:.2f} ms per article; "
              f"wall clock {n / elapsed:.0f}/s)")

    big = "Gunmen killed 12 people " * 45000  # ~1 MB, no full stop
    start = time.perf_counter()
    extract_claims(big, [Seg("body", 0, len(big))], article_date=day, publisher="Bench News")
    print(f"1 MB sentence without a full stop: {time.perf_counter() - start:.3f} s")


if __name__ == "__main__":
    main()
