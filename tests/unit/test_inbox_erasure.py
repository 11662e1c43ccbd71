"""Deleting an account removes its inbox, including a notification kept while the erasure
runs (a worker's send between the first removal and the account's end), and nobody else's."""
from __future__ import annotations

from datetime import UTC, datetime

from domain.inbox import Notification, notification_id
from domain.services.erasure import AccountErasure
from domain.users import Role, User
from tests.fakes.account_lifecycle import FakeAccountStore, FakeResumeShas
from tests.fakes.accounts import RecordingEventBus
from tests.fakes.blobs import InMemoryBlobStore
from tests.fakes.inbox import FakeInbox
from tests.unit.test_self_identification import PASSWORD, PlainHasher

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def _note(user_id: str, key: str) -> Notification:
    return Notification(id=notification_id(NOW), user_id=user_id, kind="match", subject="New match", text="t",
                        created_at=NOW, dedupe_key=key)


class SendDuringErasure(FakeAccountStore):
    """A match notification lands while the store erases the account."""

    def __init__(self, inbox: FakeInbox) -> None:
        super().__init__()
        self.inbox = inbox

    async def erase(self, user_id: str, work_per_resume=None) -> list[tuple[str, str]]:
        await self.inbox.keep([_note(user_id, "late")], limit=500)
        return await super().erase(user_id, work_per_resume)


async def test_the_inbox_goes_with_the_account_even_what_arrived_meanwhile():
    inbox = FakeInbox()
    await inbox.keep([_note("ada", "k1"), _note("bob", "k1")], limit=500)
    store = SendDuringErasure(inbox)
    erasure = AccountErasure(store, FakeResumeShas(), InMemoryBlobStore(), PlainHasher(), RecordingEventBus(),
                             inbox=inbox)
    ada = User(id="ada", email="ada@example.com", name="Ada", role=Role.CANDIDATE, password_hash=f"hashed:{PASSWORD}",
               created_at=NOW)
    await erasure.delete_account(ada, PASSWORD)
    assert store.erased == ["ada"]
    assert await inbox.unread_counts(["ada", "bob"]) == [0, 1]
