"""Recruiters see who recruits for their organization and take out a colleague who left the
company; a recruiter leaves to join another organization by its invitation. Whoever stops is
signed out everywhere and sees nothing of the organization afterwards; the last recruiter
stays. Outsiders learn nothing (NOT_FOUND, as for an unknown id). Both backends."""
from __future__ import annotations

from tests.account_helpers import EMPLOYER_PASSWORD, employer_without_organization, mailed, verified
from tests.admin_helpers import admin_token
from tests.applications_helpers import APPLY, parsed_resume, wait_until
from tests.new_candidates_helpers import matching_announced
from tests.served_backends import aws_client, aws_settings, served  # noqa: F401

INVITE = "mutation($e: String!){ inviteRecruiter(email: $e){ token } }"
ACCEPT = "mutation($t: String!){ acceptInvitation(token: $t){ id organization { id } } }"
MEMBERS = "query($id: ID!){ node(id: $id){ ... on Organization { members { id name email } } } }"
REMOVE = "mutation($u: ID!){ removeOrganizationMember(userId: $u){ id members { id } } }"
LEAVE = "mutation { leaveOrganization { id role organization { id } } }"
LOGIN = "mutation($e: String!, $p: String!){ login(email: $e, password: $p){ accessToken } }"
JOB_MEMBERS = "query($id: ID!){ job(id: $id){ organization { members { name } } } }"
APPLICATIONS = "query($id: ID!){ job(id: $id){ applications { totalCount } } }"
ME = "{ me { id organization { id } } }"
INBOX = "{ me { unreadNotificationCount notifications(first: 10) { totalCount edges { node { kind applicationId } } } } }"


def _error(body: dict) -> tuple[str, str | None]:
    extensions = body["errors"][0]["extensions"]
    return extensions["code"], extensions.get("reason")


async def _team(client, app, email: str):
    """A recruiter with a job, and a colleague who joined by invitation."""
    recruiter, recruiter_user = await client.employer()
    job = await client.post_job(recruiter)
    colleague, colleague_id = await employer_without_organization(app, client, email)
    issued = (await client.data(INVITE, {"e": email}, recruiter))["inviteRecruiter"]
    await client.data(ACCEPT, {"t": issued["token"]}, colleague)
    await verified(app, colleague_id)  # the bare token proves no mailbox; the colleague is mailed
    return recruiter, recruiter_user, colleague, colleague_id, job


async def test_a_removed_colleague_is_signed_out_and_sees_nothing_of_the_organization(served):
    client, app = served
    email = "cal.colleague@example.com"
    recruiter, recruiter_user, colleague, colleague_id, job = await _team(client, app, email)
    organization_id = recruiter_user["organization"]["id"]
    members = (await client.data(MEMBERS, {"id": organization_id}, colleague))["node"]["members"]
    assert [m["id"] for m in members] == [recruiter_user["id"], colleague_id]
    assert members[1]["email"] == email

    removed = (await client.data(REMOVE, {"u": colleague_id}, recruiter))["removeOrganizationMember"]

    assert removed == {"id": organization_id, "members": [{"id": recruiter_user["id"]}]}
    assert _error(await client.execute(ME, token=colleague)) == ("UNAUTHENTICATED", None)
    again = (await client.data(LOGIN, {"e": email, "p": EMPLOYER_PASSWORD}))["login"]["accessToken"]
    assert (await client.data(ME, token=again))["me"] == {"id": colleague_id, "organization": None}
    assert _error(await client.execute(APPLICATIONS, {"id": job["id"]}, again))[0] == "FORBIDDEN"
    assert _error(await client.execute(MEMBERS, {"id": organization_id}, again))[0] == "FORBIDDEN"
    if hasattr(app.state.services.notifier, "messages_for"):  # the embedded outbox, which tests can read
        subject = f"You were removed from {recruiter_user['organization']['name']} on TalentGraph"
        (notice,) = await mailed(app, colleague_id, subject)
        assert "signed out everywhere" in notice["body_text"]
    # Taken out already: the organization's recruiters are told there is no such member.
    assert _error(await client.execute(REMOVE, {"u": colleague_id}, recruiter)) == ("NOT_FOUND", None)


