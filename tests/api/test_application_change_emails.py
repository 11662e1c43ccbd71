"""Each application mail names its own change, and nobody is mailed about a move they made,
except the candidate's receipt of applying (their own change, but nothing else tells them it
arrived): quick moves of one application are processed after the fact, when the row already
shows the last status."""
from __future__ import annotations

import json

from tests.account_helpers import verified
from tests.applications_helpers import APPLY, MOVE, parsed_resume, wait_until
from tests.graphql_client import raw_id

FORWARD = ["SCREENING", "INTERVIEW", "OFFER", "HIRED"]


async def application_messages(app, user: dict) -> list[dict]:
    rows = await app.state.services.notifier.messages_for(raw_id(user["id"]))
    return [m for m in rows if m["kind"] == "application"]


async def test_quick_moves_mail_each_change_once_and_never_the_mover_and_applying_is_receipted(client, app):
    candidate, candidate_user = await client.candidate()
    resume_id = await parsed_resume(client, candidate)
    employer, employer_user = await client.employer()
    await verified(app, candidate_user, employer_user)  # application mail goes to proven addresses
    job = await client.post_job(employer, title="Backend Engineer")
    applied = await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume_id}}, candidate)
    application_id = applied["applyToJob"]["id"]
    for status in FORWARD:
        await client.data(MOVE, {"id": application_id, "s": status, "n": f"note {status}"}, employer)

    async def candidate_told_of_every_change() -> bool:
        return len(await application_messages(app, candidate_user)) >= 1 + len(FORWARD)

    await wait_until(candidate_told_of_every_change)
    to_candidate = sorted(await application_messages(app, candidate_user),
                          key=lambda m: json.loads(m["data"]).get("version", 0))
    # A receipt of their own submission, naming the job and its organization; then each of
    # the employer's moves, once.
    receipt, *moves = to_candidate
    assert json.loads(receipt["data"])["status"] == "SUBMITTED"
    assert json.loads(receipt["data"])["applicationId"] == raw_id(application_id)
    assert receipt["subject"] == f"Your application to Backend Engineer at {job['organization']['name']} was received"
    assert [json.loads(m["data"])["status"] for m in moves] == FORWARD
    assert [m["subject"].rsplit(": ", 1)[1] for m in moves] == [
        "submitted → screening", "screening → interview", "interview → offer", "offer → hired"]
    assert "from offer to hired" in moves[-1]["body_text"]
    assert "note HIRED" in moves[-1]["body_text"]
    # The employer made every move: told of the submission only.
    await wait_until(lambda: _has_mail(app, employer_user))
    to_employer = await application_messages(app, employer_user)
    assert [json.loads(m["data"])["status"] for m in to_employer] == ["SUBMITTED"]


async def _has_mail(app, user: dict) -> bool:
    return bool(await application_messages(app, user))
