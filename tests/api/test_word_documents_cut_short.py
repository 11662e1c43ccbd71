"""A Word document cut short (an interrupted download or copy loses the zip's end, where its
table of parts is) is a damaged Word document: the person is told to save it again as .docx,
not that its type cannot be read. A zip holding no Word part is still refused."""
from __future__ import annotations

import io
import zipfile

from tests.api.test_resume_uploads import still_answers
from tests.fixtures.documents import docx_bytes
from tests.graphql_client import upload_resume, wait_for_resume

ELECTRICIAN = """Dean Walsh
dean.walsh@example.com | Austin, TX

Experience
Journeyman Electrician, Brightline Electric, 2016 - Present
Conduit, panels and lighting for commercial fit-outs.
"""


async def test_a_docx_without_its_end_fails_as_a_damaged_word_document(client):
    whole = docx_bytes(ELECTRICIAN)
    token, _ = await client.candidate()
    body = await upload_resume(client, token, "cv.docx", whole[: len(whole) * 3 // 4])
    resume = body["data"]["uploadResume"]
    assert resume["contentType"].endswith("wordprocessingml.document")
    failed = await wait_for_resume(client, token, resume["id"])
    assert failed["status"] == "FAILED"
    assert "Word document is damaged" in failed["failureReason"] and ".docx" in failed["failureReason"]
    await still_answers(client)


async def test_a_zip_cut_short_with_no_word_part_is_still_refused(client):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes/readme.txt", "Dean Walsh, electrician " * 200)
    data = buffer.getvalue()
    token, _ = await client.candidate()
    body = await upload_resume(client, token, "cv.docx", data[: len(data) // 2])
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert "not a type we can read" in body["errors"][0]["message"]
