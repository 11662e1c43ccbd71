"""Deleting a resume while another candidate uploads the same bytes, run at once
(asyncio.gather) through the real ResumeService on a real SQLite file and the real file
blob store: afterwards every resume row's file is stored, and no trash copy is left.

Blobs are content-addressed, so the deletion's "no row uses these bytes, delete the file"
and the upload's "put the file (already there), commit the row" can interleave so that the
new row points at a missing file. The seams pause at the points that decide it, over the
real adapters: the deletion after its n-th "is this sha in use" answer, the upload just
before it commits its row. Each interleaving runs many times with random extra yields, and
also free-running with no pause at all."""
from __future__ import annotations

import asyncio
import random
import uuid
from datetime import UTC, datetime

import pytest

from adapters.embedded.blob_store import FileBlobStore
from adapters.embedded.extraction.sniff import sniff_content_type
from adapters.embedded.sqlite.resumes import SqliteResumeRepository
from adapters.embedded.sqlite.users import SqliteUserRepository
from adapters.embedded.sqlite.work_queue import SqliteWorkQueue
from domain.services.resumes import ResumeService
from domain.uploads import UploadRules
from domain.users import Role, User
from tests.fakes.accounts import FixedClock, RecordingEventBus
from tests.fixtures.documents import RESUME_TEXT

NOW = datetime(2026, 1, 1, tzinfo=UTC)
ROUNDS = 15


async def _jitter(rng: random.Random) -> None:
    for _ in range(rng.randrange(4)):
        await asyncio.sleep(0)


class DeletionPausedAfterCheck:
    """The ResumeRepository port over the real one: the `pause_at`-th sha_in_use answer is
    held (after `reached` is set) until `go`."""

    def __init__(self, real: SqliteResumeRepository, pause_at: int | None, rng: random.Random) -> None:
        self._real, self._pause_at, self._rng = real, pause_at, rng
        self.checks = 0
        self.reached, self.go = asyncio.Event(), asyncio.Event()

    def __getattr__(self, name: str):
        return getattr(self._real, name)

    async def sha_in_use(self, sha256: str) -> bool:
        answer = await self._real.sha_in_use(sha256)
        self.checks += 1
        if self.checks == self._pause_at:
            self.reached.set()
            await self.go.wait()
        await _jitter(self._rng)
        return answer


class UploadPausedBeforeCommit:
    """The ResumeRepository port over the real one: `add_or_find` (what an upload stores its
    row with) tells `reached`, then waits for `go` before committing (the file is already put
    by then)."""

    def __init__(self, real: SqliteResumeRepository, pause: bool, rng: random.Random) -> None:
        self._real, self._pause, self._rng = real, pause, rng
        self.reached, self.go = asyncio.Event(), asyncio.Event()

    def __getattr__(self, name: str):
        return getattr(self._real, name)

    async def add_or_find(self, *args, **kwargs):
        self.reached.set()
        if self._pause:
            await self.go.wait()
        await _jitter(self._rng)
        return await self._real.add_or_find(*args, **kwargs)

    async def add(self, *args, **kwargs):
        raise AssertionError("an upload stores its row with add_or_find: the pause above would not be reached")


async def _until(event: asyncio.Event, task: asyncio.Task) -> None:
    """Until the seam is reached, or the task ended without reaching it (a code path that
    does not pass there, e.g. fewer re-checks than the interleaving expects)."""
    waiting = asyncio.ensure_future(event.wait())
    await asyncio.wait({waiting, task}, return_when=asyncio.FIRST_COMPLETED)
    waiting.cancel()


class World:
    def __init__(self, db, root) -> None:
        self.queue = SqliteWorkQueue(db)
        self.real = SqliteResumeRepository(db, self.queue)
        self.users = SqliteUserRepository(db, self.queue)
        self.blobs = FileBlobStore(root)
        self.root = root
        self.db = db

    def service(self, resumes, blobs=None) -> ResumeService:
        return ResumeService(resumes, blobs or self.blobs, self.queue, RecordingEventBus(), sniff_content_type,
                             UploadRules(), FixedClock(NOW))

    async def candidate(self) -> User:
        user = User(id=uuid.uuid4().hex, email=f"{uuid.uuid4().hex}@example.com", name="Cand",
                    role=Role.CANDIDATE, password_hash="h", created_at=NOW)
        await self.users.add(user)
        return user

    async def rows_without_a_file(self) -> list[str]:
        rows = await self.db.fetch_all("SELECT id, sha256 FROM resumes")
        return [row["id"] for row in rows if not await self.blobs.exists(row["sha256"])]

    def trash_left(self) -> list[str]:
        trash = self.root / "trash"
        return [p.name for p in trash.rglob("*") if p.is_file()] if trash.exists() else []


async def _race(world: World, rng: random.Random, pause_deletion_at: int | None, upload_first: bool) -> None:
    """A deletes its resume while B uploads the same bytes. `pause_deletion_at`: B's upload
    runs (or commits, when `upload_first`) while the deletion holds its n-th answer.
    `upload_first`: B's file is put before the deletion starts, its row committed only then."""
    owner, other = await world.candidate(), await world.candidate()
    data = f"{RESUME_TEXT}\nround {uuid.uuid4().hex}\n".encode()
    deleted = await world.service(world.real).upload(owner, "cv.txt", data)
    deleting = DeletionPausedAfterCheck(world.real, pause_deletion_at, rng)
    uploading = UploadPausedBeforeCommit(world.real, upload_first, rng)

    async def upload() -> None:
        await world.service(uploading).upload(other, "cv.txt", data)

    if pause_deletion_at is None:  # free-running: both at once, no pause
        await asyncio.gather(world.service(deleting).delete(owner, deleted.id), upload())
        return
    if upload_first:
        uploader = asyncio.create_task(upload())
        await uploading.reached.wait()  # B's file is put; its row waits
        deletion = asyncio.create_task(world.service(deleting).delete(owner, deleted.id))
        await _until(deleting.reached, deletion)
        uploading.go.set()
        await uploader
        deleting.go.set()
        await deletion
        return
    deletion = asyncio.create_task(world.service(deleting).delete(owner, deleted.id))
    await _until(deleting.reached, deletion)
    await upload()
    deleting.go.set()
    await deletion


@pytest.mark.parametrize(
    ("pause_deletion_at", "upload_first"),
    [(1, False), (2, False), (1, True), (2, True), (None, False)],
    ids=["upload-after-first-check", "upload-after-recheck", "commit-after-first-check",
         "commit-after-recheck", "free-running"],
)
async def test_every_resume_row_keeps_its_file_when_a_deletion_races_an_upload_of_the_same_bytes(
        db, tmp_path, pause_deletion_at, upload_first):
    world = World(db, tmp_path / "blobs")
    rng = random.Random(f"{pause_deletion_at}-{upload_first}")
    for _ in range(ROUNDS):
        await _race(world, rng, pause_deletion_at, upload_first)
    assert await world.rows_without_a_file() == []
    assert world.trash_left() == []
