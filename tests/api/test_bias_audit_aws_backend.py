"""Self-identification and the audit with --backend aws on the moto server: the answers are
a DynamoDB item of their own, read back by the candidate only and gone with the account."""
from __future__ import annotations

from tests.admin_helpers import admin_token
from tests.api.test_bias_audit_over_http import AUDIT, DELETE, MINE, PASSWORD, SET, _raw, group
from tests.aws_backend import aws_client, aws_settings  # noqa: F401


async def test_self_identification_and_the_audit_on_the_aws_backend(aws_client):
    client, app = aws_client
    admin, _ = await admin_token(app, client)
    candidate, user = await client.candidate()
    await client.data(SET, {"i": {"sex": "MALE", "raceEthnicity": "TWO_OR_MORE_RACES"}}, candidate)
    assert (await client.data(MINE, token=candidate))["mySelfIdentification"] == {
        "sex": "MALE", "raceEthnicity": "TWO_OR_MORE_RACES"}
    assert await client.error_code(AUDIT, {}, candidate) == "FORBIDDEN"
    audit = (await client.data(AUDIT, {"g": 1}, admin))["adminMatchingAudit"]
    assert audit["candidates"] == 0 and group(audit["sex"], sex="MALE")["candidates"] == 0

    store = app.state.services.adapters.admin.demographics
    assert (await store.get(_raw(user["id"]))).race_ethnicity.value == "TWO_OR_MORE_RACES"
    assert (await client.data(DELETE, {"p": PASSWORD}, candidate))["deleteAccount"] is True
    assert await store.get(_raw(user["id"])) is None
