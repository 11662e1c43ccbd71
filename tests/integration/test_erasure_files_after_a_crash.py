"""An account erasure that dies part way through removing a résumé's file (after moving it to
the trash, before the re-check; or after the re-check, before the purge) is finished by the
forget-files work it stored in the erasure's own transaction, run by the queue's workers:
the trash is left empty, the bytes gone when no row uses them, and put back when another
person's résumé took them meanwhile. Real SQLite file, real file blob store; the crash is a
BlobStore over the real one, handed to the erasure, that raises at the step."""
from __future__ import annotations

import asyncio
import os
import uuid

import pytest

from adapters.embedded.sqlite.account_store import SqliteAccountStore
from domain.services.blob_forgetting import FORGET_BLOB, blob_forgetting_handler
from domain.services.erasure import AccountErasure
from domain.users import Role, User
from gateway.workers import WorkerPool, WorkHandler
from tests.fakes.accounts import RecordingEventBus
from tests.integration.test_blob_deletion_after_a_crash import ProcessDied, UploadsAtFirstCheck
from tests.integration.test_blob_deletion_races_upload import NOW, World


class DiesAt:
    """The BlobStore port over the real one; the process dies at `step`: after the first
    quarantine took the file, or at the first purge before it removed anything."""

    def __init__(self, real, step: str) -> None:
        self._real, self._step = real, step

    def __getattr__(self, name: str):
        return getattr(self._real, name)

    async def quarantine(self, key: str, holder: str) -> bool:
        moved = await self._real.quarantine(key, holder)
        if self._step == "quarantined":
            raise ProcessDied
        return moved

    async def purge(self, key: str, holder: str) -> None:
        if self._step == "rechecked":
            raise ProcessDied
        await self._real.purge(key, holder)


class Erasures(World):
    def erasure(self, resumes, blobs) -> AccountErasure:
        return AccountErasure(SqliteAccountStore(self.db, self.queue), resumes, blobs, _Hasher(),
                              RecordingEventBus())

    async def candidate(self) -> User:
        user = User(id=uuid.uuid4().hex, email=f"{uuid.uuid4().hex}@example.com", name="Cand",
                    role=Role.CANDIDATE, password_hash="pw", created_at=NOW)
        await self.users.add(user)
        return user

    async def run_the_workers(self) -> int:
        """What the worker role does with the erasure's work (gateway/bootstrap.py)."""
        pool = WorkerPool(self.queue, {FORGET_BLOB: WorkHandler(handle=blob_forgetting_handler(self.blobs, self.real))})
        ran = 0
        while (item := await self.queue.lease([FORGET_BLOB])) is not None:
            await pool.run_one(item)
            ran += 1
        return ran

    def files(self) -> list[str]:
        return [p.name for p in self.root.rglob("*") if p.is_file()]


class _Hasher:
    def verify(self, password_hash: str, password: str) -> bool:
        return password_hash == password


@pytest.mark.parametrize("step", ["quarantined", "rechecked"])
async def test_the_workers_purge_the_file_an_erasure_left_in_the_trash(db, tmp_path, step):
    world = Erasures(db, tmp_path / "blobs")
    person = await world.candidate()
    resume = await world.service(world.real).upload(person, "cv.txt", b"%PDF-1.4\nAda Lane, welder\n")
    with pytest.raises(ProcessDied):
        await world.erasure(world.real, DiesAt(world.blobs, step)).delete_account(person, "pw")
    assert world.trash_left() != [], "the crash left the file in the trash"
    stored = await db.fetch_all("SELECT payload, dedupe_key FROM work_items WHERE state = 'ready'")
    assert stored and not [row for row in stored if person.id in str(tuple(row)) or resume.id in str(tuple(row))]

    assert await world.run_the_workers() == 1, "the erasure stored its file's removal with the rows"
    assert world.trash_left() == []
    assert not await world.blobs.exists(resume.sha256)
    assert await asyncio.to_thread(world.files) == []
    assert await world.queue.depth() == {"ready": 0, "leased": 0, "dead": 0, "done": 1}


