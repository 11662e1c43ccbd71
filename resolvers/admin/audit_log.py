"""The audit log as GraphQL: records, the filter, and keyset cursors (newest first)."""
from __future__ import annotations

from datetime import datetime
from difflib import get_close_matches

import strawberry

from domain.analytics import AuditFilter, AuditPage, AuditPosition, AuditRecord
from domain.errors import BadUserInput
from domain.pagination import PageRequest
from resolvers.context import Info
from resolvers.cursors import decode_cursor, encode_cursor
from resolvers.errors import KNOWN_CODES
from resolvers.ids import raw_id, to_global_id
from resolvers.types.common import Connection, Edge, PageInfo, empty_page_cursor, had_previous_page
from resolvers.types.enums import Role
from resolvers.types.user import UserType

_LIST = "adminAuditLog"


def encode_position(record: AuditRecord) -> str:
    return encode_cursor(_LIST, (record.at.isoformat(), record.id))


def decode_position(cursor: str) -> AuditPosition | None:
    """The position after which a page starts; None at the log's start."""
    request = PageRequest(first=0, after=decode_cursor(_LIST, cursor))
    if request.after is None:
        return None
    at, record_id = request.after_as(str, str) or (None, None)
    moment = _moment(at) if isinstance(at, str) else None
    if moment is None or moment.tzinfo is None or not isinstance(record_id, str) or not record_id:
        raise BadUserInput(
            "`after` is not a valid audit log cursor; pass `pageInfo.endCursor` from a previous page.",
            argument="after",
        )
    return AuditPosition(at=moment, id=record_id)


def _moment(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


@strawberry.type(name="AuditRecord", description="One audited operation. Records are never changed or deleted.")
class AuditRecordType:
    id: strawberry.ID
    at: datetime
    operation: str = strawberry.field(description="The GraphQL field, e.g. `postJob` or `adminSuspendUser`.")
    outcome: str = strawberry.field(description="`OK`, or the error code the operation ended with.")
    actor_id: strawberry.ID | None = strawberry.field(description="The caller's User ID; null when anonymous.")
    actor_role: Role | None
    target_ids: list[strawberry.ID] = strawberry.field(description="The IDs the operation named or returned.")
    request_id: str | None
    client_ip: str | None
    raw_actor_id: strawberry.Private[str | None]

    @classmethod
    def from_domain(cls, record: AuditRecord) -> AuditRecordType:
        return cls(
            id=strawberry.ID(record.id), at=record.at, operation=record.operation, outcome=record.outcome,
            actor_id=strawberry.ID(to_global_id("User", record.actor_id)) if record.actor_id else None,
            actor_role=Role(record.actor_role) if record.actor_role else None,
            target_ids=[strawberry.ID(t) for t in record.target_ids],
            request_id=record.request_id, client_ip=record.client_ip, raw_actor_id=record.actor_id,
        )

    @strawberry.field(description="The caller, while their account exists.")
    async def actor(self, info: Info) -> UserType | None:
        if not self.raw_actor_id:
            return None
        user = await info.context.loaders.user_by_id.load(self.raw_actor_id)
        return UserType.from_domain(user) if user else None


# What an operation can end with: masked errors are recorded as INTERNAL_SERVER_ERROR.
OUTCOMES = frozenset({"OK", *KNOWN_CODES})


@strawberry.input(name="AuditLogFilter")
class AuditLogFilter:
    actor_id: strawberry.ID | None = None
    operation: str | None = None
    outcome: str | None = None
    since: datetime | None = None
    until: datetime | None = None

    def to_domain(self, operations: frozenset[str]) -> AuditFilter:
        """`operations`: the names the audit trail records (a mutation or an admin query) and,
        when the filter's is none of the schema's, the names its stored records have."""
        if self.operation is not None and self.operation not in operations:
            # An empty log would read as "nobody did that", an empty name as the whole log.
            close = get_close_matches(self.operation.strip(), operations, n=1) or [
                name for name in operations if name.lower() == self.operation.strip().lower()]
            hint = f" Did you mean {close[0]}?" if close else ""
            raise BadUserInput(
                f"`filter.operation` must name an audited operation, a mutation or an admin query such as"
                f" postJob or adminSuspendUser, or one the log has recorded; {self.operation!r} is none.{hint}"
                " To see every operation, leave it out.", argument="filter.operation",
            )
        if self.outcome and self.outcome not in OUTCOMES:
            raise BadUserInput(
                f"filter.outcome is OK or the error code an operation ended with ({', '.join(sorted(OUTCOMES))}),"
                f" not {self.outcome!r}.", argument="filter.outcome",
            )
        return AuditFilter(
            actor_id=raw_id(self.actor_id, "User", "filter.actorId") if self.actor_id else None,
            operation=self.operation or None, outcome=self.outcome or None,
            since=self.since, until=self.until,
        )


def connection_from_audit_page(page: AuditPage, after: str | None) -> Connection[AuditRecordType]:
    edges = [Edge(cursor=encode_position(r), node=AuditRecordType.from_domain(r)) for r in page.items]
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=page.has_next, has_previous_page=had_previous_page(_LIST, after),
            start_cursor=edges[0].cursor if edges else empty_page_cursor(_LIST, page.has_next, after),
            end_cursor=edges[-1].cursor if edges else empty_page_cursor(_LIST, page.has_next, after),
        ),
        total_count=page.total,
        total_count_is_estimate=page.total_is_estimate,
    )
