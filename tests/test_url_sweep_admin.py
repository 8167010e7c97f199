"""Every admin URL, generated from the URLconf: anonymous users and staff outside the groups
are refused everywhere, and editors cannot do a reviewer's work by any route.

The URL list is not written by hand: the resolver is walked and each admin pattern is filled
with ids of real objects (one of every model the admin registers), so a URL added tomorrow is
swept tomorrow. A pattern the filler cannot fill fails the test unless it is listed in
UNFILLED with a reason, and that list must stay short.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth.models import Group, User
from django.contrib.contenttypes.models import ContentType
from django.db.models import Model
from django.test import Client, RequestFactory
from django.urls import reverse

from claims.models import (
    REVIEW_STATUSES,
    Appearance,
    Claim,
    ClaimRelation,
    Event,
    EventStatus,
    RelationKind,
    RelationStatus,
    Speaker,
    SpeakerAlias,
    Status,
    Verdict,
)
from claims.services.review import REVIEW_PERMISSION, set_review
from sources.models import Source
from tests.admin_fixtures import admin_form_data, quoted_claim
from tests.conftest import make_claim, make_speaker
from tests.urlconf_fixtures import TOKEN, Route, body_of, build, walk

pytestmark = pytest.mark.django_db

# A word that appears in every object the sweep creates and nowhere else: a refused response
# that contains it has shown data.
MARKER = "Quillfeather"

# Admin patterns the filler cannot fill, with the reason. Keep this short: each entry is a URL
# nobody checks.
UNFILLED: dict[str, str] = {}
MAX_UNFILLED = 2

# The login form is for everyone.
PUBLIC_PAGES = {"admin:login"}
# Pages Django's admin gives every active staff user, whatever their permissions; none shows
# data (the index says "You don't have permission to view or edit anything").
STAFF_PAGES = {
    "admin:index",
    "admin:logout",
    "admin:password_change",
    "admin:password_change_done",
    "admin:jsi18n",
}

# What a reviewer's work looks like in a POST: a review status with a verdict, or a verdict
# alone. Sent to every route an editor can reach.
REVIEW_ATTEMPTS = [
    {"status": Status.REJECTED, "verdict": Verdict.INACCURATE, "reviewer_note": "overruled"},
    {"verdict": Verdict.ACCURATE},
]


# --- the URLconf, walked ----------------------------------------------------------------------


@dataclass(frozen=True)
class SweptUrl:
    route: Route
    url: str

    def __str__(self) -> str:
        return f"{self.url} ({self.route.name})"


def admin_routes() -> list[Route]:
    """Every pattern under the admin's namespace."""
    return [route for route in walk() if route.name.startswith("admin:")]


MODEL_PREFIX = re.compile(r"^admin/(?P<app>\w+)/(?P<model>\w+)/")


class Unfillable(Exception):
    """A pattern whose parameters the sweep does not know how to fill."""


@dataclass
class SweepData:
    objects: dict[type[Model], Model]
    history_ids: dict[type[Model], int]
    subject: Claim

    def model_of(self, route: Route) -> type[Model] | None:
        match = MODEL_PREFIX.match(route.text)
        if not match:
            return None
        try:
            model = apps.get_model(match["app"], match["model"])
        except LookupError:
            return None
        return model if admin.site.is_registered(model) else None


