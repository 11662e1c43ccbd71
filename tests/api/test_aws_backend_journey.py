"""The product end to end with --backend aws on a local moto server: the same GraphQL
journey as the embedded backend (register, upload, parse, post, search, match, apply)."""
from __future__ import annotations

from tests.applications_helpers import APPLY, parsed_resume, wait_until
from tests.aws_backend import aws_client, aws_settings  # noqa: F401

MY_MATCHES = "{ me { matches(first: 10) { totalCount edges { node { score job { id } } } } } }"

RESUME = """Ada Lovelace
ada@example.com

Skills
Python, PostgreSQL, GraphQL, AWS

Experience
Senior Backend Engineer, Analytical Engines Ltd, 2019-01 - present
Built GraphQL APIs in Python on PostgreSQL.
"""


async def test_a_candidate_finds_and_applies_to_a_job_on_the_aws_backend(aws_client):
    client, app = aws_client
    employer_token, _ = await client.employer()
    job = await client.post_job(employer_token, title="Senior Python Engineer",
                                description="GraphQL APIs in Python on PostgreSQL.",
                                requiredSkills=["Python", "PostgreSQL"])
    candidate_token, _ = await client.candidate()
    resume_id = await parsed_resume(client, candidate_token, RESUME)

    found = await client.data('query{ searchJobs(query: "python engi"){ totalCount edges { node { id } } } }',
                              token=candidate_token)
    assert [edge["node"]["id"] for edge in found["searchJobs"]["edges"]] == [job["id"]]

    async def matched() -> bool:
        data = await client.data(MY_MATCHES, token=candidate_token)
        return data["me"]["matches"]["totalCount"] >= 1

    # Matching runs on the SQS workers with the embeddings on DynamoDB and the local index.
    await wait_until(matched, attempts=600)
    best = (await client.data(MY_MATCHES, token=candidate_token))["me"]["matches"]["edges"][0]["node"]
    assert best["job"]["id"] == job["id"] and 0 < best["score"] <= 1

    applied = await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume_id}}, candidate_token)
    assert applied["applyToJob"]["status"] == "SUBMITTED"


async def test_direct_upload_goes_to_s3_and_is_checked_like_a_multipart_one(aws_client):
    import httpx

    client, app = aws_client
    token, _ = await client.candidate()
    ticket = (await client.data(
        "mutation{ requestResumeUpload{ url key maxBytes fields { name value } } }", token=token)
    )["requestResumeUpload"]
    form = {f["name"]: f["value"] for f in ticket["fields"]}
    async with httpx.AsyncClient() as http:
        posted = await http.post(ticket["url"], data=form, files={"file": ("cv.txt", RESUME.encode(), "text/plain")})
    assert posted.status_code in (200, 204), posted.text
    confirmed = await client.data(
        'mutation($k: String!){ confirmResumeUpload(key: $k, filename: "cv.txt"){ id status filename } }',
        {"k": ticket["key"]}, token)
    assert confirmed["confirmResumeUpload"]["filename"] == "cv.txt"

    again = await client.execute('mutation($k: String!){ confirmResumeUpload(key: $k){ id } }', {"k": ticket["key"]},
                                 token)
    assert again["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    # A client retrying a confirmation whose answer it lost is told where its resume may be.
    assert "already confirmed" in again["errors"][0]["message"]


async def test_a_direct_upload_of_a_file_we_cannot_read_is_refused_and_not_kept(aws_client):
    import httpx

    client, app = aws_client
    token, _ = await client.candidate()
    ticket = (await client.data("mutation{ requestResumeUpload{ url key fields { name value } } }", token=token)
              )["requestResumeUpload"]
    async with httpx.AsyncClient() as http:
        await http.post(ticket["url"], data={f["name"]: f["value"] for f in ticket["fields"]},
                        files={"file": ("x.exe", b"MZ\x90\x00" + bytes(range(256)) * 4, "application/pdf")})
    body = await client.execute('mutation($k: String!){ confirmResumeUpload(key: $k){ id } }', {"k": ticket["key"]},
                                token)
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert "PDF" in body["errors"][0]["message"]
    assert await app.state.services.adapters.documents.upload_staging.size(ticket["key"]) is None
