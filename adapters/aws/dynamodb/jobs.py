"""Job postings. Full-text search is not DynamoDB's job: a query with words goes to the
text search this repository is given (OpenSearch or the embedded FTS index in AWS mode),
while listings without words are answered from the table's indexes, newest first."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable, TransactionCancelled
from adapters.aws.dynamodb.codec import keyed, plain, stored_moment, to_attributes, to_model
from adapters.aws.dynamodb.job_listing import listing_attributes, listing_query
from adapters.aws.dynamodb.lookups import get_many
from adapters.aws.dynamodb.query import ListQuery, read_page, read_pages, read_slice
from adapters.aws.dynamodb.work_outbox import WorkWritten, outbox_put
from domain.clock import Clock
from domain.errors import BadUserInput, no_longer_a_member_to_change_job, no_longer_a_member_to_post
from domain.job_post_keys import EarlierPost, PostKey
from domain.jobs import Job, JobFilter, JobStatus
from domain.pagination import Page, PageRequest
from domain.ports.queue import PendingWork
from domain.search_text import SearchTerm


class TextSearch(Protocol):
    async def search(self, query: str | None, job_filter: JobFilter, page: PageRequest) -> Page[Job]: ...


def job_item(job: Job) -> dict:
    values = {**plain(job), **listing_attributes(job), "entity": "job"}
    return keyed(keys.job(job.id), values)


def _job(item: dict) -> Job:
    return to_model(Job, item)


class DynamoJobRepository:
    def __init__(
        self, table: DynamoTable, text_search: TextSearch | None = None, work_written: WorkWritten | None = None
    ) -> None:
        self._work_written = work_written or WorkWritten()
        self._table = table
        self._text_search = text_search

    async def add(
        self, job: Job, work: Sequence[PendingWork] = (), *, key: PostKey | None = None,
        member_of: str | None = None,
    ) -> EarlierPost | None:
        if key is None and member_of is None:
            await self._put(job, "attribute_not_exists(PK)", work)
            return None
        actions: list[dict] = [{"Put": {"Item": job_item(job), "ConditionExpression": "attribute_not_exists(PK)"}}]
        if member_of is not None:
            # The poster still recruits for it: a removal landing after the checks made on
            # reading (before this write) posts nothing.
            actions.append({"ConditionCheck": {
                "Key": keys.user(job.posted_by or ""), "ConditionExpression": "organization_id = :org",
                "ExpressionAttributeValues": to_attributes({":org": member_of})}})
        claim = None
        if key is not None:
            # The key's claim, in the poster's partition (their erasure takes it), written with
            # the job: of two racing repeats one transaction wins, the other reads its claim.
            claim = keys.key(keys.user_partition(key.poster_id), f"POSTKEY#{key.key}")
            actions.append({"Put": {
                "Item": {**claim, **to_attributes({"job_id": job.id, "fingerprint": key.fingerprint})},
                "ConditionExpression": "attribute_not_exists(PK)"}})
        try:
            await self._table.transact([*actions, *(outbox_put(w) for w in work)])
        except TransactionCancelled as cancelled:
            if member_of is not None and cancelled.failed(1):
                raise no_longer_a_member_to_post() from None
            if claim is None:
                raise
            earlier = await self._table.get(claim)
            if earlier is None:
                raise
            return EarlierPost(job_id=earlier["job_id"]["S"], fingerprint=earlier["fingerprint"]["S"])
        if work:
            self._work_written()
        return None

    async def update(
        self, job: Job, work: Sequence[PendingWork] = (), *, expected_updated_at: datetime | None = None,
        open_as_of: Clock | None = None, member: str | None = None,
    ) -> bool:
        # The whole item is rewritten so its index keys follow the new status; the
        # condition keeps an unknown id from creating a job (and, given, a changed one from
        # being overwritten).
        condition = "attribute_exists(PK)"
        names: dict[str, str] = {}
        values: dict[str, str] = {}
        if expected_updated_at is not None:
            condition += " AND #updated = :updated"
            names["#updated"], values[":updated"] = "updated_at", stored_moment(expected_updated_at)
        if open_as_of is not None:
            # The stored item's closing key (GSI5SK, held by an OPEN job with a closing time
            # only) is its closes_at as fixed-width UTC text: past closing when it sorts at or
            # below now's. Now is read last before the request: DynamoDB has no clock to compare with.
            condition += " AND #status = :open AND (attribute_not_exists(#closing) OR #closing > :now)"
            names |= {"#status": "status", "#closing": "GSI5SK"}
            values |= {":open": JobStatus.OPEN.value, ":now": f"{keys.moment(open_as_of.now())}#~"}
        expression = {"ExpressionAttributeNames": names, "ExpressionAttributeValues": to_attributes(values)}
        if member is None:
            return await self._put(job, condition, work, expression if names else None)
        # Beside the job's Put, a ConditionCheck that the person still recruits for it: a
        # removal landing after the request's checks (before this write) changes nothing.
        try:
            await self._table.transact([
                {"Put": {"Item": job_item(job), "ConditionExpression": condition, **(expression if names else {})}},
                {"ConditionCheck": {"Key": keys.user(member), "ConditionExpression": "organization_id = :org",
                                    "ExpressionAttributeValues": to_attributes({":org": job.organization_id})}},
                *(outbox_put(w) for w in work),
            ])
        except TransactionCancelled as cancelled:
            if cancelled.failed(1):
                raise no_longer_a_member_to_change_job() from None
            return False
        if work:
            self._work_written()
        return True

    async def _put(self, job: Job, condition: str, work: Sequence[PendingWork],
                   expression: dict | None = None) -> bool:
        expression = expression or {}
        if not work:
            return await self._table.put(job_item(job), condition, **expression)
        try:
            await self._table.transact(
                [{"Put": {"Item": job_item(job), "ConditionExpression": condition, **expression}},
                 *(outbox_put(w) for w in work)]
            )
        except TransactionCancelled:
            return False  # as a refused put: nothing stored, so no work either
        self._work_written()
        return True

    async def get_many(self, ids: Sequence[str]) -> list[Job | None]:
        return await get_many(self._table, ids, keys.job, Job)

    async def due_to_close(self, now: datetime, limit: int) -> list[Job]:
        # GSIs lag a little: a job just closed may still be listed, and is read again below.
        query = ListQuery(keys.GSI5, keys.jobs_closing(), ascending=True, sort_below=f"{keys.moment(now)}#~")
        listed = [str(item["id"]["S"]) for item in await read_slice(self._table, query, 0, limit)]
        found = await self.get_many(listed)
        return [j for j in found if j is not None and j.status is JobStatus.OPEN and j.past_closing(now)]

    async def by_organizations(
        self, organization_ids: Sequence[str], status: JobStatus | None, page: PageRequest
    ) -> list[Page[Job]]:
        index = keys.GSI2 if status else keys.GSI1
        value = status.value if status else None
        queries = [ListQuery(index, keys.organization_jobs(o, value)) for o in organization_ids]
        return await read_pages(self._table, queries, page, _job)

    async def search(self, query: str | None, job_filter: JobFilter, page: PageRequest) -> Page[Job]:
        if job_filter.location_or_words and self._text_search is not None:
            # A place read from the words, met by jobs in it or holding its words: only the index reads text.
            return await self._text_search.search(query, job_filter, page)
        if query:
            if self._text_search is None:
                raise BadUserInput(
                    "Searching jobs by words needs the search index, which this deployment has not"
                    " configured; search with filters only, or ask the operator to set OPENSEARCH_URL.",
                    argument="query",
                )
            return await self._text_search.search(query, job_filter, page)
        return await read_page(self._table, listing_query(job_filter), page, _job)

    async def spelling_corrections(self, terms: Sequence[SearchTerm]) -> dict[str, str]:
        # OpenSearch corrects inside its query (fuzziness); the local mirror by its vocabulary.
        corrects = getattr(self._text_search, "spelling_corrections", None)
        return await corrects(terms) if corrects is not None else {}
