"""Deleting an account over HTTP, and proof that nothing erased remains: not in the SQLite
file (nor its write-ahead log), not in the blob directory, not in the vector index."""
from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from tests.account_helpers import employer_without_organization, raw_id, verified
from tests.applications_helpers import parsed_resume, wait_until
from tests.served_backends import aws_client, aws_settings, served  # noqa: F401

DELETE = "mutation($p: String!){ deleteAccount(password: $p) }"
APPLY = "mutation($i: ApplyInput!){ applyToJob(input: $i){ id } }"
PASSWORD = "correct horse battery staple"
INVITE = "mutation($e: String!){ inviteRecruiter(email: $e){ token } }"
ACCEPT = "mutation($t: String!){ acceptInvitation(token: $t){ id } }"
INBOX = "{ me { notifications(first: 20) { edges { node { kind subject applicationId } } } } }"
SEEN_BY_EMPLOYER = """query($id: ID!){ job(id: $id){ applications { edges { node {
  id status coverLetter candidate { id name email } } } } } }"""

# Strings only the erased candidate's data contains (invented person, see tests/fixtures).
NAME, EMAIL = "Zebulon Quartermaine", "zebulon.quartermaine@example.com"
RESUME = f"""{NAME}
{EMAIL} | +1 415 555 2671 | Lisbon

SUMMARY
Backend engineer; phrase-only-in-this-resume: marmalade-heliotrope-zx81.

EXPERIENCE
Senior Software Engineer, Quartermaine Widgets
Jan 2019 - Present
Built Python services on PostgreSQL and Kubernetes.

SKILLS
Python, PostgreSQL, Kubernetes
"""
COVER_LETTER = "Cover letter marker: periwinkle-astrolabe-5521."
MARKERS = [NAME, EMAIL, "marmalade-heliotrope-zx81", "Quartermaine Widgets", "periwinkle-astrolabe-5521",
           "push-token-obelisk-42", "Lisbon-desk-preference"]


def _stored_bytes(data_dir: Path) -> dict[str, bytes]:
    return {str(path.relative_to(data_dir)): path.read_bytes() for path in data_dir.rglob("*") if path.is_file()}


def _leftovers(data_dir: Path, needles: list[str]) -> list[tuple[str, str]]:
    found = []
    for name, content in _stored_bytes(data_dir).items():
        for needle in needles:
            for encoded in {needle.encode(), needle.lower().encode(), needle.encode("utf-16-le")}:
                if encoded in content:
                    found.append((name, needle))
    return found


