"""A resume that FAILED is read afresh when its owner uploads the same file again, as the
failure's reason may tell them to ("failed several times on our side; upload the file again
later"): handing the FAILED resume back would leave them nothing to do but delete it first."""
from __future__ import annotations

import asyncio

from domain.resumes import ResumeStatus
from tests.fixtures.documents import RESUME_TEXT
from tests.graphql_client import raw_id, upload_resume, wait_for_resume

GAVE_UP = "Processing failed several times on our side; upload the file again later."


async def failed_on_our_side(client, app, token: str) -> str:
    """An uploaded resume the queue gave up on (the processor's give_up, after transient errors)."""
    resume = (await upload_resume(client, token, "cv.txt", RESUME_TEXT.encode()))["data"]["uploadResume"]
    await wait_for_resume(client, token, resume["id"])
    resumes = app.state.services.repositories.resumes
    await resumes.set_status(raw_id(resume["id"]), ResumeStatus.FAILED, failure_reason=GAVE_UP)
    assert (await wait_for_resume(client, token, resume["id"]))["failureReason"] == GAVE_UP
    return resume["id"]


async def test_uploading_a_failed_file_again_reads_it_afresh(client, app):
    token, _ = await client.candidate()
    resume_id = await failed_on_our_side(client, app, token)
    again = (await upload_resume(client, token, "cv.txt", RESUME_TEXT.encode()))["data"]["uploadResume"]
    assert again["id"] == resume_id
    assert (again["status"], again["failureReason"]) == ("UPLOADED", None)
    parsed = await wait_for_resume(client, token, resume_id)
    assert (parsed["status"], parsed["failureReason"]) == ("PARSED", None)
    assert parsed["parsed"]["name"] == "Jordan Quill"
    resumes = await client.data("{ me { resumes { totalCount } } }", token=token)
    assert resumes["me"]["resumes"]["totalCount"] == 1


async def test_two_tabs_uploading_a_failed_file_again_at_once_share_one_resume(client, app):
    token, _ = await client.candidate()
    resume_id = await failed_on_our_side(client, app, token)
    bodies = await asyncio.gather(
        *(upload_resume(client, token, f"tab{n}.txt", RESUME_TEXT.encode()) for n in range(2)))
    assert {body["data"]["uploadResume"]["id"] for body in bodies} == {resume_id}
    assert (await wait_for_resume(client, token, resume_id))["status"] == "PARSED"
    resumes = await client.data("{ me { resumes { totalCount } } }", token=token)
    assert resumes["me"]["resumes"]["totalCount"] == 1

