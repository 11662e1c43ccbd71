"""In-memory fakes of the account ports, for unit tests of the domain services."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from domain.account_tokens import OneTimeToken
from domain.errors import email_taken, organization_name_taken
from domain.events import DomainEvent
from domain.organization_names import organization_name_key
from domain.ports.accounts import EmailChangeOutcome
from domain.sessions import Rotation, Session
from domain.users import HeldAddress, Organization, Preferences, User


class FixedClock:
    def __init__(self, now: datetime | None = None) -> None:
        self.current = now or datetime(2026, 1, 1, tzinfo=UTC)

    def now(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


class FakeUsers:
    """UserRepository in memory; runs the account repositories contract beside SQLite and
    DynamoDB (tests/integration/contract/test_account_repositories_contract.py)."""

    def __init__(self, links: dict[str, OneTimeToken] | None = None) -> None:
        # The one-time tokens an address change's link is checked against: a FakeOneTimeTokens'
        # own `tokens`, shared, as the real backends keep both in one store.
        self.links: dict[str, OneTimeToken] = {} if links is None else links
        self.users: dict[str, User] = {}
        self.organizations: dict[str, Organization] = {}
        self.holds: dict[str, tuple[str, datetime]] = {}  # address -> (holding account, until)
        self.identities: dict[str, str] = {}  # account -> the identity provider's user it is linked to
        self.unlinked_at: dict[str, datetime] = {}  # account -> when its link was last ended

    def _holder(self, email: str, now: datetime) -> str | None:
        held = self.holds.get(email.lower())
        return held[0] if held is not None and held[1] > now else None

    def forget(self, user_id: str) -> None:
        """The account erased, with the addresses it held."""
        self.users.pop(user_id, None)
        self.holds = {a: h for a, h in self.holds.items() if h[0] != user_id}
        self.identities.pop(user_id, None)
        self.unlinked_at.pop(user_id, None)

    async def add(self, user: User, organization: Organization | None = None) -> None:
        if any(u.email.lower() == user.email.lower() for u in self.users.values()) \
                or self._holder(user.email, user.created_at) is not None:
            raise email_taken()
        if organization and any(organization_name_key(o.name) == organization_name_key(organization.name)
                                for o in self.organizations.values() if o.closed_at is None):
            raise organization_name_taken(organization.name)
        if organization:
            self.organizations[organization.id] = organization
        self.users[user.id] = user

    async def get_many(self, ids: Sequence[str]) -> list[User | None]:
        return [self.users.get(i) for i in ids]

    async def get_by_email(self, email: str) -> User | None:
        return next((u for u in self.users.values() if u.email.lower() == email.lower()), None)

    async def members_of(self, organization_ids: Sequence[str]) -> list[list[User]]:
        return [[u for u in self.users.values() if u.organization_id == o] for o in organization_ids]

    async def update_preferences(self, user_id: str, preferences: Preferences, work: Sequence = (), *,
                                 expected: Preferences | None = None, verified_phone: bool = False) -> bool:
        user = self.users.get(user_id)
        if user is None or (expected is not None and user.preferences != expected):
            return False
        if verified_phone and not (user.phone and user.phone_verified):
            return False
        self.work = [*getattr(self, "work", []), *work]  # as a real repository stores it, with the change
        self._update(user_id, preferences=preferences)
        return True

    async def set_email_verified(self, user_id: str) -> None:
        self._update(user_id, email_verified=True)

    async def change_email(self, user_id: str, new_email: str, *, replacing: str, now: datetime,
                           hold_replaced_for: timedelta | None = None,
                           link: str | None = None) -> EmailChangeOutcome:
        if link is not None and (link not in self.links or self.links[link].used_at is not None):
            return EmailChangeOutcome.WITHDRAWN
        user = self.users.get(user_id)
        if user is None or user.email != replacing:
            return EmailChangeOutcome.STALE
        if any(u.email.lower() == new_email.lower() for u in self.users.values() if u.id != user_id) \
                or self._holder(new_email, now) not in (None, user_id):
            return EmailChangeOutcome.TAKEN
        self._update(user_id, email=new_email, email_verified=True)
        self.holds.pop(new_email.lower(), None)
        if hold_replaced_for is not None:
            self.holds[replacing.lower()] = (user_id, now + hold_replaced_for)
        return EmailChangeOutcome.CHANGED

    async def withdraw_email_change(self, user_id: str, link: str, new_email: str, now: datetime) -> bool:
        token, user = self.links.get(link), self.users.get(user_id)
        if token is None or token.used_at is not None or token.user_id != user_id \
                or user is None or user.email == new_email:
            return False
        self.links[link] = token.model_copy(update={"used_at": now})
        return True

    async def held_addresses(self, user_id: str, now: datetime) -> list[HeldAddress]:
        return [HeldAddress(email=email, held_until=until)
                for email, (holder, until) in sorted(self.holds.items()) if holder == user_id and until > now]

    async def holder_of(self, email: str, now: datetime) -> str | None:
        return self._holder(email, now)

    async def get_by_external_identity(self, identity: str) -> User | None:
        user_id = next((u for u, i in self.identities.items() if i == identity), None)
        return self.users.get(user_id) if user_id else None

    async def external_identity_of(self, user_id: str) -> str | None:
        return self.identities.get(user_id)

    async def link_external_identity(self, user_id: str, identity: str, *, email: str, signed_in_at: datetime) -> bool:
        user, unlinked_at = self.users.get(user_id), self.unlinked_at.get(user_id)
        if user is None or user.email != email or not user.email_verified \
                or self.identities.get(user_id, identity) != identity \
                or any(i == identity for u, i in self.identities.items() if u != user_id) \
                or (unlinked_at is not None and signed_in_at <= unlinked_at):
            return False
        self.identities[user_id] = identity
        return True

    async def unlink_external_identity(self, user_id: str, now: datetime) -> bool:
        if user_id not in self.users:
            return False
        self.unlinked_at[user_id] = now
        return self.identities.pop(user_id, None) is not None

    async def identity_unlinked_at(self, user_id: str) -> datetime | None:
        return self.unlinked_at.get(user_id)

    async def set_name(self, user_id: str, name: str) -> bool:
        if user_id not in self.users:
            return False
        self._update(user_id, name=name)
        return True

    async def update_password(self, user_id: str, password_hash: str, *, replacing: str | None = None) -> None:
        user = self.users.get(user_id)
        if user is not None and replacing in (None, user.password_hash):
            self._update(user_id, password_hash=password_hash)

    async def replace_password(self, user_id: str, password_hash: str, *, replacing: str | None = None) -> bool:
        user = self.users.get(user_id)
        if user is None or replacing not in (None, user.password_hash):
            return False
        self._update(user_id, password_hash=password_hash, token_version=user.token_version + 1)
        return True

    async def set_phone(self, user_id: str, phone: str | None, verified: bool) -> None:
        self._update(user_id, phone=phone, phone_verified=verified)

    def _update(self, user_id: str, **fields: object) -> None:
        """As an UPDATE ... WHERE id = ?: an unknown user is left unknown."""
        user = self.users.get(user_id)
        if user is not None:
            self.users[user_id] = user.model_copy(update=fields)


class FakeOrganizations:
    """The organizations FakeUsers.add stored with their first employer."""

    def __init__(self, users: FakeUsers) -> None:
        self._users = users

    async def get_many(self, ids: Sequence[str]) -> list[Organization | None]:
        return [self._users.organizations.get(i) for i in ids]

    async def set_verified(self, organization_id: str, verified: bool) -> Organization | None:
        organization = self._users.organizations.get(organization_id)
        if organization is None:
            return None
        changed = organization.model_copy(update={"verified": verified})
        self._users.organizations[organization_id] = changed
        return changed


class FakeSessions:
    """SessionRepository in memory (the same contract as FakeUsers)."""

    def __init__(self, users: FakeUsers | None = None) -> None:
        self._users = users or FakeUsers()  # whom get_with_user finds
        self.sessions: dict[str, Session] = {}
        self.tokens: dict[str, tuple[str, bool]] = {}  # hash -> (session id, used)
        self.rotations: dict[str, tuple[str, datetime]] = {}  # hash -> (successor hash, when)

    async def create(self, session: Session, refresh_token_hash: str) -> None:
        self.sessions[session.id] = session
        self.tokens[refresh_token_hash] = (session.id, False)

    async def find_by_token(self, token_hash: str):
        found = self.tokens.get(token_hash)
        return (self.sessions[found[0]], found[1]) if found else None

    async def rotate(self, old_hash: str, new_hash: str, now: datetime, ip: str | None, grace: timedelta):
        session_id, used = self.tokens.get(old_hash, (None, True))
        session = self.sessions.get(session_id) if session_id else None
        if session is None or not session.active or session.expires_at <= now:
            return None
        if used:
            rotated = self.rotations.get(old_hash)
            if rotated is None or rotated[0] != new_hash or now - rotated[1] >= grace or self.tokens[new_hash][1]:
                return None
            return Rotation(session=session, rotated_at=rotated[1])
        self.tokens[old_hash] = (session_id, True)
        self.tokens[new_hash] = (session_id, False)
        self.rotations[old_hash] = (new_hash, now)
        self.sessions[session.id] = session.model_copy(update={"last_used_at": now, "ip": ip or session.ip})
        return Rotation(session=session, rotated_at=now)

    async def revoke(self, session_id: str, now: datetime, reason: str) -> None:
        session = self.sessions.get(session_id)
        if session is not None and session.revoked_at is None:  # the first revocation stands
            self.sessions[session_id] = session.model_copy(update={"revoked_at": now})

    async def revoke_all_for_user(self, user_id: str, now: datetime, reason: str) -> None:
        for s in list(self.sessions.values()):
            if s.user_id == user_id:
                await self.revoke(s.id, now, reason)

    async def get(self, session_id: str):
        return self.sessions.get(session_id)

    async def get_with_user(self, session_id: str, user_id: str) -> tuple[Session | None, User | None]:
        return self.sessions.get(session_id), self._users.users.get(user_id)

    async def list_for_user(self, user_id: str):
        mine = [s for s in self.sessions.values() if s.user_id == user_id]
        return sorted(mine, key=lambda s: s.last_used_at, reverse=True)  # most recently used first


class FakeHasher:
    """Reversible on purpose (tests only): counts verifications to show equal work."""

    def __init__(self) -> None:
        self.verifications = 0

    def hash(self, password: str) -> str:
        return "hashed:" + password

    def verify(self, password_hash: str, password: str) -> bool:
        self.verifications += 1
        return password_hash == "hashed:" + password

    def needs_rehash(self, password_hash: str) -> bool:
        return False


class FakeTokens:
    def issue(self, user: User, session_id: str, issued_at: datetime | None = None) -> str:
        return f"access:{user.id}:{session_id}" + (f":{issued_at.isoformat()}" if issued_at else "")


class RecordingEventBus:
    def __init__(self) -> None:
        self.published: list[DomainEvent] = []

    async def publish(self, event: DomainEvent) -> None:
        self.published.append(event)

    def subscribe(self, event_name, handler):
        return lambda: None

    async def drain(self) -> None:
        """Nothing runs in the background here."""

    def names(self) -> list[str]:
        return [e.name for e in self.published]
