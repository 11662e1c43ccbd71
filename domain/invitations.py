"""Invitations to join an organization as one of its recruiters. The secret goes to the
invitee once (in the mutation's answer and by email); only its hash is stored."""
from __future__ import annotations

from datetime import datetime
from enum import Enum

from pydantic import BaseModel


class InvitationStatus(str, Enum):
    PENDING = "PENDING"
    ACCEPTED = "ACCEPTED"
    REVOKED = "REVOKED"
    EXPIRED = "EXPIRED"


# `invited_by` of an invitation whose inviter erased their account: the organization keeps the
# record of whom it invited and when, not who of its former members did.
FORMER_MEMBER = ""


class Invitation(BaseModel):
    id: str
    organization_id: str
    # Lower-cased: accounts are one per address whatever its case.
    email: str
    invited_by: str
    token_hash: str
    created_at: datetime
    expires_at: datetime
    accepted_at: datetime | None = None
    accepted_by: str | None = None
    revoked_at: datetime | None = None

    def status(self, now: datetime) -> InvitationStatus:
        if self.accepted_at is not None:
            return InvitationStatus.ACCEPTED
        if self.revoked_at is not None:
            return InvitationStatus.REVOKED
        if self.expires_at <= now:
            return InvitationStatus.EXPIRED
        return InvitationStatus.PENDING
