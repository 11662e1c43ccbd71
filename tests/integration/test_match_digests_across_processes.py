"""The daily digests on one real SQLite file: two dispatchers (threads, each with its own event
loop and connection, as two worker processes have) sending closed days at once send each
person's day exactly once; a process killed between composing a digest and enqueueing it
leaves every entry and no email, and the next pass sends it once."""
from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.match_digests import SqliteMatchDigests
from adapters.embedded.sqlite.outbox import SqliteOutbox, SqliteOutboxNotifier
from domain.match_digest import compose_digest
from domain.match_email_digest import DigestJob
from domain.ports.notifications import Message
from domain.services.match_digests import MatchDigestSender
from tests.fakes.accounts import FixedClock
from tests.integration.contract.repository_backends import an_employer

MONDAY = datetime(2026, 12, 7, 18, 0, tzinfo=UTC)
TUESDAY = datetime(2026, 12, 8, 0, 15, tzinfo=UTC)  # past the sender's settling wait
PEOPLE = 24
REPOSITORY = Path(__file__).resolve().parents[2]


async def _recruiters_with_a_closed_day(path: Path, people: int) -> list[str]:
    from types import SimpleNamespace

    from adapters.embedded.sqlite.users import SqliteUserRepository

    db = Database(path)
    await db.open()
    try:
        repos = SimpleNamespace(users=SqliteUserRepository(db))
        notifier = SqliteOutboxNotifier(db, clock=FixedClock(MONDAY))
        ids = []
        for _ in range(people):
            recruiter, organization = await an_employer(repos, verified=True)
            ids.append(recruiter.id)
            await notifier.send([
                Message(user_id=recruiter.id, kind="match", subject=f"New candidates for {title}", text="new",
                        data={"jobId": job_id}, dedupe_key=f"new-candidates:{job_id}:p1:{recruiter.id}",
                        organization_id=organization.id, digest_job=DigestJob(job_id, title, count))
                for job_id, title, count in [("j1", "Staff Nurse", 3), ("j2", "HGV Driver", 1)]])
        return ids
    finally:
        await db.close()


async def _digests(path: Path) -> dict[str, list[str]]:
    db = Database(path)
    await db.open()
    try:
        rows = await db.fetch_all("SELECT user_id, subject FROM outbox WHERE channel = 'email'")
        waiting = await db.fetch_all("SELECT count(*) AS n FROM match_digest_entries")
        out: dict[str, list[str]] = {"(waiting)": [str(waiting[0]["n"])]}
        for row in rows:
            out.setdefault(row["user_id"], []).append(row["subject"])
        return out
    finally:
        await db.close()


def _dispatcher(path: Path, start: threading.Barrier, composed: list[str], handled: list[int]) -> None:
    """One worker process's digest passes, on its own loop and connection, until none is left."""
    async def run() -> None:
        db = Database(path)
        await db.open()
        try:
            def counting(user, day, entries):
                composed.append(user.id)
                return compose_digest(user, day, entries)

            store = SqliteMatchDigests(db, SqliteOutbox(db))
            sender = MatchDigestSender(store, FixedClock(TUESDAY), at_once=3)
            start.wait()
            while True:
                done = await store.deliver_closed(TUESDAY, counting, 3)
                handled.append(done)
                if not done:
                    break
            await sender.send_closed_days()
        finally:
            await db.close()

    asyncio.run(run())


async def test_two_dispatchers_on_one_file_send_each_day_once(tmp_path):
    path = tmp_path / "talentgraph.sqlite3"
    ids = await _recruiters_with_a_closed_day(path, PEOPLE)
    start, composed, handled = threading.Barrier(2), [], []
    threads = [threading.Thread(target=_dispatcher, args=(path, start, composed, handled)) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        await asyncio.to_thread(thread.join, 120)
    assert sum(handled) == PEOPLE and sorted(composed) == sorted(ids)
    digests = await _digests(path)
    assert digests.pop("(waiting)") == ["0"]
    assert digests == {i: ["Your new candidates for Monday 7 December: Staff Nurse (3), HGV Driver (1)"] for i in ids}


_KILLED_AFTER_COMPOSING = """
import asyncio, os, sys
from pathlib import Path
from datetime import UTC, datetime
from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.match_digests import SqliteMatchDigests
from adapters.embedded.sqlite.outbox import SqliteOutbox
from domain.match_digest import compose_digest

async def main():
    db = Database(Path(sys.argv[1]))
    await db.open()
    def composed_then_killed(user, day, entries):
        assert compose_digest(user, day, entries) is not None
        os._exit(17)
    await SqliteMatchDigests(db, SqliteOutbox(db)).deliver_closed(datetime(2026, 12, 8, tzinfo=UTC), composed_then_killed, 50)

asyncio.run(main())
"""


async def test_a_process_killed_between_composing_and_enqueueing_loses_and_repeats_nothing(tmp_path):
    path = tmp_path / "talentgraph.sqlite3"
    (recruiter,) = await _recruiters_with_a_closed_day(path, 1)
    killed = await asyncio.to_thread(subprocess.run, [sys.executable, "-c", _KILLED_AFTER_COMPOSING, str(path)],
                                     cwd=REPOSITORY, capture_output=True, timeout=120)
    assert killed.returncode == 17, killed.stderr.decode()[-2000:]
    assert await _digests(path) == {"(waiting)": ["2"]}
    db = Database(path)
    await db.open()
    try:
        sender = MatchDigestSender(SqliteMatchDigests(db, SqliteOutbox(db)), FixedClock(TUESDAY))
        await sender.send_closed_days()
        await sender.send_closed_days()
    finally:
        await db.close()
    assert await _digests(path) == {
        "(waiting)": ["0"], recruiter: ["Your new candidates for Monday 7 December: Staff Nurse (3), HGV Driver (1)"]}
