"""The in-app inbox against the real server over HTTP and graphql-transport-ws, as production
runs it (`talentgraph run`: API processes and a worker process on one data dir, so the worker
keeps the notification and the API processes push it): an application's moves reach the other
side's inbox and its notificationReceived stream (not the actor's; the candidate's own applying
is receipted; a notification kept before a stream opened may still be pushed to it, once), the
list and the unread count follow, two tabs marking read at once count each once, and someone
else's notification id is NOT_FOUND exactly like an unknown one."""
from __future__ import annotations

import asyncio
import base64

import httpx
import pytest

from tests.applications_helpers import APPLY, MOVE, ready_to_apply, wait_until
from tests.e2e.server import GatewayProcess
from tests.e2e.ws_client import Subscription
from tests.graphql_client import GraphQLClient
from tests.new_candidates_helpers import matching_announced

STREAM = "subscription { notificationReceived { id kind subject applicationId jobId readAt } }"
INBOX = """query($unread: Boolean){ me { unreadNotificationCount
  notifications(first: 10, unreadOnly: $unread) { totalCount edges { node { id kind applicationId readAt } } } } }"""
MARK = "mutation($ids: [ID!]!){ markNotificationsRead(ids: $ids){ id readAt } }"
MARK_ALL = "mutation { markAllNotificationsRead }"


@pytest.fixture
def deployment(tmp_path):
    process = GatewayProcess(tmp_path / "data", command=("run", "--workers", "2"))
    process.start()
    yield process
    process.stop()


async def _mine(client: GraphQLClient, token: str) -> set[str]:
    """The ids of the person's inbox entries so far."""
    return {edge["node"]["id"] for edge in (await client.data(INBOX, {}, token))["me"]["notifications"]["edges"]}


class _Stream:
    """A notificationReceived stream opened after some of its person's notifications reached
    the inbox: their live pushes may still come, at any time (the worker keeps a notification,
    then appends its live update to the event log the API processes tail), once each at most.
    Those are passed over; anything else is the stream's next notification."""

    def __init__(self, subscription: Subscription, earlier: set[str]) -> None:
        self._subscription, self._earlier = subscription, earlier
        self._pushed_late: set[str] = set()

    async def next(self) -> dict:
        while True:
            note = (await self._subscription.next(timeout=120))["payload"]["data"]["notificationReceived"]
            if note["id"] not in self._earlier:
                return note
            assert note["id"] not in self._pushed_late, f"pushed twice: {note}"
            self._pushed_late.add(note["id"])

    async def nothing_new_within(self, seconds: float) -> bool:
        try:
            note = await asyncio.wait_for(self.next(), seconds)
        except TimeoutError:
            return True
        raise AssertionError(f"expected nothing new, got {note}")


def _unknown_id() -> str:
    return base64.urlsafe_b64encode(b"Notification:20260101000000000000ffffffffffff").decode().rstrip("=")


async def test_application_moves_reach_the_inbox_and_stream_and_mark_read_is_exact(deployment):
    async with httpx.AsyncClient(base_url=deployment.url, timeout=30) as http:
        client = GraphQLClient(http)
        ready = await ready_to_apply(client)
        # The candidate's match with the job is news to both (at or above their notifyMinScore),
        # kept in their inboxes before the streams open; its live pushes may come after.
        (match_news,) = await matching_announced(client, ready.job["id"], 1, ready.employer)
        match_notes = {token: await _mine(client, token) for token in (ready.candidate, ready.employer)}
        assert len(match_notes[ready.employer]) == match_news
        async with Subscription(deployment.url, ready.candidate) as candidate_socket, \
                Subscription(deployment.url, ready.employer) as employer_socket:
            await candidate_socket.subscribe(STREAM)
            await employer_socket.subscribe(STREAM)
            candidate_stream = _Stream(candidate_socket, match_notes[ready.candidate])
            employer_stream = _Stream(employer_socket, match_notes[ready.employer])
            await asyncio.sleep(0.3)  # the server registers the subscriptions
            application = (await client.data(APPLY, ready.application, ready.candidate))["applyToJob"]
            told = await employer_stream.next()
            assert (told["kind"], told["applicationId"], told["readAt"]) == ("APPLICATION", application["id"], None)
            assert told["jobId"] == ready.job["id"]
            receipt = await candidate_stream.next()
            assert receipt["subject"].startswith(f"Your application to {ready.job['title']} at ")
            assert (receipt["kind"], receipt["applicationId"]) == ("APPLICATION", application["id"])
            await client.data(MOVE, {"id": application["id"], "s": "SCREENING"}, ready.employer)
            pushed = await candidate_stream.next()
            assert (pushed["kind"], pushed["applicationId"], pushed["jobId"]) == (
                "APPLICATION", application["id"], ready.job["id"])
            assert pushed["subject"].endswith("submitted → screening")
            assert await employer_stream.nothing_new_within(0.5)  # the mover is not told of their own move

        mine = (await client.data(INBOX, {}, ready.candidate))["me"]
        unread = mine["unreadNotificationCount"]
        assert unread == mine["notifications"]["totalCount"] >= 1
        kinds = {edge["node"]["id"]: edge["node"]["kind"] for edge in mine["notifications"]["edges"]}
        assert kinds[pushed["id"]] == "APPLICATION" and set(kinds.values()) <= {"APPLICATION", "MATCH"}

        foreign = await client.execute(MARK, {"ids": [pushed["id"]]}, ready.employer)
        unknown = await client.execute(MARK, {"ids": [_unknown_id()]}, ready.employer)
        assert foreign["errors"][0]["extensions"]["code"] == "NOT_FOUND"
        assert foreign["errors"][0]["message"] == unknown["errors"][0]["message"]
        assert (await client.data(INBOX, {}, ready.candidate))["me"]["unreadNotificationCount"] == unread

        tabs = await asyncio.gather(*(client.data(MARK, {"ids": [pushed["id"]]}, ready.candidate) for _ in range(3)))
        read_at = {tab["markNotificationsRead"][0]["readAt"] for tab in tabs}
        assert len(read_at) == 1 and None not in read_at  # the first mark's time, for every tab
        after = (await client.data(INBOX, {"unread": True}, ready.candidate))["me"]
        assert after["unreadNotificationCount"] == unread - 1 == len(after["notifications"]["edges"])
        assert pushed["id"] not in [edge["node"]["id"] for edge in after["notifications"]["edges"]]
        assert (await client.data(MARK_ALL, {}, ready.candidate))["markAllNotificationsRead"] == unread - 1
        assert (await client.data(MARK_ALL, {}, ready.candidate))["markAllNotificationsRead"] == 0

        employer_inbox = (await client.data(INBOX, {}, ready.employer))["me"]
        assert employer_inbox["unreadNotificationCount"] == 1 + match_news
        marks = await asyncio.gather(*(client.data(MARK_ALL, {}, ready.employer) for _ in range(2)))
        assert sorted(m["markAllNotificationsRead"] for m in marks) == [0, 1 + match_news]

        async def nothing_unread() -> bool:
            return (await client.data(INBOX, {}, ready.employer))["me"]["unreadNotificationCount"] == 0

        await wait_until(nothing_unread, attempts=20)
