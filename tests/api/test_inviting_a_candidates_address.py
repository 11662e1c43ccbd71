"""Inviting an address answers the same whatever it belongs to: a candidate's account, another
organization's recruiter or nobody yet. A different answer for a candidate's address would let
any self-registered employer find out who looks for work here. The candidate learns on
accepting that a candidate's account cannot recruit, and what to do instead; on both backends."""
from __future__ import annotations

from tests.aws_backend import aws_client, aws_settings  # noqa: F401

INVITE = "mutation($e: String!){ inviteRecruiter(email: $e){ token invitation { id email status } } }"
ACCEPT = "mutation($t: String!){ acceptInvitation(token: $t){ id role } }"
PENDING = "query($id: ID!){ node(id: $id){ ... on Organization { pendingInvitations { email } } } }"
SECRET_OR_ID = {"token", "id"}


async def _invite(client, recruiter: str, email: str) -> tuple[int, dict]:
    response = await client.http.post(client.path, json={"query": INVITE, "variables": {"e": email}},
                                      headers={"Authorization": f"Bearer {recruiter}"})
    return response.status_code, response.json()


def _shape(body: dict, email: str) -> dict:
    """The body with what differs by nature (the new secret and id, the address) blanked."""
    issued = body["data"]["inviteRecruiter"]
    assert issued["invitation"]["email"] == email.lower()
    return {"token": bool(issued["token"]), **{k: v for k, v in issued["invitation"].items()
                                                 if k not in SECRET_OR_ID | {"email"}}, "keys": sorted(body)}


async def an_invitation_answers_alike_whoever_holds_the_address(client) -> None:
    _, candidate_user = await client.candidate()
    _, elsewhere_user = await client.employer()
    recruiter, recruiter_user = await client.employer()
    addresses = [candidate_user["email"].upper(), "nobody.yet@example.com", elsewhere_user["email"]]
    answers = [await _invite(client, recruiter, email) for email in addresses]
    assert [status for status, _ in answers] == [200, 200, 200], answers
    shapes = [_shape(body, email) for (_, body), email in zip(answers, addresses)]
    assert shapes[0] == shapes[1] == shapes[2], shapes
    assert shapes[0]["token"] and shapes[0]["status"] == "PENDING" and "errors" not in shapes[0]["keys"]
    pending = await client.data(PENDING, {"id": recruiter_user["organization"]["id"]}, recruiter)
    assert sorted(i["email"] for i in pending["node"]["pendingInvitations"]) == sorted(a.lower() for a in addresses)


async def test_an_invitation_answers_alike_whoever_holds_the_address(client):
    await an_invitation_answers_alike_whoever_holds_the_address(client)


async def test_an_invitation_answers_alike_whoever_holds_the_address_on_the_aws_backend(aws_client):
    await an_invitation_answers_alike_whoever_holds_the_address(aws_client[0])


async def test_the_candidate_accepting_it_is_told_what_to_do_and_stays_a_candidate(client):
    candidate, candidate_user = await client.candidate()
    recruiter, _ = await client.employer()
    status, body = await _invite(client, recruiter, candidate_user["email"])
    assert status == 200
    refused = await client.execute(ACCEPT, {"t": body["data"]["inviteRecruiter"]["token"]}, candidate)
    (error,) = refused["errors"]
    assert error["extensions"] == {"code": "FORBIDDEN", "reason": "CANDIDATE_ACCOUNT"}
    assert "separate account" in error["message"] and "another address" in error["message"]
    assert (await client.data("{ me { role organization { id } } }", token=candidate))["me"] == {
        "role": "CANDIDATE", "organization": None}
