"""Recruiters leaving their organization, or being removed from it by a colleague."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import Enum
from typing import Protocol

from domain.ports.queue import PendingWork


class MemberRemoval(Enum):
    REMOVED = "REMOVED"
    # The person is not (or no longer) a recruiter of that organization.
    NOT_A_MEMBER = "NOT_A_MEMBER"
    # No other recruiter would be left: the organization's jobs and applications would have
    # no one to manage them.
    LAST_MEMBER = "LAST_MEMBER"


class OrganizationMembers(Protocol):
    async def remove(self, organization_id: str, user_id: str, now: datetime, reason: str,
                     work: Sequence[PendingWork] = ()) -> MemberRemoval:
        """Atomically, and only while another recruiter stays in the organization: the
        person belongs to no organization any more, their token version moves (every access
        token dies), every session of theirs is revoked and `work` is queued (what must follow
        the removal even after a crash). Of two members removing each other at once, at most
        one removal applies."""
        ...
