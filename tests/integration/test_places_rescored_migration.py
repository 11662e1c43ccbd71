"""Upgrading a data dir whose matches were scored by scoring version 9 (which read "Zurich" and
"Zürich" as two places, an on-site job with no place as a full location fit, and no years asked
in an ad's words): migration 43 queues the matching of every open job once, so its scores are
computed again; work already queued keeps its place, and closed jobs are left alone."""
from __future__ import annotations

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.work_queue import SqliteWorkQueue
from domain.jobs import JobStatus, RemotePolicy
from domain.services.matching_triggers import MATCH_JOB
from tests.integration.contract.repository_backends import a_job
from tests.integration.old_database import add_job_as_before, database_before

_PLACES_READ_HOWEVER_SPELLED = 43


async def test_every_open_job_is_matched_again_once_after_the_upgrade(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = await database_before(path, _PLACES_READ_HOWEVER_SPELLED)
    placed = [a_job("o1", location=place, remote=RemotePolicy.ONSITE)
              for place in ("Zürich", "Wien, Oesterreich", "Leeds, UK")]
    hybrid = a_job("o1", location="Köln", remote=RemotePolicy.HYBRID)
    hybrid = [hybrid, a_job("o1", location="Zürich", remote=RemotePolicy.REMOTE),
              a_job("o1", location=None, remote=RemotePolicy.ONSITE), a_job("o1", location="  ", remote=RemotePolicy.ONSITE)]
    left_alone = [a_job("o1", location="Zürich", status=JobStatus.CLOSED)]
    for job in [*placed, *hybrid, *left_alone]:
        await add_job_as_before(old, job)
    pending = await SqliteWorkQueue(old).enqueue(MATCH_JOB, {"job_id": placed[0].id},
                                                 dedupe_key=f"{MATCH_JOB}:{placed[0].id}")
    await old.close()

    migrated = Database(path)
    await migrated.open()
    try:
        rows = await migrated.fetch_all(
            "SELECT id, json_extract(payload, '$.job_id') AS job_id FROM work_items WHERE kind = ? AND state = 'ready'",
            (MATCH_JOB,))
        assert sorted(r["job_id"] for r in rows) == sorted(j.id for j in [*placed, *hybrid])
        assert pending in {r["id"] for r in rows}
    finally:
        await migrated.close()
