"""Two tabs change the password at once, each with the current one: both read the account before
either wrote. The second write must not replace the first tab's new password (its person would be
told "changed" and then could not sign in with what they typed): it is refused, nothing stored,
the first tab's session kept."""
from __future__ import annotations

import pytest

from domain.errors import Conflict
from tests.unit.lifecycle_world import CLIENT, PASSWORD, build_world


async def test_the_second_of_two_changes_made_from_the_same_read_is_refused():
    world = build_world()
    signed = await world.candidate()
    read_by_both_tabs = world.user(signed.user.id)

    first = await world.accounts.change_password(read_by_both_tabs, PASSWORD, "first tab's new secret", CLIENT)
    with pytest.raises(Conflict, match="changed") as refused:
        await world.accounts.change_password(read_by_both_tabs, PASSWORD, "second tab's new secret", CLIENT)

    assert refused.value.extensions.get("field") == "currentPassword"
    assert world.hasher.verify(world.user(signed.user.id).password_hash, "first tab's new secret")
    assert world.sessions.sessions[first.session_id].active


async def test_a_rehash_at_sign_in_in_another_tab_does_not_refuse_a_change():
    # Signing in rehashes the same password under newer parameters: the stored hash differs from
    # the one read, yet the password did not change, so the change goes through.
    world = build_world()
    signed = await world.candidate()
    read_by_the_settings_tab = world.user(signed.user.id)
    world.hasher.verify = lambda stored, password: stored in ("hashed:" + password, "rehashed:" + password)
    await world.users.update_password(signed.user.id, "rehashed:" + PASSWORD,
                                      replacing=read_by_the_settings_tab.password_hash)

    changed = await world.accounts.change_password(read_by_the_settings_tab, PASSWORD, "a new long secret", CLIENT)

    assert world.hasher.verify(world.user(signed.user.id).password_hash, "a new long secret")
    assert world.sessions.sessions[changed.session_id].active
