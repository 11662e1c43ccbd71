"""Uploading a file one already has (the very same bytes) stores nothing new, on both backends:
the résumé one had comes back, and the answer says so (warning ALREADY_UPLOADED), whatever name
the file was sent under this time, so a client can tell "already there" from "added". Two tabs
sending the same file at once end with one résumé, and exactly one of the answers is the upload
that added it. Uploaded again under another name, the answer names the file as it was first
uploaded, and when, since the upload renamed it."""
from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from tests.aws_backend import aws_client, aws_settings  # noqa: F401
from tests.fixtures.documents import RESUME_TEXT
from tests.graphql_client import upload_resume, wait_for_resume
from tests.resume_choice_helpers import backend  # noqa: F401 (a fixture: the embedded or the AWS gateway)

UPLOAD_WITH_WARNINGS = """mutation($file: Upload!){ uploadResume(file: $file){ id filename status
  warnings { code message } } }"""
MY_RESUMES = "{ me { resumes { totalCount edges { node { id filename } } } } }"


async def _upload(client, token: str, filename: str, text: str = RESUME_TEXT) -> dict:
    body = await upload_resume(client, token, filename, text.encode(), query=UPLOAD_WITH_WARNINGS)
    assert "errors" not in body, body
    return body["data"]["uploadResume"]


def _codes(answer: dict) -> list[str]:
    return [warning["code"] for warning in answer["warnings"]]


async def test_the_same_file_again_gives_back_the_resume_one_had_and_says_so(backend):
    client = backend
    token, _ = await client.candidate()
    first = await _upload(client, token, "cv.txt")
    assert first["warnings"] == []
    await wait_for_resume(client, token, first["id"])

    again = await _upload(client, token, "cv.txt")
    assert again["id"] == first["id"]
    [warning] = again["warnings"]
    assert warning["code"] == "ALREADY_UPLOADED"
    assert "already" in warning["message"] and "“cv.txt”" in warning["message"]
    assert "no second copy" in warning["message"]
    listed = (await client.data(MY_RESUMES, token=token))["me"]["resumes"]
    assert listed["totalCount"] == 1


async def test_the_same_file_under_another_name_says_it_was_already_there(backend):
    client = backend
    token, _ = await client.candidate()
    first = await _upload(client, token, "cv.txt")
    again = await _upload(client, token, "Jordan Quill CV 2026.txt")
    assert (again["id"], again["filename"]) == (first["id"], "Jordan Quill CV 2026.txt")
    assert _codes(again) == ["ALREADY_UPLOADED"]
    message = again["warnings"][0]["message"]
    today = datetime.now(UTC).strftime("%Y-%m-%d")  # the first upload's day (a test run past midnight aside)
    assert f"already uploaded on {today} as “cv.txt”" in message, message
    assert "now shown as “Jordan Quill CV 2026.txt”" in message, message
    listed = (await client.data(MY_RESUMES, token=token))["me"]["resumes"]
    assert listed["totalCount"] == 1

    # Uploaded a third time under the name it has now: nothing renamed, the name it has.
    third = await _upload(client, token, "Jordan Quill CV 2026.txt")
    message = third["warnings"][0]["message"]
    assert f"already uploaded on {today} and is among your résumés as “Jordan Quill CV 2026.txt”" in message
    assert "now shown" not in message


async def test_a_different_file_is_added_without_a_word(backend):
    client = backend
    token, _ = await client.candidate()
    await _upload(client, token, "cv.txt")
    other = await _upload(client, token, "cv.txt", RESUME_TEXT + "\nReferences on request.\n")
    assert other["warnings"] == []
    assert (await client.data(MY_RESUMES, token=token))["me"]["resumes"]["totalCount"] == 2


async def test_two_tabs_uploading_the_same_file_at_once_make_one_resume(backend):
    client = backend
    token, _ = await client.candidate()
    answers = await asyncio.gather(*(_upload(client, token, f"cv tab {tab}.txt") for tab in range(3)))
    assert len({answer["id"] for answer in answers}) == 1, answers
    assert sorted(_codes(answer) for answer in answers) == [[], ["ALREADY_UPLOADED"], ["ALREADY_UPLOADED"]]
    listed = (await client.data(MY_RESUMES, token=token))["me"]["resumes"]
    assert listed["totalCount"] == 1
