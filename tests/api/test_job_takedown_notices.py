"""An administrator's takedown is told to the organization whose job it was: each of its
recruiters hears (inbox and email) why, and the job shows the reason to them and to admins,
to no one else. Both backends."""
from __future__ import annotations

import json

from tests.account_helpers import employer_without_organization, outbox_for, verified
from tests.admin_helpers import admin_token
from tests.applications_helpers import wait_until
from tests.graphql_client import raw_id
from tests.served_backends import aws_client, aws_settings, served  # noqa: F401

TAKE_DOWN = "mutation($id: ID!, $r: String!){ adminTakeDownJob(id: $id, reason: $r){ reason job { status } } }"
INVITE = "mutation($e: String!){ inviteRecruiter(email: $e){ token } }"
ACCEPT = "mutation($t: String!){ acceptInvitation(token: $t){ id } }"
REASON_OF = "query($id: ID!){ job(id: $id){ status takedownReason } }"
INBOX = "{ me { notifications(first: 10) { edges { node { kind subject text jobId } } } } }"
REASON = "Posting asks for age under 30 (discriminatory)"


async def _takedown_news(client, token: str) -> list[dict]:
    edges = (await client.data(INBOX, token=token))["me"]["notifications"]["edges"]
    return [e["node"] for e in edges if "taken down" in e["node"]["subject"]]


async def test_the_organization_is_told_why_its_job_was_taken_down_and_reads_the_reason(served, request):
    client, app = served
    owner, owner_user = await client.employer()
    colleague, colleague_id = await employer_without_organization(app, client, "colleague@example.com")
    issued = (await client.data(INVITE, {"e": "colleague@example.com"}, owner))["inviteRecruiter"]
    await client.data(ACCEPT, {"t": issued["token"]}, colleague)
    await verified(app, owner_user, colleague_id)  # both are mailed
    job = await client.post_job(owner, title="School Nurse")
    kept = await client.post_job(owner, title="Ward Nurse")
    stranger, _ = await client.employer()
    admin, _ = await admin_token(app, client)

    taken = (await client.data(TAKE_DOWN, {"id": job["id"], "r": REASON}, admin))["adminTakeDownJob"]
    assert taken == {"reason": REASON, "job": {"status": "CLOSED"}}

    for recruiter in (owner, colleague):
        async def told(token=recruiter) -> bool:
            return bool(await _takedown_news(client, token))

        await wait_until(told, attempts=600)
        (news,) = await _takedown_news(client, recruiter)
        assert (news["kind"], news["jobId"]) == ("APPLICATION", job["id"])
        assert "School Nurse" in news["subject"] and REASON in news["text"]
        assert (await client.data(REASON_OF, {"id": job["id"]}, recruiter))["job"] == {
            "status": "CLOSED", "takedownReason": REASON}
    assert (await client.data(REASON_OF, {"id": job["id"]}, admin))["job"]["takedownReason"] == REASON
    assert (await client.data(REASON_OF, {"id": kept["id"]}, owner))["job"] == {
        "status": "OPEN", "takedownReason": None}
    # Anyone else reads the job, not why it went down.
    assert await client.error_code(REASON_OF, {"id": job["id"]}, stranger) == "FORBIDDEN"
    assert (await client.data("query($id: ID!){ job(id: $id){ status } }", {"id": job["id"]}, stranger))["job"][
        "status"] == "CLOSED"

    # Taking it down again changes nothing and tells no one twice.
    await client.data(TAKE_DOWN, {"id": job["id"], "r": "again"}, admin)
    assert len(await _takedown_news(client, owner)) == 1

    if request.node.callspec.params["served"] == "embedded":  # on AWS the email leaves by SES
        for user_id in (owner_user["id"], colleague_id):
            (mail,) = [m for m in await outbox_for(app, user_id) if "taken down" in m["subject"]]
            assert REASON in mail["body_text"] and json.loads(mail["data"])["jobId"] == raw_id(job["id"])
