"""The devices a person is signed in on: listing them, signing one out, signing out here."""
from __future__ import annotations

from domain.clock import Clock
from domain.errors import NotFound
from domain.events import SessionEnded
from domain.ports.accounts import DeviceRepository, SessionRepository
from domain.ports.events import EventBus
from domain.sessions import Session
from domain.users import User


class SessionService:
    def __init__(
        self, sessions: SessionRepository, devices: DeviceRepository, clock: Clock, events: EventBus | None = None
    ) -> None:
        self._sessions = sessions
        self._devices = devices
        self._clock = clock
        self._events = events

    async def active(self, user: User) -> list[Session]:
        now = self._clock.now()
        return [s for s in await self._sessions.list_for_user(user.id) if s.active and s.expires_at > now]

    async def logout(self, user: User, session_id: str) -> None:
        """Ends this session's whole refresh-token family and forgets its push devices."""
        await self.revoke(user, session_id)

    async def revoke(self, user: User, session_id: str) -> None:
        session = await self._sessions.get(session_id)
        if session is None or session.user_id != user.id:
            raise NotFound("You have no session with that id; list them with `me { sessions { id } }`.")
        await self._sessions.revoke(session.id, self._clock.now(), "signed out")
        await self._devices.remove_for_session(session.id)
        if self._events is not None:  # ends the live connections signed in with it, on every replica
            await self._events.publish(SessionEnded(user_id=user.id, session_id=session.id, reason="signed out"))
