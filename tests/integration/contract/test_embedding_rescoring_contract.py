"""Every open job matched again once the résumés are indexed again after a switch of the model
or of the lexical analyzer, on both backends through one port
(domain/services/embedding_rescoring.py): nothing while a résumé is left to index again, a delivery of the same re-embedding again changes nothing, and
the rescoring work is queued exactly once per switch (SQLite queues it with the switch and
its queue says what is pending; on AWS the last résumé's re-embedding queues it)."""
from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest

from domain.ports.queue import WorkItem
from domain.resumes import ResumeStatus
from domain.services.embedding_rescoring import RESCORE_AFTER_REEMBEDDING
from domain.services.matching_triggers import MATCH_JOB
from domain.services.resume_reembedding import REEMBED_RESUME
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.repository_backends import a_candidate, a_resume
from tests.integration.contract.test_scoring_version_contract import job_ids, open_and_closed_jobs
from tests.integration.contract.test_work_with_change_contract import store_on

SWITCHES = {  # what a process is made with: before the switch, after it
    "model": ("model-a", "model-b"),
    "analyzer": (1, 2),
}


@pytest.fixture(params=[(backend, switch) for backend in BACKENDS for switch in SWITCHES], ids="-".join)
async def backend(request, database, aws_clients, aws_names):
    """The repositories with their queue, `old` and `new` (what a process is made with before and
    after the switch), `adopt(made)`, and `rescoring(made)`: the OpenJobsRescoring of a process
    made with that and its ReembeddingProgress (None where the queue itself says what is
    pending)."""
    name, switch = request.param
    repositories = await store_on(name, database, aws_clients, aws_names)
    old, new = SWITCHES[switch]
    if name == "embedded":
        from adapters.embedded.sqlite.embedding_model import SqliteEmbeddingModel
        from adapters.embedded.sqlite.embedding_rescoring import SqliteOpenJobsRescoring
        from adapters.embedded.sqlite.lexical_analyzer import SqliteLexicalAnalyzer

        record = SqliteEmbeddingModel(database) if switch == "model" else SqliteLexicalAnalyzer(database)
        return SimpleNamespace(repositories=repositories, old=old, new=new, adopt=record.adopt,
                               rescoring=lambda made: (SqliteOpenJobsRescoring(database), None))
    from adapters.aws.dynamodb.access import DynamoTable
    from adapters.aws.dynamodb.embeddings import DynamoEmbeddingStore

    table = DynamoTable(await aws_clients.get("dynamodb"), aws_names["table"])

    def process(made) -> DynamoEmbeddingStore:
        return DynamoEmbeddingStore(table, **{"model_id" if switch == "model" else "analyzer": made})

    def rescoring(made) -> tuple:
        found = process(made).rescoring()
        return found, found

    async def adopt(made) -> bool:
        store = process(made)
        return await (store.model_record().adopt(made) if switch == "model" else store.lexical_record().adopt(made))

    return SimpleNamespace(repositories=repositories, old=old, new=new, adopt=adopt, rescoring=rescoring)


async def _leased(queue) -> list[WorkItem]:
    found: list[WorkItem] = []
    for _ in range(20):
        item = await queue.lease()
        if item is None:
            if found:
                break
            await asyncio.sleep(0.1)
            continue
        found.append(item)
    return found


async def _switch_with_two_resumes(backend) -> tuple[list[str], list[WorkItem], list[WorkItem]]:
    """Open jobs; then the work a switch to the new maker queued: (open job ids, re-indexings, rest)."""
    repositories = backend.repositories
    await backend.adopt(backend.old)
    open_ids, _closed = await open_and_closed_jobs(repositories)
    candidate = await a_candidate(repositories)
    for _ in range(2):
        resume = a_resume(candidate.id)
        await repositories.resumes.add(resume, max_per_owner=5)
        await repositories.resumes.set_status(resume.id, ResumeStatus.PARSED)
    assert await backend.adopt(backend.new)
    await repositories.restart()
    queued = await _leased(repositories.queue)
    return open_ids, [q for q in queued if q.kind == REEMBED_RESUME], [q for q in queued if q.kind != REEMBED_RESUME]


async def _ran(backend, progress, item: WorkItem) -> None:
    """What a worker does once a re-embedding ran: it says so, then deletes the message."""
    if progress is not None:
        await progress.resume_reembedded(item.payload["resume_id"])
    await backend.repositories.queue.complete(item)


async def test_every_open_job_is_matched_again_once_after_the_last_resume_and_only_then(backend):
    open_ids, reembeddings, rest = await _switch_with_two_resumes(backend)
    queue = backend.repositories.queue
    assert len(reembeddings) == 2
    rescoring, progress = backend.rescoring(backend.new)
    rescores = [q for q in rest if q.kind == RESCORE_AFTER_REEMBEDDING]
    assert not await rescoring.queue_every_open_job_if_reembedded()

    await _ran(backend, progress, reembeddings[0])
    if progress is not None:  # the same message delivered again, run again: still one left
        await progress.resume_reembedded(reembeddings[0].payload["resume_id"])
    await backend.repositories.restart()
    assert [q.kind for q in await _leased(queue)] == []
    assert not await rescoring.queue_every_open_job_if_reembedded()

    await _ran(backend, progress, reembeddings[1])
    if progress is not None:
        await progress.resume_reembedded(reembeddings[1].payload["resume_id"])  # and once more
    await backend.repositories.restart()
    rescores += [q for q in await _leased(queue) if q.kind == RESCORE_AFTER_REEMBEDDING]
    assert len(rescores) == 1  # one per switch, on either backend

    assert await rescoring.queue_every_open_job_if_reembedded()
    await backend.repositories.restart()
    assert job_ids([q.payload for q in await _leased(queue) if q.kind == MATCH_JOB]) == sorted(open_ids)


async def test_a_process_of_the_replaced_model_never_queues_the_rescoring(backend):
    _open_ids, reembeddings, _rest = await _switch_with_two_resumes(backend)
    _rescoring, old_progress = backend.rescoring(backend.old)
    if old_progress is None:
        pytest.skip("the queue, not the process's model, says what is pending")
    for item in reembeddings:
        await old_progress.resume_reembedded(item.payload["resume_id"])
    await backend.repositories.restart()
    assert await _leased(backend.repositories.queue) == []
