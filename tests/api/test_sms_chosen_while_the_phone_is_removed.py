"""Text messages chosen in one tab while the phone is removed in another, on both backends:
whichever lands first, no person is left with SMS chosen and no phone."""
from __future__ import annotations

import asyncio

import pytest

from domain.channels import Channel
from tests.account_helpers import raw_id
from tests.served_backends import aws_client, aws_settings, served  # noqa: F401

CHANNELS = """mutation($i: NotificationChannelsInput!){ updateNotificationChannels(input: $i){ id } }"""
REMOVE_PHONE = "mutation { removePhone { id } }"
READ = "{ me { id phone phoneVerified notificationChannels { newMatch applicationUpdate account } } }"


async def _person_with_a_phone(client, app) -> tuple[str, str]:
    token, _ = await client.candidate()
    user_id = raw_id((await client.data(READ, token=token))["me"]["id"])
    await app.state.services.repositories.users.set_phone(user_id, "+14155552671", True)
    return token, user_id


async def _texted(client, token: str) -> dict:
    me = (await client.data(READ, token=token))["me"]
    assert not me["phoneVerified"] and me["phone"] is None, me
    return {kind: chosen for kind, chosen in me["notificationChannels"].items() if "SMS" in chosen}


async def test_sms_chosen_from_a_read_before_the_phone_went_is_refused(served, monkeypatch):
    """The choice reads the person while the phone is still verified and writes only after
    the removal has taken the phone and rewritten the (unchanged) preferences: the stores'
    write refuses it."""
    client, app = served
    token, _ = await _person_with_a_phone(client, app)
    users = app.state.services.repositories.users
    write, set_phone = users.update_preferences, users.set_phone
    choice_read, removal_written = asyncio.Event(), asyncio.Event()

    async def once_the_choice_was_read(user_id, phone, verified):
        await asyncio.wait_for(choice_read.wait(), 30)
        await set_phone(user_id, phone, verified)

    async def after_the_removal(user_id, preferences, *args, **kwargs):
        if preferences.channels.uses(Channel.SMS):
            choice_read.set()
            await asyncio.wait_for(removal_written.wait(), 30)
            return await write(user_id, preferences, *args, **kwargs)
        written = await write(user_id, preferences, *args, **kwargs)
        removal_written.set()
        return written

    monkeypatch.setattr(users, "update_preferences", after_the_removal)
    monkeypatch.setattr(users, "set_phone", once_the_choice_was_read)
    chosen, removed = await asyncio.gather(
        client.execute(CHANNELS, {"i": {"account": ["SMS"]}}, token),
        client.execute(REMOVE_PHONE, token=token),
    )
    assert "errors" not in removed, removed
    assert chosen["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT", chosen
    assert await _texted(client, token) == {}


@pytest.mark.parametrize("removal_first", [False, True])
async def test_sms_is_never_left_chosen_without_a_phone(served, removal_first):
    client, app = served
    users = app.state.services.repositories.users
    token, user_id = await _person_with_a_phone(client, app)
    for round_ in range(6):
        await users.set_phone(user_id, "+14155552671", True)
        sends = [client.execute(CHANNELS, {"i": {("account", "newMatch")[round_ % 2]: ["SMS"]}}, token),
                 client.execute(REMOVE_PHONE, token=token)]
        await asyncio.gather(*(sends[::-1] if removal_first else sends))
        assert await _texted(client, token) == {}, round_
