"""Email verification and password reset rules, on fakes."""
from __future__ import annotations

import pytest

from domain.channels import Device, DevicePlatform
from domain.errors import BadUserInput, Conflict, RateLimited
from domain.services.one_time_tokens import OneTimeTokens
from domain.services.password_reset import SEND_PASSWORD_RESET, PasswordReset
from tests.fakes.account_lifecycle import PortCallCounter
from tests.unit.lifecycle_world import PASSWORD, build_world, token_of


@pytest.fixture
def world():
    return build_world()


async def test_registering_mails_a_verification_link_with_the_persons_name(world):
    signed = await world.candidate(name="Ada <Lovelace>")
    (message,) = world.notifier.sent
    assert message.user_id == signed.user.id and message.kind == "account"
    assert message.data["link"].startswith("https://app.example.test/verify-email?token=")
    assert "Ada <Lovelace>" in message.text and message.data["link"] in message.text
    assert "Ada &lt;Lovelace&gt;" in message.html and "<Lovelace>" not in message.html


async def test_only_a_hash_of_the_mailed_secret_is_stored(world):
    await world.candidate()
    secret = token_of(world.notifier.links()[0])
    (stored,) = world.tokens.tokens.values()
    assert secret not in stored.model_dump_json()


async def test_the_verification_link_verifies_once(world):
    signed = await world.candidate()
    secret = token_of(world.notifier.links()[0])
    await world.verification.verify(secret)
    assert world.user(signed.user.id).email_verified
    with pytest.raises(BadUserInput) as used:
        await world.verification.verify(secret)
    assert used.value.extensions["reason"] == "USED"


async def test_an_expired_verification_link_is_refused(world):
    signed = await world.candidate()
    world.clock.advance(hours=49)
    with pytest.raises(BadUserInput) as expired:
        await world.verification.verify(token_of(world.notifier.links()[0]))
    assert expired.value.extensions["reason"] == "EXPIRED"
    assert not world.user(signed.user.id).email_verified


async def test_a_forged_link_is_refused(world):
    await world.candidate()
    with pytest.raises(BadUserInput) as forged:
        await world.verification.verify("x" * 43)
    assert forged.value.extensions["reason"] == "INVALID"


async def test_resending_is_rate_limited_and_replaces_the_earlier_link(world):
    signed = await world.candidate()
    first = token_of(world.notifier.links()[0])
    with pytest.raises(RateLimited) as limited:
        await world.verification.resend(world.user(signed.user.id))
    assert 0 < limited.value.retry_after_seconds <= 60
    world.clock.advance(seconds=61)
    await world.verification.resend(world.user(signed.user.id))
    with pytest.raises(BadUserInput):
        await world.verification.verify(first)
    await world.verification.verify(token_of(world.notifier.links()[1]))
    with pytest.raises(Conflict, match="already verified"):
        await world.verification.resend(world.user(signed.user.id))


async def test_asking_for_a_reset_does_the_same_work_for_known_and_unknown_addresses(world):
    await world.candidate(email="known@example.com")
    world.hasher.hashes = world.hasher.verifications = 0
    counts = []
    for email in ("known@example.com", "nobody@example.com"):
        counter = PortCallCounter()
        reset = PasswordReset(
            counter.wrap("users", world.users), world.sessions, world.devices, world.hasher,
            counter.wrap("tokens", OneTimeTokens(world.tokens, world.clock)), counter.wrap("notifier", world.notifier),
            counter.wrap("queue", world.queue), world.links, world.clock, world.events,
        )
        answer = await reset.request(email)
        counts.append((answer, dict(counter.calls), world.hasher.hashes, world.hasher.verifications))
    assert counts[0] == counts[1]
    assert counts[0][1] == {"users.get_by_email": 1, "queue.enqueue": 1}
    assert [kind for kind, _ in world.queue.items] == [SEND_PASSWORD_RESET, SEND_PASSWORD_RESET]


async def test_the_queued_half_mails_known_accounts_only_and_within_the_rate(world):
    signed = await world.candidate()
    world.notifier.sent.clear()
    await world.reset.request("ada@example.com")
    await world.reset.request("nobody@example.com")
    await world.reset.request("ada@example.com")
    for _, payload in world.queue.items:
        await world.reset.deliver(payload["user_id"])
    (message,) = world.notifier.sent
    assert message.user_id == signed.user.id and "/reset-password?token=" in message.data["link"]


async def test_a_reset_sets_the_password_once_and_ends_every_session_and_device(world):
    signed = await world.candidate()
    await world.devices.add(Device(id="d1", user_id=signed.user.id, platform=DevicePlatform.IOS, token="t",
                                   session_id=signed.session_id, created_at=world.clock.now()))
    await world.reset.deliver(signed.user.id)
    secret = token_of(world.notifier.links()[-1])
    with pytest.raises(BadUserInput, match="at least 10"):
        await world.reset.reset(secret, "short")  # a refused password leaves the link usable
    await world.reset.reset(secret, "a brand new password")
    user = world.user(signed.user.id)
    assert user.password_hash == "hashed:a brand new password" and user.token_version == 1
    assert all(not s.active for s in world.sessions.sessions.values())
    assert world.devices.devices == {}
    (ended,) = [e for e in world.events.published if e.name == "SessionEnded"]
    assert (ended.user_id, ended.session_id) == (signed.user.id, None)  # every session: live sockets close
    assert user.email_verified
    assert world.notifier.sent[-1].subject == "Your password was changed"
    with pytest.raises(BadUserInput) as reused:
        await world.reset.reset(secret, "another new password")
    assert reused.value.extensions["reason"] == "USED"


async def test_a_reset_link_expires_and_a_verification_link_cannot_reset(world):
    signed = await world.candidate()
    verification_secret = token_of(world.notifier.links()[0])
    with pytest.raises(BadUserInput) as wrong_purpose:
        await world.reset.reset(verification_secret, "a brand new password")
    assert wrong_purpose.value.extensions["reason"] == "INVALID"
    await world.reset.deliver(signed.user.id)
    world.clock.advance(minutes=31)
    with pytest.raises(BadUserInput) as expired:
        await world.reset.reset(token_of(world.notifier.links()[-1]), "a brand new password")
    assert expired.value.extensions["reason"] == "EXPIRED"
    assert world.user(signed.user.id).password_hash == f"hashed:{PASSWORD}"