def fill(route: Route, data: SweepData) -> list[str]:
    """Concrete URLs for a pattern, filled with the sweep's objects (raises Unfillable)."""
    model = data.model_of(route)
    subjects: list[Model | None]
    if "<path:content_type_id>" in route.text or "<content_type_id>" in route.text:
        subjects = list(data.objects.values())  # one "view on site" link per model
    else:
        subjects = [data.objects.get(model)] if model is not None else [None]
    urls = []
    for subject in subjects:
        options: list[list[str]] = []
        positional = 0
        for token in TOKEN.finditer(route.text):
            name = token["param"] or token["group"]
            if name in ("object_id", "id"):
                if subject is None:
                    raise Unfillable(f"no object for {name!r}")
                options.append([str(subject.pk)])
            elif name == "content_type_id":
                options.append([str(ContentType.objects.get_for_model(subject).pk)])
            elif name == "app_label" and token["choices"]:
                options.append(token["choices"].split("|"))
            elif name == "url":  # the admin's catch-all
                options.append(["no-such-page/", "claims/claim/no-such-page"])
            elif token["positional"] is not None and route.name.endswith("_simple_history"):
                if subject is None:
                    raise Unfillable("no object for a history page")
                ids = [str(subject.pk), str(data.history_ids[type(subject)])]
                options.append([ids[positional]])
                positional += 1
            else:
                raise Unfillable(f"unknown parameter {token.group(0)!r}")
        urls += [build(route, list(values)) for values in itertools.product(*options)]
    return urls


def autocomplete_queries() -> list[str]:
    """The admin's autocomplete asks by query string: one for every autocomplete field."""
    request = RequestFactory().get("/admin/")
    queries = []
    for model, model_admin in admin.site._registry.items():
        admins = [model_admin, *(inline(model, admin.site) for inline in model_admin.inlines)]
        for each in admins:
            opts = each.model._meta
            for field in each.get_autocomplete_fields(request):
                queries.append(
                    f"?app_label={opts.app_label}&model_name={opts.model_name}"
                    f"&field_name={field}&term={MARKER[:5]}"
                )
    return list(dict.fromkeys(queries))  # the two relation inlines share their fields


# Views that take their parameters from the query string, and how to fill it.
QUERIES = {"admin:autocomplete": autocomplete_queries}


def swept_urls(data: SweepData) -> list[SweptUrl]:
    found = []
    for route in admin_routes():
        if route.text in UNFILLED:
            continue
        queries = QUERIES[route.name]() if route.name in QUERIES else [""]
        found += [
            SweptUrl(route, url + query) for url in fill(route, data) for query in queries
        ]
    return found


# --- the data: one object of every registered model -------------------------------------------


def build_objects(reviewer: User) -> SweepData:
    """One object of every model the admin registers, each carrying MARKER.

    The subject claim was verified with a verdict, then reopened by a reviewer: its history
    holds a verified version, so the revert page offers a review to an editor.
    """
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    event = Event.objects.create(
        name=f"{MARKER} harbour fire", slug="harbour-fire", status=EventStatus.SUGGESTED
    )
    speaker = make_speaker(f"{MARKER} Harbour Master")
    alias = SpeakerAlias.objects.create(speaker=speaker, alias=f"Captain {MARKER}")
    subject = quoted_claim(
        [f"{MARKER} harbour fire", "The harbour master said 40 boats burned overnight."],
        "The harbour master said 40 boats burned overnight.",
        "40",
        speaker=speaker,
        value=40,
        text=f"40 boats burned ({MARKER})",
        event=event,
    )
    set_review(subject, user=reviewer, status=Status.VERIFIED, verdict=Verdict.ACCURATE,
               note=f"{MARKER} checked the register")
    verified_version = subject.history.filter(status=Status.VERIFIED).latest().history_id
    set_review(subject, user=reviewer, status=Status.IN_REVIEW, verdict="")
    other = make_claim(text=f"12 boats burned ({MARKER})", value=Decimal(12), event=event)
    relation = ClaimRelation.objects.create(
        from_claim=other,
        to_claim=subject,
        kind=RelationKind.CONTRADICTS,
        status=RelationStatus.SUGGESTED,
        rationale=f"{MARKER}: 12 against 40",
    )
    checked = make_claim(text=f"3 piers closed ({MARKER})", value=Decimal(3))
    set_review(checked, user=reviewer, status=Status.DISPUTED, verdict=Verdict.MISLEADING)
    reviewer.email = f"{MARKER.lower()}@example.org"
    reviewer.save()
    access = {"user_agent": "sweep", "ip_address": "127.0.0.1", "username": MARKER,
              "http_accept": "*/*", "path_info": "/admin/login/"}
    objects: dict[type[Model], Model] = {
        Claim: subject,
        ClaimRelation: relation,
        Speaker: speaker,
        SpeakerAlias: alias,
        Event: event,
        Source: subject.source,
        Appearance: subject.appearances.get(),
        Group: Group.objects.get(name="Editors"),
        User: reviewer,
        AccessAttempt: AccessAttempt.objects.create(
            **access, get_data="", post_data="", failures_since_start=1
        ),
        AccessLog: AccessLog.objects.create(**access),
        AccessFailureLog: AccessFailureLog.objects.create(**access),
    }
    history_ids = {
        model: obj.history.latest().history_id
        for model, obj in objects.items()
        if hasattr(obj, "history")
    }
    history_ids[Claim] = verified_version
    return SweepData(objects, history_ids, subject)


