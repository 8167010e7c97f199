"""Shared set-up for the headless-Chromium tests: one browser per test, watched pages.

Test modules carry `pytestmark = BROWSER_MARKS`. Every page made here is watched: a console
error (a Content-Security-Policy violation is one), an uncaught page error or a JavaScript
dialog fails the test that opened it, and then, as after any failure, each of its pages is
screenshotted into test-artifacts/.

Playwright's sync API runs an event loop in the test's thread, so Django's async-safety
guard would refuse the ORM calls the test makes; DJANGO_ALLOW_ASYNC_UNSAFE is set for the
duration of each browser test only (monkeypatch), never at import: the setting would leak
into other tests (`check --deploy` then reports async.E001).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connections

from tests.conftest import PASSWORD

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
BROWSER_MARKS = [
    pytest.mark.browser,
    # live_server needs a transactional database; serialized rollback keeps the groups the
    # data migration created (a flush would otherwise remove them for later tests).
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
# Playwright's default is 30 s; a local page that takes this long is itself a failure.
TIMEOUT_MS = 10_000


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    # Lets fixtures see at teardown whether the test itself failed (for the screenshot).
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@dataclass
class PageWatch:
    """What went wrong on the pages of one test."""

    problems: list[str] = field(default_factory=list)
    pages: list = field(default_factory=list)

    def watch(self, page) -> None:
        """Record console errors, page errors and dialogs of `page`; dismiss any dialog."""
        self.pages.append(page)
        page.set_default_timeout(TIMEOUT_MS)

        def on_console(message) -> None:
            # Chromium asks for /favicon.ico by itself on pages that link none (the admin's);
            # its 404 is the browser's guess, not something the page asked for.
            if (message.location or {}).get("url", "").endswith("/favicon.ico"):
                return
            if message.type == "error" or "Content Security Policy" in message.text:
                self.problems.append(f"console {message.type} on {page.url}: {message.text}")

        def on_dialog(dialog) -> None:
            self.problems.append(f"{dialog.type} dialog on {page.url}: {dialog.message!r}")
            dialog.dismiss()

        page.on("console", on_console)
        page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        page.on("dialog", on_dialog)


def _safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip("-")[:120]


@pytest.fixture
def browser(request, monkeypatch) -> Iterator:
    """A headless Chromium for this test (skipped without /usr/bin/chromium, except on CI)."""
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing on CI: install Debian's chromium package.")
        pytest.skip(f"{CHROMIUM} is not installed (apt install chromium)")
    from playwright.sync_api import sync_playwright

    # Only while this test runs; monkeypatch restores it after the browser has stopped.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()
            # While Playwright runs, the ORM calls of the test get their own connection (Django
            # keeps connections per asyncio context); close it here, in that context, or it
            # stays open and PostgreSQL refuses to drop the test database at the end.
            connections.close_all()


@pytest.fixture
def page_watch(request, browser) -> Iterator[PageWatch]:
    """The watch over this test's pages; fails the test on any problem it saw."""
    watch = PageWatch()
    yield watch
    call = getattr(request.node, "report_call", None)
    failed = call is not None and call.failed
    if failed or watch.problems:
        ARTIFACTS.mkdir(exist_ok=True)
        for index, page in enumerate(watch.pages):
            if page.is_closed():
                continue
            name = _safe_name(f"{request.node.name}-failure-{index}") + ".png"
            try:
                page.screenshot(path=str(ARTIFACTS / name), full_page=True)
            except Exception as error:  # a crashed page must not hide the test's own failure
                print(f"no screenshot of {page.url}: {error}")
    if watch.problems and not failed:
        pytest.fail("Browser reported problems:\n" + "\n".join(watch.problems))


@pytest.fixture
def new_page(browser, page_watch) -> Callable:
    """Open a watched page in a new browser context; keyword arguments go to the context."""

    def make(**context_options):
        context_options.setdefault("viewport", {"width": 1200, "height": 900})
        context = browser.new_context(**context_options)
        page = context.new_page()
        page_watch.watch(page)
        return page

    return make


@pytest.fixture
def page(new_page):
    """A watched desktop page with JavaScript on."""
    return new_page()


@pytest.fixture
def artifacts() -> Path:
    """test-artifacts/ (git-ignored), created on demand."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def log_in(live_server):
    """Log `user` in through the admin's real login form (django-axes is watching)."""

    def log_in_as(page, user, next_path: str = "/admin/"):
        page.goto(f"{live_server.url}{next_path}")
        page.fill("#id_username", user.username)
        page.fill("#id_password", PASSWORD)
        page.click("input[type=submit]")

    return log_in_as
