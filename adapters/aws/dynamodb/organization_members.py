"""Recruiters leaving their organization, being removed, and changing role, on DynamoDB. One
TransactWriteItems changes the person's item on the condition that it still holds the
organization and the role it was read with, and checks (ConditionCheck, read strongly: the
members listing is a GSI and may lag) the item of whoever vouches that the organization stays
manageable: the acting owner, who must still be one; else another owner when the person is
one, or another recruiter. Two owners demoting or removing each other at once touch both
items, so DynamoDB orders the two transactions and the second one's check fails. A removal
revokes sessions in the same transaction (those beyond what it holds right after) and stores
the work that must follow it (the transactional work outbox). A member stored without a role
(before roles existed; `talentgraph provision` makes one per organization an owner) is a
recruiter. The last member's removal, asked to close the organization, does it in the
removal's transaction (organization_closing.py)."""
from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable, TransactionCancelled
from adapters.aws.dynamodb.codec import to_attributes, to_model
from adapters.aws.dynamodb.invitations import DynamoInvitationRepository
from adapters.aws.dynamodb.organization_closing import closing, left, standing
from adapters.aws.dynamodb.sessions import DynamoSessionRepository
from adapters.aws.dynamodb.user_admin import revocation
from adapters.aws.dynamodb.users import DynamoUserRepository
from adapters.aws.dynamodb.work_outbox import WorkWritten, outbox_put
from domain.errors import Conflict
from domain.ports.organization_members import MemberRemoval, RoleChange
from domain.ports.queue import PendingWork
from domain.users import OrganizationRole, User

# The removal, the colleague's check, the queued work, and the revocations that fit beside them.
_TRANSACTION_LIMIT = 100
# The person's item changed between the read and the write (their role did): read again.
_ATTEMPTS = 5
_OWNER = OrganizationRole.OWNER
# Open invitations revoked in the closing's transaction; any beyond are refused on accepting
# (the organization is closed) and revoked after it (domain/services/organization_closing.py).
_MOST_INVITATIONS = 40


class _Moved(Exception):
    """The person's item no longer holds what it was read with."""


@dataclass(frozen=True)
class _Removal:
    change: dict
    queued: list[dict]
    revocations: list[dict]


def _kept_changing(user_id: str, what: str) -> Conflict:
    # Reported, not taken as done: the caller must not hear "removed" when nothing was.
    return Conflict(f"Member {user_id} was not {what}: their membership changed {_ATTEMPTS} times while this"
                    " ran (someone else is changing it). Nothing was changed; look at the members and try again.",
                    reason="CHANGED_MEANWHILE")


