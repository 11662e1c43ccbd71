"""An address change's link opened in two tabs at once, and a cancel after a request sent twice at
once: the answers are true to what happened (SQLite, DynamoDB via moto, fakes)."""
from __future__ import annotations

import asyncio
from datetime import timedelta

from domain.account_tokens import OneTimeToken, Purpose, hash_secret, new_link_secret
from domain.clock import new_id as fresh_id
from domain.users import User
from tests.integration.contract.email_change_world import email_change_world, ports  # noqa: F401 (a fixture)
from tests.integration.contract.repository_backends import a_candidate, at, new_id


async def test_the_same_link_opened_twice_at_once_never_says_the_address_did_not_change(ports):
    """Two tabs (or a mail scanner and the person) open one link: the second read the account
    before the first changed it, and reaches its write after the first retired the link. The
    address did change (by this very link), so the second answers the changed account, never
    "your address did not change"."""
    world = email_change_world(ports)
    person = await a_candidate(ports)
    new = f"moved-{new_id()[:10]}@example.org"
    secret = await world.tokens.issue_link(person.id, Purpose.CHANGE_EMAIL, timedelta(hours=24), target=new)
    reached, go_on = asyncio.Event(), asyncio.Event()
    change_email = ports.users.change_email
    calls = 0

    async def second_tab_held_before_its_write(*args, **kwargs):
        nonlocal calls
        calls += 1
        if calls == 1:  # the second tab's write waits until the first tab is wholly done
            reached.set()
            await go_on.wait()
        return await change_email(*args, **kwargs)

    ports.users.change_email = second_tab_held_before_its_write
    second = asyncio.create_task(world.service.confirm(secret))
    await reached.wait()
    first = await world.service.confirm(secret)  # lands, tells the old address, retires the link
    assert first.email == new
    go_on.set()
    outcome = await asyncio.gather(second, return_exceptions=True)
    (stored,) = await ports.users.get_many([person.id])
    assert stored.email == new
    # Before 763e96c this tab saw STALE, read again and answered the changed account.
    assert isinstance(outcome[0], User), f"the address changed, yet the second open answered {outcome[0]!r}"


async def test_a_cancel_answered_true_leaves_no_change_link_working(ports):
    """Two requests at once (a double submit: wait_before_next and issue_link's retire-then-add
    are not one step) leave two open CHANGE_EMAIL links. cancel() withdraws only the newest and
    answers True; the older link still changes the address (before 763e96c cancel retired all)."""
    world = email_change_world(ports)
    person = await a_candidate(ports)
    secrets, address = [], f"moved-{new_id()[:10]}@example.org"
    for minute in (0, 0):  # what two racing requests leave: both retired nothing, both added
        secret, token_id = new_link_secret(), fresh_id()
        await ports.tokens.add(OneTimeToken(
            id=token_id, user_id=person.id, purpose=Purpose.CHANGE_EMAIL, token_hash=hash_secret(secret),
            target=address, created_at=at(minute), expires_at=at(minute) + timedelta(hours=24)))
        secrets.append(secret)
    assert await world.service.cancel(person) is True
    assert await world.service.pending(person) is None, "cancel said true, yet a change is still pending"


async def test_a_double_submitted_request_then_a_cancel_leaves_nothing_pending(ports):
    """The state above, reached through the service: the same request sent twice at once."""
    world = email_change_world(ports)
    for _ in range(5):
        person = (await a_candidate(ports)).model_copy(update={"password_hash": "hashed:pw"})
        address = f"moved-{new_id()[:10]}@example.org"
        await asyncio.gather(world.service.request(person, address, "pw"), world.service.request(person, address, "pw"),
                             return_exceptions=True)
        assert await world.service.cancel(person) is True
        assert await world.service.pending(person) is None, "cancel said true, yet a change is still pending"
