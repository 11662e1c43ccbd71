"""A confirmation of an address change racing its withdrawal through two writer connections on
one SQLite file (as two API processes have): exactly one lands each time. The one-connection,
DynamoDB and fake races are in tests/integration/contract/test_email_change_link_contract.py."""
from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from adapters.embedded.sqlite.account_tokens import SqliteOneTimeTokenRepository
from adapters.embedded.sqlite.users import SqliteUserRepository
from domain.account_tokens import OneTimeToken, Purpose
from domain.ports.accounts import EmailChangeOutcome
from domain.users import Role, User

NOW = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)


async def test_a_confirmation_and_a_withdrawal_in_two_processes_never_both_land(two_connections):
    first, second = two_connections
    confirming, cancelling = SqliteUserRepository(first), SqliteUserRepository(second)
    for n in range(8):
        old, new = f"ada{n}@example.org", f"ada{n}-moved@example.org"
        await confirming.add(User(id=f"user-{n}", email=old, name="Ada", role=Role.CANDIDATE, password_hash="x",
                                  created_at=NOW))
        link = OneTimeToken(id=f"link-{n}", user_id=f"user-{n}", purpose=Purpose.CHANGE_EMAIL, token_hash=f"h{n}",
                            target=new, created_at=NOW, expires_at=NOW + timedelta(hours=24))
        await SqliteOneTimeTokenRepository(first).add(link)
        changed, withdrawn = await asyncio.gather(
            confirming.change_email(link.user_id, new, replacing=old, now=NOW, link=link.id),
            cancelling.withdraw_email_change(link.user_id, link.id, new, NOW))
        (stored,) = await cancelling.get_many([link.user_id])
        if withdrawn:
            assert (changed, stored.email) == (EmailChangeOutcome.WITHDRAWN, old)
        else:
            assert (changed, stored.email) == (EmailChangeOutcome.CHANGED, new)
