"""A file in which nothing of a résumé was recognised cannot be marked primary, on both
backends: matches would then come from it alone, and it has nothing to match with, so every
match the candidate's real résumé earned would go. Refused as a failed file is, saying why."""
from __future__ import annotations

from tests.aws_backend import aws_client, aws_settings  # noqa: F401
from tests.resume_choice_helpers import GOOD, SET_PRIMARY, backend, settled, two_jobs, with_resume  # noqa: F401

SHOPPING_LIST = "Saturday\n\nmilk, eggs\ntwo loaves of bread\nwashing-up liquid\nbin bags\n"


async def test_a_file_with_nothing_of_a_resume_is_refused_as_primary_and_matches_stay(backend):  # noqa: F811
    client = backend
    token, _ = await client.candidate()
    backend_job, _ = await two_jobs(client)
    good = await with_resume(client, token, GOOD)
    listed = await with_resume(client, token, SHOPPING_LIST)
    await settled(client, token, lambda m: m.get(backend_job, ("",))[0] == good)

    body = await client.execute(SET_PRIMARY, {"id": listed, "p": True}, token)
    error = body["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT", error
    assert error["extensions"]["reason"] == "NO_RESUME_CONTENT"
    assert "upload" in error["message"].lower()
    assert (await client.data(SET_PRIMARY, {"id": good, "p": True}, token))["setPrimaryResume"]["primary"] is True
    await settled(client, token, lambda m: m.get(backend_job, ("",))[0] == good)
