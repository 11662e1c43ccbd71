"""The identity of the embedding model on both backends, through one port
(domain.ports.embedding_model): a start with another model drops the old model's vectors and
queues every open job and parsed résumé again; a process still embedding with the old model
cannot store a vector, even while the adoption runs beside it (two SQLite connections to one
file, as two processes have; on AWS two stores on the moto server's table)."""
from __future__ import annotations

import asyncio

import pytest

from domain.jobs import JobStatus
from domain.ports.embedding_model import EmbeddingModelChanged
from domain.resumes import ResumeStatus
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.repository_backends import a_candidate, a_job, a_resume, an_employer
from tests.integration.contract.switch_backends import switch_backend
from tests.integration.contract.test_work_with_change_contract import leased_payloads


@pytest.fixture(params=BACKENDS)
async def backend(request, tmp_path, database, aws_clients, aws_names):
    """The repositories with their queue, and `process()`: what a process sees of the same
    storage, as a store of a model and the model record."""
    from adapters.embedded.sqlite.embedding_model import SqliteEmbeddingModel

    async for found in switch_backend(request, tmp_path, database, aws_clients, aws_names, maker_keyword="model_id",
                                      sqlite_record=SqliteEmbeddingModel, dynamo_record=lambda store: store.model_record()):
        yield found


async def test_a_write_of_the_replaced_model_is_refused_and_stores_nothing(backend):
    process = await backend.process()
    old = process.store("model-a")
    assert await process.record.adopt("model-a")
    await old.put("job", "j1", [1.0, 0.0])
    assert await process.record.adopt("model-b")
    with pytest.raises(EmbeddingModelChanged, match="model-b"):
        await old.put("job", "j2", [1.0, 0.0])
    assert await process.store().get_many("job", ["j1", "j2"]) == [None, None]
    # What the model does not make is stored as before.
    await old.put("job.neighbours", "j1", [0.5, 10.0])
    assert await old.get_many("job.neighbours", ["j1"]) == [[0.5, 10.0]]


async def test_the_new_model_writes_as_before_and_adopting_it_again_changes_nothing(backend):
    process = await backend.process()
    assert await process.record.adopt("model-b")
    new = process.store("model-b")
    await new.put("job", "j1", [1.0, 0.0])
    assert not await process.record.adopt("model-b")
    assert await new.get_many("job", ["j1"]) == [[1.0, 0.0]]
    assert (await new.generation("job"))[1] == 1
    assert [owner async for owner, _ in new.stream("job")] == ["j1"]


async def test_a_new_model_drops_the_old_vectors_and_queues_every_open_job_and_parsed_resume(backend):
    repositories = backend.repositories
    process = await backend.process()
    assert await process.record.adopt("model-a")
    _, acme = await an_employer(repositories)
    open_job, closed_job = a_job(acme.id), a_job(acme.id, status=JobStatus.CLOSED)
    for job in (open_job, closed_job):
        await repositories.jobs.add(job)
    candidate = await a_candidate(repositories)
    parsed, unparsed = a_resume(candidate.id), a_resume(candidate.id)
    for resume in (parsed, unparsed):
        await repositories.resumes.add(resume, max_per_owner=5)
    await repositories.resumes.set_status(parsed.id, ResumeStatus.PARSED)
    old = process.store("model-a")
    await old.put("job", open_job.id, [1.0, 0.0])
    await old.put("resume", parsed.id, [0.0, 1.0])
    await old.put("job.terms", open_job.id, [3.0])

    assert await process.record.adopt("model-b")
    await repositories.restart()
    queued = await leased_payloads(repositories.queue)
    # Where the backend can tell when no résumé is left to embed (SQLite), one more item, with
    # no payload, matches every open job again then (domain/services/embedding_rescoring.py).
    assert sorted(map(str, [q for q in queued if q])) == sorted(map(str, [{"job_id": open_job.id},
                                                                        {"resume_id": parsed.id}]))
    assert len(queued) - 2 == (backend.name == "embedded")
    everything = process.store()
    assert await everything.get_many("job", [open_job.id]) == [None]
    assert await everything.get_many("resume", [parsed.id]) == [None]
    assert (await everything.generation("job"))[1] == 0
    assert [owner async for owner, _ in everything.stream("resume")] == []
    assert await everything.get_many("job.terms", [open_job.id]) == [[3.0]]


@pytest.mark.parametrize("round_", range(4))
async def test_an_adoption_racing_writes_of_the_old_model_leaves_none_of_them(backend, round_: int):
    old_process, new_process = await backend.process(), await backend.process()
    assert await old_process.record.adopt("model-a")
    old = old_process.store("model-a")
    stored: list[str] = []

    async def old_writes() -> None:
        for n in range(20):
            try:
                await old.put("job", f"j{n}", [1.0, 0.0])
            except EmbeddingModelChanged:
                return
            stored.append(f"j{n}")
            await asyncio.sleep(0)

    async def adoption() -> None:
        await asyncio.sleep(0.002 * round_)
        assert await new_process.record.adopt("model-b")

    await asyncio.gather(old_writes(), adoption())
    left = await new_process.store().get_many("job", [f"j{n}" for n in range(20)])
    assert left == [None] * 20
