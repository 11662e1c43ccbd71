"""Forgotten passwords. Asking answers the same for every address, and does the same work
in the request for known and unknown ones (one look-up, one queued item): whether a mail
goes out is decided off the request, so neither the answer nor its timing tells anyone
which addresses have accounts."""
from __future__ import annotations

from datetime import timedelta

from domain.account_tokens import Purpose
from domain.channels import Channel
from domain.clock import Clock
from domain.errors import BadUserInput
from domain.events import SessionEnded
from domain.messages import PASSWORD_CHANGED, RESET_PASSWORD, Links
from domain.passwords import PasswordPolicy
from domain.ports.accounts import DeviceRepository, PasswordHasher, SessionRepository, UserRepository
from domain.ports.events import EventBus
from domain.ports.notifications import Notifier
from domain.ports.queue import WorkQueue
from domain.services.one_time_tokens import IssueLimit, OneTimeTokens
from domain.validation import normalise_email

SEND_PASSWORD_RESET = "account.password_reset"


class PasswordReset:
    def __init__(
        self,
        users: UserRepository,
        sessions: SessionRepository,
        devices: DeviceRepository,
        hasher: PasswordHasher,
        tokens: OneTimeTokens,
        notifier: Notifier,
        queue: WorkQueue,
        links: Links,
        clock: Clock,
        events: EventBus,
        ttl: timedelta = timedelta(minutes=30),
        limit: IssueLimit = IssueLimit(),
        passwords: PasswordPolicy | None = None,
    ) -> None:
        self._passwords = passwords or PasswordPolicy()
        self._users = users
        self._sessions = sessions
        self._devices = devices
        self._hasher = hasher
        self._tokens = tokens
        self._notifier = notifier
        self._queue = queue
        self._links = links
        self._clock = clock
        self._events = events
        self._ttl = ttl
        self._limit = limit

    async def request(self, email: str) -> None:
        address = normalise_email(email)  # a malformed address says nothing about accounts
        user = await self._users.get_by_email(address)
        await self._queue.enqueue(SEND_PASSWORD_RESET, {"user_id": user.id if user else None})

    async def deliver(self, user_id: str | None) -> None:
        """The queued half: mails a link to a known, active account within the rate."""
        if user_id is None:
            return
        (user,) = await self._users.get_many([user_id])
        if user is None or user.suspended:
            return
        if await self._tokens.wait_before_next(user.id, Purpose.RESET_PASSWORD, self._limit) > 0:
            return  # silently: the asker must not learn more than from any other answer
        secret = await self._tokens.issue_link(user.id, Purpose.RESET_PASSWORD, self._ttl, target=user.email)
        await self._notifier.send([RESET_PASSWORD.render(
            user.id, user.name, self._links.to("reset-password", token=secret),
            minutes=str(int(self._ttl.total_seconds() // 60)),
            # To the address the link is for (its target), even with account messages turned
            # off: otherwise a forgotten password could never be reset.
            only_channel=Channel.EMAIL,
        )])

    async def reset(self, secret: str, new_password: str) -> None:
        # Checked before redeeming, so a refused password keeps the link usable.
        self._passwords.check(new_password, "newPassword", personal=await self._personal_words(secret))
        token = await self._tokens.redeem_link(secret, Purpose.RESET_PASSWORD)
        (user,) = await self._users.get_many([token.user_id])
        if user is None or (token.target or "").lower() != user.email.lower():
            raise BadUserInput(
                "This link was for an email address the account no longer has; ask for a new one.",
                field="token", reason="INVALID",
            )
        await self._users.replace_password(user.id, self._hasher.hash(new_password))
        # An address change asked for with the old password is not carried out with the new one.
        await self._tokens.retire(user.id, Purpose.CHANGE_EMAIL)
        await self._sessions.revoke_all_for_user(user.id, self._clock.now(), "password reset")
        # Every way in ends, the identity provider's too: its next sign-in links again by the
        # address (the owner's own provider sign-in comes back by itself), a sign-in made before
        # the reset does not (its token still carries the address).
        await self._users.unlink_external_identity(user.id, self._clock.now())
        await self._devices.remove_for_user(user.id)
        # Revoked sessions refuse the next request; the event also closes the live
        # connections (websockets) of those sign-ins, on every replica, as a password change does.
        await self._events.publish(SessionEnded(user_id=user.id, reason="password reset"))
        if not user.email_verified:
            await self._users.set_email_verified(user.id)  # opening the mailed link proved the address
        await self._notifier.send([PASSWORD_CHANGED.render(
            user.id, user.name, self._links.to("forgot-password"),
        )])

    async def _personal_words(self, secret: str) -> tuple[str, ...]:
        """The email address and name of the account a link is for (nothing for a bad link,
        which redeeming then refuses)."""
        token = await self._tokens.find_link(secret, Purpose.RESET_PASSWORD)
        if token is None:
            return ()
        (user,) = await self._users.get_many([token.user_id])
        return (user.email, user.name) if user is not None else ()
