"""`adminAuditLog(filter: {operation})` names an audited operation (a mutation or an admin
query): a misspelt or empty one is refused saying which are audited, never answered with an
empty log (which reads as "nobody did that") or the whole log."""
from __future__ import annotations

import pytest

from tests.admin_helpers import admin_token, settle

AUDIT = """query($f: AuditLogFilter){ adminAuditLog(filter: $f){ totalCount edges { node { operation } } } }"""


@pytest.mark.parametrize("typed, hint", [
    ("updateApplication", "updateApplicationStatus"),
    ("UpdateJob", "updateJob"),
    ("me", None),
    ("", None),
    ("   ", None),
])
async def test_an_operation_that_is_not_audited_is_refused_naming_the_likely_one(client, app, typed, hint):
    admin, _ = await admin_token(app, client)
    body = (await client.http.post("/graphql", headers={"Authorization": f"Bearer {admin}"},
                                   json={"query": AUDIT, "variables": {"f": {"operation": typed}}})).json()
    (error,) = body["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["extensions"]["argument"] == "filter.operation"
    assert "leave it out" in error["message"]
    if hint:
        assert f"Did you mean {hint}?" in error["message"]


async def test_an_audited_operation_filters_the_log(client, app):
    admin, _ = await admin_token(app, client)
    employer, _ = await client.employer()
    await client.post_job(employer)
    await settle(app)
    log = (await client.data(AUDIT, {"f": {"operation": "postJob"}}, admin))["adminAuditLog"]
    assert log["totalCount"] == 1 and log["edges"][0]["node"]["operation"] == "postJob"
    await settle(app)
    admin_reads = (await client.data(AUDIT, {"f": {"operation": "adminAuditLog"}}, admin))["adminAuditLog"]
    assert admin_reads["totalCount"] >= 1


async def test_an_operation_no_longer_in_the_schema_filters_the_records_kept_of_it(client, app):
    # Records an older release made of a mutation since renamed (the name is invented here).
    from domain.events import OperationPerformed

    admin, _ = await admin_token(app, client)
    for _ in range(2):
        await app.state.services.events.publish(OperationPerformed(operation="renameJobListing", outcome="OK"))
    await settle(app)
    log = (await client.data(AUDIT, {"f": {"operation": "renameJobListing"}}, admin))["adminAuditLog"]
    assert log["totalCount"] == 2
    assert {e["node"]["operation"] for e in log["edges"]} == {"renameJobListing"}

    (typo,) = (await client.execute(AUDIT, {"f": {"operation": "renameJobListin"}}, admin))["errors"]
    assert typo["extensions"]["code"] == "BAD_USER_INPUT" and "Did you mean renameJobListing?" in typo["message"]
    (never,) = (await client.execute(AUDIT, {"f": {"operation": "archiveJobListing"}}, admin))["errors"]
    assert never["extensions"]["argument"] == "filter.operation" and "recorded" in never["message"]
