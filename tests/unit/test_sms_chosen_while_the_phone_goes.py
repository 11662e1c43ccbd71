"""SMS chosen in one tab while the phone is removed in another: the phone's removal lands
between the choice's read and its write, which leaves the preferences the choice was made from
unchanged. The choice must still be refused, never stored with no phone to text."""
from __future__ import annotations

from collections.abc import Sequence

import pytest

from domain.channels import Channel
from domain.errors import BadUserInput
from domain.users import Preferences
from tests.fakes.accounts import FakeUsers
from tests.unit.lifecycle_world import build_world


class RemovalBeforeTheWrite(FakeUsers):
    """Runs `between` (once) after the choice has read the person and before it writes."""

    def __init__(self, inner: FakeUsers) -> None:
        self.__dict__.update(inner.__dict__)
        self.between = None

    async def update_preferences(self, user_id: str, preferences: Preferences, work: Sequence = (), **kwargs):
        if self.between is not None and preferences.channels.uses(Channel.SMS):
            between, self.between = self.between, None
            await between()
        return await super().update_preferences(user_id, preferences, work, **kwargs)


async def test_sms_is_refused_when_the_phone_is_removed_between_the_read_and_the_write():
    world = build_world()
    signed = await world.candidate()
    users = RemovalBeforeTheWrite(world.users)
    world.channels._users = users
    await users.set_phone(signed.user.id, "+14155552671", True)
    before = users.users[signed.user.id].preferences
    assert not before.channels.uses(Channel.SMS)

    async def remove_phone() -> None:
        await world.channels.remove_phone(users.users[signed.user.id])

    users.between = remove_phone
    with pytest.raises(BadUserInput, match="verified phone"):
        await world.channels.choose(users.users[signed.user.id], {"account": [Channel.SMS]})
    stored = users.users[signed.user.id]
    assert (stored.phone, stored.phone_verified) == (None, False)
    assert not stored.preferences.channels.uses(Channel.SMS)
