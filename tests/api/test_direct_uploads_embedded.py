"""On the embedded backend direct uploads are not offered: the answer says what to use."""
from __future__ import annotations


async def test_requesting_a_direct_upload_on_the_embedded_backend_points_to_multipart(client):
    token, _ = await client.candidate()
    body = await client.execute("mutation{ requestResumeUpload{ url } }", token=token)
    error = body["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert "uploadResume" in error["message"]
