"""Registration, sign-in, session rotation and password changes."""
from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from domain.clock import Clock, new_id
from domain.errors import AccountSuspended, BadUserInput, Conflict, Forbidden, Unauthenticated
from domain.events import PreferencesUpdated, SessionEnded, UserRegistered
from domain.organization_names import refuse_look_alike_letters
from domain.passwords import PasswordPolicy
from domain.ports.accounts import (
    AccessTokenIssuer,
    PasswordHasher,
    SessionRepository,
    UserRepository,
)
from domain.ports.events import EventBus
from domain.ports.queue import PendingWork
from domain.preference_changes import merged_preferences
from domain.refresh_tokens import RefreshTokenSuccessors
from domain.services.preference_writes import write_preferences
from domain.sessions import Session
from domain.users import Organization, OrganizationRole, Role, User
from domain.validation import normalise_email, optional_line, required_line

if TYPE_CHECKING:
    from domain.ports.accounts import DeviceRepository
    from domain.ports.look_alikes import LookAlikeLetters
    from domain.services.email_change import EmailChange
    from domain.services.invitations import InvitationService
    from domain.services.matching_triggers import MatchingWork
    from domain.services.verification import EmailVerification


@dataclass(frozen=True)
class Registration:
    email: str
    password: str
    name: str
    role: Role
    organization_name: str | None = None
    # The secret of an invitation to recruit: the account is made in the inviting organization.
    invitation_token: str | None = None


@dataclass(frozen=True)
class Signed:
    user: User
    access_token: str
    refresh_token: str
    session_id: str


@dataclass(frozen=True)
class ClientInfo:
    ip: str | None = None
    device: str | None = None


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


_BAD_CREDENTIALS = "The email or password is not right."


