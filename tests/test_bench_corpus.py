"""The benchmark corpus generator: files the seed reader accepts, reproducible from a seed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.corpus import write_corpus
from sources.reader import read_seed_file

N = 20


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus") / "a"
    write_corpus(N, 11, out, per_file=8)
    return out


def test_generated_files_parse_into_the_requested_number_of_articles(corpus):
    seed_files = sorted(corpus.glob("*.txt"))
    assert len(seed_files) == 3  # 8 + 8 + 4
    articles = [a for path in seed_files for a in read_seed_file(path)]
    assert len(articles) == N
    for article in articles:
        assert article.headline and article.body and article.summary
        assert article.dateline.isupper()
    for path in seed_files:
        headlines = [a.headline for a in read_seed_file(path)]
        # The importer treats a repeated headline in one file as an update of the article.
        assert len(set(headlines)) == len(headlines)


def test_truth_rows_point_at_sentences_in_the_parsed_articles(corpus):
    parsed = {p.name: read_seed_file(p) for p in corpus.glob("*.txt")}
    rows = [json.loads(line) for line in (corpus / "truth.jsonl").read_text().splitlines()]
    assert len(rows) >= N  # every article plants at least its opening figure
    for row in rows:
        article = parsed[row["file"]][row["position"]]
        assert article.headline == row["headline"]
        assert row["sentence"] in article.text
        assert row["figure_text"].lower() in row["sentence"].lower()
    manifest = json.loads((corpus / "manifest.json").read_text())
    assert manifest["articles"] == N and manifest["planted_figures"] == len(rows)


def test_same_seed_gives_byte_identical_files_and_another_seed_does_not(corpus, tmp_path):
    write_corpus(N, 11, tmp_path / "same", per_file=8)
    write_corpus(N, 12, tmp_path / "other", per_file=8)
    assert _files(tmp_path / "same") == _files(corpus)
    other = _files(tmp_path / "other")
    assert other.keys() == _files(corpus).keys()
    assert other["00000_bench.txt"] != _files(corpus)["00000_bench.txt"]
