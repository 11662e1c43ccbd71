"""Recruiters leaving their organization, being removed from it, and their role in it
changing. Each change is decided in the write that makes it, so that whatever runs at the same
time (another owner demoting or removing, a person leaving) an organization never ends with no
member, nor with members and no owner."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import Enum
from typing import Protocol

from domain.ports.queue import PendingWork
from domain.users import OrganizationRole


class MemberRemoval(Enum):
    REMOVED = "REMOVED"
    # The person is not (or no longer) a recruiter of that organization.
    NOT_A_MEMBER = "NOT_A_MEMBER"
    # No other recruiter would be left: the organization's jobs and applications would have
    # no one to manage them.
    LAST_MEMBER = "LAST_MEMBER"
    # The person is an owner and no other owner would be left.
    LAST_OWNER = "LAST_OWNER"
    # The one acting (`by_owner`) is not, or no longer, an owner of the organization.
    NOT_AN_OWNER = "NOT_AN_OWNER"
    # The person was its last member and, asked to (`close_if_last`), the organization was
    # closed in the same write: no member, no name, no open invitation, no joining again.
    CLOSED = "CLOSED"


class RoleChange(Enum):
    CHANGED = "CHANGED"
    UNCHANGED = "UNCHANGED"  # the person already had that role
    NOT_A_MEMBER = "NOT_A_MEMBER"
    LAST_OWNER = "LAST_OWNER"
    NOT_AN_OWNER = "NOT_AN_OWNER"


class OrganizationMembers(Protocol):
    async def remove(self, organization_id: str, user_id: str, now: datetime, reason: str,
                     work: Sequence[PendingWork] = (), *, by_owner: str | None = None,
                     close_if_last: bool = False, work_if_closed: Sequence[PendingWork] = ()) -> MemberRemoval:
        """Atomically, and only while another recruiter stays in the organization (and another
        owner, when the person is one), and while `by_owner` (the member acting; None for an
        administrator, or for the person leaving) is an owner of it: the person belongs to no
        organization any more, their token version moves (every access token dies), every
        session of theirs is revoked and `work` is queued (what must follow the removal even
        after a crash). Of two members removing each other at once, at most one applies.

        With `close_if_last` (and no `by_owner`), the last member's removal is made instead of
        refused, in one write with the organization's closing: `closed_at` set to `now`, its name
        released (another organization may take it), its open invitations revoked (on DynamoDB
        those its listing shows; any other is refused on accepting, below), and CLOSED answered.
        A join (`InvitationRepository.accept`) ordered before that write makes the person not
        the last; one ordered after it is refused. Of two last members removing themselves at
        once, one is removed beside the other and the other closes: one closing, never two.
        `work_if_closed` is queued beside `work` only by a closing write."""
        ...

    async def set_role(self, organization_id: str, user_id: str, role: OrganizationRole, *,
                       by_owner: str | None = None) -> RoleChange:
        """Atomically, and only while `by_owner` (as for `remove`) is an owner of the
        organization and, when an owner becomes a recruiter, another owner stays."""
        ...
