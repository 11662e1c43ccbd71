"""Administrators over HTTP: finding accounts, suspending them (every token stops at once),
taking postings down, and requeueing dead work."""
from __future__ import annotations

from tests.admin_helpers import admin_token

ME = "{ me { id } }"
LOGIN = "mutation($e: String!, $p: String!){ login(email: $e, password: $p){ accessToken } }"
REFRESH = "mutation($t: String!){ refreshSession(refreshToken: $t){ accessToken } }"
SUSPEND = "mutation($id: ID!, $r: String){ adminSuspendUser(id: $id, reason: $r){ id email suspended role } }"
REACTIVATE = "mutation($id: ID!){ adminReactivateUser(id: $id){ id suspended } }"
TAKE_DOWN = """mutation($id: ID!, $r: String!){ adminTakeDownJob(id: $id, reason: $r){
  reason takenDownAt job { id status } } }"""
USERS = """query($q: String, $role: Role, $s: Boolean, $first: Int, $after: String){
  adminUsers(query: $q, role: $role, suspended: $s, first: $first, after: $after){
    totalCount pageInfo { hasNextPage endCursor } edges { node { id email name role suspended user { id } } } } }"""
PASSWORD = "correct horse battery staple"


async def test_a_suspended_persons_access_and_refresh_tokens_stop_working_at_once(client, app):
    admin, _ = await admin_token(app, client)
    signed = await client.register("CANDIDATE", email="spammer@example.com")
    token, user_id = signed["accessToken"], signed["user"]["id"]
    assert (await client.data(ME, token=token))["me"]["id"] == user_id

    suspended = (await client.data(SUSPEND, {"id": user_id, "r": "spam"}, admin))["adminSuspendUser"]
    assert suspended == {"id": user_id, "email": "spammer@example.com", "suspended": True, "role": "CANDIDATE"}

    # Whatever the person holds (their valid access token, their refresh token, their password),
    # one answer: FORBIDDEN, HTTP 403, saying the account is suspended and signing in will not help.
    for query, variables, bearer in [(ME, None, token), (REFRESH, {"t": signed["refreshToken"]}, None),
                                     (LOGIN, {"e": "spammer@example.com", "p": PASSWORD}, None)]:
        response = await client.http.post(client.path, json={"query": query, "variables": variables or {}},
                                          headers={"Authorization": f"Bearer {bearer}"} if bearer else {})
        (error,) = response.json()["errors"]
        assert (response.status_code, error["extensions"]) == (403, {"code": "FORBIDDEN", "reason": "ACCOUNT_SUSPENDED"})
        assert "suspended" in error["message"] and "Contact support" in error["message"], error["message"]

    assert (await client.data(REACTIVATE, {"id": user_id}, admin))["adminReactivateUser"]["suspended"] is False
    assert await client.error_code(ME, token=token) == "UNAUTHENTICATED"  # old tokens stay dead
    fresh = (await client.data(LOGIN, {"e": "spammer@example.com", "p": PASSWORD}))["login"]["accessToken"]
    assert (await client.data(ME, token=fresh))["me"]["id"] == user_id


async def test_an_administrator_cannot_suspend_themselves_or_someone_unknown(client, app):
    admin, admin_user = await admin_token(app, client)
    assert await client.error_code(SUSPEND, {"id": admin_user["id"]}, admin) == "BAD_USER_INPUT"
    from resolvers.ids import to_global_id

    assert await client.error_code(SUSPEND, {"id": to_global_id("User", "nobody")}, admin) == "NOT_FOUND"
    assert await client.error_code(SUSPEND, {"id": to_global_id("Job", "x")}, admin) == "BAD_USER_INPUT"
    assert (await client.data(ME, token=admin))["me"]["id"] == admin_user["id"]


async def test_administrators_find_people_by_email_or_name_a_page_at_a_time(client, app):
    admin, _ = await admin_token(app, client)
    for n in range(3):
        await client.register("CANDIDATE", email=f"grace{n}@navy.example", name=f"Grace Hopper {n}")
    await client.register("EMPLOYER", email="someone@else.example", name="Linus")
    first = (await client.data(USERS, {"q": "NAVY", "first": 2}, admin))["adminUsers"]
    assert first["totalCount"] == 3 and first["pageInfo"]["hasNextPage"]
    rest = (await client.data(USERS, {"q": "navy", "first": 2, "after": first["pageInfo"]["endCursor"]}, admin))["adminUsers"]
    emails = {e["node"]["email"] for e in first["edges"] + rest["edges"]}
    assert emails == {"grace0@navy.example", "grace1@navy.example", "grace2@navy.example"}
    by_name = (await client.data(USERS, {"q": "linus"}, admin))["adminUsers"]["edges"]
    assert [(e["node"]["email"], e["node"]["role"]) for e in by_name] == [("someone@else.example", "EMPLOYER")]
    assert by_name[0]["node"]["user"]["id"] == by_name[0]["node"]["id"]
    wildcard = (await client.data(USERS, {"q": "%"}, admin))["adminUsers"]
    assert wildcard["totalCount"] == 0  # LIKE wildcards in the text are matched literally


async def test_administrators_filter_people_by_role_and_suspension(client, app):
    admin, _ = await admin_token(app, client)
    signed = await client.register("CANDIDATE")
    await client.register("CANDIDATE")
    await client.data(SUSPEND, {"id": signed["user"]["id"]}, admin)
    suspended = (await client.data(USERS, {"s": True}, admin))["adminUsers"]
    assert [e["node"]["id"] for e in suspended["edges"]] == [signed["user"]["id"]]
    admins = (await client.data(USERS, {"role": "ADMIN"}, admin))["adminUsers"]
    assert admins["totalCount"] == 1


