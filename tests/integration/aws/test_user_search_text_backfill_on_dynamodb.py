"""Users a DynamoDB table held before an administrator's search matched folded names are
found by the name as a plain keyboard types it once `talentgraph provision` has run; a user
written since is left as it is, and running it again changes nothing."""
from __future__ import annotations

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable
from adapters.aws.dynamodb.repositories import dynamodb_repositories
from adapters.aws.dynamodb.user_admin import DynamoUserAdministration
from adapters.aws.dynamodb.user_search_backfill import backfill_user_search_text, rewrite_user_search_text
from domain.pagination import PageRequest
from gateway.provision_aws import provision_aws
from tests.aws_backend import aws_settings  # noqa: F401
from tests.integration.contract.repository_backends import a_user


async def test_users_stored_before_folded_names_are_found_after_provisioning(aws_settings, aws_clients):
    table = DynamoTable(await aws_clients.get("dynamodb"), aws_settings.aws.table)
    users = dynamodb_repositories(table.client, table.name)["users"]
    admin = DynamoUserAdministration(table)
    older, unlisted, newer = (a_user().model_copy(update={"name": name})
                              for name in ("Łukasz Wróblewski", "Ørjan Kvåle", "Łucja Żak"))
    for user in (older, unlisted, newer):
        await users.add(user)
    # As an older release wrote them: the text without the folded name, or no text at all.
    await table.update(keys.user(older.id), "SET search_text = :text",
                       ExpressionAttributeValues={":text": {"S": f"{older.email}\n{older.name}".lower()}})
    await table.update(keys.user(unlisted.id), "REMOVE search_text")

    async def found(text: str) -> set[str]:
        page = await admin.search(text, None, None, PageRequest(first=50))
        return {u.id for u in page.items}

    assert await found("lukasz") == set()
    assert await found("orjan") == set()
    assert await found("lucja") == {newer.id}

    done = await provision_aws(aws_settings)
    assert done["user_search_text_rewritten"].startswith("2 of ")
    assert await found("lukasz") == {older.id}
    assert await found("orjan") == {unlisted.id}
    assert await found("Łukasz") == {older.id}
    assert await found(older.email) == {older.id}
    assert await found("lucja") == {newer.id}
    assert (await backfill_user_search_text(table)).users_rewritten == 0


async def test_a_user_written_after_the_backfill_read_it_is_not_overwritten(aws_settings, aws_clients):
    table = DynamoTable(await aws_clients.get("dynamodb"), aws_settings.aws.table)
    user = a_user().model_copy(update={"name": "Zoë Ångström"})
    await dynamodb_repositories(table.client, table.name)["users"].add(user)
    await table.update(keys.user(user.id), "REMOVE search_text")
    read = await table.get(keys.user(user.id))
    # Written again meanwhile, as today's release writes it (with a newer name).
    await table.update(keys.user(user.id), "SET #name = :name, search_text = :text",
                       ExpressionAttributeNames={"#name": "name"},
                       ExpressionAttributeValues={":name": {"S": "Zoë Berg"}, ":text": {"S": "newer"}})
    assert await rewrite_user_search_text(table, read, "stale") is False
    assert (await table.get(keys.user(user.id)))["search_text"] == {"S": "newer"}
