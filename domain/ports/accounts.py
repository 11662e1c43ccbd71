"""Ports for people, organizations, sessions and credentials."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from enum import Enum
from typing import Protocol

from domain.account_tokens import OneTimeToken, Purpose
from domain.channels import Device
from domain.ports.queue import PendingWork
from domain.sessions import Rotation, Session
from domain.users import HeldAddress, Organization, Preferences, User


class EmailChangeOutcome(Enum):
    CHANGED = "changed"
    TAKEN = "taken"    # another account has the new address, or holds it (see change_email)
    STALE = "stale"    # the account's address is no longer the one replaced (or it is gone)
    WITHDRAWN = "withdrawn"  # the change's link stopped working (cancelled, replaced, used)


class UserRepository(Protocol):
    async def add(self, user: User, organization: Organization | None = None) -> None:
        """Raises domain.errors.Conflict when the email is taken, or held for an account that
        replaced it until after `user.created_at`, or when another organization's name has the
        same domain.organization_names.organization_name_key (uniqueness constraints, checked in
        the write that stores both: a conflict stores neither). A closed organization's name is
        free: its closing released it."""
        ...

    async def get_many(self, ids: Sequence[str]) -> list[User | None]: ...

    async def get_by_email(self, email: str) -> User | None:
        """The account signing in with `email` now; None for an address only held (change_email)."""
        ...

    async def members_of(self, organization_ids: Sequence[str]) -> list[list[User]]: ...

    async def update_preferences(
        self, user_id: str, preferences: Preferences, work: Sequence[PendingWork] = (),
        *, expected: Preferences | None = None, verified_phone: bool = False,
    ) -> bool:
        """Stores the preferences and queues `work` in the same transaction; with `expected`,
        only over stored preferences equal to it (False, nothing written, when they changed
        meanwhile); with `verified_phone`, only while the stored phone is verified, checked in
        the same write (a phone removed after the change was made leaves the preferences
        alone). True when written."""
        ...

    async def set_email_verified(self, user_id: str) -> None: ...

    async def change_email(self, user_id: str, new_email: str, *, replacing: str, now: datetime,
                           hold_replaced_for: timedelta | None = None,
                           link: str | None = None) -> EmailChangeOutcome:
        """Gives the account `new_email`, verified (proven by the link that leads here), in one
        write with its uniqueness among accounts and with the condition that the stored address is
        still `replacing`; nothing is written unless CHANGED. With `hold_replaced_for`, `replacing`
        stays the account's, held, until `now` plus that: no other account registers or changes
        to it (TAKEN, as for an address in use) and nobody signs in with it, while this account
        may take it back, which ends the hold. A hold on `new_email` that ended by `now` counts
        for nothing. Erasing the account ends its holds. With `link` (the id of the one-time token
        that asked for the change), only while that token is unused, checked in the same write
        (WITHDRAWN otherwise): a change withdrawn meanwhile (withdraw_email_change) never lands.
        The token stays unused: the caller retires it once the old address was told."""
        ...

    async def withdraw_email_change(self, user_id: str, link: str, new_email: str, now: datetime) -> bool:
        """Marks the change's link (one-time token `link`, asking for `new_email`) used, only while
        it is unused and the account's address is not `new_email` yet, both checked in one write
        with it: a confirmation (change_email with that `link`) and a withdrawal racing each other
        never both succeed. True when this call stopped the link; False, nothing written, when it
        was used or retired already, or the change landed, or the account is gone."""
        ...

    async def held_addresses(self, user_id: str, now: datetime) -> list[HeldAddress]:
        """The addresses the account gave up that it still holds at `now`, by address."""
        ...

    async def holder_of(self, email: str, now: datetime) -> str | None:
        """The id of the account holding `email` at `now` (given up in a change, see change_email);
        None when nobody holds it (in use or not)."""
        ...

    async def get_by_external_identity(self, identity: str) -> User | None:
        """The account linked to an identity provider's user (link_external_identity)."""
        ...

    async def external_identity_of(self, user_id: str) -> str | None:
        """The identity provider's user the account is linked to, if any."""
        ...

    async def link_external_identity(self, user_id: str, identity: str, *, email: str, signed_in_at: datetime) -> bool:
        """Links the account to an identity provider's user (`identity`: its issuer and subject), so
        that user signs in to it whatever address either side has later; only while the account's
        address is still `email`, verified (what the sign-in found it by), and only for a sign-in
        made after the account's link was last ended (`signed_in_at` later than
        identity_unlinked_at: a token issued before an unlink still carries the address), all
        checked in the same write. True when the account is linked to it (now or before); False,
        nothing written, when the account is linked to another one, another account is linked to
        this one, its address is no longer `email` or not verified, the sign-in is not later than
        the last unlink, or the account is gone or being erased."""
        ...

    async def unlink_external_identity(self, user_id: str, now: datetime) -> bool:
        """Ends the account's link (the provider's user signs in to it no more until a sign-in
        made after `now` links it again by the address) and records `now` as identity_unlinked_at,
        in the same write, also when there was no link: the ways in end, so a provider sign-in made
        before, not yet linked, must not link afterwards either. True when a link was ended; False
        when there was none (the moment recorded all the same) or the account is gone."""
        ...

    async def identity_unlinked_at(self, user_id: str) -> datetime | None:
        """When the account's link was last ended (unlink_external_identity), None when never."""
        ...

    async def set_name(self, user_id: str, name: str) -> bool:
        """Stores the name the person goes by (and whatever an administrator's search reads of it,
        in the same write). False, nothing written, when there is no such user."""
        ...

    async def update_password(self, user_id: str, password_hash: str, *, replacing: str | None = None) -> None:
        """The same password hashed afresh; with `replacing`, only while that hash is still stored."""
        ...

    async def replace_password(self, user_id: str, password_hash: str, *, replacing: str | None = None) -> bool:
        """A new password that ends every access token: also bumps token_version. With
        `replacing`, only while the stored hash is still that one (the one the caller checked the
        current password against); False when nothing was written."""
        ...

    async def set_phone(self, user_id: str, phone: str | None, verified: bool) -> None: ...


