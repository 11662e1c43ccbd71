"""A cursor belongs to one list of one owner: job A's applications page cursor sent for job B
(two tabs of one recruiter) or one person's sent for another's list is refused, not read as
a position in the other list, where it silently skipped or repeated applications."""
from __future__ import annotations

from tests.applications_helpers import APPLY, parsed_resume

JOB_APPLICATIONS = """query($id: ID!, $a: String){ job(id: $id){ applications(first: 1, after: $a){
  edges { node { id } } pageInfo { endCursor } } } }"""
MY_APPLICATIONS = """query($a: String){ me { applications(first: 1, after: $a){
  edges { node { id } } pageInfo { endCursor } } } }"""


async def test_a_cursor_of_one_job_or_person_is_refused_for_another(client):
    employer, _ = await client.employer()
    first_job, second_job = await client.post_job(employer, title="Night Nurse"), await client.post_job(employer)
    people = []
    for _ in range(2):
        token, _ = await client.candidate()
        resume = await parsed_resume(client, token)
        for job in (first_job, second_job):
            await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume}}, token)
        people.append(token)

    page = (await client.data(JOB_APPLICATIONS, {"id": first_job["id"]}, employer))["job"]["applications"]
    cursor = page["pageInfo"]["endCursor"]
    # The same job's next page is fine; the other job's list refuses the cursor.
    again = await client.data(JOB_APPLICATIONS, {"id": first_job["id"], "a": cursor}, employer)
    assert len(again["job"]["applications"]["edges"]) == 1
    body = await client.execute(JOB_APPLICATIONS, {"id": second_job["id"], "a": cursor}, employer)
    (error,) = body["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT" and error["extensions"]["argument"] == "after"
    assert "another list" in error["message"]

    mine = (await client.data(MY_APPLICATIONS, token=people[0]))["me"]["applications"]["pageInfo"]["endCursor"]
    assert (await client.data(MY_APPLICATIONS, {"a": mine}, people[0]))["me"]["applications"]["edges"]
    assert await client.error_code(MY_APPLICATIONS, {"a": mine}, people[1]) == "BAD_USER_INPUT"
