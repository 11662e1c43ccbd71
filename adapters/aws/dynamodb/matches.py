"""Matches, one per (candidate, job) through a MATCHPAIR# item. Lists drop matches whose job
is not open by reading the jobs' current status, so closing a job needs no fan-out over
its matches (docs/dynamodb.md weighs this against denormalising the status)."""
from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Sequence
from dataclasses import replace

from boto3.dynamodb.conditions import Attr

from adapters.aws.dynamodb import keys
from adapters.aws.dynamodb.access import DynamoTable, TransactionCancelled, put_new
from adapters.aws.dynamodb.codec import assignments, keyed, plain, to_model
from adapters.aws.dynamodb.lookups import get_many, pair
from adapters.aws.dynamodb.match_announcements import (
    DynamoMatchAnnouncements,
    announcement_key,
    announcement_put,
    write_pass,
)
from adapters.aws.dynamodb.match_sources import source_gone, sources_exist
from adapters.aws.dynamodb.query import ListQuery, positioned, read_all, read_batches, read_page
from domain.jobs import JobStatus
from domain.matches import Match, MatchRetention
from domain.pagination import Page, PageRequest, cut_page

_MUTABLE = ("resume_id", "score", "breakdown", "scoring_version", "scoring_weights", "updated_at")
# Built on read from the resume and the job (domain/services/match_explanations.py).
_NOT_STORED = ("matched_skills", "missing_skills", "explanation")


def _stored(m: Match) -> dict:
    return {k: v for k, v in plain(m).items() if k not in _NOT_STORED}


def _index_keys(m: Match) -> dict[str, str]:
    order = keys.best_first(m.score, m.id)
    return {
        "GSI1PK": keys.candidate_matches(m.candidate_id), "GSI1SK": order,
        "GSI2PK": keys.job_matches(m.job_id), "GSI2SK": order,
        "GSI3PK": keys.resume_matches(m.resume_id), "GSI3SK": m.id,
    }


def _match(item: dict) -> Match:
    return to_model(Match, item)


def _ranked(index: str, partition: str, min_score: float | None) -> ListQuery:
    if min_score is None:
        return ListQuery(index, partition, ascending=True)
    # The key bound narrows the read; the filter keeps the comparison exact.
    return ListQuery(
        index, partition, ascending=True, sort_below=keys.scores_at_least(min_score),
        where=Attr("score").gte(min_score),
    )


