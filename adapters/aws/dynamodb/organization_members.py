"""Recruiters leaving their organization, on DynamoDB. One TransactWriteItems takes the
person out (on the condition that they still belong to the organization) and checks that
one other recruiter still belongs to it (a ConditionCheck on that colleague's item, read
strongly: the members listing is a GSI and may lag). Two members removing each other at
once touch both items, so DynamoDB orders the two transactions and the second one's check
fails. Sessions are revoked in the same transaction, those beyond what it holds right after;
the work that must follow the removal is stored in it too (the transactional work outbox)."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable, TransactionCancelled
from adapters.aws.dynamodb.codec import to_attributes, to_model
from adapters.aws.dynamodb.sessions import DynamoSessionRepository
from adapters.aws.dynamodb.user_admin import revocation
from adapters.aws.dynamodb.users import DynamoUserRepository
from adapters.aws.dynamodb.work_outbox import WorkWritten, outbox_put
from domain.ports.organization_members import MemberRemoval
from domain.ports.queue import PendingWork
from domain.users import User

# The removal, the colleague's check, the queued work, and the revocations that fit beside them.
_TRANSACTION_LIMIT = 100


class DynamoOrganizationMembers:
    def __init__(self, table: DynamoTable, work_written: WorkWritten | None = None) -> None:
        self._table = table
        self._work_written = work_written or WorkWritten()
        self._users = DynamoUserRepository(table)
        self._sessions = DynamoSessionRepository(table)

    async def remove(self, organization_id: str, user_id: str, now: datetime, reason: str,
                     work: Sequence[PendingWork] = ()) -> MemberRemoval:
        if not await self._belongs(user_id, organization_id):
            return MemberRemoval.NOT_A_MEMBER
        (members,) = await self._users.members_of([organization_id])
        sessions = [s for s in await self._sessions.list_for_user(user_id) if s.revoked_at is None]
        revocations = [revocation(s.id, now, reason) for s in sessions]
        queued = [outbox_put(w) for w in work]
        room = _TRANSACTION_LIMIT - 2 - len(queued)
        first, rest = revocations[:room], revocations[room:]
        for colleague in (m for m in members if m.id != user_id):
            try:
                await self._table.transact([
                    _taken_out(user_id, organization_id), _still_a_member(colleague.id, organization_id),
                    *queued, *first,
                ])
            except TransactionCancelled as cancelled:
                if cancelled.failed(0):
                    return MemberRemoval.NOT_A_MEMBER
                if cancelled.failed(1):
                    continue  # that colleague left meanwhile: another may remain
                raise
            if queued:
                self._work_written()
            for action in rest:
                body = action["Update"]
                await self._table.update(body["Key"], body["UpdateExpression"],
                                         ExpressionAttributeValues=body["ExpressionAttributeValues"])
            return MemberRemoval.REMOVED
        return MemberRemoval.LAST_MEMBER

    async def _belongs(self, user_id: str, organization_id: str) -> bool:
        item = await self._table.get(keys.user(user_id))
        return item is not None and to_model(User, item).organization_id == organization_id


def _taken_out(user_id: str, organization_id: str) -> dict:
    # Off the organization's members listing (GSI1) with the organization itself.
    return {"Update": {
        "Key": keys.user(user_id),
        "UpdateExpression": "REMOVE organization_id, GSI1PK, GSI1SK ADD token_version :one",
        "ConditionExpression": "organization_id = :org",
        "ExpressionAttributeValues": to_attributes({":org": organization_id, ":one": 1}),
    }}


def _still_a_member(user_id: str, organization_id: str) -> dict:
    return {"ConditionCheck": {
        "Key": keys.user(user_id),
        "ConditionExpression": "organization_id = :org",
        "ExpressionAttributeValues": to_attributes({":org": organization_id}),
    }}
