"""The analytics store on the embedded SQLite database: the audit trail (append-only, enforced
by triggers) and the facts platform figures are aggregated from, all in SQL."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.paging import bounded_count
from adapters.embedded.sqlite.rows import one_row
from adapters.embedded.sqlite.whole_transactions import Statements
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

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_BEGINNING = -(2**62)


def to_us(moment: datetime) -> int:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    delta = moment - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def from_us(value: int) -> datetime:
    return _EPOCH + timedelta(microseconds=value)


def _bounds(window: TimeWindow) -> tuple[int, int]:
    return (to_us(window.since) if window.since else _BEGINNING), to_us(window.until)


def _record(row: sqlite3.Row) -> AuditRecord:
    return AuditRecord(
        id=row["id"], at=from_us(row["at_us"]), operation=row["operation"], outcome=row["outcome"],
        actor_id=row["actor_id"], actor_role=row["actor_role"], target_ids=json.loads(row["target_ids"]),
        request_id=row["request_id"], client_ip=row["client_ip"],
    )


# Applications submitted in [?, ?): submission is the earliest submitted_at (or fact time).
_COHORT = f"""cohort AS (
    SELECT subject_id FROM analytics_facts WHERE kind = '{Kind.APPLICATION}'
    GROUP BY subject_id
    HAVING min(coalesce(started_us, at_us)) >= ? AND min(coalesce(started_us, at_us)) < ?)"""


class SqliteAnalyticsStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def record_audit(self, record: AuditRecord) -> None:
        await self._db.execute(
            "INSERT OR IGNORE INTO audit_log(id, at_us, operation, outcome, actor_id, actor_role, target_ids,"
            " request_id, client_ip) VALUES (?,?,?,?,?,?,?,?,?)",
            (
                record.id, to_us(record.at), record.operation, record.outcome, record.actor_id,
                record.actor_role, json.dumps(record.target_ids), record.request_id, record.client_ip,
            ),
        )

    async def record_fact(self, fact: Fact) -> None:
        await self.record_facts([fact])

    async def record_facts(self, facts: Sequence[Fact]) -> None:
        if not facts:
            return
        rows = [(fact.id, fact.kind, to_us(fact.at), fact.subject_id, fact.category, fact.score,
                 to_us(fact.started_at) if fact.started_at else None) for fact in facts]

        async def write(conn: Statements) -> None:
            await conn.executemany(
                "INSERT OR IGNORE INTO analytics_facts(id, kind, at_us, subject_id, category, score, started_us)"
                " VALUES (?,?,?,?,?,?,?)", rows)
        await self._db.write_whole(write)

    async def audit_log(
        self, audit_filter: AuditFilter, first: int, after: AuditPosition | None, want_total: bool = True
    ) -> AuditPage:
        where, params = self._audit_where(audit_filter)
        total, estimate = 0, False
        if want_total:
            total, estimate = await bounded_count(self._db, "SELECT 1 FROM audit_log", where, params)
        page_where, page_params = where, list(params)
        if after is not None:
            at = to_us(after.at)
            page_where += " AND (at_us < ? OR (at_us = ? AND id < ?))"
            page_params += [at, at, after.id]
        rows = await self._db.fetch_all(
            f"SELECT * FROM audit_log WHERE {page_where} ORDER BY at_us DESC, id DESC LIMIT ?",
            [*page_params, first + 1],
        )
        return AuditPage(items=[_record(r) for r in rows[:first]], total=total, has_next=len(rows) > first,
                         total_is_estimate=estimate)

    async def recorded_operations(self) -> frozenset[str]:
        # One seek of audit_log_by_operation per distinct name (a skip scan), not a read of
        # every record: the log grows without end, its operation names are a hundred or so.
        rows = await self._db.fetch_all(
            "WITH RECURSIVE names(operation) AS ("
            " SELECT MIN(operation) FROM audit_log"
            " UNION ALL SELECT (SELECT MIN(operation) FROM audit_log WHERE operation > names.operation)"
            " FROM names WHERE names.operation IS NOT NULL)"
            " SELECT operation FROM names WHERE operation IS NOT NULL", ())
        return frozenset(row["operation"] for row in rows)

    @staticmethod
    def _audit_where(audit_filter: AuditFilter) -> tuple[str, list[Any]]:
        clauses: list[str] = ["1=1"]
        params: list[str | int] = []
        for column, value in (
            ("actor_id", audit_filter.actor_id), ("operation", audit_filter.operation),
            ("outcome", audit_filter.outcome),
        ):
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        if audit_filter.since is not None:
            clauses.append("at_us >= ?")
            params.append(to_us(audit_filter.since))
        if audit_filter.until is not None:
            clauses.append("at_us < ?")
            params.append(to_us(audit_filter.until))
        return " AND ".join(clauses), params

    async def subjects_by_category(self, kind: str, window: TimeWindow) -> list[Count]:
        rows = await self._db.fetch_all(
            "SELECT coalesce(category, 'unknown') AS key, count(DISTINCT subject_id) AS n FROM analytics_facts"
            " WHERE kind = ? AND at_us >= ? AND at_us < ? GROUP BY key ORDER BY n DESC, key",
            (kind, *_bounds(window)),
        )
        return [Count(row["key"], row["n"]) for row in rows]

    async def job_counts(self, window: TimeWindow) -> JobCounts:
        since, until = _bounds(window)
        # Numbered parameters: ?1 posted, ?2 closed, ?3 taken down, ?4 since, ?5 until.
        in_window = "at_us >= ?4 AND at_us < ?5"
        row = one_row(await self._db.fetch_one(
            f"""SELECT
                count(DISTINCT CASE WHEN kind = ?1 AND {in_window} THEN subject_id END) AS posted,
                count(DISTINCT CASE WHEN kind = ?2 AND {in_window} THEN subject_id END) AS closed,
                count(DISTINCT CASE WHEN kind = ?2 AND category = ?3 AND {in_window}
                      THEN subject_id END) AS taken_down,
                (SELECT count(DISTINCT p.subject_id) FROM analytics_facts p
                 WHERE p.kind = ?1 AND p.at_us < ?5 AND NOT EXISTS (
                    SELECT 1 FROM analytics_facts c WHERE c.kind = ?2 AND c.subject_id = p.subject_id
                    AND c.at_us < ?5)) AS open_at_end
            FROM analytics_facts WHERE kind IN (?1, ?2)""",
            (Kind.JOB_POSTED, Kind.JOB_CLOSED, TAKEN_DOWN, since, until),
        ))
        return JobCounts(
            posted=row["posted"], closed=row["closed"], taken_down=row["taken_down"], open_at_end=row["open_at_end"]
        )

    async def applications_by_status(self, window: TimeWindow) -> list[Count]:
        rows = await self._db.fetch_all(
            f"""WITH {_COHORT}, ordered AS (
                SELECT f.category, row_number() OVER (
                    PARTITION BY f.subject_id ORDER BY f.at_us DESC, f.seq DESC) AS newest
                FROM analytics_facts f JOIN cohort c ON c.subject_id = f.subject_id
                WHERE f.kind = '{Kind.APPLICATION}')
            SELECT category AS key, count(*) AS n FROM ordered WHERE newest = 1
            GROUP BY key ORDER BY n DESC, key""",
            _bounds(window),
        )
        return [Count(row["key"], row["n"]) for row in rows]

    async def stage_reach(self, window: TimeWindow, stages: Sequence[str]) -> list[int]:
        if not stages:
            return []
        # Statuses off the pipeline (rejected, withdrawn) still mean the first stage was reached.
        rank = "CASE f.category " + " ".join("WHEN ? THEN ?" for _ in stages) + " ELSE 1 END"
        rank_params = [p for i, stage in enumerate(stages, 1) for p in (stage, i)]
        sums = ", ".join(f"coalesce(sum(reached >= {i}), 0)" for i in range(1, len(stages) + 1))
        row = one_row(await self._db.fetch_one(
            f"""WITH {_COHORT}, ranked AS (
                SELECT f.subject_id, max({rank}) AS reached FROM analytics_facts f
                JOIN cohort c ON c.subject_id = f.subject_id
                WHERE f.kind = '{Kind.APPLICATION}' GROUP BY f.subject_id)
            SELECT {sums} FROM ranked""",
            [*_bounds(window), *rank_params],
        ))
        return [int(value) for value in row]

    async def hire_times(self, window: TimeWindow, hired_status: str) -> HireTimes:
        row = one_row(await self._db.fetch_one(
            f"""WITH hires AS (
                SELECT subject_id, min(at_us) AS hired_us FROM analytics_facts
                WHERE kind = '{Kind.APPLICATION}' AND category = ? GROUP BY subject_id
                HAVING hired_us >= ? AND hired_us < ?),
            durations AS (
                SELECT h.hired_us - (SELECT min(coalesce(s.started_us, s.at_us)) FROM analytics_facts s
                    WHERE s.kind = '{Kind.APPLICATION}' AND s.subject_id = h.subject_id) AS d
                FROM hires h),
            n AS (SELECT count(*) AS n FROM durations)
            SELECT (SELECT n FROM n) AS hires, (SELECT avg(d) FROM (SELECT d FROM durations ORDER BY d
                LIMIT 2 - (SELECT n FROM n) % 2 OFFSET ((SELECT n FROM n) - 1) / 2)) AS median_us""",
            (hired_status, *_bounds(window)),
        ))
        median = row["median_us"]
        return HireTimes(hires=row["hires"], median_seconds=None if median is None else median / 1_000_000)

    async def score_histogram(self, kind: str, window: TimeWindow, buckets: int) -> list[int]:
        rows = await self._db.fetch_all(
            """WITH ordered AS (
                SELECT score, row_number() OVER (PARTITION BY subject_id ORDER BY at_us DESC, seq DESC) AS newest
                FROM analytics_facts WHERE kind = ? AND at_us >= ? AND at_us < ? AND score IS NOT NULL)
            SELECT min(max(CAST(score * ? AS INTEGER), 0), ? - 1) AS bucket, count(*) AS n
            FROM ordered WHERE newest = 1 GROUP BY bucket""",
            (kind, *_bounds(window), buckets, buckets),
        )
        counts = [0] * buckets
        for row in rows:
            counts[row["bucket"]] = row["n"]
        return counts
