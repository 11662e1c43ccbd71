"""Changing the address a person signs in with. The request needs the current password; a link
mailed to the new address proves it, and only opening it changes the account (until then the old
address stays, and signs in). The old address is then told, with a link that gives it back for a
week, and is held for the account that week (nobody else registers it, changes to it or signs in
with it): an account taken over by someone who knew the password is not lost with its address,
since undoing also signs every device out and voids the password, so whoever knew it cannot sign in."""
from __future__ import annotations

import secrets
from datetime import timedelta

from domain.account_tokens import Purpose
from domain.channels import Channel
from domain.clock import Clock
from domain.email_change_messages import (
    ADDRESS_HELD_ASKED,
    CONFIRM_NEW_EMAIL,
    EMAIL_ALREADY_AN_ACCOUNT,
    EMAIL_CHANGED,
    EMAIL_CHANGED_BACK,
)
from domain.email_change_pending import PendingEmailChange
from domain.errors import BadUserInput, Conflict, RateLimited
from domain.events import SessionEnded
from domain.messages import Links
from domain.ports.accounts import (
    DeviceRepository,
    EmailChangeOutcome,
    PasswordHasher,
    SessionRepository,
    UserRepository,
)
from domain.ports.events import EventBus
from domain.ports.notifications import Message, Notifier
from domain.services.one_time_tokens import IssueLimit, OneTimeTokens
from domain.users import User
from domain.validation import normalise_email

_ROUNDS = 3  # a change landing between the read and the conditional write is read again
_CANCEL_ROUNDS = 8  # each open link once (a request sent a few times at once), and re-reads


