"""Two tabs (or a double click) deleting one resume at once: one deletion answers true and
cleans up; the others answer NOT_FOUND, as a deletion sent after it does, rather than each
announcing a deletion of its own."""
from __future__ import annotations

import asyncio

from tests.fixtures.documents import RESUME_TEXT
from tests.graphql_client import upload_resume, wait_for_resume


async def test_two_tabs_deleting_one_resume_at_once_delete_it_once(client):
    token, _ = await client.candidate()
    resume = (await upload_resume(client, token, "cv.txt", RESUME_TEXT.encode()))["data"]["uploadResume"]
    await wait_for_resume(client, token, resume["id"])
    delete = "mutation($id: ID!){ deleteResume(id: $id) }"
    bodies = await asyncio.gather(*(client.execute(delete, {"id": resume["id"]}, token) for _ in range(3)))
    answers = sorted("true" if body.get("data") else body["errors"][0]["extensions"]["code"] for body in bodies)
    assert answers == ["NOT_FOUND", "NOT_FOUND", "true"], bodies
    resumes = await client.data("{ me { resumes { totalCount } } }", token=token)
    assert resumes["me"]["resumes"]["totalCount"] == 0
