from __future__ import annotations

import strawberry
from strawberry.file_uploads import Upload

from domain.errors import BadUserInput
from domain.services.resumes import upload_warnings
from resolvers.context import Info
from resolvers.ids import raw_id
from resolvers.permissions import IsAuthenticated, IsCandidate, signed_in
from resolvers.types.resume import ResumeType


async def _read_limited(file: Upload, limit: int) -> bytes:
    """Reads at most limit+1 bytes: enough to refuse an over-size file without holding it."""
    data = await file.read(limit + 1) if hasattr(file, "read") else b""
    if isinstance(data, str):
        data = data.encode()
    return data


def _whole_size(file: Upload) -> int | None:
    """The uploaded file's full size where the multipart parser counted it (Starlette's
    UploadFile does, as it spools the part), so a refusal can say how large it really is."""
    size = getattr(file, "size", None)
    return size if isinstance(size, int) and not isinstance(size, bool) else None


@strawberry.type
class ResumeMutations:
    @strawberry.mutation(
        description="Multipart upload (graphql-multipart-request-spec); processing continues in the background.",
        permission_classes=[IsCandidate],
    )
    async def upload_resume(self, info: Info, file: Upload) -> ResumeType:
        services = info.context.services
        if file is None or not hasattr(file, "read"):
            raise BadUserInput("`file` must be a file sent as a multipart upload.", field="file")
        data = await _read_limited(file, services.settings.max_upload_bytes)
        filename = getattr(file, "filename", None)
        received = await services.resumes.receive(signed_in(info), filename, data, whole_size=_whole_size(file))
        return ResumeType.from_domain(received.resume, upload_warnings(filename, received))

    @strawberry.mutation(permission_classes=[IsAuthenticated])
    async def delete_resume(self, info: Info, id: strawberry.ID) -> bool:
        return await info.context.services.resumes.delete(signed_in(info), raw_id(id, "Resume"))

    @strawberry.mutation(
        description="Marks one of your resumes primary (matches then come from it alone while it is parsed; "
        "another primary is unmarked), or with primary: false unmarks it (each match comes from your "
        "best-fitting resume again). Matches are recomputed in the background. A resume that could not be read, "
        "or in which nothing of a resume was recognised (warning NO_RESUME_CONTENT, refused with that reason), "
        "cannot be primary.",
        permission_classes=[IsCandidate],
    )
    async def set_primary_resume(self, info: Info, id: strawberry.ID, primary: bool = True) -> ResumeType:
        resume = await info.context.services.resumes.set_primary(signed_in(info), raw_id(id, "Resume"), primary)
        return ResumeType.from_domain(resume)
