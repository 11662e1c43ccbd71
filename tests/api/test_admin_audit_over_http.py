"""The audit trail over HTTP: every mutation and every admin field leaves one record, with its
outcome, and administrators query it by actor, operation, outcome and time, page by page."""
from __future__ import annotations

from domain.analytics import AuditFilter
from tests.admin_helpers import admin_token, settle

AUDIT = """query($f: AuditLogFilter, $first: Int, $after: String){ adminAuditLog(filter: $f, first: $first, after: $after){
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id at operation outcome actorId actorRole targetIds requestId clientIp actor { id } } } } }"""
LOGIN = "mutation($e: String!, $p: String!){ login(email: $e, password: $p){ accessToken } }"


async def audit(client, token, **variables) -> dict:
    return (await client.data(AUDIT, variables, token))["adminAuditLog"]


async def test_mutations_are_audited_once_with_actor_targets_and_outcome(client, app):
    admin, admin_user = await admin_token(app, client)
    employer, employer_user = await client.employer()
    body = await client.http.post(
        "/graphql", headers={"Authorization": f"Bearer {employer}", "X-Request-Id": "req-post-1"},
        json={"query": 'mutation { postJob(input: {title: "SRE", description: "Keep it up."}) { id } }'},
    )
    job_id = body.json()["data"]["postJob"]["id"]
    candidate, candidate_user = await client.candidate()
    refused = 'mutation { postJob(input: {title: "Nope", description: "Candidates cannot post."}) { id } }'
    assert await client.error_code(refused, token=candidate) == "FORBIDDEN"
    await client.data("{ me { id } }", token=employer)  # queries outside admin* are not audited
    await settle(app)

    posts = await audit(client, admin, f={"operation": "postJob"})
    assert posts["totalCount"] == 2
    forbidden, ok = [e["node"] for e in posts["edges"]]
    assert (ok["outcome"], ok["actorId"], ok["actorRole"], ok["targetIds"]) == ("OK", employer_user["id"], "EMPLOYER", [job_id])
    assert (ok["requestId"], ok["clientIp"], ok["actor"]) == ("req-post-1", "127.0.0.1", {"id": employer_user["id"]})
    assert (forbidden["outcome"], forbidden["actorId"], forbidden["targetIds"]) == ("FORBIDDEN", candidate_user["id"], [])
    everything = await audit(client, admin, first=100)
    assert "me" not in {e["node"]["operation"] for e in everything["edges"]}


async def test_sign_ins_are_audited_without_their_secrets(client, app):
    admin, _ = await admin_token(app, client)
    signed = await client.register("CANDIDATE", email="who@example.com")
    assert await client.error_code(LOGIN, {"e": "who@example.com", "p": "wrong password!"}) == "UNAUTHENTICATED"
    await settle(app)
    logins = (await audit(client, admin, f={"operation": "login", "outcome": "UNAUTHENTICATED"}))["edges"]
    assert len(logins) == 1 and logins[0]["node"]["actorId"] is None and logins[0]["node"]["targetIds"] == []
    registered = (await audit(client, admin, f={"operation": "register"}))["edges"]
    assert [e["node"]["targetIds"] for e in registered] == [[signed["user"]["id"]]]
    stored = await app.state.services.analytics.audit_log(AuditFilter(), 100, None)
    assert not any("wrong password" in str(record.model_dump()) for record in stored.items)


async def test_admin_actions_are_audited_including_reading_the_audit_log(client, app):
    admin, admin_user = await admin_token(app, client)
    employer, employer_user = await client.employer()
    suspend = "mutation($id: ID!){ adminSuspendUser(id: $id){ suspended } }"
    await client.data(suspend, {"id": employer_user["id"]}, admin)
    await client.data("{ adminPlatformStats { jobs { posted } } }", token=admin)
    await client.data(AUDIT, {}, admin)
    await settle(app)
    mine = await audit(client, admin, f={"actorId": admin_user["id"]})
    operations = [e["node"]["operation"] for e in mine["edges"]]
    # A read is recorded once it is done, so this one is not in its own answer yet.
    assert operations == ["adminAuditLog", "adminPlatformStats", "adminSuspendUser", "login"]
    suspended = mine["edges"][2]["node"]
    assert suspended["targetIds"] == [employer_user["id"]] and suspended["outcome"] == "OK"


async def test_the_audit_log_pages_newest_first_and_filters_by_time(client, app):
    admin, _ = await admin_token(app, client)
    for _ in range(4):
        await client.candidate()
    await settle(app)
    seen, after, pages = [], None, 0
    while True:
        page = await audit(client, admin, f={"operation": "register"}, first=3, after=after)
        seen += [e["node"] for e in page["edges"]]
        pages += 1
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
        await settle(app)  # each read is itself audited: later pages must not shift
    assert pages == 2 and len(seen) == 4 and len({r["id"] for r in seen}) == 4
    assert [r["at"] for r in seen] == sorted((r["at"] for r in seen), reverse=True)
    middle = seen[1]["at"]
    older = await audit(client, admin, f={"operation": "register", "until": middle})
    assert [e["node"]["id"] for e in older["edges"]] == [r["id"] for r in seen[2:]]
    newer = await audit(client, admin, f={"operation": "register", "since": middle})
    assert [e["node"]["id"] for e in newer["edges"]] == [r["id"] for r in seen[:2]]


async def test_bad_audit_queries_are_refused_with_a_reason(client, app):
    admin, _ = await admin_token(app, client)
    assert await client.error_code(AUDIT, {"after": "not-a-cursor"}, admin) == "BAD_USER_INPUT"
    assert await client.error_code(AUDIT, {"first": 1000}, admin) == "BAD_USER_INPUT"
    window = {"since": "2024-02-01T00:00:00Z", "until": "2024-01-01T00:00:00Z"}
    assert await client.error_code(AUDIT, {"f": window}, admin) == "BAD_USER_INPUT"
    assert await client.error_code(AUDIT, {"f": {"actorId": "bm90LWFuLWlk"}}, admin) == "BAD_USER_INPUT"


def test_no_mutation_can_change_or_delete_audit_records():
    from resolvers.core_schema import graphql_core_schema
    from resolvers.schema import schema

    mutations = graphql_core_schema(schema).mutation_type.fields
    assert [name for name in mutations if "audit" in name.lower()] == []


async def test_an_outcome_that_no_operation_can_end_with_is_refused_naming_the_ones_that_can(client, app):
    admin, _ = await admin_token(app, client)
    body = await client.execute(AUDIT, {"f": {"outcome": "weird"}}, admin)
    (error,) = body["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert "OK" in error["message"] and "FORBIDDEN" in error["message"] and "weird" in error["message"]
    assert (await audit(client, admin, f={"outcome": "FORBIDDEN"}))["totalCount"] == 0
