"""A hiring team may take a rejection back (docs/architecture.md, "Taking a rejection back"): a
REJECTED application moves to the stage it was rejected at or an earlier one, recorded in its
history as any move is, its candidate told as of any move; not past that stage, not by the
candidate, not by another organization's recruiter. Two recruiters taking it back at once make
one move. Both backends for the move itself."""
from __future__ import annotations

import asyncio

from tests.admin_helpers import admin_token
from tests.applications_helpers import APPLY, MOVE, ready_to_apply, wait_until
from tests.resume_choice_helpers import backend  # noqa: F401 (a fixture: the embedded or the AWS gateway)
from tests.served_backends import aws_client, aws_settings  # noqa: F401

INBOX = "{ me { notifications(first: 20) { edges { node { kind subject text applicationId } } } } }"


async def _rejected_at_interview(client):
    world = await ready_to_apply(client, title="Ward Clerk")
    application = (await client.data(APPLY, world.application, world.candidate))["applyToJob"]
    for version, status in enumerate(("SCREENING", "INTERVIEW", "REJECTED"), start=1):
        await client.data(MOVE, {"id": application["id"], "s": status, "v": version}, world.employer)
    return world, application["id"]


async def _news_of(client, token: str, application_id: str, fragment: str) -> dict:
    found: list[dict] = []

    async def arrived() -> bool:
        edges = (await client.data(INBOX, token=token))["me"]["notifications"]["edges"]
        found[:] = [e["node"] for e in edges
                    if e["node"]["applicationId"] == application_id and fragment in e["node"]["subject"]]
        return bool(found)

    await wait_until(arrived, attempts=600)
    return found[0]


async def test_the_team_takes_a_rejection_back_to_the_stage_it_was_made_at(backend):
    client = backend
    world, application = await _rejected_at_interview(client)
    back = (await client.data(MOVE, {"id": application, "s": "INTERVIEW", "n": "Rejected by mistake", "v": 4},
                              world.employer))["updateApplicationStatus"]
    assert (back["status"], back["version"]) == ("INTERVIEW", 5)
    assert [e["status"] for e in back["history"]] == ["SUBMITTED", "SCREENING", "INTERVIEW", "REJECTED", "INTERVIEW"]
    assert back["history"][-1] == {"status": "INTERVIEW", "note": "Rejected by mistake",
                                   "by": {"id": world.employer_user["id"]}}

    news = await _news_of(client, world.candidate, application, "rejected → interview")
    assert news["subject"] == "Your application for Ward Clerk: rejected → interview"
    assert "back" in news["text"] and "Rejected by mistake" in news["text"]
    # Back in the pipeline, it moves on as any application there does.
    on = (await client.data(MOVE, {"id": application, "s": "OFFER", "v": 5}, world.employer))["updateApplicationStatus"]
    assert on["status"] == "OFFER"


async def test_an_earlier_stage_is_allowed_and_a_later_one_refused_with_the_ones_allowed(client):
    world, application = await _rejected_at_interview(client)
    error = (await client.execute(MOVE, {"id": application, "s": "OFFER"}, world.employer))["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["extensions"]["allowedStatuses"] == ["SUBMITTED", "SCREENING", "INTERVIEW"]
    assert "REJECTED" in error["message"] and "OFFER" in error["message"]
    back = (await client.data(MOVE, {"id": application, "s": "SCREENING"}, world.employer))["updateApplicationStatus"]
    assert back["status"] == "SCREENING"


async def test_the_candidate_cannot_take_back_their_rejection(client):
    world, application = await _rejected_at_interview(client)
    error = (await client.execute(MOVE, {"id": application, "s": "INTERVIEW"}, world.candidate))["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["extensions"]["allowedStatuses"] == []
    other, _ = await client.employer()
    assert await client.error_code(MOVE, {"id": application, "s": "INTERVIEW"}, other) == "NOT_FOUND"


async def test_two_recruiters_taking_a_rejection_back_at_once_make_one_move(client, app):
    world, application = await _rejected_at_interview(client)
    admin, _ = await admin_token(app, client)
    answers = await asyncio.gather(
        client.execute(MOVE, {"id": application, "s": "INTERVIEW"}, world.employer),
        client.execute(MOVE, {"id": application, "s": "INTERVIEW"}, admin),
    )
    assert all(not answer.get("errors") for answer in answers), answers
    assert {answer["data"]["updateApplicationStatus"]["version"] for answer in answers} == {5}
    history = answers[0]["data"]["updateApplicationStatus"]["history"]
    assert [e["status"] for e in history][-2:] == ["REJECTED", "INTERVIEW"] and len(history) == 5
