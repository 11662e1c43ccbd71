"""Inviting an address that already has a candidate's account: such an account can never use the
invitation (a candidate's account cannot become a recruiter's), so the invite is refused with a
409 CONFLICT that says why and what to do, and no invitation is left pending."""
from __future__ import annotations

INVITE = "mutation($e: String!){ inviteRecruiter(email: $e){ token invitation { id } } }"
PENDING = "query($id: ID!){ node(id: $id){ ... on Organization { pendingInvitations { id } } } }"


async def test_inviting_a_candidates_address_is_a_conflict_naming_a_way_forward(client):
    candidate, candidate_user = await client.candidate()
    recruiter, recruiter_user = await client.employer()
    response = await client.http.post(client.path, json={
        "query": INVITE, "variables": {"e": candidate_user["email"].upper()}},
        headers={"Authorization": f"Bearer {recruiter}"})
    assert response.status_code == 409
    (error,) = response.json()["errors"]
    assert error["extensions"] == {"code": "CONFLICT", "field": "email", "reason": "CANDIDATE_ACCOUNT"}
    assert "candidate's account" in error["message"] and "another address" in error["message"]
    pending = await client.data(PENDING, {"id": recruiter_user["organization"]["id"]}, recruiter)
    assert pending["node"]["pendingInvitations"] == []