async def test_a_taken_down_job_is_closed_with_its_reason_and_leaves_search(client, app):
    admin, _ = await admin_token(app, client)
    employer, _ = await client.employer()
    job = await client.post_job(employer, title="Too good to be true")
    down = (await client.data(TAKE_DOWN, {"id": job["id"], "r": "  Misleading salary  "}, admin))["adminTakeDownJob"]
    assert down["reason"] == "Misleading salary"
    assert down["job"] == {"id": job["id"], "status": "CLOSED"}
    seen = await client.data("query($id: ID!){ job(id: $id){ status } }", {"id": job["id"]}, employer)
    assert seen["job"]["status"] == "CLOSED"
    found = await client.data('{ searchJobs(query: "true") { totalCount } }')
    assert found["searchJobs"]["totalCount"] == 0
    stored = await app.state.services.repositories.jobs.get_many([_raw(job["id"])])
    assert stored[0].takedown_reason == "Misleading salary"


async def test_a_takedown_needs_a_reason_and_an_existing_job(client, app):
    admin, _ = await admin_token(app, client)
    employer, _ = await client.employer()
    job = await client.post_job(employer)
    assert await client.error_code(TAKE_DOWN, {"id": job["id"], "r": "   "}, admin) == "BAD_USER_INPUT"
    seen = await client.data("query($id: ID!){ job(id: $id){ status } }", {"id": job["id"]})
    assert seen["job"]["status"] == "OPEN"  # nothing half-done
    from resolvers.ids import to_global_id

    assert await client.error_code(TAKE_DOWN, {"id": to_global_id("Job", "gone"), "r": "spam"}, admin) == "NOT_FOUND"


async def test_dead_letters_are_listed_and_requeued(client, app):
    admin, _ = await admin_token(app, client)
    queue = app.state.services.queue
    item_id = await queue.enqueue("test.never-handled", {"n": 1}, max_attempts=1)
    leased = await queue.lease(["test.never-handled"])
    await queue.bury(leased, "the handler gave up")
    letters = (await client.data("{ adminDeadLetters { id kind payload attempts lastError failedAt } }", token=admin))
    (letter,) = [d for d in letters["adminDeadLetters"] if d["id"] == item_id]
    assert letter["kind"] == "test.never-handled" and letter["payload"] == {"n": 1}
    assert letter["lastError"] == "the handler gave up" and letter["attempts"] == 1
    requeue = 'mutation($id: ID!){ adminRequeueDeadLetter(id: $id) }'
    assert (await client.data(requeue, {"id": item_id}, admin)) == {"adminRequeueDeadLetter": True}
    assert await client.error_code(requeue, {"id": item_id}, admin) == "NOT_FOUND"  # no longer dead
    after = (await client.data("{ adminDeadLetters { id } }", token=admin))["adminDeadLetters"]
    assert item_id not in {d["id"] for d in after}


def _raw(global_id: str) -> str:
    from resolvers.ids import from_global_id

    return from_global_id(global_id)[1]



async def test_dead_match_announcements_are_requeued_by_id_or_all_at_once(client, app):
    import time

    admin, _ = await admin_token(app, client)
    # Records the relay set aside, as it leaves them (adapters/embedded/sqlite/match_announcements.py).
    db = app.state.services.repositories.matches._db
    for record_id in ("m1", "m2", "m3"):
        await db.execute("INSERT INTO match_announcements_dead(id, matches, published, attempts, dead_at)"
                         " VALUES (?, '[]', 0, 20, ?)", (record_id, time.time()))
    requeue = "mutation($ids: [ID!]){ adminRequeueDeadMatchAnnouncements(ids: $ids) }"
    assert await client.error_code(requeue, {"ids": []}, admin) == "BAD_USER_INPUT"
    assert await app.state.services.matching.store.dead_announcements() == 3  # nothing half-done
    answer = await client.data(requeue, {"ids": ["m1", "not-dead"]}, admin)
    assert answer == {"adminRequeueDeadMatchAnnouncements": ["m1"]}
    assert await app.state.services.matching.store.dead_announcements() == 2
    answer = await client.data(requeue, {}, admin)
    assert sorted(answer["adminRequeueDeadMatchAnnouncements"]) == ["m2", "m3"]
    assert (await client.data(requeue, {}, admin)) == {"adminRequeueDeadMatchAnnouncements": []}
    assert "talentgraph_match_announcements_dead 0.0" in (await client.http.get("/metrics")).text


async def test_administrators_find_a_name_however_its_accents_and_case_are_typed(client, app):
    admin, _ = await admin_token(app, client)
    await client.register("CANDIDATE", email="aoife@cork.example", name="Aoife Ní Bhriain")
    await client.register("CANDIDATE", email="zoe@plain.example", name="Zoe Plain")
    for typed in ("ní bhriain", "NÍ BHRIAIN", "ni bhriain", "Aoife Ni"):
        found = (await client.data(USERS, {"q": typed}, admin))["adminUsers"]["edges"]
        assert [e["node"]["email"] for e in found] == ["aoife@cork.example"], typed
    found = (await client.data(USERS, {"q": "Zoë"}, admin))["adminUsers"]["edges"]
    assert [e["node"]["email"] for e in found] == ["zoe@plain.example"]
    assert (await client.data(USERS, {"q": "_"}, admin))["adminUsers"]["totalCount"] == 0
