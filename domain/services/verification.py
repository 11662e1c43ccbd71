"""Proving an email address: a link sent at registration (and again on request, within a
rate), which marks the address verified when opened."""
from __future__ import annotations

from datetime import timedelta

from domain.account_tokens import Purpose
from domain.channels import Channel
from domain.errors import BadUserInput, Conflict, RateLimited
from domain.messages import VERIFY_EMAIL, Links
from domain.ports.accounts import UserRepository
from domain.ports.notifications import Notifier
from domain.services.one_time_tokens import IssueLimit, OneTimeTokens
from domain.users import User


class EmailVerification:
    def __init__(
        self,
        users: UserRepository,
        tokens: OneTimeTokens,
        notifier: Notifier,
        links: Links,
        ttl: timedelta = timedelta(hours=48),
        limit: IssueLimit = IssueLimit(),
    ) -> None:
        self._users = users
        self._tokens = tokens
        self._notifier = notifier
        self._links = links
        self._ttl = ttl
        self._limit = limit

    async def send(self, user: User) -> None:
        secret = await self._tokens.issue_link(user.id, Purpose.VERIFY_EMAIL, self._ttl, target=user.email)
        message = VERIFY_EMAIL.render(
            user.id, user.name, self._links.to("verify-email", token=secret),
            hours=str(int(self._ttl.total_seconds() // 3600)),
            # It proves the address, so it goes there whatever channels account messages take.
            only_channel=Channel.EMAIL,
        )
        await self._notifier.send([message])

    async def resend(self, user: User) -> None:
        if user.email_verified:
            raise Conflict("This email address is already verified; there is nothing to resend.")
        wait = await self._tokens.wait_before_next(user.id, Purpose.VERIFY_EMAIL, self._limit)
        if wait > 0:
            raise RateLimited(
                f"A verification email was sent recently; check your inbox (and spam folder) or try again"
                f" in {max(1, round(wait))} seconds.",
                retry_after_seconds=wait,
            )
        await self.send(user)

    async def verify(self, secret: str) -> User:
        token = await self._tokens.redeem_link(secret, Purpose.VERIFY_EMAIL)
        (user,) = await self._users.get_many([token.user_id])
        if user is None or (token.target or "").lower() != user.email.lower():
            raise BadUserInput(
                "This link was for an email address the account no longer has; ask for a new one.",
                field="token", reason="INVALID",
            )
        if not user.email_verified:
            await self._users.set_email_verified(user.id)
        return user.model_copy(update={"email_verified": True})
