"""Administrators list the dead match announcements a page at a time, then requeue them by the
ids listed; on both backends, with records the relay itself set aside."""
from __future__ import annotations

from tests.admin_helpers import admin_token
from tests.served_backends import aws_client, aws_settings, served  # noqa: F401

LIST = """query($first: Int, $after: String){ adminDeadMatchAnnouncements(first: $first, after: $after){
  items { id matchIds attempts deadAt } endCursor hasNextPage } }"""
REQUEUE = "mutation($ids: [ID!]){ adminRequeueDeadMatchAnnouncements(ids: $ids) }"


async def _set_aside_as_dead(app, count: int) -> None:
    """Stored matches whose announcements failed every one of 3 attempts, as the relay leaves them."""
    from types import SimpleNamespace

    from tests.integration.contract.test_dead_match_announcements_contract import _dead_records

    served = app.state.services.repositories
    # The stores themselves, not the call-counting wrappers: the lease is set on the store.
    stores = SimpleNamespace(**{name: getattr(served, name).wrapped for name in ("users", "jobs", "resumes", "matches")})
    await _dead_records(stores, count)


async def test_dead_announcements_are_listed_by_page_and_requeued_by_the_listed_ids(served):
    client, app = served
    admin, _ = await admin_token(app, client)
    assert (await client.data(LIST, {}, admin))["adminDeadMatchAnnouncements"] == {
        "items": [], "endCursor": None, "hasNextPage": False}
    await _set_aside_as_dead(app, 3)

    first = (await client.data(LIST, {"first": 2}, admin))["adminDeadMatchAnnouncements"]
    assert len(first["items"]) == 2 and first["hasNextPage"]
    rest = (await client.data(LIST, {"first": 2, "after": first["endCursor"]}, admin))["adminDeadMatchAnnouncements"]
    assert len(rest["items"]) == 1 and not rest["hasNextPage"]
    listed = first["items"] + rest["items"]
    assert all(item["attempts"] == 3 and item["matchIds"] for item in listed)

    requeued = await client.data(REQUEUE, {"ids": [listed[0]["id"]]}, admin)
    assert requeued == {"adminRequeueDeadMatchAnnouncements": [listed[0]["id"]]}
    left = (await client.data(LIST, {}, admin))["adminDeadMatchAnnouncements"]["items"]
    assert [item["id"] for item in left] == [item["id"] for item in listed[1:]]
    body = await client.execute(LIST, {"first": 0}, admin)
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
