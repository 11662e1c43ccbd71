"""A candidate may delete a resume they applied with. The employer's list of applications (and
the candidate's own) still answers: the application shows a resume whose status is DELETED (not
FAILED, which reads as a processing failure), instead of a NOT_FOUND whose null spread up the
non-null `resume` to the whole job (or `me`)."""
from __future__ import annotations

from tests.applications_helpers import APPLY, parsed_resume

DELETE = "mutation($id: ID!){ deleteResume(id: $id) }"
JOB_APPLICATIONS = """query($id: ID!){ job(id: $id){ title applications { totalCount edges { node {
  status resume { id filename status failureReason sizeBytes downloadUrl parsed { summary } owner { id } } } } } } }"""
MY_APPLICATIONS = "{ me { applications { edges { node { status resume { id status } } } } } }"


async def test_an_application_whose_resume_was_deleted_still_lists_for_both_sides(client):
    candidate, user = await client.candidate()
    resume_id = await parsed_resume(client, candidate)
    employer, _ = await client.employer()
    job = await client.post_job(employer, title="Staff Nurse")
    await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume_id}}, candidate)
    assert (await client.data(DELETE, {"id": resume_id}, candidate))["deleteResume"] is True

    listed = (await client.data(JOB_APPLICATIONS, {"id": job["id"]}, employer))["job"]
    assert listed["title"] == "Staff Nurse" and listed["applications"]["totalCount"] == 1
    resume = listed["applications"]["edges"][0]["node"]["resume"]
    assert resume["id"] and resume["status"] == "DELETED"
    assert resume["failureReason"] is None and resume["sizeBytes"] == 0
    assert resume["downloadUrl"] is None and resume["parsed"] is None
    assert resume["owner"]["id"] == user["id"]

    mine = (await client.data(MY_APPLICATIONS, token=candidate))["me"]["applications"]["edges"]
    assert [edge["node"]["resume"] for edge in mine] == [{"id": resume["id"], "status": "DELETED"}]


async def test_an_application_of_an_erased_candidate_still_lists_with_a_former_candidate(client):
    signed = await client.register("CANDIDATE", email="erased.soon@example.com", password="correct horse battery staple")
    candidate = signed["accessToken"]
    resume_id = await parsed_resume(client, candidate)
    employer, _ = await client.employer()
    job = await client.post_job(employer, title="Line Cook")
    await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume_id}}, candidate)
    await client.data("mutation($p: String!){ deleteAccount(password: $p) }", {"p": "correct horse battery staple"}, candidate)

    query = """query($id: ID!){ job(id: $id){ applications { edges { node {
      candidate { name } resume { status downloadUrl owner { name } } } } } } }"""
    node = (await client.data(query, {"id": job["id"]}, employer))["job"]["applications"]["edges"][0]["node"]
    assert node["candidate"] == {"name": "Former candidate"}
    assert node["resume"] == {"status": "DELETED", "downloadUrl": None, "owner": {"name": "Former candidate"}}
