"""A résumé sent with an application keeps the file name the hiring team received, on both
backends: the candidate uploading the same bytes again under another name (deduplicated by
content) gets the stored résumé back under that name, instead of renaming, unannounced, the file
every organization it went to already has. Before it is sent, the new name is taken (as
test_resume_filenames_over_http.py shows). The answer to that upload says why the name was kept
(warning NAME_KEPT_AS_SENT, beside the ALREADY_UPLOADED every upload of a file one has gets); an
upload that renames, or asks for the name kept, says nothing more."""
from __future__ import annotations

from tests.applications_helpers import APPLY, ready_to_apply
from tests.aws_backend import aws_client, aws_settings  # noqa: F401
from tests.fixtures.documents import RESUME_TEXT
from tests.graphql_client import upload_resume
from tests.resume_choice_helpers import backend  # noqa: F401 (a fixture: the embedded or the AWS gateway)

TEAM_SEES = """query($job: ID!){ job(id: $job){ applications { edges { node { id
  resume { id filename } } } } } }"""
MY_RESUMES = "{ me { resumes { edges { node { id filename } } } } }"
UPLOAD_WITH_WARNINGS = "mutation($file: Upload!){ uploadResume(file: $file){ id filename warnings { code message } } }"


async def test_the_same_bytes_under_a_new_name_leave_the_sent_resume_named_as_sent(backend):
    client = backend
    world = await ready_to_apply(client)  # the résumé uploaded as "cv.txt"
    applied = (await client.data(APPLY, world.application, world.candidate))["applyToJob"]

    again = (await upload_resume(client, world.candidate, "Jordan Quill CV 2026.txt",
                                 RESUME_TEXT.encode()))["data"]["uploadResume"]
    assert (again["id"], again["filename"]) == (world.resume, "cv.txt")

    team = (await client.data(TEAM_SEES, {"job": world.job["id"]}, world.employer))["job"]["applications"]
    assert [e["node"] for e in team["edges"]] == [
        {"id": applied["id"], "resume": {"id": world.resume, "filename": "cv.txt"}}]
    mine = (await client.data(MY_RESUMES, token=world.candidate))["me"]["resumes"]["edges"]
    assert [e["node"] for e in mine] == [{"id": world.resume, "filename": "cv.txt"}]


async def test_the_upload_that_kept_the_sent_name_says_why(backend):
    client = backend
    world = await ready_to_apply(client)  # the résumé uploaded as "cv.txt"
    before = (await upload_resume(client, world.candidate, "Before sending.txt", RESUME_TEXT.encode(),
                                  query=UPLOAD_WITH_WARNINGS))["data"]["uploadResume"]
    assert before["filename"] == "Before sending.txt"  # not yet sent: renamed
    assert [w["code"] for w in before["warnings"]] == ["ALREADY_UPLOADED"]
    await client.data(APPLY, world.application, world.candidate)

    again = (await upload_resume(client, world.candidate, "Jordan Quill CV 2026.txt", RESUME_TEXT.encode(),
                                 query=UPLOAD_WITH_WARNINGS))["data"]["uploadResume"]
    assert again["filename"] == "Before sending.txt"
    [already, warning] = again["warnings"]
    assert (already["code"], warning["code"]) == ("ALREADY_UPLOADED", "NAME_KEPT_AS_SENT")
    assert "“Before sending.txt”" in warning["message"] and "“Jordan Quill CV 2026.txt”" in warning["message"]

    same_name = (await upload_resume(client, world.candidate, "Before sending.txt", RESUME_TEXT.encode(),
                                     query=UPLOAD_WITH_WARNINGS))["data"]["uploadResume"]
    assert [w["code"] for w in same_name["warnings"]] == ["ALREADY_UPLOADED"]
    mine = (await client.data(MY_RESUMES, token=world.candidate))["me"]["resumes"]["edges"]
    assert [e["node"]["filename"] for e in mine] == ["Before sending.txt"]
