"""An upload that reaches the store after its account was erased is refused (FORBIDDEN,
ACCOUNT_DELETED, not a key error) and its file is not kept: nothing of an erased account
is stored after its erasure. Real SQLite; blobs in memory (the edge)."""
from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from adapters.embedded.extraction.sniff import sniff_content_type
from adapters.embedded.sqlite.resumes import SqliteResumeRepository
from adapters.embedded.sqlite.work_queue import SqliteWorkQueue
from domain.errors import Forbidden
from domain.services.resumes import ResumeService
from domain.uploads import UploadRules
from domain.users import Role, User
from tests.fakes.accounts import FixedClock, RecordingEventBus
from tests.fakes.blobs import InMemoryBlobStore
from tests.fixtures.documents import RESUME_TEXT

NOW = datetime(2026, 1, 1, tzinfo=UTC)


async def test_an_upload_for_an_erased_account_is_refused_and_keeps_no_file(db):
    queue = SqliteWorkQueue(db)
    blobs = InMemoryBlobStore()
    service = ResumeService(SqliteResumeRepository(db, queue), blobs, queue, RecordingEventBus(),
                            sniff_content_type, UploadRules(), FixedClock(NOW))
    erased = User(id=uuid.uuid4().hex, email="gone@example.com", name="Gone", role=Role.CANDIDATE,
                  password_hash="h", created_at=NOW)  # never stored: as after its erasure
    with pytest.raises(Forbidden) as refused:
        await service.upload(erased, "cv.txt", RESUME_TEXT.encode())
    assert refused.value.extensions.get("reason") == "ACCOUNT_DELETED"
    assert blobs.blobs == {}
    assert blobs.trash == {}  # purged, not left in the trash
