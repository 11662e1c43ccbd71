"""Self-identification and the bias audit over HTTP: a candidate answers, reads back and
withdraws; nobody else reads one person's answers; administrators see aggregates only,
others are refused; deleting the account deletes the answers."""
from __future__ import annotations

import json
import sqlite3

from tests.admin_helpers import admin_token
from tests.applications_helpers import parsed_resume, wait_until
from tests.fixtures.documents import RESUME_TEXT

SET = """mutation($i: SelfIdentificationInput!){ setSelfIdentification(input: $i){ sex raceEthnicity updatedAt } }"""
MINE = "{ mySelfIdentification { sex raceEthnicity } }"
WITHDRAW = "mutation { withdrawSelfIdentification }"
DELETE = "mutation($p: String!){ deleteAccount(password: $p) }"
PASSWORD = "correct horse battery staple"
AUDIT = """query($g: Int){ adminMatchingAudit(minGroupSize: $g){ since until topN minimumGroupSize candidates selected
  medianScore
  sex { dimension declined notReported flaggedGroups groups { sex raceEthnicity candidates belowMinimumSize selected
    selectionRate selectionImpactRatio scoringRate scoringImpactRatio selectionFlagged scoringFlagged } }
  raceEthnicity { declined notReported groups { raceEthnicity candidates belowMinimumSize selectionRate } }
  intersections { declined notReported groups { sex raceEthnicity candidates } } } }"""
MY_MATCHES = "{ me { matches(first: 5) { totalCount } } }"


def group(table: dict, **wanted) -> dict:
    return next(g for g in table["groups"] if all(g[k] == v for k, v in wanted.items()))


