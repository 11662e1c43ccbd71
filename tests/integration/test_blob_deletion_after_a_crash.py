"""A resume deletion that dies after moving its file to the trash (before it re-checked the
rows) is finished by the forget-files work it stored with the deletion: run again from the
durable queue, it puts the file back when a resume uses the bytes and purges it when none
does. Real SQLite file, real file blob store; the crash is a BlobStore over the real one
that raises right after the quarantine."""
from __future__ import annotations

import asyncio

import pytest

from adapters.embedded.sqlite.resumes import SqliteResumeRepository
from domain.services.resumes import FORGET_RESUME_FILES
from tests.integration.test_blob_deletion_races_upload import World


class ProcessDied(Exception):
    pass


class DiesAfterQuarantine:
    """The BlobStore port over the real one; raises right after the first quarantine."""

    def __init__(self, real) -> None:
        self._real = real

    def __getattr__(self, name: str):
        return getattr(self._real, name)

    async def quarantine(self, key: str, holder: str) -> bool:
        await self._real.quarantine(key, holder)
        raise ProcessDied


class UploadsAtFirstCheck:
    """The ResumeRepository port over the real one: right after the deletion's first "in use?"
    answer (no), another candidate's upload of the same bytes runs whole, as it could then."""

    def __init__(self, real: SqliteResumeRepository, upload) -> None:
        self._real, self._upload = real, upload

    def __getattr__(self, name: str):
        return getattr(self._real, name)

    async def sha_in_use(self, sha256: str) -> bool:
        answer = await self._real.sha_in_use(sha256)
        if self._upload is not None:
            upload, self._upload = self._upload, None
            await upload()
        return answer


async def _crashed_deletion(world: World, data: bytes, uploaded_meanwhile: bool) -> str:
    owner, other = await world.candidate(), await world.candidate()
    resume = await world.service(world.real).upload(owner, "cv.txt", data)

    async def upload() -> None:
        await world.service(world.real).upload(other, "cv.txt", data)

    deleting = world.service(UploadsAtFirstCheck(world.real, upload if uploaded_meanwhile else None),
                             DiesAfterQuarantine(world.blobs))
    with pytest.raises(ProcessDied):
        await deleting.delete(owner, resume.id)
    return resume.sha256


async def _run_the_stored_forget_work(world: World) -> None:
    item = await world.queue.lease([FORGET_RESUME_FILES])
    assert item is not None, "the deletion stored its forget-files work with the row's removal"
    await world.service(world.real).forget_files(item.payload["resume_id"], item.payload["sha256"])
    await world.queue.complete(item)


async def test_a_rerun_puts_the_file_back_when_a_resume_took_the_bytes_meanwhile(db, tmp_path):
    world = World(db, tmp_path / "blobs")
    sha = await _crashed_deletion(world, b"%PDF-1.4\nJordan Quill, engineer, restored\n", uploaded_meanwhile=True)
    assert await world.rows_without_a_file() != [], "the crash left the other row without its file"
    await _run_the_stored_forget_work(world)
    assert await world.rows_without_a_file() == []
    assert await world.blobs.exists(sha)
    assert world.trash_left() == []


async def test_a_rerun_purges_the_trash_copy_when_no_resume_uses_the_bytes(db, tmp_path):
    world = World(db, tmp_path / "blobs")
    sha = await _crashed_deletion(world, b"%PDF-1.4\nJordan Quill, engineer, purged\n", uploaded_meanwhile=False)
    assert world.trash_left() != []
    await _run_the_stored_forget_work(world)
    assert not await world.blobs.exists(sha)
    assert world.trash_left() == []
    assert await asyncio.to_thread(lambda: [p for p in (tmp_path / "blobs").rglob("*") if p.is_file()]) == []
