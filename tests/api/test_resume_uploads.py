"""Uploading resumes over HTTP: accepted files are parsed in the background; hostile or
broken ones are refused or FAILED with a reason a person can act on, and the server goes on."""
from __future__ import annotations

import pytest

from tests.fixtures.documents import ELF_EXECUTABLE, RESUME_TEXT, blank_png, docx_bomb, docx_bytes, pdf_bytes
from tests.graphql_client import raw_id, upload_resume, wait_for_resume


async def still_answers(client) -> None:
    assert (await client.data("{ __typename }")) == {"__typename": "Query"}


async def test_a_text_resume_is_uploaded_at_once_and_parsed_in_the_background(client):
    token, _ = await client.candidate()
    body = await upload_resume(client, token, "cv.txt", RESUME_TEXT.encode(), "text/plain")
    resume = body["data"]["uploadResume"]
    assert resume["status"] == "UPLOADED" and resume["contentType"] == "text/plain"
    parsed = (await wait_for_resume(client, token, resume["id"]))
    assert parsed["status"] == "PARSED", parsed["failureReason"]
    assert parsed["parsed"]["name"] == "Jordan Quill"
    assert parsed["parsed"]["email"] == "jordan.quill@example.com"
    skills = {s["name"] for s in parsed["parsed"]["skills"]}
    assert {"Python", "PostgreSQL", "Kubernetes", "Docker", "Java"} <= skills
    companies = [e["company"] for e in parsed["parsed"]["experience"]]
    assert companies[:2] == ["Northwind Traders", "Contoso Ltd"]


@pytest.mark.parametrize("maker, filename", [(pdf_bytes, "cv.pdf"), (docx_bytes, "cv.docx")])
async def test_pdf_and_docx_resumes_reach_parsed(client, maker, filename):
    token, _ = await client.candidate()
    resume = (await upload_resume(client, token, filename, maker()))["data"]["uploadResume"]
    parsed = await wait_for_resume(client, token, resume["id"])
    assert parsed["status"] == "PARSED", parsed["failureReason"]
    assert "Python" in {s["name"] for s in parsed["parsed"]["skills"]}


@pytest.mark.parametrize("maker", [docx_bytes, lambda: RESUME_TEXT.encode()], ids=["docx", "text"])
async def test_a_file_named_pdf_is_read_by_what_its_bytes_are(client, maker):
    token, _ = await client.candidate()
    body = await upload_resume(client, token, "cv.pdf", maker(), "application/pdf")
    resume = body["data"]["uploadResume"]
    parsed = await wait_for_resume(client, token, resume["id"])
    assert parsed["status"] == "PARSED", parsed["failureReason"]
    assert parsed["parsed"]["name"] == "Jordan Quill"
    assert "Python" in {s["name"] for s in parsed["parsed"]["skills"]}


