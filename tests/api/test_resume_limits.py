"""The per-candidate resume limit is configuration, and a refused upload stores nothing."""
from __future__ import annotations

import pytest

from tests.graphql_client import upload_resume


@pytest.fixture
def settings(settings):
    return settings.model_copy(update={"max_resumes_per_candidate": 2})


async def test_a_candidate_at_the_limit_must_delete_a_resume_before_uploading_another(client, app):
    token, _ = await client.candidate()
    for n in range(2):
        body = await upload_resume(client, token, f"cv{n}.txt", f"Resume number {n}\nPython".encode())
        assert body["data"]["uploadResume"]["status"] == "UPLOADED"
    refused = await upload_resume(client, token, "cv3.txt", b"A third resume\nPython")
    error = refused["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert "You already have 2 resumes: delete one first" in error["message"]
    resumes = await client.data("{ me { resumes { totalCount } } }", token=token)
    assert resumes["me"]["resumes"]["totalCount"] == 2
    blobs = [p for p in app.state.settings.blob_dir.rglob("*") if p.is_file()]
    assert len(blobs) == 2
