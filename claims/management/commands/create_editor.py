"""`manage.py create_editor USERNAME [--reviewer]`: a staff account for the review desk."""

from __future__ import annotations

import getpass
import os

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

PASSWORD_ENV = "CLAIMTRACK_PASSWORD"


class Command(BaseCommand):
    help = (
        "Create a staff user in the Editors group (or Reviewers with --reviewer). Prompts for "
        f"the password twice, or reads it from ${PASSWORD_ENV} with --no-input."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument(
            "--reviewer",
            action="store_true",
            help="Put the user in Reviewers: may set verified/disputed/rejected and verdicts.",
        )
        parser.add_argument("--email", default="", help="The user's e-mail address.")
        parser.add_argument(
            "--no-input",
            "--noinput",
            action="store_false",
            dest="interactive",
            help=f"Do not prompt; read the password from ${PASSWORD_ENV}.",
        )

    def handle(self, *args, username: str, reviewer: bool, email: str, interactive: bool, **opts):
        User = get_user_model()
        username = username.strip()
        if not username:
            raise CommandError("The username is empty; give the new user's name.")
        if User.objects.filter(username=username).exists():
            raise CommandError(
                f"A user named “{username}” already exists; choose another name or change "
                "that user's groups in the admin."
            )
        group_name = "Reviewers" if reviewer else "Editors"
        try:
            group = Group.objects.get(name=group_name)
        except Group.DoesNotExist:
            raise CommandError(
                f"The {group_name} group is missing; run `python manage.py migrate` first."
            ) from None

        password = self._password(interactive)
        candidate = User(username=username, email=email)
        try:
            validate_password(password, user=candidate)
        except ValidationError as error:
            raise CommandError(f"Password refused: {' '.join(error.messages)}") from None

        with transaction.atomic():
            user = User.objects.create_user(
                username=username, email=email, password=password, is_staff=True
            )
            user.groups.add(group)
        self.stdout.write(
            self.style.SUCCESS(f"Created {group_name[:-1].lower()} “{username}” (staff, {group_name}).")
        )

    def _password(self, interactive: bool) -> str:
        if not interactive:
            password = os.environ.get(PASSWORD_ENV, "")
            if not password:
                raise CommandError(
                    f"No password: set ${PASSWORD_ENV} when using --no-input, or run without "
                    "--no-input to be prompted."
                )
            return password
        try:
            password = getpass.getpass("Password: ")
            again = getpass.getpass("Password (again): ")
        except (EOFError, KeyboardInterrupt):
            raise CommandError("Cancelled; no user was created.") from None
        if not password:
            raise CommandError("The password is empty; no user was created.")
        if password != again:
            raise CommandError("The two passwords differ; no user was created.")
        return password
