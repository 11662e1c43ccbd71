"""Resumes uploaded straight to storage by the client (what mobile apps prefer): the gateway
hands out a presigned form, the client POSTs the file, then confirms. Confirmation runs the
very checks a multipart upload gets (ResumeService.upload: sniffed type, size, count)."""
from __future__ import annotations

import re

from domain.clock import new_id
from domain.errors import BadUserInput, NotFound
from domain.ports.direct_uploads import PresignedUpload, UploadStaging
from domain.services.resumes import ReceivedResume, ResumeService
from domain.uploads import UploadRules
from domain.users import User

_KEY = re.compile(r"^[0-9a-zA-Z_-]{1,64}/[0-9a-f]{32}$")

UNAVAILABLE = (
    "Direct uploads need the AWS backend (S3); this server runs the embedded one. "
    "Send the file with the uploadResume mutation (multipart) instead."
)


class DirectUploadService:
    def __init__(self, staging: UploadStaging | None, resumes: ResumeService, rules: UploadRules) -> None:
        self._staging = staging
        self._resumes = resumes
        self._rules = rules

    def _require_staging(self) -> UploadStaging:
        if self._staging is None:
            raise BadUserInput(UNAVAILABLE)
        return self._staging

    async def request(self, owner: User) -> PresignedUpload:
        staging = self._require_staging()
        return await staging.presign(f"{owner.id}/{new_id()}", self._rules.max_bytes)

    async def confirm(self, owner: User, key: str, filename: str | None) -> ReceivedResume:
        staging = self._require_staging()
        # A key is only ever the owner's own: someone else's looks exactly like a missing one.
        if not _KEY.match(key or "") or not key.startswith(f"{owner.id}/"):
            raise NotFound("No upload has that key; use the key requestResumeUpload returned.", field="key")
        size = await staging.size(key)
        if size is None:
            raise NotFound(
                "Nothing is waiting under that key: either the file was not sent yet (POST the file to "
                "the URL from requestResumeUpload, which expires, then confirm), or the key was "
                "already confirmed (each makes one resume: see `me { resumes }`).", field="key")
        if size == 0 or size > self._rules.max_bytes:
            await staging.discard(key)
            raise BadUserInput(self._rules.problem_with(size, None) or self._rules.refusal("Bad size"), field="key")
        # The whole object, not a prefix, is sniffed: a DOCX is recognised by the zip
        # directory at its end. Its size is already bounded by the presigned policy.
        data = await staging.read(key)
        try:
            received = await self._resumes.receive(owner, filename, data)
        except BadUserInput:
            await staging.discard(key)
            raise
        await staging.discard(key)
        return received
