"""Applying with a file in which nothing of a résumé was recognised (its owner is warned
NO_RESUME_CONTENT) is refused saying why and what to send, as applying with an unreadable
one is: the hiring team would otherwise receive a shopping list as the application."""
from __future__ import annotations

from tests.applications_helpers import APPLY, parsed_resume, ready_to_apply

SHOPPING_LIST = "Saturday\n\nmilk, eggs\ntwo loaves of bread\nwashing-up liquid\nbin bags\n"


async def test_a_file_with_nothing_of_a_resume_is_refused_and_the_real_one_is_taken(client):
    ready = await ready_to_apply(client)
    listed = await parsed_resume(client, ready.candidate, SHOPPING_LIST)
    body = await client.execute(APPLY, {"i": {"jobId": ready.job["id"], "resumeId": listed}}, ready.candidate)
    error = body["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT", error
    assert error["extensions"]["reason"] == "NO_RESUME_CONTENT" and error["extensions"]["field"] == "resumeId"
    assert "another resume" in error["message"]
    applied = await client.data(APPLY, ready.application, ready.candidate)
    assert applied["applyToJob"]["status"] == "SUBMITTED"
