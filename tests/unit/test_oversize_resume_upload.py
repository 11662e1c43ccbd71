"""A resume over the size limit, refused by the service before anything is stored: told its
whole size when the caller knows it, and only that it is larger than the limit when the
caller stopped reading just past it (the bytes read are not the file's size)."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from domain.errors import BadUserInput
from domain.services.resumes import ResumeService
from domain.uploads import PDF, UploadRules
from domain.users import Role, User

LIMIT = 10 * 1024 * 1024
READ_PAST_THE_LIMIT = b"%PDF-1.7\n" + b"0" * (LIMIT + 1 - 9)


def service() -> ResumeService:
    # Refused before storing: repositories, blobs, queue and events are never reached.
    return ResumeService(None, None, None, None, lambda data: PDF, UploadRules(), None)


def ada() -> User:
    return User(id="ada", email="ada@example.com", name="Ada", role=Role.CANDIDATE, password_hash="x",
                created_at=datetime(2026, 1, 1, tzinfo=UTC))


@pytest.mark.parametrize("whole_size, said", [
    (int(10.5 * 1024 * 1024), "The file is 10.5 MiB, over the limit."),
    (int(11.9 * 1024 * 1024), "The file is 11.9 MiB, over the limit."),
    (None, "The file is larger than the 10 MiB limit."),
])
async def test_an_oversize_file_is_told_its_whole_size_or_no_figure_at_all(whole_size, said):
    with pytest.raises(BadUserInput) as refused:
        await service().upload(ada(), "cv.pdf", READ_PAST_THE_LIMIT, whole_size=whole_size)
    assert refused.value.message.startswith(said), refused.value.message
    assert "10.1 MiB" not in refused.value.message