@pytest.fixture
def sweep(reviewer) -> SweepData:
    """The sweep's objects (see build_objects)."""
    return build_objects(reviewer)


# --- what each role may see ---------------------------------------------------------------------


def _redirect_target(response) -> str:
    return urlsplit(response.get("Location", "")).path


def refusal_problem(
    swept: SweptUrl, method: str, response, *, staff: bool, swept_paths: set[str]
) -> str | None:
    """Why `response` is not a refusal (None when it is) for an anonymous or groupless user.

    Refusals: 403, 404, 405, a redirect to the login page or the index, or a redirect to
    another swept admin URL (the old `<id>/` address of a change page), which is refused in
    its own right.
    """
    text = body_of(response)
    if MARKER.lower() in text.lower() or MARKER.lower() in response.get("Location", "").lower():
        return f"{method} {swept}: {response.status_code} shows data ({MARKER} in the response)"
    status = response.status_code
    if status in (403, 404, 405):
        return None
    allowed_pages = PUBLIC_PAGES | (STAFF_PAGES if staff else set())
    if status == 200 and swept.route.name in allowed_pages:
        return None
    if status in (301, 302):
        target = _redirect_target(response)
        if target in (reverse("admin:login"), reverse("admin:index")) or target in swept_paths:
            return None
        if staff and not target.startswith("/admin/"):
            return None  # "view on site": the public page, which shows only public data
        if status == 301 and target == urlsplit(swept.url).path + "/":
            return None  # the catch-all adds a slash; the slashed URL is swept too
    return f"{method} {swept}: answered {status} {response.get('Location', '')}".rstrip()


def data_state() -> dict:
    """Every row of the desk's data, and who holds which privileges."""
    state = {}
    for model in apps.get_app_config("claims").get_models():
        state[model._meta.label] = list(model.objects.order_by("pk").values())
    for model in apps.get_app_config("sources").get_models():
        state[model._meta.label] = list(model.objects.order_by("pk").values())
    state["privileges"] = sorted(
        (u.pk, u.is_staff, u.is_superuser, tuple(sorted(u.groups.values_list("pk", flat=True))))
        for u in User.objects.all()
    )
    state["group permissions"] = sorted(
        Group.permissions.through.objects.values_list("group_id", "permission_id")
    )
    state["user permissions"] = sorted(
        User.user_permissions.through.objects.values_list("user_id", "permission_id")
    )
    return state


def ensure_logged_in(client: Client, user: User) -> None:
    """Log `user` in again when a POST to the logout page ended the session."""
    if client.session.get("_auth_user_id") != str(user.pk):
        client.force_login(user)


def sweep_refusals(client: Client, urls: list[SweptUrl], user: User | None) -> list[str]:
    """GET and POST every URL as `user` (None: anonymous); what was not a refusal."""
    problems = []
    swept_paths = {swept.url for swept in urls}
    for swept in urls:
        for method in ("get", "post"):
            if user is not None:
                ensure_logged_in(client, user)
            try:
                response = getattr(client, method)(swept.url)
            except Exception as error:  # a crash is a finding, not the end of the sweep
                problems.append(f"{method} {swept}: raised {error!r}")
                continue
            problem = refusal_problem(
                swept, method.upper(), response, staff=user is not None, swept_paths=swept_paths
            )
            if problem:
                problems.append(problem)
    return problems


