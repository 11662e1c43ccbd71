"""Deleting an account over HTTP, and proof that nothing erased remains: not in the SQLite
file (nor its write-ahead log), not in the blob directory, not in the vector index."""
from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from tests.account_helpers import raw_id
from tests.applications_helpers import parsed_resume, wait_until

DELETE = "mutation($p: String!){ deleteAccount(password: $p) }"
APPLY = "mutation($i: ApplyInput!){ applyToJob(input: $i){ id } }"
PASSWORD = "correct horse battery staple"
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


async def test_the_only_member_of_an_organization_cannot_delete_their_account_open_jobs_or_not(client):
    """Once their jobs were closed, the only member could delete their account,
    leaving a verified organization with no member whose name nobody could register again."""
    token, _ = await client.employer(organizationName="Initech")
    job = await client.post_job(token)
    refusals = [(await client.execute(DELETE, {"p": PASSWORD}, token))["errors"][0]]
    await client.data("mutation($id: ID!){ closeJob(id: $id){ status } }", {"id": job["id"]}, token)
    refusals.append((await client.execute(DELETE, {"p": PASSWORD}, token))["errors"][0])
    for refused in refusals:
        assert refused["extensions"]["code"] == "BAD_USER_INPUT"
        assert refused["extensions"]["reason"] == "LAST_MEMBER"
        assert "only member" in refused["message"] and "inviteRecruiter" in refused["message"]
    assert (await client.data("{ me { organization { name } } }", None, token))["me"]["organization"]["name"] == "Initech"
