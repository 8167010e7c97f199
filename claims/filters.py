"""Filters for the public claim list: one FilterSet, explicit fields and a whitelisted sort."""

from __future__ import annotations

import copy
import re
from typing import ClassVar

import django_filters
from django import forms
from django.contrib.postgres.search import SearchQuery
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connections
from django.db.models import F, Q, QuerySet

from claims import selectors
from claims.models import Claim, Qualifier, SpeakerKind, Status, Verdict
from sources.models import Source

# Longest text search accepted; longer input is refused with a message instead of searched.
MAX_QUERY_LENGTH = 200
# Words the SQLite fallback matches (each must appear); later words are ignored.
MAX_FALLBACK_WORDS = 10

_SLUG = re.compile(r"^[-a-zA-Z0-9_]{1,220}$")

# Sort keys the public may ask for. Every ordering ends with the primary key so that
# pagination is stable when many claims share a date or a value.
SORTS: dict[str, tuple[str, tuple]] = {
    "newest": ("Newest added first", ("-created_at", "-id")),
    "oldest": ("Oldest added first", ("created_at", "id")),
    "stated": ("Latest stated first", (F("stated_on").desc(nulls_last=True), "-id")),
    "stated_oldest": ("Earliest stated first", (F("stated_on").asc(nulls_last=True), "id")),
    "value_high": ("Largest figure first", (F("value").desc(nulls_last=True), "-id")),
    "value_low": ("Smallest figure first", (F("value").asc(nulls_last=True), "id")),
}
DEFAULT_SORT = "newest"

# The public never filters on (or learns about) rejected claims.
PUBLIC_STATUSES = [(value, label) for value, label in Status.choices if value != Status.REJECTED]


class SlugChoiceField(forms.ModelChoiceField):
    """A speaker/source/event picked by its URL slug; malformed slugs fail before any query."""

    def __init__(self, *args, noun: str = "item", **kwargs):
        self.noun = noun
        kwargs.setdefault("to_field_name", "slug")
        kwargs.setdefault("widget", forms.TextInput)
        super().__init__(*args, **kwargs)
        self.error_messages["invalid_choice"] = (
            f"No {noun} has that address name; copy it from the {noun}'s page address."
        )

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if not isinstance(value, str) or not _SLUG.match(value):
            raise ValidationError(
                f"A {self.noun} is named by its address name: letters, digits and hyphens, "
                "at most 220 characters.",
                code="invalid_slug",
            )
        # Found rows are remembered as briefly as the facet counts: a list filtered by a
        # speaker, article or event then costs no lookup query (a rename, or a speaker's last
        # claim rejected, shows within FACET_CACHE_SECONDS). Unknown names are never cached.
        key = f"claims:pick:{self.queryset.model._meta.label_lower}:{value}"
        found = cache.get(key)
        if found is None:
            found = super().to_python(value)
            cache.set(key, found, selectors.FACET_CACHE_SECONDS)
        return found

    def prepare_value(self, value):
        # Show the slug, not the primary key, when the form is displayed again.
        if hasattr(value, "slug"):
            return value.slug
        return super().prepare_value(value)


class SlugFilter(django_filters.ModelChoiceFilter):
    field_class = SlugChoiceField


class SharedFieldsForm(forms.Form):
    """The filter form: its fields are shared by every form of one class instead of
    deep-copied for each (Django's default), which costs more than validating a request.

    Safe because nothing alters a field after it is built: the fields validate and the list
    page reads their choices; a slug field's queryset is cloned by every lookup it makes.
    """

    def __init__(self, *args, **kwargs):
        fields = self.base_fields
        self.base_fields = {}  # Django deep-copies base_fields here
        super().__init__(*args, **kwargs)
        self.fields = dict(fields)