async def test_noise_named_pdf_is_refused_at_upload_not_parsed_empty(client):
    # Printable bytes decode as characters in any single-byte code page.
    noise = bytes((i * 7919 % 95) + 0x20 for i in range(4096))
    token, _ = await client.candidate()
    body = await upload_resume(client, token, "cv.pdf", noise, "application/pdf")
    error = body["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert "not a type we can read" in error["message"] and "PDF" in error["message"]
    assert (await client.data("{ me { resumes { totalCount } } }", token=token))["me"]["resumes"]["totalCount"] == 0


async def test_the_same_bytes_uploaded_twice_give_back_the_same_resume(client):
    token, _ = await client.candidate()
    first = (await upload_resume(client, token, "a.txt", RESUME_TEXT.encode()))["data"]["uploadResume"]
    second = (await upload_resume(client, token, "b.txt", RESUME_TEXT.encode()))["data"]["uploadResume"]
    assert first["id"] == second["id"]
    resumes = await client.data("{ me { resumes { totalCount } } }", token=token)
    assert resumes["me"]["resumes"]["totalCount"] == 1


@pytest.mark.parametrize(
    "filename, data, fragment",
    [
        ("empty.pdf", b"", "The file is empty"),
        ("huge.pdf", b"%PDF-1.7\n" + b"0" * (11 * 1024 * 1024), "over the limit"),
        ("tool.pdf", ELF_EXECUTABLE, "not a type we can read"),
        # Text it is, but with nothing written: the type is not what is wrong.
        ("cv.txt", b"  \r\n\t\n   \n", "nothing written in it"),
        ("cv.txt", "\ufeff \u3000\n".encode(), "nothing written in it"),
    ],
)
async def test_refused_uploads_name_the_accepted_types_and_store_nothing(client, app, filename, data, fragment):
    token, _ = await client.candidate()
    body = await upload_resume(client, token, filename, data, "application/pdf")
    error = body["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert fragment in error["message"] and "PDF" in error["message"] and "10 MiB" in error["message"]
    blob_dir = app.state.settings.blob_dir
    assert not blob_dir.exists() or not any(p.is_file() for p in blob_dir.rglob("*"))
    assert (await client.data("{ me { resumes { totalCount } } }", token=token))["me"]["resumes"]["totalCount"] == 0
    await still_answers(client)


@pytest.mark.parametrize("mebibytes, said", [(10.05, "10.1 MiB"), (10.5, "10.5 MiB"), (11.0, "11 MiB"), (11.9, "11.9 MiB")])
async def test_an_oversize_resume_is_told_its_own_size(client, mebibytes, said):
    token, _ = await client.candidate()
    data = b"%PDF-1.7\n" + b"0" * (int(mebibytes * 1024 * 1024) - 9)
    message = (await upload_resume(client, token, "big.pdf", data, "application/pdf"))["errors"][0]["message"]
    assert message.startswith(f"The file is {said}, over the limit."), message


async def test_a_request_over_the_body_limit_is_told_the_resume_limit_and_formats_with_413(client, settings):
    token, _ = await client.candidate()
    response = await client.http.post(
        client.path,
        data={"operations": '{"query": "mutation($f: Upload!){ uploadResume(file: $f){ id } }", "variables": {"f": null}}',
              "map": '{"0": ["variables.f"]}'},
        files={"0": ("cv.pdf", b"%PDF-1.7\n" + b"0" * (20 * 1000 * 1000), "application/pdf")},
        headers={"Authorization": f"Bearer {token}", "Apollo-Require-Preflight": "true"},
    )
    assert response.status_code == 413
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert "10 MiB" in error["message"] and "PDF" in error["message"] and "Word (DOCX)" in error["message"]
    assert str(settings.max_body_bytes) not in error["message"]


@pytest.mark.parametrize(
    "filename, make, fragment",
    [
        ("locked.pdf", lambda: pdf_bytes(encrypt="secret"), "encrypted"),
        ("broken.pdf", lambda: pdf_bytes()[:400], "damaged"),
        ("bomb.docx", docx_bomb, "unpack"),
        ("long.pdf", lambda: pdf_bytes(pages=500), "500 pages"),
        ("blank.png", blank_png, "No text"),
    ],
)
async def test_hostile_or_broken_documents_end_failed_with_a_reason(client, filename, make, fragment):
    token, _ = await client.candidate()
    resume = (await upload_resume(client, token, filename, make()))["data"]["uploadResume"]
    processed = await wait_for_resume(client, token, resume["id"])
    assert processed["status"] == "FAILED"
    assert fragment.lower() in processed["failureReason"].lower(), processed["failureReason"]
    await still_answers(client)


async def test_only_candidates_upload_and_only_owners_delete(client, app):
    employer, _ = await client.employer()
    body = await upload_resume(client, employer, "cv.txt", RESUME_TEXT.encode())
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    owner, _ = await client.candidate()
    other, _ = await client.candidate()
    resume = (await upload_resume(client, owner, "cv.txt", RESUME_TEXT.encode()))["data"]["uploadResume"]
    await wait_for_resume(client, owner, resume["id"])
    # the words of the résumé are kept for matching until it is deleted
    assert (await app.state.services.adapters.matching.embeddings.get_many("resume.terms", [raw_id(resume["id"])]))[0]
    delete = "mutation($id: ID!){ deleteResume(id: $id) }"
    assert await client.error_code(delete, {"id": resume["id"]}, other) == "NOT_FOUND"  # as an unknown id
    assert (await client.data(delete, {"id": resume["id"]}, owner)) == {"deleteResume": True}
    assert (await client.data("{ me { resumes { totalCount } } }", token=owner))["me"]["resumes"]["totalCount"] == 0
    blob_dir = app.state.settings.blob_dir
    assert not any(p.is_file() for p in blob_dir.rglob("*"))
    matching = app.state.services.adapters.matching
    stored_id = raw_id(resume["id"])
    assert await matching.resume_index.count() == 0
    assert await matching.embeddings.get_many("resume", [stored_id]) == [None]
    for derived in ("resume.terms", "resume.lexical_neighbours", "resume.neighbours"):
        assert await matching.embeddings.get_many(derived, [stored_id]) == [None]
    assert await app.state.services.repositories.resumes.get_many([stored_id]) == [None]
