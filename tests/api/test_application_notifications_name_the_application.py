"""A hiring team told of an application learns which it is: the inbox entry, its data and the
email carry the application's and the job's ids, so a client shows whose it is from the
application itself (as an erasure leaves it); the candidate's name is in none of them, since a
stored mail would keep it after the candidate erased their account. The candidate's own news
about the application (the receipt of applying, then each move) names its job too. Both backends."""
from __future__ import annotations

import json

from tests.account_helpers import outbox_for, verified
from tests.applications_helpers import APPLY, MOVE, parsed_resume, wait_until
from tests.graphql_client import raw_id
from tests.served_backends import aws_client, aws_settings, served  # noqa: F401

INBOX = "{ me { notifications(first: 10) { edges { node { kind subject text applicationId jobId } } } } }"
CANDIDATE_NAME = "query($id: ID!){ node(id: $id){ ... on Application { candidate { name } } } }"


async def _inbox(client, token: str, count: int) -> list[dict]:
    async def arrived() -> bool:
        return len(await _applications_news(client, token)) >= count

    await wait_until(arrived, attempts=600)
    return await _applications_news(client, token)


async def _applications_news(client, token: str) -> list[dict]:
    edges = (await client.data(INBOX, token=token))["me"]["notifications"]["edges"]
    return [e["node"] for e in edges if e["node"]["kind"] == "APPLICATION"]


async def test_the_hiring_team_is_told_which_application_it_is_and_the_candidate_which_job(served, request):
    client, app = served
    employer, employer_user = await client.employer()
    await verified(app, employer_user)  # mailed the team's notices
    job = await client.post_job(employer, title="Travel Nurse (13 weeks)")
    applied = []
    for name in ("Maria Gonzalez", "Chidi Okafor"):
        signed = await client.register("CANDIDATE", name=name)
        token = signed["accessToken"]
        resume = await parsed_resume(client, token)
        application = (await client.data(
            APPLY, {"i": {"jobId": job["id"], "resumeId": resume}}, token))["applyToJob"]
        applied.append((name, token, signed["user"], application))

    told = await _inbox(client, employer, 2)
    by_application = {note["applicationId"]: note for note in told}
    for name, _, _, application in applied:
        note = by_application[application["id"]]
        assert (await client.data(CANDIDATE_NAME, {"id": application["id"]}, employer))["node"]["candidate"][
            "name"] == name  # the name the team reads on the application itself
        assert note["jobId"] == job["id"]
        assert name not in note["subject"] and name not in note["text"] and "Travel Nurse (13 weeks)" in note["subject"]

    # The email is the same message; the embedded backend keeps what it sent (on AWS it leaves by SES).
    mails = [m for m in await outbox_for(app, employer_user["id"]) if m["kind"] == "application"] \
        if request.node.callspec.params["served"] == "embedded" else []
    assert len(mails) == (2 if request.node.callspec.params["served"] == "embedded" else 0)
    for name, _, _, application in applied if mails else ():
        (mail,) = [m for m in mails if json.loads(m["data"])["applicationId"] == raw_id(application["id"])]
        assert name not in mail["subject"] and name not in mail["body_text"] and name not in mail["data"]
        assert json.loads(mail["data"])["jobId"] == raw_id(job["id"])

    name, candidate, _, application = applied[0]
    await client.data(MOVE, {"id": application["id"], "s": "SCREENING", "v": 1}, employer)
    receipt, news = sorted(await _inbox(client, candidate, 2), key=lambda note: note["subject"].startswith("Your application for"))
    assert receipt["subject"] == f"Your application to Travel Nurse (13 weeks) at {job['organization']['name']} was received"
    assert (receipt["applicationId"], receipt["jobId"]) == (application["id"], job["id"])
    assert news["subject"] == "Your application for Travel Nurse (13 weeks): submitted → screening"
    assert (news["applicationId"], news["jobId"]) == (application["id"], job["id"])
    assert name not in news["text"]
