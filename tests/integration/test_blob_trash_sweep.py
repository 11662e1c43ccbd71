"""The worker role's trash sweep (domain/services/trash_sweep.py) on a real SQLite file and the
real file blob store: a trash copy no pending work will finish is finished (purged when no row
uses its bytes, put back when one does); a copy whose forget-files work is still queued is left
to that work until it is older than the bound."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain.services.trash_sweep import TrashSweep
from tests.integration.test_blob_deletion_after_a_crash import ProcessDied
from tests.integration.test_erasure_files_after_a_crash import DiesAt, Erasures

MAX_AGE = timedelta(hours=24)


class MovableClock:
    def __init__(self) -> None:
        self.at = datetime.now(UTC)

    def now(self) -> datetime:
        return self.at


def sweep_of(world: Erasures, clock: MovableClock) -> TrashSweep:
    return TrashSweep(world.blobs, world.real, clock, world.queue, MAX_AGE)


async def test_a_copy_no_work_will_finish_is_purged(db, tmp_path):
    world, clock = Erasures(db, tmp_path / "blobs"), MovableClock()
    person = await world.candidate()
    resume = await world.service(world.real).upload(person, "cv.txt", b"%PDF-1.4\nabandoned\n")
    with pytest.raises(ProcessDied):
        await world.erasure(world.real, DiesAt(world.blobs, "quarantined")).delete_account(person, "pw")
    # Its work gone without finishing (dead, or done by a version that stored none).
    await db.execute("DELETE FROM work_items")
    assert world.trash_left() != []

    assert await sweep_of(world, clock).sweep() == 1
    assert world.trash_left() == []
    assert not await world.blobs.exists(resume.sha256)


async def test_a_copy_whose_bytes_a_row_uses_is_put_back(db, tmp_path):
    world, clock = Erasures(db, tmp_path / "blobs"), MovableClock()
    other = await world.candidate()
    data = b"%PDF-1.4\nabandoned, yet used\n"
    used = await world.service(world.real).upload(other, "cv.txt", data)
    # A deletion that died between its quarantine and the re-check that would have restored it.
    assert await world.blobs.quarantine(used.sha256, "f" * 32)
    assert await world.rows_without_a_file() == [used.id]

    assert await sweep_of(world, clock).sweep() == 1
    assert await world.rows_without_a_file() == []
    assert world.trash_left() == []


async def test_a_copy_whose_work_is_still_queued_is_left_to_it_until_the_bound(db, tmp_path):
    world, clock = Erasures(db, tmp_path / "blobs"), MovableClock()
    person = await world.candidate()
    resume = await world.service(world.real).upload(person, "cv.txt", b"%PDF-1.4\npending\n")
    with pytest.raises(ProcessDied):
        await world.erasure(world.real, DiesAt(world.blobs, "quarantined")).delete_account(person, "pw")
    left = world.trash_left()
    assert left != []

    assert await sweep_of(world, clock).sweep() == 0
    assert world.trash_left() == left

    clock.at += MAX_AGE + timedelta(minutes=1)  # its work still queued, retried past any bound
    assert await sweep_of(world, clock).sweep() == 1
    assert world.trash_left() == []
    assert not await world.blobs.exists(resume.sha256)
    assert await world.run_the_workers() == 1  # the work, when it runs, finds nothing left to do
    assert world.trash_left() == []
