from __future__ import annotations

from datetime import datetime

import strawberry

from resolvers.context import Info
from resolvers.ids import raw_id
from resolvers.permissions import IsAuthenticated, signed_in
from resolvers.types.notification import NOTIFICATION_TYPE, NotificationType


@strawberry.type
class InboxMutations:
    @strawberry.mutation(
        description="Marks your notifications of these ids read and returns them; one read before keeps its"
        " `readAt`. An id that is not one of yours is NOT_FOUND, and then none is marked.",
        permission_classes=[IsAuthenticated],
    )
    async def mark_notifications_read(self, info: Info, ids: list[strawberry.ID]) -> list[NotificationType]:
        wanted = [raw_id(i, NOTIFICATION_TYPE, argument=f"ids[{n}]") for n, i in enumerate(ids)]
        marked = await info.context.services.inbox.mark_read(signed_in(info), wanted)
        return [NotificationType.from_domain(note) for note in marked]

    @strawberry.mutation(
        description="Marks every unread notification of yours read (with `before`, only those created"
        " before it, so one that came in after the list was shown stays unread); returns how many.",
        permission_classes=[IsAuthenticated],
    )
    async def mark_all_notifications_read(self, info: Info, before: datetime | None = None) -> int:
        return await info.context.services.inbox.mark_all_read(signed_in(info), before)
