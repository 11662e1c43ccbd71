"""On DynamoDB and SQS (moto): a leaving whose inbox removal crashed shows the person nothing of
the organization at once, while concurrent sends write about it; the removal, stored in the
leaving's own transaction as work-outbox item, reaches SQS through the relay and a worker of the
restarted services takes the items out of the table (tests/integration/leaving_crash.py)."""
from __future__ import annotations

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable
from adapters.aws.dynamodb.query import ListQuery, read_all
from gateway.backends.aws import open_aws
from gateway.bootstrap import open_services
from tests.aws_backend import aws_settings  # noqa: F401
from tests.integration.leaving_crash import crashing, finish_as_a_worker, leave_and_crash


async def test_a_leaving_whose_removal_crashed_shows_nothing_of_the_organization_and_is_finished(
        aws_settings, aws_clients, aws_names):  # noqa: F811 (the fixture of that name)
    table = DynamoTable(await aws_clients.get("dynamodb"), aws_names["table"])

    async def organization_rows(user_id: str) -> list[str]:
        items = await read_all(table, ListQuery(None, keys.inbox(user_id), consistent=True))
        return [item["id"]["S"] for item in items if "organization_id" in item]

    async with open_aws(aws_settings) as adapters:
        async with open_services(aws_settings, adapters=crashing(adapters)) as services:
            leavers = await leave_and_crash(services, services.notifier, organization_rows)
        async with open_services(aws_settings, adapters=adapters) as services:
            await finish_as_a_worker(services, leavers, organization_rows)
