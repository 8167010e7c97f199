"""python manage.py import_claims PATH: restore an export_claims file into an empty database."""

from django.core.management.base import BaseCommand, CommandError

from claims.services.portability import PortabilityError, restore_database


class Command(BaseCommand):
    help = (
        "Restore a file written by export_claims into an EMPTY database (run `manage.py migrate` "
        "first), keeping every id, so /claims/<id>/ addresses stay the same. All or nothing: on "
        "any bad line nothing is written. Users named in the file (reviewers, relation authors) "
        "are matched by username; a missing one is created inactive, without a password."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="A file written by export_claims (.jsonl or .jsonl.gz).")

    def handle(self, *args, **options):
        try:
            stats = restore_database(options["path"])
        except PortabilityError as err:
            raise CommandError(str(err)) from None
        except OSError as err:
            raise CommandError(
                f"{options['path']}: cannot read the file ({err.strerror})."
            ) from None
        self.stdout.write(stats.summary())
