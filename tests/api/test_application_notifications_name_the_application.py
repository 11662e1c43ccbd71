"""A hiring team told of an application learns which it is and whose: the inbox entry and the
email name the candidate (the name the team reads on the application) and carry the
application's and the job's ids, and nothing else of the candidate (no address). Once the
candidate erased their account the entries kept name a former candidate, as the application
does. The candidate's own news about the application (the receipt of applying, then each move)
names its job too. Both backends."""
from __future__ import annotations

import json
import sqlite3
from contextlib import closing

from tests.account_helpers import outbox_for, verified
from tests.applications_helpers import APPLY, MOVE, parsed_resume, wait_until
from tests.graphql_client import raw_id
from tests.served_backends import aws_client, aws_settings, served  # noqa: F401

INBOX = "{ me { notifications(first: 10) { edges { node { kind subject text applicationId jobId } } } } }"
EXPORT = "mutation { exportMyData { document } }"
ERASE = "mutation($p: String!){ deleteAccount(password: $p) }"
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
        assert note["subject"] == f"Application from {name} for Travel Nurse (13 weeks): submitted"
        assert note["text"] == f"The application from {name} for Travel Nurse (13 weeks) was submitted."

    # The email is the same message; the embedded backend keeps what it sent (on AWS it leaves by SES).
    mails = [m for m in await outbox_for(app, employer_user["id"]) if m["kind"] == "application"] \
        if request.node.callspec.params["served"] == "embedded" else []
    assert len(mails) == (2 if request.node.callspec.params["served"] == "embedded" else 0)
    for (name, _, user, application) in applied if mails else ():
        (mail,) = [m for m in mails if json.loads(m["data"])["applicationId"] == raw_id(application["id"])]
        assert name in mail["subject"] and name in mail["body_text"]
        assert user["email"] not in mail["subject"] + mail["body_text"] + mail["data"]
        assert json.loads(mail["data"])["jobId"] == raw_id(job["id"])

    name, candidate, _, application = applied[0]
    await client.data(MOVE, {"id": application["id"], "s": "SCREENING", "v": 1}, employer)
    receipt, news = sorted(await _inbox(client, candidate, 2), key=lambda note: note["subject"].startswith("Your application for"))
    assert receipt["subject"] == f"Your application to Travel Nurse (13 weeks) at {job['organization']['name']} was received"
    assert (receipt["applicationId"], receipt["jobId"]) == (application["id"], job["id"])
    assert news["subject"] == "Your application for Travel Nurse (13 weeks): submitted → screening"
    assert (news["applicationId"], news["jobId"]) == (application["id"], job["id"])
    assert name not in news["text"]


async def test_a_withdrawal_names_its_candidate_to_the_team_until_they_erase_their_account(served, request):
    client, app = served
    employer, _ = await client.employer()
    job = await client.post_job(employer, title="Night Porter")
    signed = await client.register("CANDIDATE", name="Ayodele Bankole")
    token = signed["accessToken"]
    resume = await parsed_resume(client, token)
    application = (await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume}}, token))["applyToJob"]
    await client.data(MOVE, {"id": application["id"], "s": "WITHDRAWN", "v": 1}, token)

    told = await _inbox(client, employer, 2)
    assert sorted(note["subject"] for note in told) == [
        "Application from Ayodele Bankole for Night Porter: submitted",
        "Application from Ayodele Bankole for Night Porter: submitted → withdrawn"]

    assert (await client.data(ERASE, {"p": "correct horse battery staple"}, token))["deleteAccount"] is True
    kept = await _applications_news(client, employer)
    assert len(kept) == 2
    for note in kept:
        assert "Ayodele" not in note["subject"] + note["text"]
        assert note["subject"].startswith("Application from Former candidate for Night Porter")
    exported = json.dumps((await client.data(EXPORT, token=employer))["exportMyData"]["document"]["notifications"])
    assert "Former candidate" in exported and "Ayodele" not in exported
    if request.node.callspec.params["served"] == "embedded":  # the entries kept no longer hold the name
        with closing(sqlite3.connect(f"file:{app.state.services.settings.database_path}?mode=ro", uri=True)) as db:
            assert not db.execute("SELECT id FROM inbox WHERE subject || body_text || data LIKE '%Ayodele%'").fetchall()
