"""A message about a move goes on the channels the person had chosen when the move was made:
the worker sends it a moment later, and turning email off meanwhile must not drop the mail of
moves made while it was on. Moves made after the change are not mailed (the inbox keeps them all).
Over the real app and its queue; the worker is held back by holding the application's
processing lease, as another worker process would."""
from __future__ import annotations

import json

from adapters.embedded.sqlite.application_leases import SqliteApplicationLeases
from adapters.embedded.sqlite.database import Database
from tests.account_helpers import link_token, mailed
from tests.applications_helpers import APPLY, MOVE, ready_to_apply, wait_until
from tests.graphql_client import raw_id

EMAIL_OFF = "mutation { updateNotificationChannels(input: {applicationUpdate: []}) { id } }"
INBOX = "{ me { notifications(first: 20) { edges { node { kind } } } } }"
VERIFY = "mutation($t: String!){ verifyEmail(token: $t) }"


async def _mailed_statuses(app, user_id: str) -> list[str]:
    rows = await app.state.services.notifier.messages_for(user_id)
    return [json.loads(m["data"])["status"] for m in rows if m["kind"] == "application" and m["channel"] == "email"]


async def test_moves_made_before_email_was_turned_off_are_still_mailed_and_later_ones_not(client, app, settings):
    world = await ready_to_apply(client)
    me = (await client.data("{ me { id } }", token=world.candidate))["me"]["id"]
    (verification,) = await mailed(app, me, "Confirm your email address")  # mail goes to a proven address
    assert (await client.data(VERIFY, {"t": link_token(verification)}))["verifyEmail"] is True
    application = (await client.data(APPLY, world.application, world.candidate))["applyToJob"]
    candidate_id, application_id = raw_id(application["candidate"]["id"]), raw_id(application["id"])

    async def receipt_mailed() -> bool:
        return await _mailed_statuses(app, candidate_id) == ["SUBMITTED"]

    await wait_until(receipt_mailed)
    database = Database(settings.database_path)
    await database.open()
    leases = SqliteApplicationLeases(database)
    try:
        # Taken once the worker, done with the submission (mailed just before), lets go of it.
        await wait_until(lambda: leases.acquire(application_id, "held-by-the-test", 60))
        for status in ("SCREENING", "INTERVIEW"):
            await client.data(MOVE, {"id": application["id"], "s": status}, world.employer)
        await client.data(EMAIL_OFF, token=world.candidate)
        await client.data(MOVE, {"id": application["id"], "s": "OFFER"}, world.employer)
        assert await _mailed_statuses(app, candidate_id) == ["SUBMITTED"]  # nothing sent while held
    finally:
        await leases.release(application_id, "held-by-the-test")
        await database.close()

    async def all_in_the_inbox() -> bool:
        edges = (await client.data(INBOX, token=world.candidate))["me"]["notifications"]["edges"]
        return len([e for e in edges if e["node"]["kind"] == "APPLICATION"]) == 4

    await wait_until(all_in_the_inbox, attempts=600)
    assert sorted(await _mailed_statuses(app, candidate_id)) == sorted(["SUBMITTED", "SCREENING", "INTERVIEW"])