class DynamoOrganizationMembers:
    def __init__(self, table: DynamoTable, work_written: WorkWritten | None = None) -> None:
        self._table = table
        self._work_written = work_written or WorkWritten()
        self._users = DynamoUserRepository(table)
        self._sessions = DynamoSessionRepository(table)
        self._invitations = DynamoInvitationRepository(table)

    async def remove(self, organization_id: str, user_id: str, now: datetime, reason: str,
                     work: Sequence[PendingWork] = (), *, by_owner: str | None = None,
                     close_if_last: bool = False, work_if_closed: Sequence[PendingWork] = ()) -> MemberRemoval:
        closing_work = work_if_closed if close_if_last and by_owner is None else None
        for _ in range(_ATTEMPTS):
            try:
                outcome = await self._remove_once(organization_id, user_id, now, reason, work, by_owner, closing_work)
            except _Moved:
                continue
            if outcome is MemberRemoval.REMOVED:
                await left(self._table, organization_id, user_id)
            return outcome
        raise _kept_changing(user_id, "removed")

    async def set_role(self, organization_id: str, user_id: str, role: OrganizationRole, *,
                       by_owner: str | None = None) -> RoleChange:
        for _ in range(_ATTEMPTS):
            try:
                return await self._set_role_once(organization_id, user_id, role, by_owner)
            except _Moved:
                continue
        raise _kept_changing(user_id, "given a new role")

    async def _remove_once(self, organization_id: str, user_id: str, now: datetime, reason: str,
                           work: Sequence[PendingWork], by_owner: str | None,
                           closing_work: Sequence[PendingWork] | None) -> MemberRemoval:
        """`closing_work`: None when the last member's removal must not close the organization."""
        role = await self._role(user_id, organization_id)
        if role is None:
            return MemberRemoval.NOT_A_MEMBER
        if by_owner is not None and await self._role(by_owner, organization_id) is not _OWNER:
            return MemberRemoval.NOT_AN_OWNER
        sessions = [s for s in await self._sessions.list_for_user(user_id) if s.revoked_at is None]
        removal = _Removal(_taken_out(user_id, organization_id, role), [outbox_put(w) for w in work],
                           [revocation(s.id, now, reason) for s in sessions])
        witnesses = await self._witnesses(organization_id, user_id, role, by_owner)
        done = await self._remove_beside(removal, witnesses, organization_id, by_owner)
        if done is not None:
            return done
        if closing_work is None:
            return await self._nobody_stays(organization_id, user_id, role)
        read = await standing(self._table, organization_id)
        # Who else may be a member: those listed (a listing that may lag behind a leaving) and
        # those who joined (it may lag behind a join too), each read strongly from their item.
        (listed,) = await self._users.members_of([organization_id])
        maybe = dict.fromkeys([*(m.id for m in listed), *read.joined_by])
        others = [i for i in maybe if i != user_id and await self._role(i, organization_id) is not None]
        if others:
            done = await self._remove_beside(removal, [(i, role is _OWNER) for i in others], organization_id, None)
            if done is None and role is _OWNER:
                return MemberRemoval.LAST_OWNER
            if done is None:
                raise _Moved  # they left meanwhile: read everything again
            return done
        if not read.exists or read.closed:
            return await self._nobody_stays(organization_id, user_id, role)
        closing_actions = await closing(self._table, organization_id, read, now,
                                        (await self._invitations.open_for(organization_id))[:_MOST_INVITATIONS])
        closing_removal = dataclasses.replace(removal, queued=[*removal.queued, *map(outbox_put, closing_work)])
        try:
            await self._committed(closing_removal, closing_actions)
        except TransactionCancelled as cancelled:
            if any(cancelled.failed(i) for i in range(1 + len(closing_actions))):
                raise _Moved from None  # the person's item, or a join or another closing came first
            raise
        return MemberRemoval.CLOSED

    async def _remove_beside(self, removal: _Removal, witnesses: list[tuple[str, bool]], organization_id: str,
                             by_owner: str | None) -> MemberRemoval | None:
        """The removal with each witness's check in turn; None when no witness held."""
        for witness, owner in witnesses:
            try:
                await self._committed(removal, [_member(witness, organization_id, owner)])
            except TransactionCancelled as cancelled:
                if cancelled.failed(0):
                    raise _Moved from None
                if cancelled.failed(1):
                    if witness == by_owner:
                        return MemberRemoval.NOT_AN_OWNER
                    continue  # that colleague left (or stopped owning) meanwhile: another may remain
                raise
            return MemberRemoval.REMOVED
        return None

    async def _committed(self, removal: _Removal, beside: list[dict]) -> None:
        """The person's change, `beside` it, the queued work and the revocations that fit; the
        rest of the revocations after."""
        room = _TRANSACTION_LIMIT - 1 - len(beside) - len(removal.queued)
        first, rest = removal.revocations[:room], removal.revocations[room:]
        await self._table.transact([removal.change, *beside, *removal.queued, *first])
        if removal.queued:
            self._work_written()
        for action in rest:
            body = action["Update"]
            await self._table.update(body["Key"], body["UpdateExpression"],
                                     ExpressionAttributeValues=body["ExpressionAttributeValues"])

    async def _set_role_once(self, organization_id: str, user_id: str, role: OrganizationRole,
                             by_owner: str | None) -> RoleChange:
        current = await self._role(user_id, organization_id)
        if current is None:
            return RoleChange.NOT_A_MEMBER
        if by_owner is not None and await self._role(by_owner, organization_id) is not _OWNER:
            return RoleChange.NOT_AN_OWNER
        if current is role:
            return RoleChange.UNCHANGED
        change = _role_set(user_id, organization_id, current, role)
        if current is not _OWNER:
            # A promotion keeps every owner: only the acting owner is checked.
            witnesses = [(by_owner, True)] if by_owner is not None and by_owner != user_id else []
            actions = [change, *(_member(w, organization_id, True) for w, _ in witnesses)]
            try:
                await self._table.transact(actions)
            except TransactionCancelled as cancelled:
                if cancelled.failed(0):
                    raise _Moved from None
                if cancelled.failed(1):
                    return RoleChange.NOT_AN_OWNER
                raise
            return RoleChange.CHANGED
        for witness, _owner in await self._witnesses(organization_id, user_id, _OWNER, by_owner, members=False):
            try:
                await self._table.transact([change, _member(witness, organization_id, True)])
            except TransactionCancelled as cancelled:
                if cancelled.failed(0):
                    raise _Moved from None
                if cancelled.failed(1):
                    if witness == by_owner:
                        return RoleChange.NOT_AN_OWNER
                    continue
                raise
            return RoleChange.CHANGED
        return RoleChange.LAST_OWNER

    async def _witnesses(self, organization_id: str, user_id: str, role: OrganizationRole, by_owner: str | None,
                         members: bool = True) -> list[tuple[str, bool]]:
        """Whose item is checked beside the change, each with whether they must be an owner:
        the acting owner alone when there is one (they stay, and own); otherwise the other
        members as the listing shows them, those listed as owners first (owners only when the
        person is one). The listing may lag; the check itself reads strongly."""
        if by_owner is not None and by_owner != user_id:
            return [(by_owner, True)]
        (listed,) = await self._users.members_of([organization_id])
        others = sorted((m for m in listed if m.id != user_id), key=lambda m: not m.owns(organization_id))
        if role is _OWNER:
            return [(m.id, True) for m in others]
        return [(m.id, False) for m in others] if members else []

    async def _nobody_stays(self, organization_id: str, user_id: str, role: OrganizationRole) -> MemberRemoval:
        if role is not _OWNER:
            return MemberRemoval.LAST_MEMBER
        (listed,) = await self._users.members_of([organization_id])
        return MemberRemoval.LAST_OWNER if any(m.id != user_id for m in listed) else MemberRemoval.LAST_MEMBER

    async def _role(self, user_id: str, organization_id: str) -> OrganizationRole | None:
        item = await self._table.get(keys.user(user_id))
        if item is None:
            return None
        user = to_model(User, item)
        return user.role_in_organization if user.organization_id == organization_id else None


