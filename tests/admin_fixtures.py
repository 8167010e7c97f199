"""Helpers for the admin tests: claims quoted from a real paragraph, and form posts built from
what the admin page rendered (so a test posts what a browser would)."""

from __future__ import annotations

from decimal import Decimal

from claims.models import Appearance, Claim, ClaimRelation, RelationKind, Speaker
from tests.conftest import make_claim, make_source


def quoted_claim(
    paragraphs: list[str],
    quote: str,
    figure: str,
    *,
    speaker: Speaker | None = None,
    value: Decimal | int = 84,
    **fields,
) -> Claim:
    """A claim whose appearance points at `quote` (and `figure` inside it) in a new source,
    with the search text every writer gives a claim (text, quotes, speaker names)."""
    from claims.admin import claim_search_text

    text = "\n".join(paragraphs)
    source = make_source(text=text, headline=paragraphs[0])
    start = text.index(quote)
    figure_start = text.index(figure, start)
    claim = make_claim(
        source=source, speaker=speaker, value=Decimal(value), figure_text=figure, **fields
    )
    Appearance.objects.create(
        claim=claim,
        source=source,
        quote=quote,
        start=start,
        end=start + len(quote),
        figure_start=figure_start,
        figure_end=figure_start + len(figure),
    )
    if "search_text" not in fields:
        claim.search_text = claim_search_text(claim)
        Claim.objects.filter(pk=claim.pk).update(search_text=claim.search_text)
    return claim


def relate(a: Claim, b: Claim, kind: str = RelationKind.CONTRADICTS, **fields) -> ClaimRelation:
    return ClaimRelation.objects.create(from_claim=a, to_claim=b, kind=kind, **fields)


def _encode(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "on" if value else None
    if isinstance(value, list | tuple):
        return [str(item) for item in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "pk"):
        return str(value.pk)
    return str(value)


def admin_form_data(response) -> dict:
    """The POST a browser would send for the admin change form in `response`, unchanged.

    Disabled fields are left out, as browsers do.
    """
    data: dict = {}

    def add(form) -> None:
        for name, field in form.fields.items():
            if field.disabled:
                continue
            value = _encode(form[name].value())
            if value is not None:
                data[form.add_prefix(name)] = value

    add(response.context["adminform"].form)
    for inline in response.context.get("inline_admin_formsets") or []:
        add(inline.formset.management_form)
        for form in inline.formset.forms:
            add(form)
    return data


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]] if response.context else []
