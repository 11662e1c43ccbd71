"""A hiring team told of an application learns which it is and whose: the inbox entry names the
candidate as the team reads them on the application, and carries the application's and the
job's ids. The name is filled in as the inbox is read (the email's as it is sent), never stored:
the entry and the outbox row keep ids only, so once the candidate erased their account the
inbox says the application is from a candidate who has since left, and no stored copy holds
their name. The candidate's own news about the application (the receipt of applying, then each
move) names its job too. Both backends."""
from __future__ import annotations

import json
import sqlite3
from contextlib import closing

from tests.account_helpers import outbox_for, verified
from tests.applications_helpers import APPLY, MOVE, parsed_resume, wait_until
from tests.graphql_client import raw_id
from tests.served_backends import aws_client, aws_settings, served  # noqa: F401

INBOX = "{ me { notifications(first: 10) { edges { node { kind subject text applicationId jobId } } } } }"
CANDIDATE_NAME = "query($id: ID!){ node(id: $id){ ... on Application { candidate { name } } } }"
ERASE = "mutation($p: String!){ deleteAccount(password: $p) }"


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

    # The email is the same message, kept without the name (it is named as it is sent); the
    # embedded backend keeps what it queued (on AWS it leaves by SES).
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


async def test_a_withdrawal_names_its_candidate_to_the_team_until_they_erase_their_account(served, request):
    client, app = served
    employer, employer_user = await client.employer()
    await verified(app, employer_user)
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
    assert sorted(note["subject"] for note in kept) == [
        "Application (from a candidate who has since left) for Night Porter: submitted",
        "Application (from a candidate who has since left) for Night Porter: submitted → withdrawn"]
    for note in kept:
        assert "Ayodele" not in note["subject"] + note["text"]
        assert note["text"].startswith("An application (from a candidate who has since left) for Night Porter")
    if request.node.callspec.params["served"] == "embedded":  # no stored copy ever held the name
        with closing(sqlite3.connect(f"file:{app.state.services.settings.database_path}?mode=ro", uri=True)) as db:
            assert not db.execute("SELECT id FROM inbox WHERE subject || body_text || data LIKE '%Ayodele%'").fetchall()
            assert not db.execute("SELECT id FROM outbox WHERE subject || coalesce(body_text, '') || data"
                                  " LIKE '%Ayodele%'").fetchall()



def _recorded(port, method: str, monkeypatch) -> list[list[str]]:
    """The id lists `port.method` is called with from now on."""
    calls: list[list[str]] = []
    read = getattr(port, method)

    async def recording(ids, *args, **kwargs):
        calls.append(list(ids))
        return await read(ids, *args, **kwargs)

    monkeypatch.setattr(port, method, recording)
    return calls


async def test_a_page_of_notices_names_its_candidates_in_one_read_per_store(client, app, monkeypatch):
    employer, _ = await client.employer()
    job = await client.post_job(employer, title="Night Porter")
    people = {}
    for name in ("Maria Gonzalez", "Chidi Okafor", "Zoë Ng", "Ayodele Bankole"):
        signed = await client.register("CANDIDATE", name=name)
        resume = await parsed_resume(client, signed["accessToken"])
        application = (await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume}},
                                         signed["accessToken"]))["applyToJob"]
        people[raw_id(signed["user"]["id"])] = raw_id(application["id"])
    await _inbox(client, employer, len(people))

    repositories = app.state.services.repositories
    applications = _recorded(repositories.applications, "get_many", monkeypatch)
    users = _recorded(repositories.users, "get_many", monkeypatch)
    told = await _applications_news(client, employer)
    assert sorted(note["subject"] for note in told) == sorted(
        f"Application from {name} for Night Porter: submitted"
        for name in ("Maria Gonzalez", "Chidi Okafor", "Zoë Ng", "Ayodele Bankole"))
    # One read of the applications and one of their candidates for the page (subject and text alike).
    assert [sorted(ids) for ids in applications if set(ids) & set(people.values())] == [sorted(people.values())]
    assert [sorted(ids) for ids in users if set(ids) & set(people)] == [sorted(people)]
