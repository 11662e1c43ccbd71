"""An address change landing while an account is erased (DynamoDB, where erasure is many
writes): no claim on either address outlives the account, nor the hold on the one given up, so
both can be signed up with again."""
from __future__ import annotations

from datetime import timedelta

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable
from adapters.aws.dynamodb.account_store import DynamoAccountStore
from adapters.aws.dynamodb.repositories import dynamodb_repositories
from adapters.aws.dynamodb.table import create_table
from domain.ports.accounts import EmailChangeOutcome
from tests.integration.contract.repository_backends import START, a_user


async def _backend(aws_clients, aws_names):
    client = await aws_clients.get("dynamodb")
    await create_table(client, aws_names["table"])
    table = DynamoTable(client, aws_names["table"])
    return dynamodb_repositories(client, aws_names["table"]), table, DynamoAccountStore(table)


async def _nothing_left(repos, table, person) -> None:
    assert await table.get(keys.user(person.id)) is None
    for address in ("before@example.org", "after@example.org"):
        assert await table.get(keys.email(address)) is None
        assert await repos["users"].get_by_email(address) is None
        await repos["users"].add(a_user(email=address))  # free to sign up with again


async def test_a_change_made_just_after_erasure_read_the_account_leaves_no_claim(aws_clients, aws_names):
    repos, table, store = await _backend(aws_clients, aws_names)
    person = a_user(email="before@example.org")
    await repos["users"].add(person)
    read_user = store._user

    async def read_then_changed(user_id: str):
        user = await read_user(user_id)
        changed = await repos["users"].change_email(user_id, "after@example.org", replacing="before@example.org",
                                                    now=START, hold_replaced_for=timedelta(days=7))
        assert changed is EmailChangeOutcome.CHANGED
        return user
    store._user = read_then_changed  # type: ignore[method-assign]
    await store.erase(person.id)
    await _nothing_left(repos, table, person)


async def test_a_change_once_erasure_began_is_refused(aws_clients, aws_names):
    repos, table, store = await _backend(aws_clients, aws_names)
    person = a_user(email="before@example.org")
    await repos["users"].add(person)
    resumes_of = store._resumes_of

    async def changed_meanwhile(user_id: str):
        outcome = await repos["users"].change_email(user_id, "after@example.org", replacing="before@example.org",
                                                    now=START, hold_replaced_for=timedelta(days=7))
        assert outcome is EmailChangeOutcome.STALE
        return await resumes_of(user_id)
    store._resumes_of = changed_meanwhile  # type: ignore[method-assign]
    await store.erase(person.id)
    await _nothing_left(repos, table, person)
