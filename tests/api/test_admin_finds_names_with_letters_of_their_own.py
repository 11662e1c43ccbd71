"""Administrators find a person by their name typed on a plain keyboard, also where its
letters are not an accent over a plain letter (Polish ł, Danish ø, Croatian đ, æ), on both
backends."""
from __future__ import annotations

import pytest

from tests.admin_helpers import admin_token
from tests.served_backends import aws_client, aws_settings, served  # noqa: F401

USERS = """query($q: String){ adminUsers(query: $q){ totalCount edges { node { email } } } }"""

PEOPLE = {
    "p1@lodz.example": "Łukasz Dąbrowski",
    "p2@aarhus.example": "Søren Ærøskøbing",
    "p3@split.example": "Đorđe Marić",
    "p4@kyiv.example": "Ołeksandr Kovalenko",
}


@pytest.mark.parametrize("typed, email", [
    ("lukasz", "p1@lodz.example"),
    ("LUKASZ DABROWSKI", "p1@lodz.example"),
    ("Łukasz", "p1@lodz.example"),
    ("soren aeroskobing", "p2@aarhus.example"),
    ("Søren", "p2@aarhus.example"),
    ("dorde maric", "p3@split.example"),
    ("oleksandr", "p4@kyiv.example"),
])
async def test_a_name_is_found_typed_without_its_own_letters(served, typed, email):
    client, app = served
    admin, _ = await admin_token(app, client)
    for address, name in PEOPLE.items():
        await client.register("CANDIDATE", email=address, name=name)
    found = (await client.data(USERS, {"q": typed}, admin))["adminUsers"]["edges"]
    assert [e["node"]["email"] for e in found] == [email], typed
