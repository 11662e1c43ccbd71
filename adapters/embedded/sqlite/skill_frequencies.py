"""Skill document frequencies over open jobs, in one aggregate query over the jobs table."""
from __future__ import annotations

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.rows import one_row

# A skill listed twice by one job (required and nice to have) counts once for it.
_FREQUENCIES = """
SELECT skill, count(*) FROM (
    SELECT j.id, lower(e.value) AS skill FROM jobs j, json_each(j.required_skills) e WHERE j.status = 'OPEN'
    UNION
    SELECT j.id, lower(e.value) AS skill FROM jobs j, json_each(j.nice_to_have_skills) e WHERE j.status = 'OPEN'
) GROUP BY skill"""


class SqliteSkillFrequencies:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def skill_document_frequencies(self) -> tuple[dict[str, int], int]:
        rows = await self._db.fetch_all(_FREQUENCIES)
        (jobs,) = one_row(await self._db.fetch_one("SELECT count(*) FROM jobs WHERE status = 'OPEN'"))
        return {row[0]: int(row[1]) for row in rows}, int(jobs)