# --- tests ------------------------------------------------------------------------------------


def test_every_admin_url_pattern_is_swept_or_listed_with_a_reason(sweep):
    routes = admin_routes()
    assert len(routes) > 50  # the walk found the admin at all
    texts = {route.text for route in routes}
    assert set(UNFILLED) <= texts, "UNFILLED names patterns that no longer exist"
    assert len(UNFILLED) <= MAX_UNFILLED
    unfilled = []
    for route in routes:
        if route.text in UNFILLED:
            continue
        try:
            assert fill(route, sweep), route
        except Unfillable as error:
            unfilled.append(f"{route}: {error}")
    assert unfilled == []
    # The desk's own routes are among them, and every page said to be open to all staff exists.
    names = {route.name for route in routes}
    assert names >= PUBLIC_PAGES | STAFF_PAGES
    assert {"admin:claims_claim_compare", "admin:claims_claim_review_queue",
            "admin:claims_claim_simple_history"} <= names


def test_every_registered_model_has_an_object_in_the_sweep(sweep):
    missing = [m._meta.label for m in admin.site._registry if m not in sweep.objects]
    assert missing == [], "add an object of these models to build_objects()"


def test_anonymous_users_are_refused_by_every_admin_url(client, sweep):
    urls = swept_urls(sweep)
    before = data_state()
    assert sweep_refusals(client, urls, None) == []
    assert data_state() == before


def test_staff_outside_the_groups_are_refused_by_every_admin_url(client, sweep, outsider):
    urls = swept_urls(sweep)
    before = data_state()
    assert sweep_refusals(client, urls, outsider) == []
    assert data_state() == before


# --- editors and the review --------------------------------------------------------------------


def review_state() -> dict[int, tuple[str, str, str]]:
    """Every claim's (status, verdict, reviewer note), by id."""
    return {
        pk: (status, verdict, note)
        for pk, status, verdict, note in Claim.objects.values_list(
            "pk", "status", "verdict", "reviewer_note"
        )
    }


def restore_review(state: dict[int, tuple[str, str, str]]) -> None:
    """Put the claims' reviews back as they were, so each attempt starts from the same state.

    Claims made since (an editor may add claims) are removed with their appearances.
    """
    Claim.objects.exclude(pk__in=state).delete()
    for pk, (status, verdict, note) in state.items():
        Claim.objects.filter(pk=pk).update(status=status, verdict=verdict, reviewer_note=note)


def review_changes(before: dict, after: dict) -> list[str]:
    """The reviewer's work done between two review states (empty: none)."""
    changes = []
    for pk, old in before.items():
        new = after.get(pk)
        if new is None:
            changes.append(f"claim {pk} deleted")
        elif new[1:] != old[1:]:
            changes.append(f"claim {pk} verdict/note {old[1:]} -> {new[1:]}")
        elif new[0] != old[0] and (new[0] in REVIEW_STATUSES or old[0] in REVIEW_STATUSES):
            changes.append(f"claim {pk} status {old[0]} -> {new[0]}")
    for pk, new in after.items():
        if pk not in before and (new[0] in REVIEW_STATUSES or new[1]):
            changes.append(f"new claim {pk} created as {new[0]}/{new[1]}")
    return changes


def _all_actions(model: type[Model], superuser: User) -> list[str]:
    # A superuser sees every action, the ones a reviewer alone may use included.
    request = RequestFactory().get("/admin/")
    request.user = superuser
    return list(admin.site._registry[model].get_actions(request))


def _with_attempt(rendered: dict, response, attempt: dict) -> dict:
    """The rendered form's POST with a review attempt on the claim and on any claim inline."""
    data = {**rendered, **attempt}
    for inline in response.context.get("inline_admin_formsets") or []:
        if inline.formset.model is not Claim:
            continue
        for form in inline.formset.forms:
            data.update({f"{form.prefix}-{key}": value for key, value in attempt.items()})
    return data


