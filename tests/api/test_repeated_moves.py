"""A move sent twice by the person who made it (a double click, a retry after a timeout, a
second tab) succeeds once and answers the repeat with the application as that move left it,
instead of "cannot move to SCREENING" or "someone else changed this application" for a move
that did happen. Another person's same move from a stale `expectedVersion` is still refused: it
is no repeat."""
from __future__ import annotations

import asyncio

from tests.account_helpers import verified
from tests.admin_helpers import admin_token
from tests.applications_helpers import APPLY, MOVE, ready_to_apply, wait_until
from tests.graphql_client import raw_id


async def _applied(client, app=None):
    """`app` given: both addresses proven before applying (the receipt is mailed only to an
    address proven as its candidate applied)."""
    world = await ready_to_apply(client)
    if app is not None:
        await verified(app, world.employer_user, (await client.data("{ me { id } }", token=world.candidate))["me"])
    application = (await client.data(APPLY, world.application, world.candidate))["applyToJob"]
    return world, application


async def test_a_retried_move_answers_with_the_application_it_made(client):
    world, application = await _applied(client)
    move = {"id": application["id"], "s": "SCREENING", "v": 1}
    first = (await client.data(MOVE, move, world.employer))["updateApplicationStatus"]
    again = (await client.data(MOVE, move, world.employer))["updateApplicationStatus"]
    assert again == first and again["version"] == 2
    assert [e["status"] for e in again["history"]] == ["SUBMITTED", "SCREENING"]
    # Without expectedVersion too, while it is still the latest change.
    assert (await client.data(MOVE, {"id": application["id"], "s": "SCREENING"}, world.employer))[
        "updateApplicationStatus"]["version"] == 2


async def test_someone_elses_same_move_is_no_repeat(client, app):
    world, application = await _applied(client)
    await client.data(MOVE, {"id": application["id"], "s": "SCREENING", "v": 1}, world.employer)
    admin, _ = await admin_token(app, client)
    # Sent from the version before that move: someone else moved it first.
    assert await client.error_code(MOVE, {"id": application["id"], "s": "SCREENING", "v": 1}, admin) == "CONFLICT"
    # Without it they ask for a status the application is in: an idempotent success
    # (test_the_same_move_by_two_people.py).
    # Nor is the candidate's move to SCREENING, a status only the hiring team puts it in. (Their
    # SUBMITTED on a submitted application was refused here too; it now succeeds as the
    # schema's idempotent moves say, the submission being the candidate's own move: see
    # test_a_candidates_repeated_submission.py.)
    screened_world, screened = await _applied(client)
    await client.data(MOVE, {"id": screened["id"], "s": "SCREENING"}, screened_world.employer)
    assert await client.error_code(MOVE, {"id": screened["id"], "s": "SCREENING"},
                                   screened_world.candidate) == "BAD_USER_INPUT"


async def test_the_same_move_from_four_tabs_at_once_is_made_once_and_mailed_once(client, app):
    world, application = await _applied(client, app)
    answers = await asyncio.gather(*(
        client.execute(MOVE, {"id": application["id"], "s": "SCREENING", "v": 1}, world.employer) for _ in range(4)))
    assert all(not a.get("errors") for a in answers), answers
    assert {a["data"]["updateApplicationStatus"]["version"] for a in answers} == {2}
    withdrawals = await asyncio.gather(*(
        client.execute(MOVE, {"id": application["id"], "s": "WITHDRAWN"}, world.candidate) for _ in range(3)))
    assert all(not a.get("errors") for a in withdrawals), withdrawals
    history = withdrawals[0]["data"]["updateApplicationStatus"]["history"]
    assert [e["status"] for e in history] == ["SUBMITTED", "SCREENING", "WITHDRAWN"]

    people = {role: raw_id((await client.data("{ me { id } }", token=token))["me"]["id"])
              for role, token in (("candidate", world.candidate), ("employer", world.employer))}

    async def mails(role: str) -> list[str]:
        return [m["subject"] for m in await app.state.services.notifier.messages_for(people[role])
                if m["kind"] == "application"]

    async def withdrawal_mailed() -> bool:  # changes are processed in version order: the last one
        return any("withdrawn" in subject for subject in await mails("employer"))

    await wait_until(withdrawal_mailed)
    candidate_mails = await mails("candidate")  # the receipt of applying and the screening, once each
    assert len(candidate_mails) == 2 and sum("submitted → screening" in s for s in candidate_mails) == 1
    assert len(await mails("employer")) == 2  # the submission and the withdrawal, once each
