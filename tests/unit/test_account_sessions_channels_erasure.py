"""Sessions, password changes, notification channels and erasure rules, on fakes."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from domain.channels import Channel, Device, DevicePlatform
from domain.errors import BadUserInput, NotFound
from domain.ports.notifications import Message
from domain.services.erasure import AccountErasure
from domain.services.notifications import ChannelNotifier
from domain.users import Role, User
from tests.fakes.account_lifecycle import (
    FakeAccountStore,
    FakeResumeShas,
    FakeResumeVectors,
    RecordingOutbox,
)
from tests.fakes.accounts import RecordingEventBus
from tests.fakes.blobs import InMemoryBlobStore
from tests.unit.lifecycle_world import CLIENT, PASSWORD, build_world


@pytest.fixture
def world():
    return build_world()


def _device(user_id: str, session_id: str | None, token: str = "tok") -> Device:
    return Device(id=f"dev-{token}", user_id=user_id, platform=DevicePlatform.ANDROID, token=token,
                  session_id=session_id, created_at=datetime(2026, 1, 1, tzinfo=UTC))


async def test_logging_out_ends_that_session_only_and_forgets_its_devices(world):
    first = await world.candidate()
    second = await world.accounts.login("ada@example.com", PASSWORD, CLIENT)
    await world.devices.add(_device(first.user.id, first.session_id, "a"))
    await world.devices.add(_device(first.user.id, second.session_id, "b"))
    await world.session_service.logout(world.user(first.user.id), first.session_id)
    assert [s.id for s in await world.session_service.active(world.user(first.user.id))] == [second.session_id]
    assert [d.token for d in world.devices.devices.values()] == ["b"]


async def test_nobody_can_revoke_another_persons_session(world):
    ada = await world.candidate()
    bob = await world.candidate(email="bob@example.com", name="Bob")
    with pytest.raises(NotFound):
        await world.session_service.revoke(world.user(bob.user.id), ada.session_id)
    assert world.sessions.sessions[ada.session_id].active


async def test_changing_the_password_needs_the_current_one_and_ends_every_other_session(world):
    signed = await world.candidate()
    with pytest.raises(BadUserInput, match="current password"):
        await world.accounts.change_password(world.user(signed.user.id), "wrong one!!", "new password here", CLIENT)
    fresh = await world.accounts.change_password(world.user(signed.user.id), PASSWORD, "new password here", CLIENT)
    assert not world.sessions.sessions[signed.session_id].active
    assert world.sessions.sessions[fresh.session_id].active
    assert fresh.user.token_version == 1


async def test_choosing_sms_needs_a_phone_proven_by_its_code(world):
    signed = await world.candidate()
    with pytest.raises(BadUserInput, match="verified phone"):
        await world.channels.choose(world.user(signed.user.id), {"new_match": [Channel.SMS]})
    number = await world.channels.request_phone_verification(world.user(signed.user.id), "+44 20 7946 0958")
    assert number == "+442079460958"
    message = world.notifier.sent[-1]
    assert message.only_channel is Channel.SMS and message.recipient == number
    code = message.short.split("code is ")[1][:6]
    with pytest.raises(BadUserInput, match="not right"):
        await world.channels.verify_phone(world.user(signed.user.id), "000000" if code != "000000" else "111111")
    user = await world.channels.verify_phone(world.user(signed.user.id), code)
    assert user.phone == number and world.user(signed.user.id).phone_verified
    with pytest.raises(BadUserInput, match="Push notifications need a device"):
        await world.channels.choose(world.user(signed.user.id), {"new_match": [Channel.SMS, Channel.PUSH]})
    await world.devices.add(_device(signed.user.id, signed.session_id, "phone-1"))
    chosen = await world.channels.choose(world.user(signed.user.id), {"new_match": [Channel.SMS, Channel.PUSH]})
    assert chosen.preferences.channels.new_match == [Channel.SMS, Channel.PUSH]
    assert chosen.preferences.channels.account == [Channel.EMAIL]


async def test_a_phone_code_stops_working_after_five_wrong_guesses(world):
    signed = await world.candidate()
    await world.channels.request_phone_verification(world.user(signed.user.id), "+14155552671")
    code = world.notifier.sent[-1].short.split("code is ")[1][:6]
    wrong = "000000" if code != "000000" else "111111"
    for _ in range(5):
        with pytest.raises(BadUserInput, match="not right"):
            await world.channels.verify_phone(world.user(signed.user.id), wrong)
    with pytest.raises(BadUserInput, match="too many"):
        await world.channels.verify_phone(world.user(signed.user.id), code)


async def test_a_malformed_phone_number_says_how_to_write_it(world):
    signed = await world.candidate()
    with pytest.raises(BadUserInput, match="international form"):
        await world.channels.request_phone_verification(world.user(signed.user.id), "12345")


async def test_messages_go_to_the_channels_chosen_for_their_kind(world):
    signed = await world.candidate()
    user_id = signed.user.id
    await world.users.set_phone(user_id, "+14155552671", True)
    await world.devices.add(_device(user_id, signed.session_id, "phone-1"))
    await world.devices.add(_device(user_id, signed.session_id, "tablet-1"))
    await world.channels.choose(world.user(user_id), {"new_match": [Channel.PUSH, Channel.SMS], "application_update": []})
    outbox = RecordingOutbox()
    notifier = ChannelNotifier(world.users, world.devices, outbox)
    await notifier.send([
        Message(user_id=user_id, kind="match", subject="A new match", text="long text", short="Match!", dedupe_key="m1"),
        Message(user_id=user_id, kind="application", subject="Status", text="x"),
        # A reset link (of signing in: mailed to an address not yet proven too).
        Message(user_id=user_id, kind="account", subject="Reset", text="link", html="<p>link</p>", sign_in_flow=True),
        Message(user_id="nobody", kind="account", subject="Lost", text="?"),
    ])
    sent = [(d.channel, d.recipient, d.subject, d.text) for d in outbox.deliveries]
    assert sent == [
        (Channel.PUSH, "phone-1", "A new match", "Match!"),
        (Channel.PUSH, "tablet-1", "A new match", "Match!"),
        (Channel.SMS, "+14155552671", "A new match", "Match!"),
        (Channel.EMAIL, "ada@example.com", "Reset", "link"),
    ]
    assert len({d.dedupe_key for d in outbox.deliveries[:3]}) == 3


async def test_sms_is_not_sent_to_an_unproven_number(world):
    signed = await world.candidate()
    user = world.user(signed.user.id)
    channels = user.preferences.channels.model_copy(update={"account": [Channel.SMS]})
    world.users.users[user.id] = user.model_copy(update={
        "phone": "+14155552671", "phone_verified": False,
        "preferences": user.preferences.model_copy(update={"channels": channels}),
    })
    outbox = RecordingOutbox()
    await ChannelNotifier(world.users, world.devices, outbox).send(
        [Message(user_id=user.id, kind="account", subject="s", text="t")]
    )
    assert outbox.deliveries == []


def _person(role: Role) -> User:
    return User(id="u1", email="p@example.com", name="P", role=role, password_hash=f"hashed:{PASSWORD}",
                created_at=datetime(2026, 1, 1, tzinfo=UTC))


def _erasure(store, blobs, shas, vectors, hasher):
    return AccountErasure(store, shas, blobs, hasher, RecordingEventBus(), vectors=vectors)


async def test_erasure_needs_the_password(world):
    store = FakeAccountStore()
    erasure = _erasure(store, InMemoryBlobStore(), FakeResumeShas(), None, world.hasher)
    with pytest.raises(BadUserInput, match="password"):
        await erasure.delete_account(_person(Role.CANDIDATE), "not the password")
    assert store.erased == []


async def test_erasure_removes_resume_files_and_vectors_but_keeps_a_blob_someone_else_uses(world):
    store = FakeAccountStore(resumes=[("r1", "a" * 64), ("r2", "b" * 64)])
    blobs, vectors = InMemoryBlobStore({"a" * 64: b"a", "b" * 64: b"b"}), FakeResumeVectors({"r1", "r2", "r3"})
    erasure = _erasure(store, blobs, FakeResumeShas(in_use={"b" * 64}), vectors, world.hasher)
    await erasure.delete_account(_person(Role.CANDIDATE), PASSWORD)
    assert store.erased == ["u1"]
    assert set(blobs.blobs) == {"b" * 64} and vectors.ids == {"r3"}


async def test_erasure_stores_each_resume_s_file_removal_with_the_erasure_for_the_workers(world):
    from domain.services.blob_forgetting import FORGET_BLOB

    store = FakeAccountStore(resumes=[("r1", "a" * 64), ("r2", "b" * 64)])
    blobs = InMemoryBlobStore({"a" * 64: b"a", "b" * 64: b"b"})
    erasure = _erasure(store, blobs, FakeResumeShas(), None, world.hasher)
    await erasure.delete_account(_person(Role.CANDIDATE), PASSWORD)
    assert [(w.kind, w.payload["sha256"]) for w in store.work] == [(FORGET_BLOB, "a" * 64), (FORGET_BLOB, "b" * 64)]
    holders = [w.payload["holder"] for w in store.work]
    assert len(set(holders)) == 2 and not {"r1", "r2", "u1"} & set(holders)  # the work names no one
    assert blobs.blobs == {} and blobs.trash == {}