class DynamoMatchRepository(DynamoMatchAnnouncements):
    def __init__(self, table: DynamoTable) -> None:
        self._table = table

    async def upsert(self, matches: Sequence[Match], retention: MatchRetention = MatchRetention()) -> list[Match]:
        """The floor and the best `keep` are applied after the writes, by reading each touched
        list and deleting past its `keep`: not one atomic step as on SQLite, so two writers at
        once may leave a list over `keep` until its next upsert prunes it again."""
        if not matches:
            return []
        kept = [m for m in matches if m.score >= retention.floor]
        below = [m for m in matches if m.score < retention.floor]
        pointers = await self._table.batch_get(keys.match_pair(m.candidate_id, m.job_id) for m in matches)
        created = await asyncio.gather(*(self._upsert_one(m, pointers, write_pass(matches)) for m in kept))
        gone = [pointers[pair(keys.match_pair(m.candidate_id, m.job_id))]["match_id"]["S"] for m in below
                if pair(keys.match_pair(m.candidate_id, m.job_id)) in pointers]
        await self._delete_ids(gone)
        pruned: set[str] = set()
        for index, partition in [*{(keys.GSI1, keys.candidate_matches(m.candidate_id)) for m in kept},
                                 *{(keys.GSI2, keys.job_matches(m.job_id)) for m in kept}]:
            items = await read_all(self._table, ListQuery(index, partition, ascending=True))
            beyond = [i["id"]["S"] for i in items[retention.keep:]]
            await self._delete_ids(beyond)
            pruned.update(beyond)
        # A match created and pruned at once is not announced: its record goes with it.
        await self._table.batch_delete(announcement_key(m.id) for m, is_new in zip(kept, created)
                                       if is_new and m.id in pruned)
        return [m for m, is_new in zip(kept, created) if is_new and m.id not in pruned]

    async def _delete_ids(self, ids: Sequence[str]) -> None:
        if not ids:
            return
        items = [item for item in await self.get_many(ids) if item is not None]
        await self._table.batch_delete(
            [keys.match(m.id) for m in items] + [keys.match_pair(m.candidate_id, m.job_id) for m in items])

    async def _upsert_one(self, m: Match, pointers: dict, pass_id: str) -> bool:
        pointer = pointers.get(pair(keys.match_pair(m.candidate_id, m.job_id)))
        if pointer is None:
            writes = [
                put_new(keyed(keys.match_pair(m.candidate_id, m.job_id), {"match_id": m.id})),
                put_new(keyed(keys.match(m.id), {**_stored(m), **_index_keys(m), "entity": "match"})),
                announcement_put(m, self.announcement_lease_seconds, pass_id),
            ]
            try:
                await self._table.transact([*writes, *sources_exist(m)])
                return True
            except TransactionCancelled as cancelled:
                if source_gone(cancelled, len(writes)):
                    return False
                if not cancelled.failed(0):
                    raise
                pointer = await self._table.get(keys.match_pair(m.candidate_id, m.job_id))
                if pointer is None:  # the pair that refused ours was deleted since: not ours to guess
                    raise
                if pointer["match_id"]["S"] == m.id:
                    # Ours: the client resent a transaction that had committed (its reply was
                    # lost or late), and the resend found the pair it had written.
                    return True
        existing_id = pointer["match_id"]["S"]
        # The stored match keeps its id and created_at; its score and index keys move.
        values = {k: v for k, v in _stored(m).items() if k in _MUTABLE}
        values.update(_index_keys(m.model_copy(update={"id": existing_id})))
        update = {"Key": keys.match(existing_id), "ConditionExpression": "attribute_exists(PK)", **assignments(values)}
        with contextlib.suppress(TransactionCancelled):  # the match, or what it is from, is gone
            await self._table.transact([{"Update": update}, *sources_exist(m)])
        return False

    async def get_many(self, ids: Sequence[str]) -> list[Match | None]:
        return await get_many(self._table, ids, keys.match, Match)

    async def of_pairs(self, pairs: Sequence[tuple[str, str]]) -> list[Match | None]:
        """Two batches: the pairs' pointers, then the matches they point to."""
        unique = list(dict.fromkeys(pairs))
        if not unique:
            return [None for _ in pairs]
        pointers = await self._table.batch_get(keys.match_pair(c, j) for c, j in unique)
        ids = {p: item["match_id"]["S"] for p in unique
               if (item := pointers.get(pair(keys.match_pair(*p)))) is not None}
        matches = await self.get_many(list(ids.values())) if ids else []
        by_id = {m.id: m for m in matches if m is not None}
        return [by_id.get(ids[p]) if p in ids else None for p in pairs]

    async def find(self, candidate_id: str, job_id: str) -> Match | None:
        pointer = await self._table.get(keys.match_pair(candidate_id, job_id))
        if pointer is None:
            return None
        (found,) = await self.get_many([pointer["match_id"]["S"]])
        return found

    async def by_candidates(
        self, candidate_ids: Sequence[str], min_score: float | None, page: PageRequest
    ) -> list[Page[Match]]:
        unique = list(dict.fromkeys(candidate_ids))
        pages = await asyncio.gather(*(self._candidate_page(c, min_score, page) for c in unique))
        found = dict(zip(unique, pages))
        return [found[c] for c in candidate_ids]

    async def _candidate_page(self, candidate_id: str, min_score: float | None, page: PageRequest) -> Page[Match]:
        """Best first from the position on, dropping matches of jobs no longer open, read a
        page's worth at a time until a page (and one more, to know there is a next) is kept."""
        query = positioned(_ranked(keys.GSI1, keys.candidate_matches(candidate_id), min_score), page)
        kept: list[dict] = []
        # Read even for a page of none: the one item past it is what says a next page exists.
        async for items in read_batches(self._table, query, page.first + 1):
            open_jobs = await self._open_jobs({item["job_id"]["S"] for item in items})
            kept.extend(item for item in items if item["job_id"]["S"] in open_jobs)
            if len(kept) > page.first:
                break
        total, estimate = 0, False
        if page.want_total:
            # Closed jobs' matches do not count, so the total reads the list (only when asked).
            everything = await read_all(self._table, replace(query, after=None))
            open_jobs = await self._open_jobs({item["job_id"]["S"] for item in everything})
            total = sum(1 for item in everything if item["job_id"]["S"] in open_jobs)
        return cut_page(kept, page.first, _match, lambda item: (item[query.sort_attribute]["S"],), total, estimate)

    async def by_jobs(self, job_ids: Sequence[str], min_score: float | None, page: PageRequest) -> list[Page[Match]]:
        open_jobs = await self._open_jobs(set(job_ids))
        unique = [j for j in dict.fromkeys(job_ids) if j in open_jobs]
        pages = await asyncio.gather(
            *(read_page(self._table, _ranked(keys.GSI2, keys.job_matches(j), min_score), page, _match) for j in unique)
        )
        by_job = dict(zip(unique, pages))
        return [by_job.get(j, Page([])) for j in job_ids]

    async def _open_jobs(self, job_ids: set[str]) -> set[str]:
        found = await self._table.batch_get((keys.job(j) for j in job_ids), projection=["id", "status"])
        return {item["id"]["S"] for item in found.values() if item["status"]["S"] == JobStatus.OPEN.value}

    async def delete_for_job(self, job_id: str) -> None:
        await delete_matches(self._table, ListQuery(keys.GSI2, keys.job_matches(job_id)))

    async def delete_for_resume(self, resume_id: str) -> None:
        await delete_matches(self._table, ListQuery(keys.GSI3, keys.resume_matches(resume_id)))

    async def delete_for_candidate(self, candidate_id: str) -> None:
        await delete_matches(self._table, ListQuery(keys.GSI1, keys.candidate_matches(candidate_id)))


async def delete_matches(table: DynamoTable, query: ListQuery) -> None:
    """The listed matches and their pair items (derived data: no transaction needed)."""
    items = await read_all(table, query)
    await table.batch_delete(
        [{"PK": i["PK"], "SK": i["SK"]} for i in items]
        + [keys.match_pair(i["candidate_id"]["S"], i["job_id"]["S"]) for i in items]
    )