def _held(role: OrganizationRole) -> str:
    """The condition that the item holds `role` (a recruiter may be stored without one)."""
    if role is _OWNER:
        return "organization_role = :owner"
    return "(attribute_not_exists(organization_role) OR organization_role = :recruiter)"


def _role_values(role: OrganizationRole) -> dict[str, str]:
    return {":owner": _OWNER.value} if role is _OWNER else {":recruiter": OrganizationRole.RECRUITER.value}


def _taken_out(user_id: str, organization_id: str, role: OrganizationRole) -> dict:
    # Off the organization's members listing (GSI1) with the organization itself. The
    # organization is kept on the user item (`past_organization_ids`): the jobs they posted and
    # the moves they made there are found through it when the account is erased.
    return {"Update": {
        "Key": keys.user(user_id),
        "UpdateExpression": "REMOVE organization_id, organization_role, GSI1PK, GSI1SK"
                            " ADD token_version :one, past_organization_ids :was",
        "ConditionExpression": f"organization_id = :org AND {_held(role)}",
        "ExpressionAttributeValues": {
            **to_attributes({":org": organization_id, ":one": 1, **_role_values(role)}),
            ":was": {"SS": [organization_id]},
        },
    }}


def _role_set(user_id: str, organization_id: str, current: OrganizationRole, role: OrganizationRole) -> dict:
    return {"Update": {
        "Key": keys.user(user_id),
        "UpdateExpression": "SET organization_role = :role",
        "ConditionExpression": f"organization_id = :org AND {_held(current)}",
        "ExpressionAttributeValues": to_attributes({":org": organization_id, ":role": role.value,
                                                    **_role_values(current)}),
    }}


def _member(user_id: str, organization_id: str, owner: bool) -> dict:
    condition = "organization_id = :org" + (" AND organization_role = :owner" if owner else "")
    values = {":org": organization_id, **({":owner": _OWNER.value} if owner else {})}
    return {"ConditionCheck": {
        "Key": keys.user(user_id),
        "ConditionExpression": condition,
        "ExpressionAttributeValues": to_attributes(values),
    }}