async def test_the_workers_put_the_file_back_when_another_resume_took_the_bytes_meanwhile(db, tmp_path):
    world = Erasures(db, tmp_path / "blobs")
    person, other = await world.candidate(), await world.candidate()
    data = b"%PDF-1.4\nAda Lane, welder, shared\n"
    await world.service(world.real).upload(person, "cv.txt", data)

    async def upload() -> None:
        await world.service(world.real).upload(other, "cv.txt", data)

    erasing = world.erasure(UploadsAtFirstCheck(world.real, upload), DiesAt(world.blobs, "quarantined"))
    with pytest.raises(ProcessDied):
        await erasing.delete_account(person, "pw")
    assert await world.rows_without_a_file() != [], "the crash left the other row without its file"

    await world.run_the_workers()
    assert await world.rows_without_a_file() == []
    assert world.trash_left() == []


async def test_an_erasure_racing_an_upload_of_the_same_bytes_and_dying_leaves_every_row_its_file(db, tmp_path):
    """Both at once (asyncio.gather on one SQLite file), the erasure dying after its quarantine
    in each round; then the workers: every row has its file, no trash is left, and the bytes of
    an erasure nobody else uploaded are gone."""
    world = Erasures(db, tmp_path / "blobs")
    crashed = 0
    for round_number in range(12):
        person, other = await world.candidate(), await world.candidate()
        shared = f"%PDF-1.4\nround {round_number}, shared\n".encode()
        alone = f"%PDF-1.4\nround {round_number}, alone\n".encode()
        await world.service(world.real).upload(person, "cv.txt", shared)
        solo = await world.service(world.real).upload(person, "cv2.txt", alone)
        erasing = world.erasure(world.real, DiesAt(world.blobs, "quarantined"))

        async def upload(delay: float = 0.003 * (round_number % 4), other: User = other,
                         shared: bytes = shared) -> None:
            await asyncio.sleep(delay)  # at, before and after the erasure's file steps
            await world.service(world.real).upload(other, "cv.txt", shared)

        erased, uploaded = await asyncio.gather(erasing.delete_account(person, "pw"), upload(),
                                                return_exceptions=True)
        assert uploaded is None and (erased is None or isinstance(erased, ProcessDied))
        crashed += isinstance(erased, ProcessDied)
        await world.run_the_workers()
        assert await world.rows_without_a_file() == []
        assert world.trash_left() == []
        assert not await world.blobs.exists(solo.sha256)
    assert crashed, "no round died part way: the test no longer tests the crash"


async def test_a_rerun_finishes_a_quarantine_the_crash_cut_between_its_link_and_its_unlink(db, tmp_path):
    """The file store's move to the trash is a link then an unlink: a process that died in
    between leaves the blob under both names, and the workers' run must still remove it."""
    world = Erasures(db, tmp_path / "blobs")
    person = await world.candidate()
    resume = await world.service(world.real).upload(person, "cv.txt", b"%PDF-1.4\nAda Lane, cut short\n")

    class DiesInsideTheMove(DiesAt):
        async def quarantine(self, key: str, holder: str) -> bool:
            (blob,) = await asyncio.to_thread(lambda: list(world.root.rglob(key)))
            trash = world.root / "trash" / key[:2] / f"{key}.{holder}"
            trash.parent.mkdir(parents=True, exist_ok=True)
            await asyncio.to_thread(os.link, blob, trash)  # the link made, the unlink never
            raise ProcessDied

    with pytest.raises(ProcessDied):
        await world.erasure(world.real, DiesInsideTheMove(world.blobs, "")).delete_account(person, "pw")
    assert await world.blobs.exists(resume.sha256) and world.trash_left() != []

    await world.run_the_workers()
    assert not await world.blobs.exists(resume.sha256)
    assert world.trash_left() == []
