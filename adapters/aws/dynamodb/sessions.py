"""Sessions and their refresh tokens (sha256 hashes only). Rotation marks the old token
used, stores the new one and touches the session in one TransactWriteItems, each part
guarded so two refreshes racing on one token cannot both win; the loser (or a repeat within
the grace window) finds the winner's rotation and answers it again.

A user's sessions are listed through membership items in the user's own partition, read
strongly consistently: "sign out everywhere" must not miss a session created a moment ago,
which a (lagging) GSI could."""
from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable, TransactionCancelled, put_new
from adapters.aws.dynamodb.codec import keyed, plain, stored_moment, to_attributes, to_model
from adapters.aws.dynamodb.lookups import get_many
from adapters.aws.dynamodb.query import ListQuery, read_all
from domain.sessions import Rotation, Session
from domain.users import User

_MEMBERSHIP = "SESSION#"


def _token_item(token_hash: str, session_id: str, issued_at: datetime) -> dict:
    values = {"entity": "refresh_token", "session_id": session_id, "issued_at": keys.moment(issued_at)}
    return keyed(keys.refresh_token(token_hash), values)


def _moment(text: str) -> datetime:
    """Reads keys.moment's fixed-width UTC text back."""
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


class DynamoSessionRepository:
    def __init__(self, table: DynamoTable) -> None:
        self._table = table

    async def create(self, session: Session, refresh_token_hash: str) -> None:
        await self._table.transact([
            put_new(keyed(keys.session(session.id), {**plain(session), "entity": "session"})),
            put_new(_token_item(refresh_token_hash, session.id, session.created_at)),
            put_new(keyed(keys.user_session(session.user_id, session.id), {"session_id": session.id})),
        ])

    async def find_by_token(self, token_hash: str) -> tuple[Session, bool] | None:
        token = await self._table.get(keys.refresh_token(token_hash))
        if token is None:
            return None
        session = await self.get(token["session_id"]["S"])
        if session is None:
            return None
        return session, "used_at" in token

    async def rotate(
        self, old_hash: str, new_hash: str, now: datetime, ip: str | None, grace: timedelta
    ) -> Rotation | None:
        token = await self._table.get(keys.refresh_token(old_hash))
        if token is None:
            return None
        session = await self.get(token["session_id"]["S"])
        if session is None or session.revoked_at is not None or session.expires_at <= now:
            return None
        if "used_at" not in token:
            touch = "SET last_used_at = :now" + (", ip = :ip" if ip is not None else "")
            try:
                await self._table.transact([
                    {"Update": {
                        "Key": keys.refresh_token(old_hash),
                        "UpdateExpression": "SET used_at = :used",
                        "ConditionExpression": "attribute_exists(PK) AND attribute_not_exists(used_at)",
                        "ExpressionAttributeValues": to_attributes({":used": keys.moment(now)}),
                    }},
                    put_new(_token_item(new_hash, session.id, now)),
                    {"Update": {
                        "Key": keys.session(session.id),
                        "UpdateExpression": touch,
                        "ConditionExpression": "attribute_exists(PK) AND attribute_not_exists(revoked_at)",
                        "ExpressionAttributeValues": to_attributes({":now": stored_moment(now), ":ip": ip}),
                    }},
                ])
                return Rotation(session=session, rotated_at=now)
            except TransactionCancelled:
                # Used, revoked or rotated by a concurrent request meanwhile: a racing refresh
                # of the same token finds the rotation that won and may repeat it below.
                token = await self._table.get(keys.refresh_token(old_hash))
                if token is None or "used_at" not in token:
                    return None
        return await self._repeat(token, new_hash, session, now, grace)

    async def _repeat(self, token: dict, new_hash: str, session: Session, now: datetime, grace: timedelta) -> Rotation | None:
        """The rotation that already happened, when it went to this very successor (derived
        from the token: domain.refresh_tokens) less than `grace` ago, that successor is not
        used yet, and the session lives."""
        used_at = _moment(token["used_at"]["S"])
        if now - used_at >= grace:
            return None
        successor = await self._table.get(keys.refresh_token(new_hash))
        if successor is None or successor["session_id"]["S"] != session.id or "used_at" in successor:
            return None
        current = await self.get(session.id)  # strongly consistent: a revocation since counts
        if current is None or current.revoked_at is not None:
            return None
        return Rotation(session=current, rotated_at=used_at)

    async def revoke(self, session_id: str, now: datetime, reason: str) -> None:
        await self._table.update(
            keys.session(session_id),
            "SET revoked_at = :at, revoked_reason = :reason",
            "attribute_exists(PK) AND attribute_not_exists(revoked_at)",
            ExpressionAttributeValues=to_attributes({":at": stored_moment(now), ":reason": reason}),
        )

    async def revoke_all_for_user(self, user_id: str, now: datetime, reason: str) -> None:
        sessions = await self.list_for_user(user_id)
        await asyncio.gather(*(self.revoke(s.id, now, reason) for s in sessions if s.revoked_at is None))

    async def get(self, session_id: str) -> Session | None:
        item = await self._table.get(keys.session(session_id))
        return to_model(Session, item) if item else None

    async def get_with_user(self, session_id: str, user_id: str) -> tuple[Session | None, User | None]:
        """Both reads at once (two items of one table; a transaction would cost twice as much)."""
        session, (user,) = await asyncio.gather(
            self.get(session_id), get_many(self._table, [user_id], keys.user, User))
        return session, user

    async def list_for_user(self, user_id: str) -> list[Session]:
        """Most recently used first."""
        memberships = await read_all(self._table, ListQuery(
            None, keys.user_partition(user_id), ascending=True, sort_prefix=_MEMBERSHIP, consistent=True,
        ))
        found = await self._table.batch_get(keys.session(m["session_id"]["S"]) for m in memberships)
        sessions = [to_model(Session, item) for item in found.values()]
        return sorted(sessions, key=lambda s: s.last_used_at, reverse=True)
