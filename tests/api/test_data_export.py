"""A person's own data export over HTTP on the real app: a candidate with a résumé, an
application an employer moved with a note, and matches gets all of it and nothing of anyone
else; an anonymous caller is refused with a code."""
from __future__ import annotations

from tests.applications_helpers import APPLY, MOVE, parsed_resume, ready_to_apply, wait_until
from tests.graphql_client import raw_id

EXPORT = "mutation { exportMyData { formatVersion generatedAt document } }"
MY_MATCHES = "{ me { matches(first: 10) { totalCount } } }"


async def test_a_candidate_gets_their_resume_application_history_and_matches_and_nobody_elses(client):
    await a_candidate_exports_all_of_theirs_and_nobody_elses(client)


async def a_candidate_exports_all_of_theirs_and_nobody_elses(client, download: bool = True) -> dict:
    """The candidate's exported document, checked."""
    world = await ready_to_apply(client, title="Senior Backend Engineer", requiredSkills=["Python", "PostgreSQL"],
                                 description="Python services on PostgreSQL.")
    application = (await client.data(APPLY, {"i": {**world.application["i"], "coverLetter": "I build things."}},
                                     world.candidate))["applyToJob"]
    await client.data(MOVE, {"id": application["id"], "s": "SCREENING", "n": "A call on Monday?"}, world.employer)

    async def matched() -> bool:
        return (await client.data(MY_MATCHES, token=world.candidate))["me"]["matches"]["totalCount"] >= 1

    await wait_until(matched, attempts=600)
    await client.data('mutation { setSelfIdentification(input: {sex: FEMALE}) { sex } }', token=world.candidate)
    await client.data('mutation { registerDevice(platform: ANDROID, token: "push-token-of-mine") { id } }',
                      token=world.candidate)
    # Another candidate with data of their own, which must not appear.
    other, other_user = await client.candidate()
    other_resume = await parsed_resume(client, other)

    async def audited() -> bool:  # the audit trail is written from the event bus; an export is audited too
        document = (await client.data(EXPORT, token=world.candidate))["exportMyData"]["document"]
        return {"applyToJob", "exportMyData"} <= {a["operation"] for a in document["activity"]}

    await wait_until(audited)
    exported = (await client.data(EXPORT, token=world.candidate))["exportMyData"]
    document = exported["document"]
    assert exported["formatVersion"] == document["formatVersion"] == 2
    me = (await client.data("{ me { id email } }", token=world.candidate))["me"]
    assert document["account"]["id"] == me["id"] and document["account"]["email"] == me["email"]
    assert document["account"]["role"] == "CANDIDATE"

    (resume,) = document["resumes"]
    assert resume["id"] == world.resume and resume["status"] == "PARSED"
    assert resume["filename"] == "cv.txt" and resume["sizeBytes"] > 0 and resume["contentType"]
    assert resume["parsed"]["skills"] and resume["parsed"]["experience"]
    assert resume["downloadUrl"]
    if download:  # served by the app itself (embedded); on AWS a presigned S3 link
        got = await client.http.get(resume["downloadUrl"])
        assert got.status_code == 200 and len(got.content) == resume["sizeBytes"]

    (sent,) = document["applications"]
    assert sent["id"] == application["id"] and sent["status"] == "SCREENING"
    assert sent["coverLetter"] == "I build things." and sent["job"]["title"] == "Senior Backend Engineer"
    assert [(m["status"], m["byYou"], m["note"]) for m in sent["history"]] == [
        ("SUBMITTED", True, None), ("SCREENING", False, "A call on Monday?")]
    assert [(m["resumeId"], m["coverLetter"]) for m in sent["history"]] == [
        (world.resume, "I build things."), (None, None)]

    assert document["matches"] and all(m["job"]["title"] for m in document["matches"])
    assert any(m["job"]["id"] == world.job["id"] and 0 < m["score"] <= 1 for m in document["matches"])
    assert document["sessions"] and document["truncated"] == []
    assert document["selfIdentification"]["sex"] == "FEMALE"
    (device,) = document["devices"]
    assert device["platform"] == "ANDROID" and "push-token-of-mine" not in str(document)
    assert {k["kind"] for k in document["leftOut"]} >= {"passwordHash", "vectors"}
    # Their own operations, the exports among them; not the employer's move of their application.
    operations = {a["operation"] for a in document["activity"]}
    assert {"applyToJob", "exportMyData"} <= operations and "updateApplicationStatus" not in operations

    text = str(document)
    assert raw_id(other_user["id"]) not in text and raw_id(other_resume) not in text
    assert other_user["id"] not in text and other_resume not in text
    assert other_user["email"] not in text
    assert "password_hash" not in text and "passwordHash" not in str(document["account"])
    await _named_as_the_api_names_them(client, world.candidate, document)
    await _ids_as_the_api_gives_them(client, world.candidate, document)
    return document


