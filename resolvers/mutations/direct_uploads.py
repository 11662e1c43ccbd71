"""Direct-to-storage resume uploads: request a presigned form, POST the file, confirm."""
from __future__ import annotations

import strawberry

from domain.services.resumes import upload_warnings
from resolvers.context import Info
from resolvers.permissions import IsCandidate, signed_in
from resolvers.types.resume import ResumeType


@strawberry.type(description="One form field to send, in order, before the file itself.")
class UploadFormField:
    name: str
    value: str


@strawberry.type(description="Where and how to POST a resume file directly to storage.")
class ResumeUploadTicket:
    url: str = strawberry.field(description="POST a multipart/form-data body here.")
    fields: list[UploadFormField] = strawberry.field(
        description="Send these form fields first, then the file as the field named `file`.")
    key: str = strawberry.field(description="Pass to confirmResumeUpload once the POST succeeded.")
    expires_in_seconds: int
    max_bytes: int


@strawberry.type
class DirectUploadMutations:
    @strawberry.mutation(
        description="A presigned form for uploading a resume straight to storage (AWS backend).",
        permission_classes=[IsCandidate],
    )
    async def request_resume_upload(self, info: Info) -> ResumeUploadTicket:
        services = info.context.services
        ticket = await services.direct_uploads.request(signed_in(info))
        return ResumeUploadTicket(
            url=ticket.url,
            fields=[UploadFormField(name=k, value=v) for k, v in ticket.fields.items()],
            key=ticket.key,
            expires_in_seconds=ticket.expires_in,
            max_bytes=services.settings.max_upload_bytes,
        )

    @strawberry.mutation(
        description="Checks the uploaded file like a multipart upload and makes it a resume.",
        permission_classes=[IsCandidate],
    )
    async def confirm_resume_upload(self, info: Info, key: str, filename: str | None = None) -> ResumeType:
        received = await info.context.services.direct_uploads.confirm(signed_in(info), key, filename)
        return ResumeType.from_domain(received.resume, upload_warnings(filename, received))
