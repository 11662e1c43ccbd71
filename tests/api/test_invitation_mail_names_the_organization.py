"""The invitation mail says which organization the invitee is asked to recruit for: "with their
organization" leaves someone who deals with several care homes or hauliers guessing whose link
it is before they sign up with it."""
from __future__ import annotations

from tests.account_helpers import mailed

INVITE = 'mutation{ inviteRecruiter(email: "deputy@example.com"){ token } }'


async def test_the_invitation_mail_names_the_inviting_organization(client, app):
    recruiter, user = await client.employer(name="Sarah O'Neill", organizationName="Oak Lodge Care Home")
    await client.data(INVITE, token=recruiter)
    (message,) = await mailed(app, user["id"], "You are invited to recruit on TalentGraph")
    assert "Sarah O'Neill invites you to recruit for Oak Lodge Care Home on TalentGraph." in message["body_text"]
