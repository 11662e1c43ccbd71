"""The analytics store on DocumentDB or MongoDB: every figure is an aggregation pipeline run
by the server. Stages are the ones DocumentDB supports ($match, $sort, $group, $project,
$count, $skip, $limit; $switch, $cond, $ifNull, $subtract), so no $median, $facet or
$setWindowFields.

Append-only: this adapter inserts and reads, nothing else. In production give the
application's database user a role with only `find` and `insert` on these collections."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from pymongo.errors import BulkWriteError, DuplicateKeyError

from domain.analytics import (
    TAKEN_DOWN,
    AuditFilter,
    AuditPage,
    AuditPosition,
    AuditRecord,
    Count,
    Fact,
    HireTimes,
    JobCounts,
    Kind,
    TimeWindow,
)
from domain.pagination import TOTAL_COUNT_BOUND

AUDIT = "audit_log"
FACTS = "analytics_facts"
_DUPLICATE_KEY = 11000


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _ms(moment: datetime) -> datetime:
    """BSON dates hold milliseconds: round here so what is stored is what is compared."""
    moment = _utc(moment)
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def _range(window: TimeWindow) -> dict[str, datetime]:
    bounds = {"$lt": _ms(window.until)}
    if window.since is not None:
        bounds["$gte"] = _ms(window.since)
    return bounds


def _record(doc: dict[str, Any]) -> AuditRecord:
    return AuditRecord(
        id=doc["_id"], at=_utc(doc["at"]), operation=doc["operation"], outcome=doc["outcome"],
        actor_id=doc.get("actor_id"), actor_role=doc.get("actor_role"), target_ids=doc.get("target_ids", []),
        request_id=doc.get("request_id"), client_ip=doc.get("client_ip"),
    )


def _is(field: str, value: Any) -> dict:
    return {"$eq": [f"${field}", value]}


def _flag(condition: dict) -> dict:
    return {"$max": {"$cond": [condition, 1, 0]}}


# Each application's submission time: its earliest submitted_at (or fact time).
_STARTED = {"$min": {"$ifNull": ["$started_at", "$at"]}}


class MongoAnalyticsStore:
    def __init__(self, database: Any) -> None:
        self._db = database

    async def ensure_indexes(self) -> None:
        audit, facts = self._db[AUDIT], self._db[FACTS]
        await audit.create_index([("at", -1), ("_id", -1)])
        await audit.create_index([("actor_id", 1), ("at", -1)])
        await audit.create_index([("operation", 1), ("at", -1)])
        await facts.create_index([("kind", 1), ("at", 1)])
        await facts.create_index([("kind", 1), ("subject_id", 1), ("at", 1)])

    async def record_audit(self, record: AuditRecord) -> None:
        doc = record.model_dump(exclude={"id", "at"})
        try:
            await self._db[AUDIT].insert_one({"_id": record.id, "at": _ms(record.at), **doc})
        except DuplicateKeyError:
            pass  # delivered again: the record is already there, unchanged

    async def record_fact(self, fact: Fact) -> None:
        try:
            await self._db[FACTS].insert_one(_fact_document(fact))
        except DuplicateKeyError:
            pass  # the same event heard again (every replica hears every event)

    async def record_facts(self, facts: Sequence[Fact]) -> None:
        if not facts:
            return
        try:
            # Unordered: a fact already stored fails alone and the others are still inserted.
            await self._db[FACTS].insert_many([_fact_document(f) for f in facts], ordered=False)
        except BulkWriteError as error:
            if any(e.get("code") != _DUPLICATE_KEY for e in error.details.get("writeErrors", [])):
                raise

    async def recorded_operations(self) -> frozenset[str]:
        # Answered from the (operation, at) index: one entry per distinct name is read.
        return frozenset(await self._db[AUDIT].distinct("operation"))

    async def audit_log(
        self, audit_filter: AuditFilter, first: int, after: AuditPosition | None, want_total: bool = True
    ) -> AuditPage:
        query: dict[str, Any] = {
            key: value
            for key, value in (
                ("actor_id", audit_filter.actor_id), ("operation", audit_filter.operation),
                ("outcome", audit_filter.outcome),
            )
            if value is not None
        }
        at: dict[str, datetime] = {}
        if audit_filter.since is not None:
            at["$gte"] = _ms(audit_filter.since)
        if audit_filter.until is not None:
            at["$lt"] = _ms(audit_filter.until)
        if at:
            query["at"] = at
        total, estimate = 0, False
        if want_total:
            found = await self._db[AUDIT].count_documents(query, limit=TOTAL_COUNT_BOUND + 1)
            total, estimate = (TOTAL_COUNT_BOUND, True) if found > TOTAL_COUNT_BOUND else (found, False)
        page_query = query
        if after is not None:
            position = _ms(after.at)
            page_query = {
                "$and": [query, {"$or": [{"at": {"$lt": position}}, {"at": position, "_id": {"$lt": after.id}}]}]
            }
        cursor = self._db[AUDIT].find(page_query).sort([("at", -1), ("_id", -1)]).limit(first + 1)
        docs = await cursor.to_list(length=first + 1)
        return AuditPage(items=[_record(d) for d in docs[:first]], total=total, has_next=len(docs) > first,
                         total_is_estimate=estimate)

    async def _aggregate(self, pipeline: list[dict]) -> list[dict]:
        return await self._db[FACTS].aggregate(pipeline).to_list(length=None)

    async def subjects_by_category(self, kind: str, window: TimeWindow) -> list[Count]:
        rows = await self._aggregate([
            {"$match": {"kind": kind, "at": _range(window)}},
            {"$group": {"_id": {"key": {"$ifNull": ["$category", "unknown"]}, "subject": "$subject_id"}}},
            {"$group": {"_id": "$_id.key", "n": {"$sum": 1}}},
            {"$sort": {"n": -1, "_id": 1}},
        ])
        return [Count(row["_id"], row["n"]) for row in rows]

    async def job_counts(self, window: TimeWindow) -> JobCounts:
        kinds = {"$in": [Kind.JOB_POSTED, Kind.JOB_CLOSED]}
        in_window = await self._aggregate([
            {"$match": {"kind": kinds, "at": _range(window)}},
            {"$group": {
                "_id": "$subject_id",
                "posted": _flag(_is("kind", Kind.JOB_POSTED)),
                "closed": _flag(_is("kind", Kind.JOB_CLOSED)),
                "down": _flag({"$and": [_is("kind", Kind.JOB_CLOSED), _is("category", TAKEN_DOWN)]}),
            }},
            {"$group": {"_id": None, "posted": {"$sum": "$posted"}, "closed": {"$sum": "$closed"},
                        "down": {"$sum": "$down"}}},
        ])
        still_open = await self._aggregate([
            {"$match": {"kind": kinds, "at": {"$lt": _ms(window.until)}}},
            {"$group": {
                "_id": "$subject_id",
                "posted": _flag(_is("kind", Kind.JOB_POSTED)),
                "closed": _flag(_is("kind", Kind.JOB_CLOSED)),
            }},
            {"$match": {"posted": 1, "closed": 0}},
            {"$count": "n"},
        ])
        counts = in_window[0] if in_window else {}
        return JobCounts(
            posted=counts.get("posted", 0), closed=counts.get("closed", 0), taken_down=counts.get("down", 0),
            open_at_end=still_open[0]["n"] if still_open else 0,
        )

    def _cohort(self, window: TimeWindow, **accumulators: Any) -> list[dict]:
        """Applications submitted in the window, one row each with the accumulators given."""
        return [
            {"$match": {"kind": Kind.APPLICATION}},
            {"$sort": {"at": 1}},
            {"$group": {"_id": "$subject_id", "started": _STARTED, **accumulators}},
            {"$match": {"started": _range(window)}},
        ]

    async def applications_by_status(self, window: TimeWindow) -> list[Count]:
        rows = await self._aggregate([
            *self._cohort(window, status={"$last": "$category"}),
            {"$group": {"_id": "$status", "n": {"$sum": 1}}},
            {"$sort": {"n": -1, "_id": 1}},
        ])
        return [Count(row["_id"], row["n"]) for row in rows]

    async def stage_reach(self, window: TimeWindow, stages: Sequence[str]) -> list[int]:
        if not stages:
            return []
        # Statuses off the pipeline (rejected, withdrawn) still mean the first stage was reached.
        rank = {"$switch": {
            "branches": [{"case": _is("category", stage), "then": i} for i, stage in enumerate(stages, 1)],
            "default": 1,
        }}
        sums = {f"s{i}": {"$sum": {"$cond": [{"$gte": ["$reached", i]}, 1, 0]}} for i in range(1, len(stages) + 1)}
        rows = await self._aggregate([
            *self._cohort(window, reached={"$max": rank}),
            {"$group": {"_id": None, **sums}},
        ])
        row = rows[0] if rows else {}
        return [int(row.get(f"s{i}", 0)) for i in range(1, len(stages) + 1)]

    async def hire_times(self, window: TimeWindow, hired_status: str) -> HireTimes:
        durations: list[dict[str, Any]] = [
            {"$match": {"kind": Kind.APPLICATION}},
            {"$group": {
                "_id": "$subject_id",
                "started": _STARTED,
                # $min skips nulls: the time of the first HIRED fact, or null.
                "hired": {"$min": {"$cond": [_is("category", hired_status), "$at", None]}},
            }},
            {"$match": {"hired": _range(window)}},
            {"$project": {"d": {"$subtract": ["$hired", "$started"]}}},
        ]
        counted = await self._aggregate([*durations, {"$count": "n"}])
        hires = counted[0]["n"] if counted else 0
        if not hires:
            return HireTimes(hires=0, median_seconds=None)
        middle = await self._aggregate([
            *durations,
            {"$sort": {"d": 1}},
            {"$skip": (hires - 1) // 2},
            {"$limit": 2 - hires % 2},
            {"$group": {"_id": None, "median": {"$avg": "$d"}}},
        ])
        return HireTimes(hires=hires, median_seconds=_seconds(middle[0]["median"]))

    async def score_histogram(self, kind: str, window: TimeWindow, buckets: int) -> list[int]:
        rows = await self._aggregate([
            {"$match": {"kind": kind, "at": _range(window), "score": {"$ne": None}}},
            {"$sort": {"at": 1}},
            {"$group": {"_id": "$subject_id", "score": {"$last": "$score"}}},
            {"$project": {"bucket": {"$min": [{"$max": [{"$floor": {"$multiply": ["$score", buckets]}}, 0]},
                                              buckets - 1]}}},
            {"$group": {"_id": "$bucket", "n": {"$sum": 1}}},
        ])
        counts = [0] * buckets
        for row in rows:
            counts[int(row["_id"])] = row["n"]
        return counts


def _seconds(milliseconds: Any) -> float:
    # $subtract of two dates is milliseconds (a timedelta in some drivers' mocks).
    if hasattr(milliseconds, "total_seconds"):
        return milliseconds.total_seconds()
    return float(milliseconds) / 1000.0


def _fact_document(fact: Fact) -> dict[str, Any]:
    doc = fact.model_dump(exclude={"id", "at", "started_at"})
    doc["_id"], doc["at"] = fact.id, _ms(fact.at)
    if fact.started_at is not None:
        doc["started_at"] = _ms(fact.started_at)
    return doc
