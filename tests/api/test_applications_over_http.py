"""Applying and the hiring pipeline, end to end over HTTP with the queue workers running."""
from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest

from tests.account_helpers import verified
from tests.applications_helpers import APPLY, MOVE, parsed_resume, wait_until
from tests.fakes.notifier import FlakyNotifier
from tests.graphql_client import raw_id

QUEUE_MAX_ATTEMPTS = 3  # the settings fixture keeps the default


@pytest.fixture
async def world(client):
    candidate, candidate_user = await client.candidate()
    resume_id = await parsed_resume(client, candidate)
    employer, employer_user = await client.employer()
    job = await client.post_job(employer, title="Backend Engineer")
    return {"candidate": candidate, "candidate_user": candidate_user, "resume": resume_id,
            "employer": employer, "employer_user": employer_user, "job": job}


async def apply(client, world, **extra):
    payload = {"jobId": world["job"]["id"], "resumeId": world["resume"], **extra}
    return await client.execute(APPLY, {"i": payload}, world["candidate"])


async def test_an_application_is_stored_queued_and_notifies_the_organization_and_receipts_the_candidate(client, app, world):
    await verified(app, world["candidate_user"], world["employer_user"])  # mailed once proven
    body = await apply(client, world, coverLetter="I would love to.")
    application = body["data"]["applyToJob"]
    assert application["status"] == "SUBMITTED" and application["version"] == 1
    assert application["history"] == [{"status": "SUBMITTED", "note": None, "by": {"id": world["candidate_user"]["id"]}}]
    outbox = app.state.services.notifier

    async def organization_notified() -> bool:
        return all([await application_messages(outbox, world[who]) for who in ("employer_user", "candidate_user")])

    await wait_until(organization_notified)
    (message,) = await application_messages(outbox, world["employer_user"])
    assert "Backend Engineer" in message["subject"] and message["kind"] == "application"
    # The candidate made this change, and gets a receipt of it (of their later moves, nothing).
    (receipt,) = await application_messages(outbox, world["candidate_user"])
    assert receipt["subject"].startswith("Your application to Backend Engineer at ")
    assert receipt["subject"].endswith(" was received")


async def application_messages(outbox, user: dict) -> list[dict]:
    """The outbox rows about applications (registration also mails a verification link)."""
    return [m for m in await outbox.messages_for(raw_id(user["id"])) if m["kind"] == "application"]


async def test_applying_twice_is_a_conflict_naming_the_existing_application(client, world):
    first = (await apply(client, world))["data"]["applyToJob"]
    second = await apply(client, world)
    error = second["errors"][0]
    assert error["extensions"]["code"] == "CONFLICT"
    # the application's global ID, the one node(id:) takes
    assert error["extensions"]["existingApplicationId"] == first["id"]
    node = await client.execute("query($id: ID!){ node(id: $id){ id } }", {"id": error["extensions"]["existingApplicationId"]},
                                world["candidate"])
    assert node["data"]["node"]["id"] == first["id"]


async def test_concurrent_double_applies_create_exactly_one_application(client, world):
    results = await asyncio.gather(*[apply(client, world) for _ in range(5)])
    successes = [r for r in results if r.get("data") and r["data"].get("applyToJob")]
    conflicts = [r for r in results if r.get("errors")]
    assert len(successes) == 1
    assert {c["errors"][0]["extensions"]["code"] for c in conflicts} == {"CONFLICT"}
    mine = await client.data("{ me { applications { totalCount } } }", token=world["candidate"])
    assert mine["me"]["applications"]["totalCount"] == 1


