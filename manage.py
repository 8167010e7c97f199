#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    try:
        execute_from_command_line(sys.argv)
    except ImproperlyConfigured as exc:
        # A configuration mistake (no SECRET_KEY, a bad DATABASE_URL) is the user's to fix:
        # one line saying what to do, not a traceback.
        sys.exit(f"claimtrack: configuration error: {exc}")


if __name__ == "__main__":
    main()