class AccountService:
    def __init__(
        self,
        users: UserRepository,
        sessions: SessionRepository,
        hasher: PasswordHasher,
        tokens: AccessTokenIssuer,
        events: EventBus,
        clock: Clock,
        refresh_token_days: int = 30,
        verification: EmailVerification | None = None,
        devices: DeviceRepository | None = None,
        successors: RefreshTokenSuccessors | None = None,
        refresh_reuse_grace: timedelta = timedelta(seconds=10),
        matching: MatchingWork | None = None,
        invitations: InvitationService | None = None,
        passwords: PasswordPolicy | None = None,
        look_alikes: LookAlikeLetters | None = None,
        email_change: EmailChange | None = None,
    ) -> None:
        self._email_change = email_change
        # The gateway hands in Unicode's tables; without them, names are still unique by their key
        # but a name passing for another by look-alike letters of another script is not refused.
        self._look_alikes = look_alikes
        # The gateway hands in the policy with the list of common passwords; without one, the
        # rules that need no list still hold.
        self._passwords = passwords or PasswordPolicy()
        self._matching = matching
        self._invitations = invitations
        self._users = users
        self._sessions = sessions
        self._hasher = hasher
        self._tokens = tokens
        self._events = events
        self._clock = clock
        self._refresh_ttl = timedelta(days=refresh_token_days)
        self._dummy_hash: str | None = None
        self._verification = verification
        self._devices = devices
        # Replicas sharing a store must share the key (the gateway passes one from its secret).
        self._successors = successors or RefreshTokenSuccessors(secrets.token_bytes(32))
        self._reuse_grace = refresh_reuse_grace

    async def register(self, registration: Registration, client: ClientInfo) -> Signed:
        email = normalise_email(registration.email)
        self._passwords.check(registration.password, personal=(registration.email, registration.name))
        name = required_line(registration.name, "name", 200)
        if registration.role is Role.ADMIN:
            raise Forbidden("Administrators cannot register themselves; ask an administrator.")
        now = self._clock.now()
        organization = self._new_organization(registration, now)
        user = User(
            id=new_id(),
            email=email,
            name=name,
            role=registration.role,
            password_hash=self._hasher.hash(registration.password),
            organization_id=organization.id if organization else None,
            # Whoever registers an organization owns it.
            organization_role=OrganizationRole.OWNER if organization else None,
            created_at=now,
        )
        if registration.invitation_token is not None:
            if self._invitations is None:
                raise BadUserInput("Invitations are not available here.", field="invitationToken")
            user = await self._invitations.sign_up(user, registration.invitation_token)
        else:
            await self._users.add(user, organization)
        await self._events.publish(UserRegistered(user_id=user.id, role=user.role.value))
        if self._verification is not None and not user.email_verified:  # the invitation's email proved it
            await self._verification.send(user)
        return await self._open_session(user, client)

    def _new_organization(self, registration: Registration, now: datetime) -> Organization | None:
        """The organization an employer registers, or None: none for a candidate, and none for
        an invited recruiter, who joins the inviting one."""
        org_name = optional_line(registration.organization_name, "organizationName", 200)
        if registration.invitation_token is not None:
            if registration.role is not Role.EMPLOYER:
                raise BadUserInput(
                    "An invitation is to recruit: register with role EMPLOYER to use `invitationToken`; a candidate"
                    " registers without one.", field="role",
                )
            if org_name:
                raise BadUserInput(
                    "With `invitationToken` you join the organization that invited you: leave `organizationName`"
                    " out.", field="organizationName",
                )
            return None
        if registration.role is Role.EMPLOYER:
            if not org_name:
                raise BadUserInput(
                    "Employers must give `organizationName`: the organization they post jobs for (or, invited"
                    " to recruit for one, the invitation's `invitationToken`).",
                    field="organizationName",
                )
            if self._look_alikes is not None:
                refuse_look_alike_letters(org_name, self._look_alikes, "organizationName")
            return Organization(id=new_id(), name=org_name, created_at=now)
        if org_name:
            raise BadUserInput(
                "Only employers belong to an organization: register with role EMPLOYER to post jobs for"
                " it, or leave `organizationName` out.",
                field="organizationName",
            )
        return None

    async def create_admin(self, email: str, name: str, password: str) -> User:
        self._passwords.check(password, personal=(email, name))
        user = User(
            id=new_id(),
            email=normalise_email(email),
            name=required_line(name, "name", 200),
            role=Role.ADMIN,
            password_hash=self._hasher.hash(password),
            email_verified=True,
            created_at=self._clock.now(),
        )
        await self._users.add(user)
        return user

    async def login(self, email: str, password: str, client: ClientInfo) -> Signed:
        try:
            address = normalise_email(email)
        except BadUserInput:
            raise Unauthenticated(_BAD_CREDENTIALS) from None
        user = await self._users.get_by_email(address)
        if user is None:
            # Spend the same hashing time as for a real account: no user enumeration by timing.
            self._hasher.verify(self._dummy(), password)
            raise Unauthenticated(_BAD_CREDENTIALS)
        if not self._hasher.verify(user.password_hash, password):
            raise Unauthenticated(_BAD_CREDENTIALS)
        if user.suspended:
            raise AccountSuspended()
        if self._hasher.needs_rehash(user.password_hash):
            # Over the hash just checked only: a password changed meanwhile is not put back.
            await self._users.update_password(user.id, self._hasher.hash(password), replacing=user.password_hash)
        return await self._open_session(user, client)

    async def refresh(self, refresh_token: str, client: ClientInfo) -> Signed:
        """A new pair for a refresh token, which stops working. Two tabs refreshing the same
        token at once both get the same new pair; a rotated token coming back after the grace
        window means someone holds a copy, and the whole session ends."""
        token_hash = hash_token(refresh_token)
        found = await self._sessions.find_by_token(token_hash)
        if found is None:
            raise Unauthenticated("The refresh token is not valid; sign in again.")
        session, _ = found
        now = self._clock.now()
        (user,) = await self._users.get_many([session.user_id])
        # Before the session's state: a suspension ends every session too, and "suspended" is
        # what the holder of a genuine token can act on, as an access token and signing in say.
        if user is not None and user.suspended:
            raise AccountSuspended()
        if not session.active or session.expires_at <= now:
            raise Unauthenticated("The session has ended; sign in again.")
        if user is None:
            raise Unauthenticated("The session has ended; sign in again.")
        new_token = self._successors.successor(refresh_token)
        rotation = await self._sessions.rotate(token_hash, hash_token(new_token), now, client.ip, self._reuse_grace)
        if rotation is None:
            # Used before, outside the grace window: someone holds a copy. End the whole family.
            await self._sessions.revoke(session.id, now, "refresh token reused")
            await self._events.publish(
                SessionEnded(user_id=session.user_id, session_id=session.id, reason="refresh token reused")
            )
            raise Unauthenticated(
                "This refresh token was already used, so the session was ended for safety; sign in again."
            )
        access = self._tokens.issue(user, session.id, issued_at=rotation.rotated_at)
        return Signed(user, access, new_token, session.id)

    async def change_password(self, user: User, current: str, new: str, client: ClientInfo) -> Signed:
        """Ends every session (and forgets their push devices) and opens a fresh one here:
        whoever else knew the old password is out."""
        if not self._hasher.verify(user.password_hash, current):
            raise BadUserInput("The current password is not right.", field="currentPassword")
        self._passwords.check(new, "newPassword", personal=(user.email, user.name))
        if new == current:
            raise BadUserInput("The new password must differ from the current one.", field="newPassword")
        # Over the hash the current password was checked against only: another tab's change made
        # since stays, and this one is refused instead of silently replacing it.
        if not await self._replaced_over_what_was_checked(user, current, self._hasher.hash(new)):
            raise Conflict(
                "Your password was changed a moment ago (in another tab or on another device), so this change was"
                " not made; sign in again with the new password.",
                field="currentPassword", reason="PASSWORD_CHANGED_MEANWHILE",
            )
        if self._email_change is not None:
            await self._email_change.password_changed(user.id)
        await self._sessions.revoke_all_for_user(user.id, self._clock.now(), "password changed")
        await self._users.unlink_external_identity(user.id, self._clock.now())  # as a reset does (password_reset.py)
        if self._devices is not None:
            await self._devices.remove_for_user(user.id)
        await self._events.publish(SessionEnded(user_id=user.id, reason="password changed"))
        (changed,) = await self._users.get_many([user.id])
        return await self._open_session(changed or user, client)

    async def _replaced_over_what_was_checked(self, user: User, current: str, new_hash: str) -> bool:
        if await self._users.replace_password(user.id, new_hash, replacing=user.password_hash):
            return True
        # A sign-in elsewhere may have rehashed the same password under newer parameters: the
        # stored hash differs, the password does not. Once, over the hash read again.
        (fresh,) = await self._users.get_many([user.id])
        if fresh is None or fresh.password_hash == user.password_hash:
            return False
        if not self._hasher.verify(fresh.password_hash, current):
            return False
        return await self._users.replace_password(user.id, new_hash, replacing=fresh.password_hash)

    async def update_preferences(self, user: User, changes: dict[str, object]) -> User:
        def work(fresh: User) -> Sequence[PendingWork]:
            # A recruiter's preferences steer no matching: only what they are told of.
            recruits = fresh.role is Role.EMPLOYER
            return self._matching.preferences_changed(user.id) if self._matching and not recruits else []

        fresh, preferences = await write_preferences(
            self._users, user.id, lambda fresh: merged_preferences(fresh, changes), work)
        await self._events.publish(PreferencesUpdated(user_id=user.id))
        return fresh.model_copy(update={"preferences": preferences})

    async def change_name(self, user: User, name: str) -> User:
        """The name the person goes by, checked as registering checks it."""
        name = required_line(name, "name", 200)
        if not await self._users.set_name(user.id, name):
            # Erased in another tab meanwhile: nothing is left to rename.
            raise Unauthenticated("The session has ended; sign in again.")
        return user.model_copy(update={"name": name})

    async def _open_session(self, user: User, client: ClientInfo) -> Signed:
        now = self._clock.now()
        session = Session(
            id=new_id(),
            user_id=user.id,
            device=(client.device or "")[:200] or None,
            ip=client.ip,
            created_at=now,
            last_used_at=now,
            expires_at=now + self._refresh_ttl,
        )
        refresh_token = secrets.token_urlsafe(32)
        await self._sessions.create(session, hash_token(refresh_token))
        return Signed(user, self._tokens.issue(user, session.id), refresh_token, session.id)

    def _dummy(self) -> str:
        if self._dummy_hash is None:
            self._dummy_hash = self._hasher.hash(secrets.token_urlsafe(16))
        return self._dummy_hash

