"""A file that holds text but nothing a résumé has (no contact details, experience,
education or skills) is still PARSED, but the candidate is told nothing was recognised and
what to upload instead, on both backends; a real résumé carries no such warning."""
from __future__ import annotations

import pytest

from tests.aws_backend import aws_client, aws_settings  # noqa: F401
from tests.fixtures.documents import RESUME_TEXT
from tests.graphql_client import upload_resume, wait_for_resume
from tests.resume_choice_helpers import backend  # noqa: F401 (a fixture: embedded and AWS)
from tests.resume_in_another_alphabet import ARABIC_RESUME

SHOPPING_LIST = "Saturday\n\nmilk, eggs\ntwo loaves of bread\nwashing-up liquid\nbin bags\n"
WARNINGS = "query($id: ID!){ node(id: $id){ ... on Resume { status warnings { code message } } } }"


async def _warnings(client, token: str, filename: str, data: bytes) -> list[dict[str, str]]:
    resume = (await upload_resume(client, token, filename, data))["data"]["uploadResume"]
    done = await wait_for_resume(client, token, resume["id"])
    assert done["status"] == "PARSED", done["failureReason"]
    return (await client.data(WARNINGS, {"id": resume["id"]}, token))["node"]["warnings"]


@pytest.mark.parametrize("filename", ["list.txt", "cv.pdf"])
async def test_a_file_with_nothing_of_a_resume_warns_what_to_upload(backend, filename):  # noqa: F811
    token, _ = await backend.candidate()
    warnings = await _warnings(backend, token, filename, SHOPPING_LIST.encode())
    assert [w["code"] for w in warnings] == ["NO_RESUME_CONTENT"]
    message = warnings[0]["message"].lower()
    assert "no résumé content" in message and "upload" in message


async def test_a_real_resume_has_no_warnings(backend):  # noqa: F811
    token, _ = await backend.candidate()
    assert await _warnings(backend, token, "cv.txt", RESUME_TEXT.encode()) == []




async def test_a_resume_in_another_alphabet_read_as_its_email_alone_says_what_to_upload(backend):  # noqa: F811
    """PARSED with the e-mail address alone and no warning."""
    token, _ = await backend.candidate()
    warnings = await _warnings(backend, token, "سيرة.txt", ARABIC_RESUME.encode())
    assert [w["code"] for w in warnings] == ["LITTLE_READ"]
    assert "Latin" in warnings[0]["message"] and "Upload a version" in warnings[0]["message"]