def attempts_for(swept: SweptUrl, response, data: SweepData, superuser: User) -> Iterator[dict]:
    """POST bodies that would do a reviewer's work at this URL, built from what it rendered.

    Forms (change, add, history revert): the form as rendered -- on a history page that is the
    revert to a verified version -- and with a review attempt. Changelists: every action the
    model admin has (for a superuser), on every row. Anything else: the comparison page's
    review post, with the attempt.
    """
    context = response.context if response.status_code == 200 else None
    if context is not None and "adminform" in context:
        rendered = admin_form_data(response)
        yield rendered
        for attempt in REVIEW_ATTEMPTS:
            yield _with_attempt(rendered, response, attempt)
        return
    model = data.model_of(swept.route)
    if swept.route.name.endswith("_changelist") and model is not None:
        rows = [str(pk) for pk in model.objects.values_list("pk", flat=True)]
        for action in _all_actions(model, superuser):
            yield {"action": action, ACTION_CHECKBOX_NAME: rows, "index": "0", "apply": "1"}
        return
    for attempt in REVIEW_ATTEMPTS:
        yield {"do": "review", "claim": str(data.subject.pk), **attempt}


def sweep_review_attempts(client: Client, user: User, urls: list[SweptUrl], data: SweepData,
                          superuser: User) -> tuple[dict[str, list[str]], list[str]]:
    """Try every attempt at every URL as `user`; returns {route name: review changes}, errors."""
    initial = review_state()
    done: dict[str, list[str]] = {}
    errors = []
    for swept in urls:
        ensure_logged_in(client, user)
        try:
            response = client.get(swept.url)
            attempts = list(attempts_for(swept, response, data, superuser))
        except Exception as error:
            errors.append(f"GET {swept}: raised {error!r}")
            continue
        for body in attempts:
            ensure_logged_in(client, user)
            try:
                client.post(swept.url, body)
            except Exception as error:
                errors.append(f"POST {swept} {sorted(body)}: raised {error!r}")
                continue
            after = review_state()
            if after == initial:
                continue
            changes = review_changes(initial, after)
            if changes:
                done.setdefault(swept.route.name, []).extend(
                    f"POST {swept.url}: {change}" for change in changes
                )
            restore_review(initial)
    return done, errors


def test_editors_cannot_do_review_work_by_any_admin_url(client, sweep, editor, admin_user):
    done, errors = sweep_review_attempts(client, editor, swept_urls(sweep), sweep, admin_user)
    assert errors == []
    assert done == {}
    editor = User.objects.get(pk=editor.pk)  # fresh permission cache
    assert not editor.has_perm(REVIEW_PERMISSION)
    assert not editor.is_superuser


def test_the_same_attempts_by_a_reviewer_do_review_work(client, sweep, reviewer, admin_user):
    # The control: the attempts the editor sent are real ones, so their refusal means something.
    claim_urls = [s for s in swept_urls(sweep) if s.url.startswith("/admin/claims/claim/")]
    done, errors = sweep_review_attempts(client, reviewer, claim_urls, sweep, admin_user)
    assert errors == []
    assert {
        "admin:claims_claim_change",
        "admin:claims_claim_changelist",
        "admin:claims_claim_compare",
        "admin:claims_claim_simple_history",
    } <= set(done)


@pytest.mark.parametrize("role", ["editor", "reviewer"])
def test_every_admin_url_answers_the_desk_without_a_crash(client, sweep, role, request):
    user = request.getfixturevalue(role)
    client.force_login(user)
    crashed = []
    for swept in swept_urls(sweep):
        try:
            status = client.get(swept.url).status_code
        except Exception as error:
            crashed.append(f"GET {swept}: raised {error!r}")
            continue
        if status >= 500:
            crashed.append(f"GET {swept}: answered {status}")
    assert crashed == []