class OrganizationRepository(Protocol):
    async def get_many(self, ids: Sequence[str]) -> list[Organization | None]: ...

    async def set_verified(self, organization_id: str, verified: bool) -> Organization | None:
        """The organization as stored after the change; None (and nothing written) when unknown."""
        ...


class SessionRepository(Protocol):
    async def create(self, session: Session, refresh_token_hash: str) -> None: ...

    async def rotate(
        self, old_hash: str, new_hash: str, now: datetime, ip: str | None, grace: timedelta
    ) -> Rotation | None:
        """Marks old_hash used and stores new_hash in the same session, atomically (one
        wins when several race). When old_hash was already rotated to new_hash less than
        `grace` ago and new_hash is not used yet, answers that same rotation again. None when old_hash is unknown, was used
        longer ago (or for another successor), or its session is revoked or expired."""
        ...

    async def find_by_token(self, token_hash: str) -> tuple[Session, bool] | None:
        """The session a refresh token belongs to and whether that token was already used."""
        ...

    async def revoke(self, session_id: str, now: datetime, reason: str) -> None: ...

    async def revoke_all_for_user(self, user_id: str, now: datetime, reason: str) -> None: ...

    async def get(self, session_id: str) -> Session | None: ...

    async def get_with_user(self, session_id: str, user_id: str) -> tuple[Session | None, User | None]:
        """The session and the user a bearer token names: every authenticated request asks for
        both, so a backend that can read them in one round trip does. Each is None when unknown."""
        ...

    async def list_for_user(self, user_id: str) -> list[Session]: ...


class PasswordHasher(Protocol):
    def hash(self, password: str) -> str: ...

    def verify(self, password_hash: str, password: str) -> bool: ...

    def needs_rehash(self, password_hash: str) -> bool: ...


class AccessTokenIssuer(Protocol):
    def issue(self, user: User, session_id: str, issued_at: datetime | None = None) -> str:
        """The same arguments give the same token: a repeated refresh gets the same pair."""
        ...


class OneTimeTokenRepository(Protocol):
    async def add(self, token: OneTimeToken) -> None: ...

    async def find(self, token_hash: str) -> OneTimeToken | None: ...

    async def latest_open(self, user_id: str, purpose: Purpose, now: datetime) -> OneTimeToken | None:
        """The newest token of that purpose not used and not expired."""
        ...

    async def issued_since(self, user_id: str, purpose: Purpose, since: datetime) -> list[datetime]:
        """When tokens of that purpose were issued to the user since `since`, oldest first."""
        ...

    async def consume(self, token_id: str, now: datetime) -> bool:
        """Marks the token used if it is still unused and unexpired; False if it was not
        (a race lost to another use, or it expired meanwhile)."""
        ...

    async def claim_attempt(self, token_id: str, max_attempts: int) -> int | None:
        """Counts one more guess at the token, in one atomic step, if fewer than max_attempts
        were made: returns this guess's number (1 for the first), or None when none is left
        (or the token is gone). Concurrent callers never get more than max_attempts numbers."""
        ...

    async def retire_open(
        self, user_id: str, purpose: Purpose, now: datetime, *, issued_from: datetime | None = None,
    ) -> None:
        """Every unused token of that purpose (created at or after `issued_from`, when given)
        stops working (a newer one replaces them)."""
        ...


class DeviceRepository(Protocol):
    async def add(self, device: Device) -> Device:
        """Stores the device; the same (platform, token) registered again moves to this
        user and session and comes back with its existing id."""
        ...

    async def for_users(self, user_ids: Sequence[str]) -> list[list[Device]]: ...

    async def remove(self, device_id: str) -> None: ...

    async def remove_for_session(self, session_id: str) -> None: ...

    async def remove_for_user(self, user_id: str) -> None: ...


# The work that follows one erased resume, given its (resume id, blob key).
ResumeWork = Callable[[str, str], PendingWork]


class AccountStore(Protocol):
    """What erasing an account needs from storage, done as one unit."""

    async def erase(self, user_id: str, work_per_resume: ResumeWork | None = None) -> list[tuple[str, str]]:
        """Deletes the person and everything theirs (resumes and their parsed data and
        stored vectors, matches, preferences, sessions, devices, tokens, messages) and
        anonymises the applications they sent, all or nothing. Returns the erased resumes
        as (resume id, blob key) so their files and index entries can go too.

        `work_per_resume`'s work for each erased resume is stored in the same write as that
        resume's removal (a transactional outbox): a crash after it leaves the files' removal
        to the queue, never to nobody."""
        ...
