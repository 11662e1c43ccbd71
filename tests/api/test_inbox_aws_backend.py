"""The inbox with --backend aws on a local moto server: an application reaches the hiring
team's inbox through the SQS worker and DynamoDB, the unread count follows marking read, and
someone else's notification id is NOT_FOUND."""
from __future__ import annotations

from tests.applications_helpers import APPLY, parsed_resume, wait_until
from tests.aws_backend import aws_client, aws_settings  # noqa: F401
from tests.new_candidates_helpers import matching_announced

INBOX = "{ me { unreadNotificationCount notifications(first: 5) { totalCount edges { node { id kind applicationId } } } } }"
MARK = "mutation($ids: [ID!]!){ markNotificationsRead(ids: $ids){ id readAt } }"


async def test_an_application_reaches_the_employers_inbox_on_the_aws_backend(aws_client):
    client, _ = aws_client
    employer, _ = await client.employer()
    job = await client.post_job(employer, title="Line Cook")
    candidate, _ = await client.candidate()
    resume = await parsed_resume(client, candidate)
    applied = (await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume}}, candidate))["applyToJob"]

    async def told() -> bool:
        edges = (await client.data(INBOX, token=employer))["me"]["notifications"]["edges"]
        return any(e["node"]["kind"] == "APPLICATION" for e in edges)

    await wait_until(told, attempts=600)
    # The candidate's match with the job gives the employer a "New candidates" entry when it
    # reaches their notifyMinScore: the inbox is read once that is in.
    (match_news,) = await matching_announced(client, job["id"], 1, employer)
    inbox = (await client.data(INBOX, token=employer))["me"]
    (edge,) = [e for e in inbox["notifications"]["edges"] if e["node"]["kind"] == "APPLICATION"]
    assert (edge["node"]["applicationId"], inbox["notifications"]["totalCount"]) == (applied["id"], 1 + match_news)
    assert inbox["unreadNotificationCount"] == 1 + match_news
    assert await client.error_code(MARK, {"ids": [edge["node"]["id"]]}, candidate) == "NOT_FOUND"
    (marked,) = (await client.data(MARK, {"ids": [edge["node"]["id"]]}, employer))["markNotificationsRead"]
    assert marked["readAt"] is not None
    assert (await client.data(INBOX, token=employer))["me"]["unreadNotificationCount"] == match_news
