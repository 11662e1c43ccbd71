"""What a résumé's parsed fields say over GraphQL, for headers and skill lines written the
way many people write them: "Name / Trade" at the top, a qualification with "and" in its name."""
from __future__ import annotations

from tests.applications_helpers import parsed_resume

PARSED = "query($id: ID!){ node(id: $id){ ... on Resume { parsed { name skills { name } } } } }"


async def parsed(client, text: str) -> dict:
    token, _ = await client.candidate()
    resume_id = await parsed_resume(client, token, text)
    return (await client.data(PARSED, {"id": resume_id}, token))["node"]["parsed"]


async def test_a_name_and_trade_header_gives_the_name_and_no_skill_from_the_name(client):
    for header, name in (("Jane Doe / Nurse", "Jane Doe"), ("JOHN DOE/ELECTRICIAN", "John Doe"),
                         ("Jane Doe | Registered Nurse", "Jane Doe")):
        result = await parsed(client, f"{header}\njane.doe@example.com\n\nProfile\nCaring and calm on busy wards.\n")
        assert result["name"] == name, header
        assert all("doe" not in s["name"].lower() for s in result["skills"]), (header, result["skills"])


async def test_a_qualification_named_with_and_is_one_skill(client):
    result = await parsed(client, "Tom Baker\ntom@example.com\n\nSkills\nLevel 3 Food Safety and Hygiene\nKnife skills\n")
    names = [s["name"] for s in result["skills"]]
    assert "Level 3 Food Safety and Hygiene" in names and "Hygiene" not in names, names