class EmailChange:
    def __init__(self, users: UserRepository, sessions: SessionRepository, devices: DeviceRepository,
                 hasher: PasswordHasher, tokens: OneTimeTokens, notifier: Notifier, events: EventBus,
                 links: Links, clock: Clock, ttl: timedelta = timedelta(hours=24),
                 undo_ttl: timedelta = timedelta(days=7), limit: IssueLimit = IssueLimit()) -> None:
        self._users, self._sessions, self._devices, self._hasher = users, sessions, devices, hasher
        self._tokens, self._notifier, self._events, self._links, self._clock = tokens, notifier, events, links, clock
        self._ttl, self._undo_ttl, self._limit = ttl, undo_ttl, limit

    async def request(self, user: User, new_email: str, password: str) -> str:
        """Mails the confirmation link to the new address; the address as it will be stored."""
        if not self._hasher.verify(user.password_hash, password or ""):
            raise BadUserInput("The password is not right; changing your email address needs your current one.",
                               field="currentPassword", reason="WRONG_PASSWORD")
        address = normalise_email(new_email, field="newEmail")
        if address == user.email:
            raise BadUserInput(f"{address} is already your email address; type the new one.",
                               field="newEmail", reason="SAME_EMAIL")
        wait = await self._tokens.wait_before_next(user.id, Purpose.CHANGE_EMAIL, self._limit)
        if wait > 0:
            raise RateLimited(
                "A confirmation link was sent recently; open it, or ask again in"
                f" {max(1, round(wait))} seconds.", retry_after_seconds=wait)
        # The same work whichever address it is (one link minted, both look-ups, one message
        # rendered and sent), so neither the answer nor its timing tells the asker whether the
        # address is free, in use or held: only who is told differs. A link to a taken or held
        # address is refused when opened.
        secret = await self._tokens.issue_link(user.id, Purpose.CHANGE_EMAIL, self._ttl, target=address)
        holder = await self._users.get_by_email(address)
        held_by = await self._users.holder_of(address, self._clock.now())
        await self._notifier.send([self._asked_message(user, address, secret, holder, held_by)])
        return address

    def _asked_message(self, user: User, address: str, secret: str, holder: User | None,
                       held_by: str | None) -> Message:
        if holder is not None:
            return EMAIL_ALREADY_AN_ACCOUNT.render(
                holder.id, holder.name, self._links.to("forgot-password"), only_channel=Channel.EMAIL)
        if held_by not in (None, user.id):
            # Held for the account that gave it up a few days ago: its mailbox is that person's,
            # who has no use for someone else's confirmation (nor a greeting by a name a thief
            # may have given the account since).
            return ADDRESS_HELD_ASKED.render(held_by or "", "there", only_channel=Channel.EMAIL, recipient=address)
        return CONFIRM_NEW_EMAIL.render(
            user.id, user.name, self._links.to("confirm-email-change", token=secret),
            hours=str(int(self._ttl.total_seconds() // 3600)), only_channel=Channel.EMAIL, recipient=address)

    async def confirm(self, secret: str) -> User:
        """Opening the link: the account takes the address it was sent to, verified. The link is
        used up last, once the old address was told: a failure before leaves it to be opened again."""
        token = await self._tokens.open_link(secret, Purpose.CHANGE_EMAIL)
        new_address = token.target or ""
        for _ in range(_ROUNDS):
            user = await self._user(token.user_id)
            if user.email == new_address:
                # Changed by this link, then stopped before its end (or a second tab is at it):
                # the old address is told again rather than maybe never.
                undo = await self._tokens.latest_open(user.id, Purpose.UNDO_EMAIL_CHANGE)
                if undo is not None and undo.created_at >= token.created_at and undo.target != new_address:
                    await self._tell_old_address(user, undo.target or "", new_address)
                await self._tokens.retire(user.id, Purpose.CHANGE_EMAIL)
                return user
            # Issued before the change, so the address it gives back is known however far this gets.
            undo_secret = await self._tokens.issue_link(
                user.id, Purpose.UNDO_EMAIL_CHANGE, self._undo_ttl, target=user.email, keep_earlier=True)
            # The old address stays the account's while its undo link works: nobody else takes it
            # meanwhile (registers it, or signs in with it), so the undo can always give it back.
            # Only while the link still works, checked in the write: a cancel (or a newer request)
            # landing after the checks above stops the change rather than being overtaken by it.
            outcome = await self._users.change_email(user.id, new_address, replacing=user.email,
                                                     now=self._clock.now(), hold_replaced_for=self._undo_ttl,
                                                     link=token.id)
            if outcome is EmailChangeOutcome.WITHDRAWN:
                (now,) = await self._users.get_many([user.id])
                if now is not None and now.email == new_address:
                    continue  # this very link landed meanwhile (a second tab): answered as above
                raise BadUserInput("This link was cancelled, or a newer change replaced it, while it was being"
                                   " opened; your address did not change. Ask for a new link if you still"
                                   " want it to.", field="token", reason="USED")
            if outcome is EmailChangeOutcome.TAKEN:
                raise Conflict(f"Another account signed up with {new_address} after this link was sent, so"
                               " it cannot be yours too; ask for a change to another address.",
                               field="token", reason="EMAIL_TAKEN")
            if outcome is EmailChangeOutcome.CHANGED:
                await self._send_notice(user, undo_secret, new_address)
                # Every change link asked for over the address just replaced stops working too.
                await self._tokens.retire(user.id, Purpose.CHANGE_EMAIL)
                return user.model_copy(update={"email": new_address, "email_verified": True})
        raise Conflict("The account's address kept changing while this link was opened; open it again.",
                       field="token", reason="RETRY")

    async def undo(self, secret: str) -> User:
        """The link mailed to the old address: it comes back, every sign-in ends and the password
        stops working (a new one is chosen with requestPasswordReset, mailed to that address)."""
        token = await self._tokens.open_link(secret, Purpose.UNDO_EMAIL_CHANGE)
        old_address = token.target or ""
        for _ in range(_ROUNDS):
            user = await self._user(token.user_id)
            outcome = EmailChangeOutcome.CHANGED
            if user.email != old_address:
                # Taking the held address back ends its hold; the address given up is not held.
                outcome = await self._users.change_email(user.id, old_address, replacing=user.email,
                                                         now=self._clock.now())
            if outcome is EmailChangeOutcome.TAKEN:
                # Whoever changed the address is locked out all the same; the link keeps working
                # should the address be freed.
                await self._lock_out(user)
                raise Conflict(f"{old_address} now belongs to another account, so it cannot be given back;"
                               " every device was signed out and the password no longer works. Contact"
                               " TalentGraph support.", field="token", reason="EMAIL_TAKEN")
            if outcome is EmailChangeOutcome.CHANGED:
                await self._lock_out(user)
                # The links of the addresses that came after this one stop working (a thief's, who
                # would undo to an address of theirs); earlier ones, the owner's first, still work.
                await self._tokens.retire(user.id, Purpose.UNDO_EMAIL_CHANGE, issued_from=token.created_at)
                if user.email != old_address:  # the address it had moved to is told as well
                    await self._notifier.send([EMAIL_CHANGED_BACK.render(
                        user.id, user.name, self._links.to("forgot-password"), old_address=old_address,
                        only_channel=Channel.EMAIL, recipient=user.email)])
                return user.model_copy(update={"email": old_address, "email_verified": True})
        raise Conflict("The account's address kept changing while this link was opened; open it again.",
                       field="token", reason="RETRY")

    async def pending(self, user: User) -> PendingEmailChange | None:
        """The change asked for whose link has not been opened (and still works), if any."""
        token = await self._tokens.latest_open(user.id, Purpose.CHANGE_EMAIL)
        if token is None or not token.target or token.target == user.email:
            return None  # the last one is being opened right now: the address is already changed
        return PendingEmailChange(new_email=token.target, requested_at=token.created_at,
                                  expires_at=token.expires_at)

    async def cancel(self, user: User) -> bool:
        """The pending change's link stops working; False when nothing was pending, or when it was
        confirmed first (its address is the account's now: undoEmailChange, from the old address,
        gives it back). The link stops in one write with a check that its address is not the
        account's yet, and a confirmation writes only while the link works: one of them wins."""
        # Every open link, not only the newest: a request sent twice at once leaves two.
        stopped = False
        for _ in range(_CANCEL_ROUNDS):
            token = await self._tokens.latest_open(user.id, Purpose.CHANGE_EMAIL)
            if token is None or not token.target:
                return stopped
            if await self._users.withdraw_email_change(user.id, token.id, token.target, self._clock.now()):
                stopped = True
                continue
            (now,) = await self._users.get_many([user.id])
            if now is None or now.email == token.target:
                return False  # confirmed before this stopped it
            # Retired meanwhile by a newer request, which is then the pending one: read again.
        return stopped

    async def password_changed(self, user_id: str) -> None:
        """A new password (changed or reset) ends the address changes asked for with the old one."""
        await self._tokens.retire(user_id, Purpose.CHANGE_EMAIL)

    async def _user(self, user_id: str) -> User:
        (user,) = await self._users.get_many([user_id])
        if user is None:
            raise BadUserInput("This link is for an account that no longer exists.", field="token",
                               reason="INVALID")
        return user

    async def _tell_old_address(self, user: User, old_address: str, new_address: str) -> None:
        secret = await self._tokens.issue_link(
            user.id, Purpose.UNDO_EMAIL_CHANGE, self._undo_ttl, target=old_address, keep_earlier=True)
        await self._send_notice(user.model_copy(update={"email": old_address}), secret, new_address)

    async def _send_notice(self, user: User, undo_secret: str, new_address: str) -> None:
        await self._notifier.send([EMAIL_CHANGED.render(
            user.id, user.name, self._links.to("undo-email-change", token=undo_secret), new_address=new_address,
            days=str(self._undo_ttl.days), only_channel=Channel.EMAIL, recipient=user.email)])

    async def _lock_out(self, user: User) -> None:
        # A password no one knows: whoever changed the address with it cannot sign in again.
        await self._users.replace_password(user.id, self._hasher.hash(secrets.token_urlsafe(32)))
        await self._tokens.retire(user.id, Purpose.CHANGE_EMAIL)
        await self._sessions.revoke_all_for_user(user.id, self._clock.now(), "email change undone")
        # The identity provider's user linked meanwhile may be whoever changed the address.
        await self._users.unlink_external_identity(user.id, self._clock.now())
        await self._devices.remove_for_user(user.id)
        await self._events.publish(SessionEnded(user_id=user.id, reason="email change undone"))
