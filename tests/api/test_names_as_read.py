"""Names, organization names, job titles and places are stored cleaned: no zero-width or
other invisible characters, one space between words, NFC; nothing left is refused."""
from __future__ import annotations

REGISTER = "mutation($i: RegisterInput!){ register(input: $i){ accessToken user { name } } }"
ME = "{ me { name } }"
PASSWORD = "correct horse battery staple"


async def test_a_name_with_a_zero_width_space_and_runs_of_spaces_is_stored_clean(client):
    person = {"email": "zoe.obrien@example.com", "password": PASSWORD, "role": "CANDIDATE",
              "name": "  Zoe\u0308  O'Brien\u200b "}
    signed = (await client.data(REGISTER, {"i": person}))["register"]
    assert signed["user"]["name"] == "Zo\u00eb O'Brien"
    assert (await client.data(ME, token=signed["accessToken"]))["me"]["name"] == "Zo\u00eb O'Brien"


async def test_an_organization_name_and_a_job_are_stored_clean(client):
    token, _ = await client.employer(organizationName="\u2060St\u00a0Mary's\u200b  Hospital ")
    job = await client.post_job(token, title=" Staff\u200b  Nurse\ufeff", location="Belfast\u200e ")
    assert job["title"] == "Staff Nurse"
    assert job["organization"]["name"] == "St Mary's Hospital"
    read = await client.data("query($id: ID!){ node(id: $id){ ... on Job { location } } }", {"id": job["id"]}, token)
    assert read["node"]["location"] == "Belfast"


async def test_an_organization_name_of_invisible_characters_is_refused_on_its_field(client):
    employer = {"email": "hr@example.com", "password": PASSWORD, "role": "EMPLOYER", "name": "Ana Lima",
                "organizationName": "\u200b\u00a0\u200d"}
    body = await client.execute(REGISTER, {"i": employer})
    assert body["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT", "field": "organizationName"}
    assert body["data"] is None
