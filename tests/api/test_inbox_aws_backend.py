"""The inbox with --backend aws on a local moto server: an application reaches the hiring
team's inbox through the SQS worker and DynamoDB, the unread count follows marking read, and
someone else's notification id is NOT_FOUND."""
from __future__ import annotations

from tests.applications_helpers import APPLY, parsed_resume, wait_until
from tests.aws_backend import aws_client, aws_settings  # noqa: F401

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
        return (await client.data(INBOX, token=employer))["me"]["unreadNotificationCount"] >= 1

    await wait_until(told, attempts=600)
    inbox = (await client.data(INBOX, token=employer))["me"]
    (edge,) = inbox["notifications"]["edges"]
    assert (edge["node"]["kind"], edge["node"]["applicationId"], inbox["notifications"]["totalCount"]) == (
        "APPLICATION", applied["id"], 1)
    assert await client.error_code(MARK, {"ids": [edge["node"]["id"]]}, candidate) == "NOT_FOUND"
    (marked,) = (await client.data(MARK, {"ids": [edge["node"]["id"]]}, employer))["markNotificationsRead"]
    assert marked["readAt"] is not None
    assert (await client.data(INBOX, token=employer))["me"]["unreadNotificationCount"] == 0
