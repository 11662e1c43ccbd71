"""The filename a candidate sees for a résumé upload: the name they just gave, even when the
bytes are those of a résumé they uploaded before (stored and read once), and written as they
wrote it, joiners of emoji and Indic scripts included, without what could disguise it."""
from __future__ import annotations

from tests.fixtures.documents import RESUME_TEXT
from tests.graphql_client import upload_resume, wait_for_resume

MY_RESUMES = "{ me { resumes { totalCount edges { node { id filename status } } } } }"


async def test_the_same_bytes_under_a_new_name_show_the_new_name_and_stay_one_parsed_resume(client):
    token, _ = await client.candidate()
    first = (await upload_resume(client, token, "cv.txt", RESUME_TEXT.encode()))["data"]["uploadResume"]
    assert (await wait_for_resume(client, token, first["id"]))["status"] == "PARSED"
    again = (await upload_resume(client, token, "Jordan Quill CV 2026.txt", RESUME_TEXT.encode()))["data"]["uploadResume"]
    assert (again["id"], again["filename"], again["status"]) == (first["id"], "Jordan Quill CV 2026.txt", "PARSED")
    listed = (await client.data(MY_RESUMES, token=token))["me"]["resumes"]
    assert listed["totalCount"] == 1
    assert listed["edges"][0]["node"] == {"id": first["id"], "filename": "Jordan Quill CV 2026.txt", "status": "PARSED"}


async def test_joiners_inside_a_name_stay_and_direction_overrides_go(client):
    token, _ = await client.candidate()
    names = {
        "\U0001F469\u200D\u2695\uFE0F nurse cv.txt": "\U0001F469\u200D\u2695\uFE0F nurse cv.txt",  # woman health worker
        "\u0915\u094D\u200D\u0937 resume.txt": "\u0915\u094D\u200D\u0937 resume.txt",  # Devanagari half-form
        "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645.txt": "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645.txt",
        "cv\u202Efdp.exe": "cvfdp.exe.txt",  # shown as "cvexe.pdf" while the override stood; text, not a program
        "\u200Dcv\u2066 2026\u2069.txt\u200D": "cv 2026.txt",
    }
    for index, (sent, shown) in enumerate(names.items()):
        data = f"{RESUME_TEXT}\nReference {index}".encode()
        uploaded = (await upload_resume(client, token, sent, data))["data"]["uploadResume"]
        assert uploaded["filename"] == shown, (sent, uploaded["filename"])
