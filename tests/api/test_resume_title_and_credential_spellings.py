"""What a résumé's parse answers over the API: the name without the calling or form of address
written before it ("Chef", "Pastor", "Dra."), and one credential written in two word orders
listed once, under the spelling met first. Fictional résumés, read by the real app's worker."""
from __future__ import annotations

import pytest

from tests.graphql_client import upload_resume, wait_for_resume

RESUME = """{title} {name}
{email} | (555) 010-2233 | Boise, ID

Summary
Line cook who now drives refrigerated freight; holds a CDL Class B and a ServSafe Food Handler card.

Skills
Class B CDL, knife skills, menu planning, food safety

Experience
Delivery Driver, Sysco, Boise, ID
Mar 2020 - Present
- Delivered chilled produce to restaurants.
"""


@pytest.mark.parametrize("title, name", [("Chef", "Aroha Ngata"), ("Pastor", "Tobenna Eze"), ("Dra.", "Lucía Ferrer")])
async def test_the_name_leaves_out_the_calling_and_a_credential_in_two_orders_is_listed_once(client, title, name):
    token, _ = await client.candidate()
    text = RESUME.format(title=title, name=name, email="someone@example.com")
    resume = (await upload_resume(client, token, "cv.txt", text.encode()))["data"]["uploadResume"]
    parsed = await wait_for_resume(client, token, resume["id"])
    assert parsed["status"] == "PARSED", parsed["failureReason"]
    assert parsed["parsed"]["name"] == name
    skills = [s["name"] for s in parsed["parsed"]["skills"]]
    assert [s for s in skills if "CDL" in s] == ["Class B CDL"], skills
    assert {"Knife skills", "Menu planning", "Food safety"} <= set(skills)
