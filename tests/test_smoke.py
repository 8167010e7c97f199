import pytest

from tests.conftest import make_claim

pytestmark = pytest.mark.django_db


def test_home_lists_claims(client):
    make_claim(text="84 Wagner fighters killed")
    response = client.get("/")
    assert response.status_code == 200
    assert "84 Wagner fighters killed" in response.content.decode()


def test_admin_login_page_answers(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "Username" in response.content.decode()