class ClaimFilter(django_filters.FilterSet):
    """The public list's filters; every field names its model field and lookup explicitly."""

    q = django_filters.CharFilter(
        method="filter_text",
        label="Search",
        max_length=MAX_QUERY_LENGTH,
        help_text="Words from the quote, the claim or the speaker's name.",
    )
    # Only speakers and events with a public claim can be picked: the others have no page.
    speaker = SlugFilter(
        field_name="speaker", queryset=selectors.public_speakers(), label="Speaker", noun="speaker"
    )
    # Only what the filter and the page use: the article text stays in the database.
    source = SlugFilter(
        method="filter_source",
        queryset=Source.objects.only("pk", "slug", "headline"),
        label="Source",
        noun="source",
    )
    event = SlugFilter(
        field_name="event", queryset=selectors.public_events(), label="Event", noun="event"
    )
    status = django_filters.ChoiceFilter(
        field_name="status", lookup_expr="exact", choices=PUBLIC_STATUSES, label="Status"
    )
    verdict = django_filters.ChoiceFilter(
        field_name="verdict", lookup_expr="exact", choices=Verdict.choices, label="Verdict"
    )
    qualifier = django_filters.ChoiceFilter(
        field_name="qualifier", lookup_expr="exact", choices=Qualifier.choices, label="Qualifier"
    )
    kind = django_filters.ChoiceFilter(
        field_name="speaker__kind",
        lookup_expr="exact",
        choices=SpeakerKind.choices,
        label="Speaker kind",
    )
    value_min = django_filters.NumberFilter(
        field_name="value",
        lookup_expr="gte",
        label="Figure at least",
        max_digits=24,
        decimal_places=4,
    )
    value_max = django_filters.NumberFilter(
        field_name="value",
        lookup_expr="lte",
        label="Figure at most",
        max_digits=24,
        decimal_places=4,
    )
    stated_after = django_filters.DateFilter(
        field_name="stated_on", lookup_expr="gte", label="Stated on or after"
    )
    stated_before = django_filters.DateFilter(
        field_name="stated_on", lookup_expr="lte", label="Stated on or before"
    )
    has_contradictions = django_filters.ChoiceFilter(
        method="filter_has_contradictions",
        choices=[("true", "Yes"), ("false", "No")],
        label="Contradicted",
    )
    sort = django_filters.ChoiceFilter(
        method="filter_sort",
        choices=[(key, label) for key, (label, _) in SORTS.items()],
        label="Sort",
    )

    class Meta:
        model = Claim
        fields: list[str] = []  # every filter above is declared explicitly
        form = SharedFieldsForm

    def __init__(self, data=None, queryset=None, **kwargs):
        used = type(self).base_filters
        if data is not None:
            # Copy, build and validate only the filters this request uses: django-filter would
            # deep-copy all fourteen and build a form field for each on every request.
            used = {name: f for name, f in used.items() if data.get(name) not in (None, "")}
        self.base_filters = {}
        super().__init__(data, queryset, **kwargs)
        self.base_filters = used
        # A filter holds no request state but the model and this filterset, set here: a
        # shallow copy each, where django-filter deep-copies them (with their choices).
        self.filters = {name: copy.copy(f) for name, f in used.items()}
        for filter_ in self.filters.values():
            filter_.model = self.queryset.model
            filter_.parent = self
            if filter_.method:
                filter_.method = filter_.method  # binds its FilterMethod to this copy

    # Form classes by the names of the filters in use (see get_form_class).
    _form_classes: ClassVar[dict[tuple[str, ...], type[forms.Form]]] = {}

    def get_form_class(self) -> type[forms.Form]:
        """The form for the filters in use, built once per set of filter names: building a form
        class and its fields costs more than validating the data. Each form made from it still
        gets its own copies of the fields (and of their querysets)."""
        key = tuple(self.filters)
        form_class = self._form_classes.get(key)
        if form_class is None:
            form_class = self._form_classes[key] = super().get_form_class()
        return form_class

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        """Apply the filters, then the default sort when none was asked for."""
        queryset = super().filter_queryset(queryset)
        if not self.form.cleaned_data.get("sort"):
            queryset = queryset.order_by(*SORTS[DEFAULT_SORT][1])
        return queryset

    def filter_text(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        """Full-text search on PostgreSQL; every word as a substring elsewhere."""
        value = value.strip()
        if not value:
            return queryset
        if connections[queryset.db].vendor == "postgresql":
            # The stored, GIN-indexed search_vector column (migration 0007).
            return queryset.matching(SearchQuery(value, config="english", search_type="websearch"))
        for word in value.split()[:MAX_FALLBACK_WORDS]:
            queryset = queryset.filter(
                Q(search_text__icontains=word)
                | Q(text__icontains=word)
                | Q(speaker__name__icontains=word)
            )
        return queryset

    def filter_source(self, queryset: QuerySet, name: str, value: Source) -> QuerySet:
        """Claims first stated in the article or quoted in it again."""
        return queryset.filter(selectors.in_source(value))

    def filter_has_contradictions(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        """Claims with (or without) an accepted contradiction from another public claim."""
        condition = selectors.has_accepted_contradiction()
        return queryset.filter(condition) if value == "true" else queryset.exclude(condition)

    def filter_sort(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        """Order by one of the whitelisted sort keys."""
        return queryset.order_by(*SORTS[value][1])