async def test_a_closed_job_or_someone_elses_resume_cannot_be_applied_with(client, world):
    other, _ = await client.candidate()
    body = await client.execute(APPLY, {"i": {"jobId": world["job"]["id"], "resumeId": world["resume"]}}, other)
    assert body["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    await client.data("mutation($id: ID!){ closeJob(id: $id){ id } }", {"id": world["job"]["id"]}, world["employer"])
    body = await apply(client, world)
    assert body["errors"][0]["extensions"]["code"] == "CONFLICT"  # the job's state, as for changing it
    assert "closed" in body["errors"][0]["message"]


FORWARD = ["SCREENING", "INTERVIEW", "OFFER", "HIRED"]


async def test_the_employer_moves_an_application_forward_and_each_move_is_in_the_history(client, world):
    application = (await apply(client, world))["data"]["applyToJob"]
    for status in FORWARD:
        moved = (await client.data(MOVE, {"id": application["id"], "s": status, "n": f"to {status}"}, world["employer"]))
    history = moved["updateApplicationStatus"]["history"]
    assert [h["status"] for h in history] == ["SUBMITTED", *FORWARD]
    assert history[-1]["note"] == "to HIRED" and history[-1]["by"]["id"] == world["employer_user"]["id"]
    assert moved["updateApplicationStatus"]["version"] == 5


@pytest.mark.parametrize(
    "path, actor, target, allowed",
    [
        ([], "employer", "INTERVIEW", "SCREENING, REJECTED"),
        ([], "employer", "WITHDRAWN", "SCREENING, REJECTED"),
        ([], "candidate", "SCREENING", "WITHDRAWN"),
        (["SCREENING"], "employer", "OFFER", "INTERVIEW, REJECTED"),
        (["SCREENING", "INTERVIEW", "OFFER", "HIRED"], "employer", "REJECTED", "none"),
        (["REJECTED"], "candidate", "WITHDRAWN", "none"),
    ],
)
async def test_illegal_moves_name_the_allowed_next_states(client, world, path, actor, target, allowed):
    application = (await apply(client, world))["data"]["applyToJob"]
    for status in path:
        await client.data(MOVE, {"id": application["id"], "s": status}, world["employer"])
    body = await client.execute(MOVE, {"id": application["id"], "s": target}, world[actor])
    error = body["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert allowed in error["message"]


@pytest.mark.parametrize("path", [[], ["SCREENING"], ["SCREENING", "INTERVIEW"], ["SCREENING", "INTERVIEW", "OFFER"]])
async def test_the_candidate_may_withdraw_from_any_open_state_and_the_employer_may_reject(client, world, path):
    application = (await apply(client, world))["data"]["applyToJob"]
    for status in path:
        await client.data(MOVE, {"id": application["id"], "s": status}, world["employer"])
    withdrawn = await client.data(MOVE, {"id": application["id"], "s": "WITHDRAWN"}, world["candidate"])
    assert withdrawn["updateApplicationStatus"]["status"] == "WITHDRAWN"
    body = await client.execute(MOVE, {"id": application["id"], "s": "REJECTED"}, world["employer"])
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_two_recruiters_moving_at_once_cannot_both_win(client, world):
    application = (await apply(client, world))["data"]["applyToJob"]
    moves = [client.execute(MOVE, {"id": application["id"], "s": status, "v": 1}, world["employer"])
             for status in ("SCREENING", "REJECTED")]
    results = await asyncio.gather(*moves)
    won = [r for r in results if r.get("data") and r["data"].get("updateApplicationStatus")]
    lost = [r for r in results if r.get("errors")]
    assert len(won) == 1 and len(lost) == 1
    assert lost[0]["errors"][0]["extensions"]["code"] == "CONFLICT"
    assert lost[0]["errors"][0]["extensions"]["applicationId"] == application["id"]  # its global ID
    history = won[0]["data"]["updateApplicationStatus"]["history"]
    assert len(history) == 2


async def test_employer_views_page_and_count_applications_by_status(client, world):
    await apply(client, world)
    for _ in range(2):
        token, _ = await client.candidate()
        resume = await parsed_resume(client, token)
        await client.data(APPLY, {"i": {"jobId": world["job"]["id"], "resumeId": resume}}, token)
    query = """query($id: ID!, $s: ApplicationStatus){ job(id: $id){
        applications(first: 2, status: $s){ totalCount pageInfo { hasNextPage } edges { node { status resume { id } } } }
        applicationCounts { status count } } }"""
    data = (await client.data(query, {"id": world["job"]["id"]}, world["employer"]))["job"]
    assert data["applications"]["totalCount"] == 3 and data["applications"]["pageInfo"]["hasNextPage"]
    assert {c["status"]: c["count"] for c in data["applicationCounts"]}["SUBMITTED"] == 3
    screened = (await client.data(query, {"id": world["job"]["id"], "s": "SCREENING"}, world["employer"]))["job"]
    assert screened["applications"]["totalCount"] == 0


def with_flaky_application_mail(adapters):
    flaky = FlakyNotifier(adapters.accounts.notifier, failures=QUEUE_MAX_ATTEMPTS, kind="application")
    return replace(adapters, accounts=replace(adapters.accounts, notifier=flaky))


@pytest.mark.parametrize("replace_adapters", [with_flaky_application_mail])
async def test_a_failing_worker_retries_then_dead_letters_and_a_requeue_succeeds(client, app, world):
    services = app.state.services
    assert services.settings.queue_max_attempts == QUEUE_MAX_ATTEMPTS
    flaky = services.adapters.accounts.notifier.wrapped  # inside the per-request call counter
    real = flaky.inner
    await verified(app, world["employer_user"])
    await apply(client, world)

    async def dead() -> bool:
        return len(await services.queue.dead_letters()) == 1

    await wait_until(dead)
    (letter,) = await services.queue.dead_letters()
    assert letter.attempts == 3 and "mail relay unavailable" in letter.last_error
    assert await application_messages(real, world["employer_user"]) == []

    assert await services.queue.requeue(letter.id)

    async def delivered() -> bool:
        return bool(await application_messages(real, world["employer_user"]))

    await wait_until(delivered)
    assert flaky.calls == 4 and await services.queue.dead_letters() == []
