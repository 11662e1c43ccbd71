"""Over GraphQL, a candidate who named no titles reads of the title their résumé gives for the
job held now (the one the score compared), not of the job's title as their current one; and of
years above the posting's level as a partial fit, as the experience part counts them."""
from __future__ import annotations

from tests.applications_helpers import parsed_resume, wait_until

# Invented: a head chef who was a sous chef and a line cook before.
RESUME = """Oskar Lindqvist
Bristol, UK | oskar.lindqvist@example.org | 07700 900417

Experience
Head Chef, The Copper Pan, Bristol
March 2021 - Present
Runs a brigade of eight; menu costing, HACCP, supplier orders.

Sous Chef, Quayside Bistro, Bristol
June 2016 - February 2021
Ran the pass, trained commis chefs, food safety audits.

Line Cook, Millrace Grill, Bath
2012 - 2016
Grill and fryer section.

Skills
Menu planning, HACCP, Food safety, Kitchen management
"""
MY_MATCHES = "{ me { matches(first: 10) { edges { node { explanation job { title } } } } } }"


async def test_a_sous_chef_post_is_said_to_be_a_step_down_from_the_head_chef_title_held(client):
    candidate, _ = await client.candidate()
    employer, _ = await client.employer()
    await client.post_job(employer, title="Sous Chef", location="Bristol, UK", remote="ONSITE", seniority="MID",
                          requiredSkills=["HACCP", "Food safety"],
                          description="Sous chef for a busy bistro kitchen: HACCP, food safety, menu planning.")
    await parsed_resume(client, candidate, RESUME)

    async def explained() -> list[str]:
        edges = (await client.data(MY_MATCHES, token=candidate))["me"]["matches"]["edges"]
        return [e["node"]["explanation"] for e in edges if e["node"]["job"]["title"] == "Sous Chef"]

    await wait_until(explained, attempts=600)
    text = (await explained())[0]
    assert "the post is a step down from your current title, Head Chef" in text, text
    assert "Sous Chef is an earlier role on your résumé, and only the current title is compared" in text, text
    assert "your current title;" not in text and "the title is one your résumé gives" not in text, text
    assert "a mid role usually asks for: the score counts experience above the level as a partial fit" in text, text
