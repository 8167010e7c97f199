"""An extractor bug on one article costs the user no traceback and writes nothing of its file.

The first two tests run articles of our own through the code path that once raised
AttributeError (a sentence crediting a poll that ends with a colon); the others make the
extractor fail on purpose and check what each command then tells the user.
"""

from __future__ import annotations

import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from claims.models import Claim
from sources.models import Source
from tests.extraction.test_speakers import run

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_0bd10977ca86cbfa.txt"


def speakers(claims):
    return {(c.speaker, c.figure_text) for c in claims}


def test_a_poll_sentence_ending_in_a_colon_is_read_without_error():
    got = speakers(run(
        "Pessimism about the economy has deepened, according to a new survey by Harlow "
        "Research of 1,500 adults, published on Tuesday:",
        "Some 62% said the economy was getting worse, up from 48% in March."))
    assert ("Harlow Research", "1,500") in got


def test_expected_figures_after_a_colon_line_crediting_a_poll_are_the_pollsters():
    got = speakers(run(
        "Brantley Foods reported quarterly results on Tuesday. Here is how it did against "
        "analysts' expectations, according to a poll of analysts by Harlow Research:",
        "Revenue: $4.1 billion vs. $4.3 billion expected.",
        publisher="Daily Test"))
    assert ("Harlow Research", "$4.3 billion") in got
    assert ("Daily Test", "$4.1 billion") in got


def _broken_extractor(*args, **kwargs):
    raise ZeroDivisionError("a bug in a rule")


@pytest.mark.django_db
def test_import_refuses_the_file_an_extractor_bug_stops_and_imports_the_others(
        tmp_path, monkeypatch):
    shutil.copy(SEED, tmp_path / "good.txt")
    bad = tmp_path / "bad.txt"
    shutil.copy(SEED, bad)
    bad.write_text(bad.read_text(encoding="utf-8").replace("Wagner", "Wagnerr"), encoding="utf-8")
    import claims.pipeline as pipeline

    real = pipeline.extract_claims

    def fails_on_bad_file(text, *args, **kwargs):
        if "Wagnerr" in text:
            raise ZeroDivisionError("a bug in a rule")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(pipeline, "extract_claims", fails_on_bad_file)
    err = StringIO()
    with pytest.raises(CommandError, match="1 of 2 files refused"):
        call_command("import_seeds", str(tmp_path), "--no-progress", "--jobs", "1",
                     stdout=StringIO(), stderr=err)
    refusal = err.getvalue()
    assert f"{bad}:1: internal error while extracting this article" in refusal
    assert "ZeroDivisionError: a bug in a rule" in refusal
    assert "Traceback" not in refusal
    assert not Source.objects.filter(text__contains="Wagnerr").exists()
    assert Source.objects.count() == 2  # good.txt's two articles
    assert Claim.objects.exclude(appearances__source__text__contains="Wagnerr").exists()


def test_extract_claims_names_the_file_and_line_of_an_article_the_extractor_fails_on(
        tmp_path, monkeypatch):
    import claims.services.importing as importing

    monkeypatch.setattr(importing, "extract_claims", _broken_extractor)
    err = StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("extract_claims", str(SEED), stdout=StringIO(), stderr=err)
    message = str(raised.value)
    assert message.startswith(f"{SEED}:1: internal error while extracting the article 'Mali")
    assert "ZeroDivisionError: a bug in a rule" in message
    assert "please report it with the file" in message


@pytest.mark.django_db
def test_dry_run_reports_the_failed_file_as_refused_without_a_traceback(monkeypatch):
    import claims.pipeline as pipeline
    import claims.services.importing as importing

    monkeypatch.setattr(importing, "extract_claims", _broken_extractor)
    monkeypatch.setattr(pipeline, "extract_claims", _broken_extractor)
    err = StringIO()
    with pytest.raises(CommandError, match="1 of 1 files refused"):
        call_command("import_seeds", str(SEED), "--dry-run", "--no-progress",
                     stdout=StringIO(), stderr=err)
    assert "internal error while extracting this article" in err.getvalue()
    assert Source.objects.count() == 0
