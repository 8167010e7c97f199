"""python manage.py import_seeds [PATH ...]: read article files, extract claims, write them."""

import json
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from claims.pipeline import default_jobs
from claims.services.importing import (
    ExtractionFailed,
    ImportRefused,
    import_files,
    iter_claim_dicts,
    seed_paths,
)
from sources.reader import SeedFormatError, read_seed_file


class Command(BaseCommand):
    help = (
        "Import seed files (or folders of *.txt seed files; default: the project's seeds/ "
        "folder): read the articles, extract their claims, resolve speakers and suggest "
        "relations. Each file is imported whole or not at all; re-running changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", help="Seed files or folders (default: seeds/).")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Read and extract, print what would change, write nothing.",
        )
        parser.add_argument(
            "--encoding", help="Text encoding of the files when they are not UTF-8 (e.g. latin-1)."
        )
        parser.add_argument(
            "--publisher",
            default=settings.CLAIMTRACK_DEFAULT_PUBLISHER,
            help="Outlet that published the articles (default: %(default)s).",
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="Never show a progress bar."
        )
        parser.add_argument(
            "--jobs",
            type=int,
            default=default_jobs(),
            help="Worker processes that read and extract files while the database is written "
            "(default: %(default)s, from the number of cores; 1 = no workers).",
        )

    def handle(self, *args, **options):
        try:
            paths = seed_paths(options["paths"] or [settings.CLAIMTRACK_SEEDS_DIR])
        except ImportRefused as err:
            raise CommandError(str(err)) from None
        if not paths:
            raise CommandError(
                "No seed files found (looked for *.txt); pass files or folders to import."
            )
        if options["encoding"]:
            try:
                "".encode(options["encoding"])
            except LookupError:
                raise CommandError(
                    f"Unknown encoding {options['encoding']!r}; use a Python codec name such as "
                    "latin-1 or cp1252."
                ) from None

        if options["dry_run"]:
            self._print_would_be_claims(paths, options)

        show_progress = not options["no_progress"]

        def progress(articles, path):
            return tqdm(
                articles, desc=path.name, unit="article", disable=None if show_progress else True,
                file=sys.stderr, leave=False,
            )

        stats = import_files(
            paths,
            publisher=options["publisher"],
            encoding=options["encoding"],
            dry_run=options["dry_run"],
            progress=progress,
            jobs=max(1, options["jobs"]),
        )
        for reason in stats.refused:
            self.stderr.write(f"refused: {reason}")
        prefix = "dry run (nothing written): " if options["dry_run"] else ""
        self.stdout.write(prefix + stats.summary())
        if stats.refused:
            raise CommandError(
                f"{len(stats.refused)} of {stats.files} files refused; fix them and re-run "
                "(the other files were imported)."
            )

    def _print_would_be_claims(self, paths, options):
        for path in paths:
            try:
                articles = read_seed_file(path, encoding=options["encoding"])
            except SeedFormatError:
                continue  # reported with the summary
            try:
                for row in iter_claim_dicts(articles, options["publisher"]):
                    self.stdout.write(json.dumps(row, ensure_ascii=False))
            except ExtractionFailed:
                continue  # the file is refused, and why, with the summary
