"""A signed-in device: a refresh-token family that can be revoked as a whole."""
from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel


class Session(BaseModel):
    id: str
    user_id: str
    device: str | None = None
    ip: str | None = None
    created_at: datetime
    last_used_at: datetime
    expires_at: datetime
    revoked_at: datetime | None = None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


class Rotation(BaseModel):
    """A refresh token exchanged for its successor: the session it belongs to and when the
    exchange first happened (a repeat within the grace window reports the first one)."""

    session: Session
    rotated_at: datetime
