"""A person's own data export: everything the platform stores about the caller, as one
machine-readable JSON document (domain/data_export.py says what is in it and what is not)."""
from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.scalars import JSON

from resolvers.context import Info
from resolvers.export_ids import with_api_ids
from resolvers.permissions import IsAuthenticated, signed_in


@strawberry.type(name="DataExport")
class DataExportType:
    format_version: int = strawberry.field(
        description="The document's format: bumped when a field is removed or changes meaning (added fields keep it).")
    generated_at: datetime
    document: JSON = strawberry.field(
        description="Everything stored about you: account, organization, preferences, self-identification,"
        " résumés (with parsed fields and a short-lived download link), applications with their full history,"
        " matches, notifications, sessions, devices and your own audited operations; `truncated` names any list"
        " cut at its bound (page on the same list of `me`), `leftOut` what is stored and not exported, with the"
        " reason.")


@strawberry.type
class DataExportMutations:
    @strawberry.mutation(
        description="Your own data (GDPR access and portability), as one JSON document. Any signed-in person,"
        " for their own account only; rate-limited per client address like sign-in.",
        permission_classes=[IsAuthenticated],
    )
    async def export_my_data(self, info: Info) -> DataExportType:
        document = with_api_ids(await info.context.services.data_export.export(signed_in(info)))
        return DataExportType(
            format_version=document.format_version, generated_at=document.generated_at,
            document=JSON(document.model_dump(mode="json", by_alias=True)),
        )