async def _ids_as_the_api_gives_them(client, token: str, document: dict) -> None:
    # One object, one id across the document: the audited operations name their targets as the
    # requests did, and every other id is the one `node(id:)` and `me` give.
    (sent,) = document["applications"]
    applied = [a for a in document["activity"] if a["operation"] == "applyToJob"]
    assert applied and sent["id"] in applied[0]["targetIds"]
    ids = [document["account"]["id"], document["account"]["organization"] and document["account"]["organization"]["id"],
           *(r["id"] for r in document["resumes"]), sent["id"], sent["job"]["id"], sent["resumeId"],
           *(m["id"] for m in document["matches"]), *(m["resumeId"] for m in document["matches"])]
    for node_id in {i for i in ids if i}:
        found = await client.data("query($id: ID!) { node(id: $id) { id } }", {"id": node_id}, token)
        assert found["node"] == {"id": node_id}, node_id
    api = (await client.data("{ me { notifications(first: 50) { edges { node { id jobId matchId applicationId } } } } }",
                             token=token))["me"]["notifications"]["edges"]
    shown = {e["node"]["id"]: e["node"] for e in api}
    assert document["notifications"] and {n["id"] for n in document["notifications"]} == set(shown)
    for note in document["notifications"]:
        for key in ("jobId", "matchId", "applicationId"):
            assert note["data"].get(key) == shown[note["id"]][key], (key, note)


def _keys(value, inside: str = "") -> set[str]:
    """Every key of the document, less those of the dicts whose keys are data (a résumé's
    section names, a notification's data)."""
    if isinstance(value, list):
        return set().union(*(_keys(v, inside) for v in value))
    if not isinstance(value, dict) or inside in ("sections", "data"):
        return set()
    return set(value) | set().union(*(_keys(v, k) for k, v in value.items()))


async def _named_as_the_api_names_them(client, token: str, document: dict) -> None:
    # camelCase keys throughout (as docs/privacy.md promises), the preferences' among them, and
    # the enum values the API shows: the person reads the export beside the product.
    snake = sorted(k for k in _keys(document) if "_" in k)
    assert snake == []
    api = (await client.data("""{ me { preferences { desiredTitles locations remote minSalary currency salaryPeriod
      employmentTypes notifyMinScore matchEmailDigest timeZone } notifications(first: 50) { edges { node { kind } } } } }""",
                             token=token))["me"]
    preferences = document["preferences"]
    assert set(api["preferences"]) - {"matchEmailDigest", "timeZone"} <= set(preferences)
    assert {"matchEmailDigest", "timeZone", "channels"} <= set(preferences)
    assert set(preferences["channels"]) == {"newMatch", "applicationUpdate", "account", "earlierChoices"}
    assert preferences["salaryPeriod"] == api["preferences"]["salaryPeriod"]
    assert preferences["notifyMinScore"] == api["preferences"]["notifyMinScore"]
    kinds = sorted(n["kind"] for n in document["notifications"])
    assert kinds and kinds == sorted(e["node"]["kind"] for e in api["notifications"]["edges"])
    assert document["resumes"][0]["parsed"]["experience"][0].keys() >= {"startDate", "endDate"}


async def test_the_employer_exports_their_own_account_and_organization(client):
    employer, employer_user = await client.employer()
    document = (await client.data(EXPORT, token=employer))["exportMyData"]["document"]
    assert document["account"]["id"] == employer_user["id"]
    assert document["account"]["organization"]["role"] == "OWNER"
    assert document["resumes"] == [] and document["applications"] == [] and document["matches"] == []


async def test_an_anonymous_caller_is_refused_with_a_code(client):
    response = await client.http.post("/graphql", json={"query": EXPORT})
    body = response.json()
    assert 400 <= response.status_code < 500, response.status_code
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert body.get("data") is None
