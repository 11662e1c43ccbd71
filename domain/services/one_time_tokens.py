"""Issuing and redeeming single-use, expiring, hashed secrets (links and codes), and the
rate at which a person may ask for them."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from domain.account_tokens import OneTimeToken, Purpose, hash_secret, new_code, new_link_secret, same_hash
from domain.clock import Clock, new_id
from domain.errors import BadUserInput
from domain.ports.accounts import OneTimeTokenRepository


@dataclass(frozen=True)
class IssueLimit:
    """At most `per_window` secrets per `window`, and none sooner than `interval` apart."""

    interval: timedelta = timedelta(seconds=60)
    per_window: int = 5
    window: timedelta = timedelta(hours=1)


_USED = "was already used, or a newer one replaced it; each works once. Ask for a new one if you need it."


_GROUPING = re.compile(r"[\s-]+")
# How far back "was a code ever sent" looks: longer than any token is kept.
_EVER = timedelta(days=3660)


def _refused(what: str, why: str, reason: str) -> BadUserInput:
    return BadUserInput(f"This {what} {why}", field="token" if what == "link" else "code", reason=reason)


class OneTimeTokens:
    def __init__(self, tokens: OneTimeTokenRepository, clock: Clock) -> None:
        self._tokens = tokens
        self._clock = clock

    async def wait_before_next(self, user_id: str, purpose: Purpose, limit: IssueLimit) -> float:
        """Seconds until the person may be sent another secret of this purpose (0: now)."""
        now = self._clock.now()
        issued = await self._tokens.issued_since(user_id, purpose, now - limit.window)
        waits = [0.0]
        if issued:
            waits.append((issued[-1] + limit.interval - now).total_seconds())
        if len(issued) >= limit.per_window:
            waits.append((issued[-limit.per_window] + limit.window - now).total_seconds())
        return max(waits)

    async def issue_link(self, user_id: str, purpose: Purpose, ttl: timedelta, target: str | None = None,
                         *, keep_earlier: bool = False) -> str:
        """With keep_earlier, links of that purpose sent before still work (each names its own
        target, as an address change's undo links do: one per address the account had)."""
        secret = new_link_secret()
        await self._store(user_id, purpose, ttl, target, lambda _id: hash_secret(secret), keep_earlier)
        return secret

    async def issue_code(self, user_id: str, purpose: Purpose, ttl: timedelta, target: str | None = None) -> str:
        code = new_code()
        await self._store(user_id, purpose, ttl, target, lambda token_id: hash_secret(code, token_id))
        return code

    async def _store(
        self, user_id: str, purpose: Purpose, ttl: timedelta, target: str | None, hashed: Callable[[str], str],
        keep_earlier: bool = False,
    ) -> None:
        now = self._clock.now()
        if not keep_earlier:
            # Only the newest secret works: a resend makes the earlier ones useless.
            await self._tokens.retire_open(user_id, purpose, now)
        token_id = new_id()
        await self._tokens.add(OneTimeToken(
            id=token_id, user_id=user_id, purpose=purpose, token_hash=hashed(token_id), target=target,
            created_at=now, expires_at=now + ttl,
        ))

    async def retire(self, user_id: str, purpose: Purpose, *, issued_from: datetime | None = None) -> None:
        """No secret of this purpose sent so far (since `issued_from`, when given) works any more."""
        await self._tokens.retire_open(user_id, purpose, self._clock.now(), issued_from=issued_from)

    async def latest_open(self, user_id: str, purpose: Purpose) -> OneTimeToken | None:
        return await self._tokens.latest_open(user_id, purpose, self._clock.now())

    async def find_link(self, secret: str, purpose: Purpose) -> OneTimeToken | None:
        """The token a link names, without using it up (None for an unknown one)."""
        token = await self._tokens.find(hash_secret(secret or ""))
        return token if token is not None and token.purpose is purpose else None

    async def redeem_link(self, secret: str, purpose: Purpose) -> OneTimeToken:
        token = await self.open_link(secret, purpose)
        await self._use(token, "link")
        return token

    async def open_link(self, secret: str, purpose: Purpose) -> OneTimeToken:
        """The token a link names, refused as redeeming refuses it (unknown, used, expired), but
        not used up: for work whose every step must be done before the link stops working."""
        token = await self._tokens.find(hash_secret(secret or ""))
        if token is None or token.purpose is not purpose:
            raise _refused("link", "is not valid; check that it was copied whole, or ask for a new one.", "INVALID")
        if token.used_at is not None:
            raise _refused("link", _USED, "USED")
        if token.expires_at <= self._clock.now():
            raise _refused("link", "has expired; ask for a new one.", "EXPIRED")
        return token

    async def redeem_code(
        self, user_id: str, purpose: Purpose, code: str, max_attempts: int, how_to_ask: str = "ask for one",
    ) -> OneTimeToken:
        """`how_to_ask`: what the person does to be sent a code, told when none ever was."""
        # "123 456", "123-456": the code as people group it when they type it
        code = _GROUPING.sub("", code or "")
        if not code:  # an empty field is a slip, not a guess: it uses up no attempt
            raise BadUserInput("Enter the 6-digit code we sent you.", field="code", reason="EMPTY")
        now = self._clock.now()
        token = await self._tokens.latest_open(user_id, purpose, now)
        if token is None:
            # Never sent is told apart from spent: a person is not sent looking for a message.
            if not await self._tokens.issued_since(user_id, purpose, now - _EVER):
                raise BadUserInput(
                    f"No code was requested for you yet, so there is none to check; {how_to_ask}.",
                    field="code", reason="NOT_REQUESTED",
                )
            raise _refused("code", "has expired or was already used; ask for a new one.", "EXPIRED")
        # The guess is counted before the code is compared, in one step with the check against
        # the limit: guesses arriving together cannot all see the attempts still unused.
        attempt = await self._tokens.claim_attempt(token.id, max_attempts)
        if attempt is None:
            raise _refused("code", "was tried too many times; ask for a new one.", "TOO_MANY_ATTEMPTS")
        if not same_hash(token.token_hash, hash_secret(code, token.id)):
            left = max(0, max_attempts - attempt)
            raise BadUserInput(
                f"That code is not right; {left} attempt{'s' if left != 1 else ''} left.",
                field="code", reason="WRONG_CODE",
            )
        await self._use(token, "code")
        return token

    async def _use(self, token: OneTimeToken, what: str) -> None:
        now = self._clock.now()
        if token.used_at is not None:
            raise _refused(what, _USED, "USED")
        if token.expires_at <= now:
            raise _refused(what, "has expired; ask for a new one.", "EXPIRED")
        if not await self._tokens.consume(token.id, now):
            raise _refused(what, _USED, "USED")
