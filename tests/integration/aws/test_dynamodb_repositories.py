"""What only the DynamoDB repositories have to show: throttled batch keys retried (never
reported missing), the table provisioned idempotently, and searches with words handed to
the text search (the contract suite covers everything both backends share)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from adapters.aws.dynamodb.repositories import dynamodb_repositories
from adapters.aws.dynamodb.retry import RetryPolicy
from adapters.aws.dynamodb.table import TTL_ATTRIBUTE, create_table
from domain.errors import BadUserInput, TransientFailure
from domain.jobs import JobFilter
from domain.pagination import Page, PageRequest
from tests.integration.aws.throttling_client import ThrottlingDynamoClient
from tests.integration.contract.repository_backends import a_job, a_match, a_resume, a_user, an_organization

QUICK = RetryPolicy(max_attempts=6, base_delay_seconds=0.001, max_delay_seconds=0.01)


@pytest.fixture
async def dynamodb(moto_endpoint, aws_names):
    import aioboto3

    session = aioboto3.Session(region_name="us-east-1")
    async with session.client("dynamodb", endpoint_url=moto_endpoint) as client:
        await create_table(client, aws_names["table"])
        yield SimpleNamespace(client=client, table=aws_names["table"])


async def _users(dynamodb, count: int):
    repositories = dynamodb_repositories(dynamodb.client, dynamodb.table)
    people = [a_user(minute=i) for i in range(count)]
    for person in people:
        await repositories["users"].add(person)
    return people


async def test_throttled_keys_are_retried_until_every_user_is_found_in_key_order(dynamodb):
    people = await _users(dynamodb, 150)
    throttled = ThrottlingDynamoClient(dynamodb.client, throttled_calls=4)
    users = dynamodb_repositories(throttled, dynamodb.table, retry=QUICK)["users"]
    ids = [p.id for p in reversed(people)] + ["missing"]
    found = await users.get_many(ids)
    assert [u.id if u else None for u in found] == [p.id for p in reversed(people)] + [None]
    assert throttled.batch_get_calls > 2  # two chunks of at most 100, plus the retries


async def test_keys_throttled_past_the_retry_budget_fail_the_batch_instead_of_going_missing(dynamodb):
    (person,) = await _users(dynamodb, 1)
    throttled = ThrottlingDynamoClient(dynamodb.client, throttled_calls=100, hold_everything=True)
    users = dynamodb_repositories(throttled, dynamodb.table, retry=QUICK)["users"]
    with pytest.raises(TransientFailure):
        await users.get_many([person.id])
    assert throttled.batch_get_calls == QUICK.max_attempts


async def test_throttled_deletions_are_retried_until_every_match_is_gone(dynamodb):
    repositories = dynamodb_repositories(dynamodb.client, dynamodb.table)
    organization = an_organization()
    await repositories["users"].add(a_user(organization_id=organization.id), organization)
    job = a_job(organization.id)
    await repositories["jobs"].add(job)
    matches = []
    for i in range(30):  # a match is written only while its candidate and resume exist
        candidate = a_user()
        await repositories["users"].add(candidate)
        resume = a_resume(candidate.id)
        await repositories["resumes"].add(resume, max_per_owner=5)
        matches.append(a_match(candidate.id, job.id, resume.id, 0.5 + i / 100))
    assert len(await repositories["matches"].upsert(matches)) == 30
    throttled = ThrottlingDynamoClient(dynamodb.client, throttled_calls=3)
    await dynamodb_repositories(throttled, dynamodb.table, retry=QUICK)["matches"].delete_for_job(job.id)
    assert await repositories["matches"].get_many([m.id for m in matches]) == [None] * 30
    assert throttled.batch_write_calls > 4  # 60 items in chunks of 25, plus the retries


async def test_provisioning_twice_creates_once_and_leaves_the_table_as_it_was(dynamodb):
    assert await create_table(dynamodb.client, dynamodb.table) is False
    described = (await dynamodb.client.describe_table(TableName=dynamodb.table))["Table"]
    assert sorted(i["IndexName"] for i in described["GlobalSecondaryIndexes"]) == ["GSI1", "GSI2", "GSI3", "GSI4", "GSI5", "GSI6", "GSI7"]
    ttl = (await dynamodb.client.describe_time_to_live(TableName=dynamodb.table))["TimeToLiveDescription"]
    assert (ttl["TimeToLiveStatus"], ttl["AttributeName"]) == ("ENABLED", TTL_ATTRIBUTE)


async def test_provisioning_an_older_table_adds_the_indexes_it_lacks(dynamodb):
    from adapters.aws.dynamodb.table import table_definition

    older = table_definition(dynamodb.table + "-old")
    older["GlobalSecondaryIndexes"] = older["GlobalSecondaryIndexes"][:1]
    older["AttributeDefinitions"] = older["AttributeDefinitions"][:4]
    await dynamodb.client.create_table(**older)
    assert await create_table(dynamodb.client, older["TableName"]) is True
    described = (await dynamodb.client.describe_table(TableName=older["TableName"]))["Table"]
    assert sorted(i["IndexName"] for i in described["GlobalSecondaryIndexes"]) == ["GSI1", "GSI2", "GSI3", "GSI4", "GSI5", "GSI6", "GSI7"]


async def test_a_search_with_words_is_refused_with_an_actionable_error_without_a_text_search(dynamodb):
    jobs = dynamodb_repositories(dynamodb.client, dynamodb.table)["jobs"]
    with pytest.raises(BadUserInput) as raised:
        await jobs.search("python", JobFilter(), PageRequest())
    assert raised.value.extensions == {"argument": "query"}
    assert "OPENSEARCH_URL" in raised.value.message


async def test_a_search_with_words_goes_to_the_text_search_it_was_given(dynamodb):
    class RecordingTextSearch:
        """Stands in for OpenSearch, which is another adapter's business."""

        def __init__(self) -> None:
            self.asked: list = []

        async def search(self, query, job_filter, page):
            self.asked.append((query, job_filter, page))
            return Page([])

    text_search = RecordingTextSearch()
    jobs = dynamodb_repositories(dynamodb.client, dynamodb.table, text_search=text_search)["jobs"]
    job_filter, page = JobFilter(organization_id="acme"), PageRequest(first=5)
    assert await jobs.search("python", job_filter, page) == Page([])
    assert text_search.asked == [("python", job_filter, page)]
