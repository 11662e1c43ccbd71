"""Quick moves of one application are announced one by one, each naming its own change
(from, to, version, actor, note), in order, over a real subscription and by email to the
other side only (and the candidate's receipt of applying): never four copies of the state the
last move reached."""
from __future__ import annotations

import asyncio
import json
import sqlite3

import httpx

from tests.account_helpers import addresses_proven_in
from tests.applications_helpers import APPLY, MOVE, parsed_resume
from tests.e2e.ws_client import Subscription
from tests.graphql_client import GraphQLClient, raw_id

UPDATES = """subscription { applicationUpdated { id status version
  change { from to version note by { id } } } }"""


def application_emails(gateway, user_id: str) -> list[tuple[str, str, dict]]:
    with sqlite3.connect(gateway.data_dir / "talentgraph.sqlite3") as db:
        found = db.execute(
            "SELECT subject, body_text, data FROM outbox WHERE kind = 'application' AND channel = 'email'"
            " AND user_id = ? ORDER BY rowid", (user_id,)).fetchall()
    return [(subject, text, json.loads(data)) for subject, text, data in found]


async def test_four_quick_moves_give_four_distinct_events_in_order_and_emails_to_the_other_side(gateway):
    async with httpx.AsyncClient(base_url=gateway.url, timeout=30) as http:
        client = GraphQLClient(http)
        candidate, candidate_user = await client.candidate()
        resume = await parsed_resume(client, candidate)
        employer, employer_user = await client.employer()
        job = await client.post_job(employer)
        addresses_proven_in(gateway.data_dir / "talentgraph.sqlite3")  # both are mailed
        async with Subscription(gateway.url, candidate) as theirs, Subscription(gateway.url, employer) as mine:
            for sub in (theirs, mine):
                await sub.subscribe(UPDATES)
            await asyncio.sleep(0.3)  # let the server register both subscriptions
            application = (await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume}}, candidate))["applyToJob"]
            moves = ["SCREENING", "INTERVIEW", "OFFER", "HIRED"]
            for n, status in enumerate(moves):  # back to back, no waiting for the workers
                await client.data(MOVE, {"id": application["id"], "s": status, "n": f"note {n + 1}"}, employer)
            expected = [
                {"id": application["id"], "status": "SUBMITTED", "version": 1, "change": {
                    "from": None, "to": "SUBMITTED", "version": 1, "note": None, "by": {"id": candidate_user["id"]}}},
                *({"id": application["id"], "status": to, "version": n + 2, "change": {
                    "from": before, "to": to, "version": n + 2, "note": f"note {n + 1}",
                    "by": {"id": employer_user["id"]}}}
                  for n, (before, to) in enumerate(zip(["SUBMITTED", *moves], moves))),
            ]
            for sub in (theirs, mine):
                seen = [(await sub.next())["payload"]["data"]["applicationUpdated"] for _ in expected]
                assert seen == expected
                assert await sub.nothing_within(0.5)

    receipt, *to_candidate = application_emails(gateway, raw_id(candidate_user["id"]))
    # The candidate's own submission: its receipt only; then each of the employer's moves.
    assert receipt[2]["version"] == 1 and receipt[0].startswith(f"Your application to {job['title']} at ")
    assert [data["version"] for _, _, data in to_candidate] == [2, 3, 4, 5]
    assert [(data["fromStatus"], data["status"]) for _, _, data in to_candidate] == list(
        zip(["SUBMITTED", *moves], moves))
    assert len({subject for subject, _, _ in to_candidate}) == 4
    assert [data["note"] for _, _, data in to_candidate] == [f"note {n + 1}" for n in range(4)]
    # The employer made the four moves: told only of the candidate's submission.
    assert [data["version"] for _, _, data in application_emails(gateway, raw_id(employer_user["id"]))] == [1]
