"""Whether a blob is in use, on DynamoDB, does not trust the GSI2 `SHA#` listing: a résumé
committed a moment before a deletion of the same bytes re-checks may not be listed yet, and
its file would be purged under it (domain/services/blob_forgetting.py). The index's lag is
simulated at the edge (LaggingIndex: a client that leaves the just-written résumé out of
GSI2 answers); the use items in the base table, read strongly, still see it. Deleting or
erasing the résumé takes its use item away."""
from __future__ import annotations

from types import SimpleNamespace

from adapters.aws.dynamodb import keys
from tests.integration.aws.lagging_index import LaggingIndex
from tests.integration.contract.repository_backends import a_candidate, a_resume


async def _stores(aws_clients, aws_names):
    from adapters.aws.dynamodb.repositories import dynamodb_repositories
    from adapters.aws.dynamodb.table import create_table

    client = await aws_clients.get("dynamodb")
    await create_table(client, aws_names["table"])
    return client, SimpleNamespace(**dynamodb_repositories(client, aws_names["table"]))


async def test_a_resume_the_index_does_not_list_yet_keeps_its_blob_in_use(aws_clients, aws_names):
    from adapters.aws.dynamodb.repositories import dynamodb_repositories

    client, stores = await _stores(aws_clients, aws_names)
    person = await a_candidate(stores)
    just_written = a_resume(person.id, sha256="e" * 64)
    await stores.resumes.add(just_written, 5)

    lagging = dynamodb_repositories(LaggingIndex(client, keys.GSI2, {just_written.id}), aws_names["table"])["resumes"]
    assert await lagging.sha_in_use("e" * 64)

    await stores.resumes.delete(just_written.id)
    assert not await lagging.sha_in_use("e" * 64)
    assert not await stores.resumes.sha_in_use("e" * 64)


async def test_an_erased_account_leaves_no_use_of_its_blobs(aws_clients, aws_names):
    from adapters.aws.dynamodb.access import DynamoTable
    from adapters.aws.dynamodb.account_store import DynamoAccountStore
    from adapters.aws.dynamodb.repositories import dynamodb_repositories

    client, stores = await _stores(aws_clients, aws_names)
    person = await a_candidate(stores)
    await stores.resumes.add(a_resume(person.id, sha256="f" * 64), 5)
    await DynamoAccountStore(DynamoTable(client, aws_names["table"])).erase(person.id)
    assert not await dynamodb_repositories(client, aws_names["table"])["resumes"].sha_in_use("f" * 64)
