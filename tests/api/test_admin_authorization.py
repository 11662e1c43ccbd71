"""Every admin field refuses everyone but administrators: FORBIDDEN for people signed in with
another role, UNAUTHENTICATED for anonymous callers. The table must name every admin field."""
from __future__ import annotations

import pytest

from resolvers.ids import to_global_id
from tests.admin_helpers import admin_token

USER_ID = to_global_id("User", "someone")
JOB_ID = to_global_id("Job", "something")
ORGANIZATION_ID = to_global_id("Organization", "somewhere")

ADMIN_FIELDS = {
    "adminUsers": ('query { adminUsers(query: "a") { totalCount edges { node { email suspended } } } }', {}),
    "adminUser": ("query($id: ID!) { adminUser(id: $id) { email suspended } }", {"id": USER_ID}),
    "adminPlatformStats": (
        "query { adminPlatformStats { usersByRole { role count } jobs { posted } funnel { stage reached } } }", {}
    ),
    "adminAuditLog": ("query { adminAuditLog(first: 5) { totalCount edges { node { operation outcome } } } }", {}),
    "adminDeadLetters": ("query { adminDeadLetters { id kind attempts lastError } }", {}),
    "adminSuspendUser": ("mutation($id: ID!) { adminSuspendUser(id: $id, reason: \"x\") { suspended } }", {"id": USER_ID}),
    "adminReactivateUser": ("mutation($id: ID!) { adminReactivateUser(id: $id) { suspended } }", {"id": USER_ID}),
    "adminUnlinkIdentity": (
        "mutation($id: ID!) { adminUnlinkIdentity(id: $id) { unlinkedIdentity user { id } } }", {"id": USER_ID}
    ),
    "adminTakeDownJob": (
        "mutation($id: ID!) { adminTakeDownJob(id: $id, reason: \"spam\") { reason job { status } } }", {"id": JOB_ID}
    ),
    "adminVerifyOrganization": (
        "mutation($id: ID!) { adminVerifyOrganization(id: $id, verified: true) { verified } }", {"id": ORGANIZATION_ID}
    ),
    "adminRequeueDeadLetter": ('mutation { adminRequeueDeadLetter(id: "dead-1") }', {}),
    "adminRequeueDeadMatchAnnouncements": ("mutation { adminRequeueDeadMatchAnnouncements }", {}),
    "adminDeadMatchAnnouncements": ("query { adminDeadMatchAnnouncements { items { id } hasNextPage } }", {}),
    "adminMatchingAudit": ("query { adminMatchingAudit { candidates sex { groups { candidates } } } }", {}),
}


def test_the_table_names_every_admin_field_in_the_schema():
    from resolvers.core_schema import graphql_core_schema
    from resolvers.schema import schema

    graphql_schema = graphql_core_schema(schema)
    served = {
        name
        for root in (graphql_schema.query_type, graphql_schema.mutation_type)
        for name in root.fields
        if name.startswith("admin")
    }
    assert served == set(ADMIN_FIELDS)


@pytest.mark.parametrize("field", sorted(ADMIN_FIELDS))
@pytest.mark.parametrize("caller, code", [("candidate", "FORBIDDEN"), ("employer", "FORBIDDEN"), (None, "UNAUTHENTICATED")])
async def test_an_admin_field_refuses_whoever_is_not_an_administrator(client, field, caller, code):
    document, variables = ADMIN_FIELDS[field]
    token = None
    if caller == "candidate":
        token, _ = await client.candidate()
    elif caller == "employer":
        token, _ = await client.employer()
    body = await client.execute(document, variables, token)
    assert body["errors"][0]["extensions"]["code"] == code, body
    assert body["errors"][0]["path"] == [field]
    assert (body.get("data") or {}).get(field) is None


async def test_the_same_fields_answer_an_administrator(client, app):
    token, _ = await admin_token(app, client)
    for field in ("adminUsers", "adminPlatformStats", "adminAuditLog", "adminDeadLetters", "adminMatchingAudit"):
        document, variables = ADMIN_FIELDS[field]
        body = await client.execute(document, variables, token)
        assert "errors" not in body, body
        assert body["data"][field] is not None
