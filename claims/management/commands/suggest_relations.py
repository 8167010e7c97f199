"""python manage.py suggest_relations [--since YYYY-MM-DD]: suggest confirming/contradicting claims."""

import datetime

from django.core.management.base import BaseCommand, CommandError

from claims.services.relations import suggest_relations


def _parse_day(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text.strip())
    except ValueError:
        raise CommandError(
            f"--since {text!r} is not a date; give it as YYYY-MM-DD, e.g. --since 2024-08-05"
        ) from None


class Command(BaseCommand):
    help = (
        "Compare claims with the comparable claims of their events (same event and measure, "
        "other speakers or articles) and suggest which confirm or contradict each other. "
        "Relations an editor accepted, rejected or made are never changed; re-running changes "
        "nothing new."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--since",
            metavar="YYYY-MM-DD",
            help="Only compare claims added on or after this day (default: every claim).",
        )

    def handle(self, *args, **options):
        since = _parse_day(options["since"]) if options["since"] else None
        stats = suggest_relations(since=since)
        self.stdout.write(stats.summary())
