"""python manage.py extract_claims FILE: print the claims an article file holds, write nothing."""

import datetime
import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims.services.importing import ExtractionFailed, iter_claim_dicts
from sources.reader import (
    SeedFormatError,
    decode_seed_bytes,
    parse_plain_article,
    read_seed_file,
)


class Command(BaseCommand):
    help = (
        "Read one article file and print one JSON object per extracted claim per line; writes "
        "nothing. With --plain, FILE is any outlet's plain text: first line the headline, the "
        "rest the body (give --date and --publisher)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="A seed file, or a plain-text article with --plain.")
        parser.add_argument("--plain", action="store_true", help="FILE is a plain-text article.")
        parser.add_argument("--date", help="Article date, YYYY-MM-DD (required with --plain).")
        parser.add_argument(
            "--publisher",
            default=settings.CLAIMTRACK_DEFAULT_PUBLISHER,
            help="Outlet that published the article (default: %(default)s).",
        )
        parser.add_argument("--encoding", help="Text encoding when the file is not UTF-8.")

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"{path}: no such file; give the path of an article file.")
        try:
            if options["plain"]:
                articles = [self._plain_article(path, options)]
            else:
                articles = read_seed_file(path, encoding=options["encoding"])
        except SeedFormatError as err:
            raise CommandError(str(err)) from None
        count = 0
        try:
            for row in iter_claim_dicts(articles, options["publisher"]):
                self.stdout.write(json.dumps(row, ensure_ascii=False))
                count += 1
        except ExtractionFailed as err:
            raise CommandError(f"{path}:{err.line}: {err}") from None
        self.stderr.write(f"{len(articles)} articles, {count} claims")

    def _plain_article(self, path: Path, options):
        if not options["date"]:
            raise CommandError("--plain needs --date YYYY-MM-DD (the article's date).")
        try:
            date = datetime.date.fromisoformat(options["date"])
        except ValueError:
            raise CommandError(
                f"--date {options['date']!r} is not a date; use YYYY-MM-DD, e.g. 2024-08-05."
            ) from None
        text = decode_seed_bytes(path.read_bytes(), str(path), options["encoding"])
        return parse_plain_article(text, date, filename=str(path))
