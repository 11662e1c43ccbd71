"""The close's notices list the job's applications through a GSI, which is eventually
consistent: an application stored a moment before the close may not be listed yet when a
fast worker runs them. The consistent per-job counts show it missing; the work fails as
transient, and its retry, once the index has caught up, tells that candidate, once, and no
one else again. The lag is simulated at the edge (a client leaving items out of GSI2)."""
from __future__ import annotations

from collections import Counter
from types import SimpleNamespace

import pytest

from adapters.aws.dynamodb import keys
from domain.errors import TransientFailure
from domain.events import ApplicationUpdated
from domain.jobs import JobStatus
from domain.ports.notifications import Message
from domain.services.job_closure_notices import JobClosureNotices
from tests.integration.aws.lagging_index import LaggingIndex
from tests.integration.contract.repository_backends import a_candidate, a_job, an_application, an_employer, at


class _Heard:
    def __init__(self) -> None:
        self.messages: Counter[str] = Counter()
        self.events: Counter[str] = Counter()

    async def send(self, messages: list[Message]) -> None:
        self.messages.update(str(m.data["applicationId"]) for m in messages)

    async def publish(self, event: ApplicationUpdated) -> None:
        self.events[event.application_id] += 1


async def test_an_application_the_index_does_not_list_yet_is_told_on_the_retry(aws_clients, aws_names):
    from adapters.aws.dynamodb.repositories import dynamodb_repositories
    from adapters.aws.dynamodb.table import create_table

    client = await aws_clients.get("dynamodb")
    await create_table(client, aws_names["table"])
    lagging = LaggingIndex(client, keys.GSI2, set())
    store = SimpleNamespace(**dynamodb_repositories(lagging, aws_names["table"]))
    _, organization = await an_employer(store)
    job = a_job(organization.id)
    await store.jobs.add(job)
    applied = []
    for n in range(3):
        application, event = an_application(job.id, (await a_candidate(store)).id, minute=n)
        await store.applications.add(application, event)
        applied.append(application.id)
    lagging.unseen.add(applied[-1])  # stored just before the close; the index is behind
    closed = job.model_copy(update={"status": JobStatus.CLOSED, "updated_at": at(60)})
    assert await store.jobs.update(closed, expected_updated_at=job.updated_at)
    heard = _Heard()
    notices = JobClosureNotices(store.applications, store.jobs, heard, heard)  # type: ignore[arg-type]

    with pytest.raises(TransientFailure):
        await notices.notify(job.id, closed.updated_at.isoformat())
    assert set(heard.events) == set(applied[:-1])
    lagging.unseen.clear()  # the index caught up
    await notices.notify(job.id, closed.updated_at.isoformat())

    assert heard.events == Counter(applied)
    assert set(heard.messages) == set(applied)  # sent again to the first two: the outbox keeps one