def _rows_mentioning(database: Path, needles: list[str], skip: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        found = []
        for table in tables:
            if table in skip or table.startswith("jobs_fts"):
                continue
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                text = " ".join(str(value) for value in row)
                found.extend((table, needle) for needle in needles if needle in text)
        return found
    finally:
        connection.close()


async def _snapshot_taken(app) -> bool:
    database = app.state.services.settings.database_path
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as connection:
        return connection.execute("SELECT count(*) FROM applications WHERE resume_snapshot IS NOT NULL").fetchone()[0] > 0


async def test_deleting_a_candidate_erases_their_data_and_anonymises_their_applications(client, app, settings):
    employer_token, _ = await client.employer()
    job = await client.post_job(employer_token)
    signed = await client.register("CANDIDATE", name=NAME, email=EMAIL)
    token, user_id = signed["accessToken"], raw_id(signed["user"]["id"])
    resume_id = await parsed_resume(client, token, RESUME)
    await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume_id, "coverLetter": COVER_LETTER}}, token)
    await client.data('mutation{ updatePreferences(input: {locations: ["Lisbon-desk-preference, Portugal"]}){ id } }', token=token)
    await client.data('mutation{ registerDevice(platform: ANDROID, token: "push-token-obelisk-42"){ id } }', token=token)
    await wait_until(lambda: _snapshot_taken(app))  # the application's background step is done
    blobs_before = [p for p in settings.blob_dir.rglob("*") if p.is_file()]
    assert blobs_before and _leftovers(settings.data_dir, [NAME])  # the probe finds data that is there

    wrong = (await client.execute(DELETE, {"p": "not the password"}, token))["errors"][0]
    assert wrong["extensions"]["code"] == "BAD_USER_INPUT"
    assert (await client.data(DELETE, {"p": PASSWORD}, token))["deleteAccount"] is True

    assert await client.error_code("{ me { id } }", token=token) == "UNAUTHENTICATED"
    assert await client.error_code(
        "mutation($e: String!, $p: String!){ login(email: $e, password: $p){ accessToken } }",
        {"e": EMAIL, "p": PASSWORD},
    ) == "UNAUTHENTICATED"
    seen = (await client.data(SEEN_BY_EMPLOYER, {"id": job["id"]}, employer_token))["job"]["applications"]["edges"]
    (application,) = [edge["node"] for edge in seen]
    assert application["status"] == "SUBMITTED" and application["coverLetter"] is None
    assert application["candidate"]["name"] == "Former candidate" and application["candidate"]["email"] == ""

    assert [p for p in settings.blob_dir.rglob("*") if p.is_file()] == []
    assert await app.state.services.adapters.matching.resume_index.count() == 0
    assert _rows_mentioning(settings.database_path, [*MARKERS, user_id, raw_id(resume_id)],
                            skip=("audit_log", "analytics_facts")) == []
    assert _leftovers(settings.data_dir, [*MARKERS, raw_id(resume_id)]) == []


async def _told_of_the_close(client, candidate_token: str, application_id: str) -> bool:
    found = await client.data(INBOX, None, candidate_token)
    return any(edge["node"]["kind"] == "APPLICATION" and edge["node"]["applicationId"] == application_id
               and "is closed" in edge["node"]["subject"] for edge in found["me"]["notifications"]["edges"])


async def test_the_sole_employer_deletes_their_account_and_the_organization_closes(served):
    """The organization's only member's account goes; the organization closes with it: its job
    is closed as a close by its team would (the applicant is told), the invitation it had out
    no longer works and says why, and another employer may register its name. Both backends."""
    client, app = served
    token, founder = await client.employer(organizationName="Initech")
    await verified(app, founder)
    job = await client.post_job(token, title="Ward Nurse")
    candidate_token, candidate = await client.candidate()
    await verified(app, candidate)
    resume_id = await parsed_resume(client, candidate_token)
    applied = await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume_id}}, candidate_token)
    invitee_email = "una.initech@example.com"
    invitee, _ = await employer_without_organization(app, client, invitee_email)
    issued = (await client.data(INVITE, {"e": invitee_email}, token))["inviteRecruiter"]

    assert (await client.data(DELETE, {"p": PASSWORD}, token))["deleteAccount"] is True

    assert await client.error_code("{ me { id } }", token=token) == "UNAUTHENTICATED"
    seen = await client.data("query($id: ID!){ job(id: $id){ status organization { name closedAt } } }",
                             {"id": job["id"]}, candidate_token)
    assert seen["job"]["status"] == "CLOSED"
    assert seen["job"]["organization"]["name"] == "Initech" and seen["job"]["organization"]["closedAt"]
    application_id = applied["applyToJob"]["id"]
    await wait_until(lambda: _told_of_the_close(client, candidate_token, application_id))
    refused = (await client.execute(ACCEPT, {"t": issued["token"]}, invitee))["errors"][0]
    assert (refused["extensions"]["code"], refused["extensions"]["reason"]) == ("BAD_USER_INPUT", "ORGANIZATION_CLOSED")
    assert "Initech has closed" in refused["message"]
    successor_token, _ = await client.employer(organizationName="INITECH")
    now_named = (await client.data("{ me { organization { id name closedAt } } }", None, successor_token))["me"]
    assert now_named["organization"]["name"] == "INITECH" and now_named["organization"]["closedAt"] is None
    assert now_named["organization"]["id"] != job["organization"]["id"]