async def test_self_identification_is_the_candidates_alone_and_the_audit_shows_only_aggregates(client, app, settings):
    admin, _ = await admin_token(app, client)
    employer, _ = await client.employer()
    await client.post_job(employer, title="Senior Backend Engineer", seniority="SENIOR",
                          description="Python services on PostgreSQL and Kubernetes; Docker; AWS.",
                          requiredSkills=["Python", "PostgreSQL", "Kubernetes"])
    answering, answering_user = await client.candidate()
    declining, declining_user = await client.candidate()

    answered = (await client.data(SET, {"i": {"sex": "FEMALE", "raceEthnicity": "ASIAN"}}, answering))
    assert answered["setSelfIdentification"]["sex"] == "FEMALE"
    assert (await client.data(MINE, token=answering))["mySelfIdentification"] == {"sex": "FEMALE", "raceEthnicity": "ASIAN"}
    declined = {"sex": "DECLINE_TO_STATE", "raceEthnicity": "DECLINE_TO_STATE"}
    await client.data(SET, {"i": declined}, declining)
    assert (await client.data(MINE, token=declining))["mySelfIdentification"] == declined

    # Nobody but the candidate reads the answers one person at a time: not employers, not admins,
    # and there is no field for it on User.
    for other in (employer, admin):
        assert await client.error_code(MINE, token=other) == "FORBIDDEN"
        assert await client.error_code(SET, {"i": {"sex": "MALE"}}, other) == "FORBIDDEN"
    refused = await client.execute("query($id: ID!){ adminUser(id: $id){ selfIdentification { sex } } }",
                                   {"id": answering_user["id"]}, admin)
    assert refused["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"  # no such field
    assert "selfIdentification" in refused["errors"][0]["message"]

    # Non-administrators are refused the audit.
    for caller in (answering, employer):
        assert await client.error_code(AUDIT, {}, caller) == "FORBIDDEN"

    for token in (answering, declining):
        await parsed_resume(client, token, RESUME_TEXT)

    async def both_matched() -> bool:
        counts = [(await client.data(MY_MATCHES, token=t))["me"]["matches"]["totalCount"] for t in (answering, declining)]
        return all(counts)

    await wait_until(both_matched, attempts=600)
    body = await client.execute(AUDIT, {"g": 1}, admin)
    assert "errors" not in body, body
    audit = body["data"]["adminMatchingAudit"]
    assert (audit["candidates"], audit["topN"], audit["minimumGroupSize"]) == (2, 10, 1)
    assert audit["selected"] == 2 and audit["sex"]["dimension"] == "SEX"
    women = group(audit["sex"], sex="FEMALE")
    assert women["candidates"] == 1 and not women["belowMinimumSize"] and women["selectionRate"] == 1.0
    assert women["selectionImpactRatio"] == 1.0 and not women["selectionFlagged"]
    assert (audit["sex"]["declined"], audit["sex"]["notReported"]) == (1, 0)
    assert group(audit["raceEthnicity"], raceEthnicity="ASIAN")["candidates"] == 1
    assert group(audit["intersections"], sex="FEMALE", raceEthnicity="ASIAN")["candidates"] == 1
    # Aggregates only: no person's id is anywhere in the answer.
    text = json.dumps(body)
    for person in (answering_user, declining_user):
        assert person["id"] not in text and _raw(person["id"]) not in text

    # With the default minimum (30), a group of one is a count and a flag, never a rate.
    default = (await client.data(AUDIT, {}, admin))["adminMatchingAudit"]
    women = group(default["sex"], sex="FEMALE")
    assert (women["candidates"], women["belowMinimumSize"], women["selectionRate"], women["selectionImpactRatio"]) == \
        (1, True, None, None)

    # Withdrawing forgets the answers; answering again is possible.
    assert (await client.data(WITHDRAW, token=declining))["withdrawSelfIdentification"] is True
    assert (await client.data(MINE, token=declining))["mySelfIdentification"] is None
    assert (await client.data(WITHDRAW, token=declining))["withdrawSelfIdentification"] is False
    after = (await client.data(AUDIT, {"g": 1}, admin))["adminMatchingAudit"]
    assert (after["sex"]["declined"], after["sex"]["notReported"]) == (0, 1)

    # Deleting the account deletes the answers (and the person leaves the audit with their matches).
    assert (await client.data(DELETE, {"p": PASSWORD}, answering))["deleteAccount"] is True
    with sqlite3.connect(settings.database_path) as db:
        left = db.execute("SELECT COUNT(*) FROM self_identifications WHERE user_id = ?",
                          (_raw(answering_user["id"]),)).fetchone()[0]
    assert left == 0
    final = (await client.data(AUDIT, {"g": 1}, admin))["adminMatchingAudit"]
    assert final["candidates"] == 1 and group(final["sex"], sex="FEMALE")["candidates"] == 0


def _raw(global_id: str) -> str:
    from tests.graphql_client import raw_id

    return raw_id(global_id)


def reachable(root, limit: int = 8) -> list:
    """Every object reachable from root through attributes and containers."""
    seen, found, frontier = set(), [], [root]
    for _ in range(limit):
        following = []
        for obj in frontier:
            if id(obj) in seen or isinstance(obj, (str, bytes, int, float, bool, type(None))):
                continue
            seen.add(id(obj))
            found.append(obj)
            if isinstance(obj, dict):
                following += list(obj.values())
            elif isinstance(obj, (list, tuple, set, frozenset)):
                following += list(obj)
            elif hasattr(obj, "__dict__") and not isinstance(obj, type):
                following += list(vars(obj).values())
        frontier = following
    return found


async def test_the_running_matching_service_holds_no_path_to_the_demographics(app):
    from adapters.embedded.sqlite.demographics import SqliteDemographicsStore

    services = app.state.services
    store = services.adapters.admin.demographics
    assert isinstance(store.wrapped, SqliteDemographicsStore)  # the counting wrapper's target
    assert any(isinstance(o, SqliteDemographicsStore) for o in reachable(services.bias_audit))  # the walk finds it
    matching = reachable(services.matching)
    assert len(matching) > 20
    assert not any(o is store or isinstance(o, SqliteDemographicsStore) for o in matching)


async def test_unusable_audit_arguments_and_unknown_categories_are_bad_input(client, app):
    admin, _ = await admin_token(app, client)
    candidate, _ = await client.candidate()
    cases = [
        ("query { adminMatchingAudit(topN: 0) { candidates } }", "topN"),
        ("query { adminMatchingAudit(minGroupSize: 0) { candidates } }", "minGroupSize"),
        ('query { adminMatchingAudit(window: {since: "2026-02-01T00:00:00Z", until: "2026-01-01T00:00:00Z"})'
         " { candidates } }", "since"),
    ]
    for document, argument in cases:
        body = await client.execute(document, {}, admin)
        assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT", body
        assert argument in body["errors"][0]["message"] and body.get("data") is None
    body = await client.execute(SET, {"i": {"sex": "UNSURE"}}, candidate)
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert (await client.data(MINE, token=candidate))["mySelfIdentification"] is None  # nothing half-written
