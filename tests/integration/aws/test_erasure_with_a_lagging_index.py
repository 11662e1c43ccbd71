"""The account erasure on DynamoDB does not trust the owner's GSI listings alone: a GSI is
eventually consistent, and a résumé or an application written a moment before the erasure may
not be listed yet. The index's lag is simulated at the edge (LaggingIndex: a client that
leaves the just-written items out of GSI1 answers, as a lagging index would); the erasure still
finds them, through the ids kept in the person's own partition and read consistently: the
résumé goes with its content claim and its vector, the application is anonymised."""
from __future__ import annotations

from types import SimpleNamespace

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable
from tests.integration.aws.lagging_index import LaggingIndex
from tests.integration.contract.repository_backends import a_candidate, a_job, a_resume, an_application, an_employer


async def test_a_resume_the_index_does_not_list_yet_is_erased_all_the_same(aws_clients, aws_names):
    from adapters.aws.dynamodb.account_store import DynamoAccountStore
    from adapters.aws.dynamodb.embeddings import DynamoEmbeddingStore
    from adapters.aws.dynamodb.repositories import dynamodb_repositories
    from adapters.aws.dynamodb.table import create_table

    client = await aws_clients.get("dynamodb")
    await create_table(client, aws_names["table"])
    repositories = dynamodb_repositories(client, aws_names["table"])
    table = DynamoTable(client, aws_names["table"])
    found = SimpleNamespace(**repositories)
    _, acme = await an_employer(found)
    job = a_job(acme.id)
    await found.jobs.add(job)
    person = await a_candidate(found)
    listed, just_written = a_resume(person.id), a_resume(person.id)
    for resume in (listed, just_written):
        await repositories["resumes"].add(resume, 5)
        await DynamoEmbeddingStore(table).put("resume", resume.id, [0.6, 0.8])

    application, event = an_application(job.id, person.id, just_written.id)
    await found.applications.add(application, event)

    lagging = DynamoTable(LaggingIndex(client, keys.GSI1, {just_written.id, application.id}), aws_names["table"])
    erased = await DynamoAccountStore(lagging).erase(person.id)

    assert sorted(erased) == sorted([(r.id, r.sha256) for r in (listed, just_written)])
    for resume in (listed, just_written):
        assert await table.get(keys.resume(resume.id)) is None
        assert await table.get(keys.resume_sha(person.id, resume.sha256)) is None
    assert await DynamoEmbeddingStore(table).get_many("resume", [just_written.id]) == [None]

    (kept,) = await found.applications.get_many([application.id])
    assert kept.candidate_anonymised and kept.candidate_id is None and kept.cover_letter is None
    assert await table.get(keys.applied(job.id, person.id)) is None


async def test_nothing_is_stored_for_a_resume_that_no_longer_exists(aws_clients, aws_names):
    from adapters.aws.dynamodb.embeddings import DynamoEmbeddingStore
    from adapters.aws.dynamodb.repositories import dynamodb_repositories
    from adapters.aws.dynamodb.table import create_table

    client = await aws_clients.get("dynamodb")
    await create_table(client, aws_names["table"])
    found = SimpleNamespace(**dynamodb_repositories(client, aws_names["table"]))
    resume = a_resume((await a_candidate(found)).id)
    await found.resumes.add(resume, 5)
    store = DynamoEmbeddingStore(DynamoTable(client, aws_names["table"]))
    await store.put("resume", resume.id, [1.0])
    await store.put("resume", "gone", [1.0])  # matching work finishing after the erasure
    await store.put("resume.neighbours", "gone", [0.3, 10.0])
    assert await store.get_many("resume", [resume.id, "gone"]) == [[1.0], None]
    assert await store.get_many("resume.neighbours", ["gone"]) == [None]
