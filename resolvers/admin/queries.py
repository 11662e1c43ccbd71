"""Admin queries: accounts, platform figures, the audit log, dead letters and the bias audit."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import strawberry

from domain.errors import Forbidden
from domain.pagination import PageRequest
from resolvers.admin.audit_log import AuditLogFilter, AuditRecordType, connection_from_audit_page, decode_position
from resolvers.admin.matching_audit import AuditWindowInput, MatchingAuditType
from resolvers.admin.stats import PlatformStatsType
from resolvers.admin.types import (
    AdminUserType,
    DeadLetterType,
    DeadMatchAnnouncementPageType,
    DeadMatchAnnouncementType,
)
from resolvers.audit import audited_operations
from resolvers.context import Info
from resolvers.cursors import decode_cursor, encode_cursor, requested_page
from resolvers.ids import raw_id
from resolvers.lookahead import selects_any
from resolvers.permissions import IsAdmin
from resolvers.types.common import Connection, connection_from_page
from resolvers.types.enums import Role

_DEAD = "adminDeadMatchAnnouncements"


@strawberry.type
class AdminQueries:
    @strawberry.field(
        description="Admins: accounts whose email or name contains `query`, newest first.",
        permission_classes=[IsAdmin],
    )
    async def admin_users(
        self,
        info: Info,
        query: str | None = None,
        role: Role | None = None,
        suspended: bool | None = None,
        first: int | None = 20,
        after: str | None = None,
    ) -> Connection[AdminUserType]:
        page = await info.context.services.admin.search_users(
            query, role, suspended, requested_page(info, "adminUsers", first, after)
        )
        return connection_from_page(page, AdminUserType.from_domain, "adminUsers", after)

    @strawberry.field(description="Admins: one account.", permission_classes=[IsAdmin])
    async def admin_user(self, info: Info, id: strawberry.ID) -> AdminUserType | None:
        user = await info.context.loaders.user_by_id.load(raw_id(id, "User"))
        return AdminUserType.from_domain(user) if user else None

    @strawberry.field(
        description="Admins: platform figures over [since, until); until defaults to now, since to the beginning.",
        permission_classes=[IsAdmin],
    )
    def admin_platform_stats(
        self, info: Info, since: datetime | None = None, until: datetime | None = None
    ) -> PlatformStatsType:
        return PlatformStatsType.of(info.context.services.analytics.window(since, until))

    @strawberry.field(
        description="Admins: the audit trail, newest first; filters combine with AND.", permission_classes=[IsAdmin]
    )
    async def admin_audit_log(
        self, info: Info, filter: AuditLogFilter | None = None, first: int | None = 20, after: str | None = None
    ) -> Connection[AuditRecordType]:
        operations = audited_operations(info.schema)
        if filter is not None and filter.operation is not None and filter.operation not in operations:
            # Records kept of a mutation since renamed or removed are still found by its name;
            # asked only then (the schema's names are known without a read).
            operations |= await info.context.services.analytics.recorded_operations()
        audit_filter = (filter or AuditLogFilter()).to_domain(operations)
        position = decode_position(after) if after else None
        want_total = selects_any(info, ("totalCount",), ("totalCountIsEstimate",))
        page = await info.context.services.analytics.audit_log(
            audit_filter, 20 if first is None else first, position, want_total
        )
        return connection_from_audit_page(page, after)

    @strawberry.field(
        description="Admins: background work that failed every attempt, most recent first.",
        permission_classes=[IsAdmin],
    )
    async def admin_dead_letters(self, info: Info, first: int = 50) -> list[DeadLetterType]:
        letters = await info.context.services.admin.dead_letters(first)
        return [DeadLetterType.from_domain(letter) for letter in letters]

    @strawberry.field(
        description="Admins: match announcements that failed every attempt (the"
        " talentgraph_match_announcements_dead gauge counts them), in id order, `first` (1 to 500) at a time.",
        permission_classes=[IsAdmin],
    )
    async def admin_dead_match_announcements(
        self, info: Info, first: int = 50, after: str | None = None
    ) -> DeadMatchAnnouncementPageType:
        # An opaque cursor as on every other list, read as strictly: "zz" is refused, not
        # taken for a record id past the last one (an empty last page).
        position = PageRequest(after=decode_cursor(_DEAD, after)).after_as(str) if after else None
        record_id = str(position[0]) if position else None
        found, more = await info.context.services.admin.dead_announcements(first, record_id)
        return DeadMatchAnnouncementPageType(
            items=[DeadMatchAnnouncementType.from_domain(dead) for dead in found],
            end_cursor=encode_cursor(_DEAD, (found[-1].record_id,)) if found else after, has_next_page=more,
        )

    @strawberry.field(
        description="Admins: the bias audit of matching over a window (matches scored in it), per sex,"
        " race/ethnicity and their intersection; aggregates only. topN and minGroupSize default to the"
        " server's settings (10 and 30).",
        permission_classes=[IsAdmin],
    )
    async def admin_matching_audit(
        self, info: Info, window: AuditWindowInput | None = None, top_n: int | None = None,
        min_group_size: int | None = None,
    ) -> MatchingAuditType:
        audit = info.context.services.bias_audit
        if audit is None:
            raise Forbidden("This backend does not offer the bias audit.")
        window = window or AuditWindowInput()
        span = audit.window(window.since, window.until)
        policy = audit.policy
        if top_n is not None:
            policy = replace(policy, top_n=top_n)
        if min_group_size is not None:
            policy = replace(policy, min_group_size=min_group_size)
        return MatchingAuditType.of(span, await audit.report(span, policy))
