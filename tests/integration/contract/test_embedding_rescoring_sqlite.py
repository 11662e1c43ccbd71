"""SQLite's OpenJobsRescoring (after a model change): nothing while a résumé is still to be
embedded again or being embedded; then every open job's matching once, also for a job whose
matching runs right now (it may have read the résumés before the last was embedded) or died."""
from __future__ import annotations

from adapters.embedded.sqlite.embedding_rescoring import SqliteOpenJobsRescoring
from domain.services.matching_triggers import MATCH_JOB
from domain.services.resume_reembedding import REEMBED_RESUME
from tests.integration.contract.test_scoring_version_contract import job_ids, open_and_closed_jobs
from tests.integration.contract.test_work_with_change_contract import leased_payloads, store_on


async def test_every_open_job_is_queued_once_no_resume_is_left_to_embed(database):
    repositories = await store_on("embedded", database, None, None)
    queue, rescoring = repositories.queue, SqliteOpenJobsRescoring(database)
    open_ids, _closed = await open_and_closed_jobs(repositories)
    await queue.enqueue(REEMBED_RESUME, {"resume_id": "r1"}, dedupe_key=f"{REEMBED_RESUME}:r1")
    assert not await rescoring.queue_every_open_job_if_reembedded()
    reembedding = await queue.lease()
    assert reembedding is not None and reembedding.kind == REEMBED_RESUME
    assert not await rescoring.queue_every_open_job_if_reembedded()  # still being embedded
    await queue.enqueue(MATCH_JOB, {"job_id": open_ids[0]}, dedupe_key=f"{MATCH_JOB}:{open_ids[0]}")
    running = await queue.lease()
    assert running is not None and running.payload == {"job_id": open_ids[0]}
    await queue.complete(reembedding)

    assert await rescoring.queue_every_open_job_if_reembedded()
    assert job_ids(await leased_payloads(queue)) == sorted(open_ids)