async def test_a_recruiter_leaves_and_joins_another_organization(served):
    client, app = served
    email = "mo.mover@example.com"
    _, _, mover, mover_id, _ = await _team(client, app, email)
    left = (await client.data(LEAVE, token=mover))["leaveOrganization"]
    assert left == {"id": mover_id, "role": "EMPLOYER", "organization": None}

    signed_in = (await client.data(LOGIN, {"e": email, "p": EMPLOYER_PASSWORD}))["login"]["accessToken"]
    other, other_user = await client.employer()
    issued = (await client.data(INVITE, {"e": email}, other))["inviteRecruiter"]
    joined = (await client.data(ACCEPT, {"t": issued["token"]}, signed_in))["acceptInvitation"]
    assert joined["organization"]["id"] == other_user["organization"]["id"]


async def test_the_last_recruiter_stays(served):
    client, _ = served
    founder, founder_user = await client.employer()
    refused = await client.execute(LEAVE, token=founder)
    assert _error(refused) == ("BAD_USER_INPUT", "LAST_MEMBER")
    assert "Invite a colleague first" in refused["errors"][0]["message"]
    refused = await client.execute(REMOVE, {"u": founder_user["id"]}, founder)
    assert _error(refused) == ("BAD_USER_INPUT", "LAST_MEMBER")
    assert (await client.data(ME, token=founder))["me"]["organization"]["id"] == founder_user["organization"]["id"]


async def test_who_may_see_and_remove_members(served):
    client, app = served
    recruiter, recruiter_user, _, colleague_id, job = await _team(client, app, "pat.peer@example.com")
    organization_id = recruiter_user["organization"]["id"]
    outsider, _ = await client.employer()
    candidate, candidate_user = await client.candidate()
    assert _error(await client.execute(MEMBERS, {"id": organization_id}, outsider))[0] == "FORBIDDEN"
    refused = await client.execute(JOB_MEMBERS, {"id": job["id"]}, outsider)
    assert "its members" in refused["errors"][0]["message"], refused  # not its pending invitations
    assert _error(await client.execute(REMOVE, {"u": colleague_id}, outsider)) == ("NOT_FOUND", None)
    assert _error(await client.execute(REMOVE, {"u": colleague_id}, candidate))[0] == "FORBIDDEN"
    assert _error(await client.execute(REMOVE, {"u": candidate_user["id"]}, recruiter)) == ("NOT_FOUND", None)
    assert _error(await client.execute(REMOVE, {"u": "not-an-id"}, recruiter))[0] == "BAD_USER_INPUT"
    assert _error(await client.execute(LEAVE, token=candidate)) == ("BAD_USER_INPUT", "NOT_A_MEMBER")

    admin, _ = await admin_token(app, client)
    assert len((await client.data(MEMBERS, {"id": organization_id}, admin))["node"]["members"]) == 2
    removed = (await client.data(REMOVE, {"u": colleague_id}, admin))["removeOrganizationMember"]
    assert removed["members"] == [{"id": recruiter_user["id"]}]


async def test_a_recruiter_who_leaves_no_longer_sees_the_organizations_notifications(served):
    client, app = served
    email = "lou.leaver@example.com"
    recruiter, _, leaver, _, job = await _team(client, app, email)
    candidate, _ = await client.candidate()
    resume = await parsed_resume(client, candidate)
    applied = (await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume}}, candidate))["applyToJob"]

    async def both_told() -> bool:
        inboxes = [(await client.data(INBOX, token=t))["me"]["notifications"]["edges"] for t in (recruiter, leaver)]
        return all(any(e["node"]["kind"] == "APPLICATION" for e in edges) for edges in inboxes)

    await wait_until(both_told, attempts=600)
    # The candidate's match with the job is news to both as well (a "New candidates" entry when
    # it reaches their notifyMinScore): read once it is in.
    told_of_matches, _ = await matching_announced(client, job["id"], 1, recruiter, leaver)
    before = (await client.data(INBOX, token=leaver))["me"]
    edges = [e["node"] for e in before["notifications"]["edges"]]
    assert [e["applicationId"] for e in edges if e["kind"] == "APPLICATION"] == [applied["id"]]
    assert len(edges) == before["notifications"]["totalCount"] == 1 + told_of_matches

    await client.data(LEAVE, token=leaver)

    signed_in = (await client.data(LOGIN, {"e": email, "p": EMPLOYER_PASSWORD}))["login"]["accessToken"]
    after = (await client.data(INBOX, token=signed_in))["me"]
    assert after == {"unreadNotificationCount": 0, "notifications": {"totalCount": 0, "edges": []}}
    stays = (await client.data(INBOX, token=recruiter))["me"]
    assert (stays["unreadNotificationCount"], stays["notifications"]["totalCount"]) == (1 + told_of_matches,) * 2
