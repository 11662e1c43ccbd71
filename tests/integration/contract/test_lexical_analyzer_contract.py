"""The version of the lexical analyzer on both backends, through one port
(domain.ports.lexical_analyzer): a start with another analyzer drops the old term vectors (and
the lexical neighbour similarities made from them), keeps the model's vectors, and queues every
open job and parsed résumé again; a process still running the old analyzer cannot store a term
vector, even while the adoption runs beside it; two starts adopting at once queue the work once
(two SQLite connections to one file, as two processes have; on AWS two stores on the moto
server's table)."""
from __future__ import annotations

import asyncio

import pytest

from domain.jobs import JobStatus
from domain.ports.lexical_analyzer import LexicalAnalyzerChanged
from domain.resumes import ResumeStatus
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.repository_backends import a_candidate, a_job, a_resume, an_employer
from tests.integration.contract.switch_backends import switch_backend
from tests.integration.contract.test_work_with_change_contract import leased_payloads

OLD, NEW = 1, 2


@pytest.fixture(params=BACKENDS)
async def backend(request, tmp_path, database, aws_clients, aws_names):
    """The repositories with their queue, and `process()`: what a process sees of the same
    storage, as a store of an analyzer and the analyzer record."""
    from adapters.embedded.sqlite.lexical_analyzer import SqliteLexicalAnalyzer

    async for found in switch_backend(request, tmp_path, database, aws_clients, aws_names, maker_keyword="analyzer",
                                      sqlite_record=SqliteLexicalAnalyzer, dynamo_record=lambda store: store.lexical_record()):
        yield found


async def test_a_term_vector_of_the_replaced_analyzer_is_refused_and_stores_nothing(backend):
    process = await backend.process()
    old = process.store(OLD)
    assert not await process.record.adopt(OLD)  # what a data dir from before records
    await old.put("job.terms", "j1", [3.0, 0.5])
    assert await process.record.adopt(NEW)
    with pytest.raises(LexicalAnalyzerChanged, match="2"):
        await old.put("job.terms", "j2", [3.0, 0.5])
    with pytest.raises(LexicalAnalyzerChanged):
        await old.put("resume.lexical_neighbours", "r1", [0.5, 10.0])
    assert await process.store().get_many("job.terms", ["j1", "j2"]) == [None, None]
    assert await process.store().get_many("resume.lexical_neighbours", ["r1"]) == [None]
    # The new analyzer's are stored as before, and what the analyzer does not make too.
    new = process.store(NEW)
    await new.put("job.terms", "j3", [4.0, 0.5])
    assert await new.get_many("job.terms", ["j3"]) == [[4.0, 0.5]]
    await old.put("job", "j1", [1.0, 0.0])
    assert await old.get_many("job", ["j1"]) == [[1.0, 0.0]]
    assert not await process.record.adopt(NEW)
    assert await new.get_many("job.terms", ["j3"]) == [[4.0, 0.5]]


async def test_a_new_analyzer_drops_the_old_terms_keeps_the_vectors_and_queues_every_open_job_and_parsed_resume(
        backend):
    repositories = backend.repositories
    process = await backend.process()
    _, acme = await an_employer(repositories)
    open_job, closed_job = a_job(acme.id), a_job(acme.id, status=JobStatus.CLOSED)
    for job in (open_job, closed_job):
        await repositories.jobs.add(job)
    candidate = await a_candidate(repositories)
    parsed, unparsed = a_resume(candidate.id), a_resume(candidate.id)
    for resume in (parsed, unparsed):
        await repositories.resumes.add(resume, max_per_owner=5)
    await repositories.resumes.set_status(parsed.id, ResumeStatus.PARSED)
    old = process.store(OLD)
    await old.put("job", open_job.id, [1.0, 0.0])
    await old.put("job.terms", open_job.id, [3.0, 0.5])
    await old.put("resume.terms", parsed.id, [3.0, 0.5])
    await old.put("job.lexical_neighbours", open_job.id, [0.4, 1.0])
    await old.put("job.neighbours", open_job.id, [0.5, 1.0])

    assert await process.record.adopt(NEW)
    await repositories.restart()
    queued = await leased_payloads(repositories.queue)
    assert sorted(map(str, [q for q in queued if q])) == sorted(map(str, [{"job_id": open_job.id},
                                                                        {"resume_id": parsed.id}]))
    assert len(queued) - 2 == (backend.name == "embedded")  # and the rescoring after them
    everything = process.store()
    assert await everything.get_many("job.terms", [open_job.id]) == [None]
    assert await everything.get_many("resume.terms", [parsed.id]) == [None]
    assert await everything.get_many("job.lexical_neighbours", [open_job.id]) == [None]
    assert await everything.get_many("job", [open_job.id]) == [[1.0, 0.0]]
    assert await everything.get_many("job.neighbours", [open_job.id]) == [[0.5, 1.0]]


@pytest.mark.parametrize("round_", range(4))
async def test_an_adoption_racing_term_writes_of_the_old_analyzer_leaves_none_of_them(backend, round_: int):
    old_process, new_process = await backend.process(), await backend.process()
    old = old_process.store(OLD)

    async def old_writes() -> None:
        for n in range(20):
            try:
                await old.put("resume.terms", f"r{n}", [3.0, 0.5])
            except LexicalAnalyzerChanged:
                return
            await asyncio.sleep(0)

    async def adoption() -> None:
        await asyncio.sleep(0.002 * round_)
        assert await new_process.record.adopt(NEW)

    await asyncio.gather(old_writes(), adoption())
    left = await new_process.store().get_many("resume.terms", [f"r{n}" for n in range(20)])
    assert left == [None] * 20


async def test_two_starts_adopting_at_once_both_end_on_the_new_analyzer_with_the_work_queued(backend):
    repositories = backend.repositories
    _, acme = await an_employer(repositories)
    job = a_job(acme.id)
    await repositories.jobs.add(job)
    first, second = await backend.process(), await backend.process()
    await first.store(OLD).put("job.terms", job.id, [3.0, 0.5])

    changed = await asyncio.gather(first.record.adopt(NEW), second.record.adopt(NEW))
    assert True in changed
    # On SQLite one transaction switches and the other finds it done; on DynamoDB the second may
    # finish the switch the first is marked as doing (every step is idempotent).
    assert changed.count(True) == 1 or backend.name == "aws"
    assert not await first.record.adopt(NEW) and not await second.record.adopt(NEW)
    await repositories.restart()
    queued = [q for q in await leased_payloads(repositories.queue) if q]
    # Both may queue on DynamoDB (the relay may send the first before the second is stored):
    # the work is the same either time.
    assert queued == [{"job_id": job.id}] or (backend.name == "aws" and queued == [{"job_id": job.id}] * 2)
    assert await first.store().get_many("job.terms", [job.id]) == [None]
