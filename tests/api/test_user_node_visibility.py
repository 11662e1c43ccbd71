"""`node(id:)` on a User: a candidate sees only their own account, an employer their own
organization's people and the candidates who applied to it, an admin everyone. Anyone else
gets null, the answer for an id that names nothing, so ids do not tell who exists."""
from __future__ import annotations

from tests.admin_helpers import admin_token
from tests.applications_helpers import APPLY, parsed_resume
from tests.served_backends import aws_client, aws_settings, served  # noqa: F401

USER = "query($id: ID!){ node(id: $id){ ... on User { id name } } }"

# viewer -> whether they see the candidate (who applied to `employer`'s job) and `employer`.
EXPECTED = {
    "anonymous": {"candidate": False, "employer": False},
    "candidate": {"candidate": True, "employer": False},
    "other_candidate": {"candidate": False, "employer": False},
    "employer": {"candidate": True, "employer": True},
    "other_employer": {"candidate": False, "employer": False},
    "admin": {"candidate": True, "employer": True},
}


async def test_each_viewer_sees_exactly_the_people_the_rules_allow(served):
    client, app = served
    candidate, candidate_user = await client.candidate()
    employer, employer_user = await client.employer()
    job = await client.post_job(employer)
    resume = await parsed_resume(client, candidate)
    await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume}}, candidate)
    tokens = {
        "anonymous": None, "candidate": candidate, "other_candidate": (await client.candidate())[0],
        "employer": employer, "other_employer": (await client.employer())[0],
        "admin": (await admin_token(app, client))[0],
    }
    people = {"candidate": candidate_user, "employer": employer_user}
    seen = {}
    for viewer, token in tokens.items():
        seen[viewer] = {}
        for name, person in people.items():
            body = await client.execute(USER, {"id": person["id"]}, token)
            assert "errors" not in body, body
            node = body["data"]["node"]
            assert node is None or node["id"] == person["id"]
            seen[viewer][name] = node is not None and bool(node["name"])
    assert seen == EXPECTED


async def test_a_hidden_user_reads_like_an_id_that_names_nothing(client):
    candidate, candidate_user = await client.candidate()
    other, _ = await client.candidate()
    hidden = await client.execute(USER, {"id": candidate_user["id"]}, other)
    from resolvers.ids import to_global_id

    missing = await client.execute(USER, {"id": to_global_id("User", "no-such-user")}, other)
    assert "errors" not in hidden and hidden["data"] == missing["data"] == {"node": None}
    assert "errors" not in missing
    assert await client.error_code("{ node(id: \"!!!\"){ id } }", token=other) == "BAD_USER_INPUT"
