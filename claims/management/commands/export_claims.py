"""python manage.py export_claims PATH: write the whole claims database to one JSON Lines file."""

from django.core.management.base import BaseCommand, CommandError

from claims.services.portability import PortabilityError, export_database


class Command(BaseCommand):
    help = (
        "Write every source, speaker, alias, event, claim, appearance and relation, with the "
        "review state and the edit history, to PATH as JSON Lines (gzip-compressed when PATH "
        "ends in .gz). Restore it into an empty database with import_claims."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="File to write; replaced only once it is complete.")
        parser.add_argument(
            "--no-history",
            action="store_true",
            help="Leave out the edit-history tables (a restored database then starts with no "
            "history).",
        )

    def handle(self, *args, **options):
        try:
            stats = export_database(options["path"], include_history=not options["no_history"])
        except PortabilityError as err:
            raise CommandError(str(err)) from None
        except OSError as err:
            raise CommandError(
                f"{options['path']}: cannot write the file ({err.strerror})."
            ) from None
        self.stdout.write(stats.summary())
