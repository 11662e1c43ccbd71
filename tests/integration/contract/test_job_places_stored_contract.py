"""Each job's location is stored with the parsed résumé on both backends, and a résumé stored
before jobs had a location (its jobs written without the field) still reads, its jobs' places
None."""
from __future__ import annotations

import json
from decimal import Decimal

from domain.resumes import ExperienceEntry, ParsedResume, ResumeStatus
from tests.integration.contract.repository_backends import a_candidate, a_resume, repositories  # noqa: F401

_PARSED = ParsedResume(name="Ada", experience=[
    ExperienceEntry(title="Staff Nurse", company="Royal Infirmary", start_date="2019-01", location="Leeds"),
    ExperienceEntry(title="Driver", company="DHL", start_date="2016-03", end_date="2018-12"),
])


async def _a_parsed_resume(repositories, parsed: ParsedResume) -> str:
    owner = await a_candidate(repositories)
    resume = a_resume(owner.id)
    await repositories.resumes.add(resume, max_per_owner=5)
    await repositories.resumes.set_status(resume.id, ResumeStatus.PARSED, parsed=parsed)
    return resume.id


async def test_each_jobs_location_is_read_back_as_stored(repositories):
    resume_id = await _a_parsed_resume(repositories, _PARSED)
    [stored] = await repositories.resumes.get_many([resume_id])
    assert [job.location for job in stored.parsed.experience] == ["Leeds", None]


async def test_a_resume_stored_before_jobs_had_locations_reads_with_none(repositories):
    resume_id = await _a_parsed_resume(repositories, _PARSED)
    before = _PARSED.model_dump(mode="json")
    for job in before["experience"]:
        del job["location"]
    await _overwrite_parsed(repositories.resumes, resume_id, before)
    [stored] = await repositories.resumes.get_many([resume_id])
    assert [(job.company, job.location) for job in stored.parsed.experience] == [("Royal Infirmary", None),
                                                                                   ("DHL", None)]


async def _overwrite_parsed(resumes, resume_id: str, parsed: dict) -> None:
    """The parsed résumé as an older release wrote it, straight into the store."""
    if hasattr(resumes, "_db"):  # SQLite: the row's JSON
        async with resumes._db.transaction() as conn:
            await conn.execute("UPDATE resumes SET parsed = ? WHERE id = ?", (json.dumps(parsed), resume_id))
        return
    from adapters.aws.dynamodb import keys

    await resumes._table.assign(keys.resume(resume_id), {"parsed": json.loads(json.dumps(parsed), parse_float=Decimal)})
