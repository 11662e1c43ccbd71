"""Application notices (a receipt, a move, the team's notice) are mailed only to a proven
address, as match mail is: anyone can sign up with a stranger's address. The in-app
notification is kept all the same, and once the address is verified the notices of what happens
from then on are mailed; the receipt of the application sent before is not (mailed after the
moves that followed it, it would read as a new application)."""
from __future__ import annotations

from tests.account_helpers import link_token, mailed, outbox_for
from tests.applications_helpers import APPLY, MOVE, parsed_resume, wait_until

VERIFY = "mutation($t: String!){ verifyEmail(token: $t) }"
INBOX = "{ me { notifications(first: 10) { edges { node { subject } } } } }"


async def _inbox(client, token: str) -> list[str]:
    edges = (await client.data(INBOX, token=token))["me"]["notifications"]["edges"]
    return [edge["node"]["subject"] for edge in edges]


async def _application_mail(app, user: dict) -> list[str]:
    return [m["subject"] for m in await outbox_for(app, user["id"], channel="email") if m["kind"] == "application"]


async def _verified(client, app, user: dict) -> None:
    (verification,) = await mailed(app, user["id"], "Confirm your email address")
    assert (await client.data(VERIFY, {"t": link_token(verification)}))["verifyEmail"] is True


async def test_application_notices_are_mailed_once_the_address_is_verified(client, app):
    candidate, candidate_user = await client.candidate()
    employer, employer_user = await client.employer()
    job = await client.post_job(employer, title="Line Cook")
    resume_id = await parsed_resume(client, candidate)
    applied = await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume_id}}, candidate)
    application_id = applied["applyToJob"]["id"]

    async def both_told_in_app() -> bool:
        return bool(await _inbox(client, candidate)) and bool(await _inbox(client, employer))

    await wait_until(both_told_in_app)
    assert await _application_mail(app, candidate_user) == []
    assert await _application_mail(app, employer_user) == []

    await _verified(client, app, candidate_user)
    await client.data(MOVE, {"id": application_id, "s": "SCREENING"}, employer)

    moved = "Your application for Line Cook: submitted → screening"

    async def candidate_mailed() -> bool:
        return moved in await _application_mail(app, candidate_user)

    await wait_until(candidate_mailed)
    assert await _application_mail(app, candidate_user) == [moved]
    inbox = await _inbox(client, candidate)
    assert "Your application to Line Cook at" in inbox[1] and inbox[0] == "Your application for Line Cook: submitted → screening"
