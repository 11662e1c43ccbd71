"""A field for another role is refused FORBIDDEN saying which account to sign in with, not
only "Only employers can do this.": the reader learns what would let them do it."""
from __future__ import annotations

INVITE = 'mutation{ inviteRecruiter(email: "rob@example.org"){ __typename } }'
UPLOADS = "mutation($id: ID!){ setPrimaryResume(id: $id){ id } }"
AUDIT = "{ adminAuditLog(first: 1){ totalCount } }"


async def test_each_role_refusal_names_the_account_to_sign_in_with(client):
    candidate, _ = await client.candidate()
    employer, _ = await client.employer()
    for query, variables, token, account in (
        (INVITE, None, candidate, "a recruiter's account"),
        (UPLOADS, {"id": "UmVzdW1lOng"}, employer, "a candidate's account"),
        (AUDIT, None, candidate, "an administrator's account"),
    ):
        error = (await client.execute(query, variables, token))["errors"][0]
        assert error["extensions"]["code"] == "FORBIDDEN", error
        assert f"sign in with {account}" in error["message"], error
