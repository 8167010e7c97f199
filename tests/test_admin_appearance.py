"""Editing an appearance in the admin: offsets must match the article, and the claim is kept."""

import pytest

from claims.models import Appearance
from tests.conftest import make_claim, make_source

pytestmark = pytest.mark.django_db

TEXT = "Headline\n\nThe rebels said 84 fighters were killed."


def appearance_post(appearance, **changes):
    data = {
        "claim": appearance.claim_id,
        "source": appearance.source_id,
        "quote": appearance.quote,
        "start": appearance.start,
        "end": appearance.end,
        "figure_start": appearance.figure_start,
        "figure_end": appearance.figure_end,
        "part": appearance.part,
    }
    data.update(changes)
    return data


@pytest.fixture
def appearance():
    source = make_source(text=TEXT)
    claim = make_claim(source=source, origin="extracted")
    start = TEXT.index("The rebels")
    figure = TEXT.index("84")
    return Appearance.objects.create(
        claim=claim, source=source, quote=TEXT[start:], start=start, end=len(TEXT),
        figure_start=figure, figure_end=figure + 2,
    )


def test_offsets_that_do_not_point_at_the_quote_are_refused(client, editor, appearance):
    client.force_login(editor)
    url = f"/admin/claims/appearance/{appearance.pk}/change/"
    response = client.post(url, appearance_post(appearance, start=appearance.start + 1))
    assert response.status_code == 200
    assert "The quote must be exactly the article" in response.content.decode()
    appearance.refresh_from_db()
    assert TEXT[appearance.start : appearance.end] == appearance.quote


def test_saving_an_appearance_marks_its_claim_edited(client, editor, appearance):
    client.force_login(editor)
    url = f"/admin/claims/appearance/{appearance.pk}/change/"
    response = client.post(url, appearance_post(appearance, part="summary"))
    assert response.status_code == 302
    appearance.refresh_from_db()
    assert appearance.part == "summary"
    assert appearance.claim.edited is True


def test_saving_an_appearance_puts_its_quote_in_the_claims_search_text(client, editor, appearance):
    client.force_login(editor)
    url = f"/admin/claims/appearance/{appearance.pk}/change/"
    assert client.post(url, appearance_post(appearance)).status_code == 302
    appearance.claim.refresh_from_db()
    assert "The rebels said 84 fighters were killed." in appearance.claim.search_text
    # public search reads search_text: the quote's words now find the claim
    page = client.get("/claims/", {"q": "rebels"}).content.decode()
    assert f'href="/claims/{appearance.claim_id}/"' in page
