"""Candidate profiles kept between matching runs are never served stale: a change to the
resume's parsed content, its status, its owner's preferences, or its deletion, made through
another SQLite connection or another process, is seen by the next use; unchanged profiles are
not built again."""
from __future__ import annotations

import asyncio
import sys

import pytest

from adapters.embedded.sqlite.candidate_stamps import SqliteCandidateStamps
from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.resumes import SqliteResumeRepository
from adapters.embedded.sqlite.users import (
    SqliteOrganizationRepository,
    SqliteUserRepository,
)
from domain.jobs import RemotePolicy
from domain.resumes import ParsedResume, ResumeStatus, SkillEntry
from domain.services.matching_candidates import CandidateProfiles
from domain.users import Preferences
from tests.fakes.skill_relations import FakeSkillExtractor
from tests.integration.contract.repository_backends import a_candidate, a_resume


class Side:
    """One connection's repositories: the matching worker's, or another process's."""

    def __init__(self, db: Database) -> None:
        self.db, self.users, self.resumes = db, SqliteUserRepository(db), SqliteResumeRepository(db)
        self.organizations = SqliteOrganizationRepository(db)


@pytest.fixture
async def two_sides(tmp_path):
    path = tmp_path / "profiles.sqlite3"
    worker_db, other_db = Database(path), Database(path)
    await worker_db.open()
    await other_db.open()
    try:
        yield path, Side(worker_db), Side(other_db)
    finally:
        await worker_db.close()
        await other_db.close()


def _parsed(*skills: str, years: float = 3) -> ParsedResume:
    return ParsedResume(skills=[SkillEntry(name=s) for s in skills], total_years_experience=years)


async def _candidate_with_resume(side: Side, *skills: str, minute: float = 0):
    person = await a_candidate(side)
    resume = a_resume(person.id, minute=minute)
    await side.resumes.add(resume, max_per_owner=5)
    await side.resumes.set_status(resume.id, ResumeStatus.PARSED, parsed=_parsed(*skills))
    return person, resume


def _profiles(side: Side) -> CandidateProfiles:
    return CandidateProfiles(side.resumes, side.users, FakeSkillExtractor(),
                             SqliteCandidateStamps(side.db))


async def test_unchanged_profiles_are_built_once(two_sides):
    _, worker, _ = two_sides
    _, resume = await _candidate_with_resume(worker, "Python")
    profiles = _profiles(worker)
    for _ in range(3):
        (profile,) = await profiles.latest_per_owner([resume.id])
        assert profile.skills == {"Python"}
    assert profiles.built == 1


async def test_a_resume_reparsed_through_another_connection_is_rebuilt(two_sides):
    _, worker, other = two_sides
    _, resume = await _candidate_with_resume(worker, "Python")
    profiles = _profiles(worker)
    await profiles.latest_per_owner([resume.id])
    await other.resumes.set_status(resume.id, ResumeStatus.PARSED, parsed=_parsed("Rust", years=9))
    (profile,) = await profiles.latest_per_owner([resume.id])
    assert (profile.skills, profile.years) == ({"Rust"}, 9)


async def test_preferences_changed_through_another_connection_are_seen(two_sides):
    _, worker, other = two_sides
    person, resume = await _candidate_with_resume(worker, "Python")
    profiles = _profiles(worker)
    await profiles.latest_per_owner([resume.id])
    await other.users.update_preferences(person.id, Preferences(remote=[RemotePolicy.REMOTE]))
    (profile,) = await profiles.latest_per_owner([resume.id])
    assert profile.preferences.remote == [RemotePolicy.REMOTE]


async def test_a_resume_deleted_or_failed_elsewhere_is_no_longer_a_candidate(two_sides):
    _, worker, other = two_sides
    _, kept = await _candidate_with_resume(worker, "Python")
    _, failed = await _candidate_with_resume(worker, "Go")
    _, deleted = await _candidate_with_resume(worker, "Java")
    profiles = _profiles(worker)
    assert len(await profiles.latest_per_owner([kept.id, failed.id, deleted.id])) == 3
    await other.resumes.set_status(failed.id, ResumeStatus.FAILED, failure_reason="unreadable")
    await other.resumes.delete(deleted.id)
    assert [p.resume_id for p in await profiles.latest_per_owner([kept.id, failed.id, deleted.id])] == [kept.id]
    assert deleted.id not in profiles.kept_ids()  # nothing of a deleted resume stays in memory


async def test_a_newer_resume_of_the_same_owner_takes_over(two_sides):
    _, worker, other = two_sides
    person, old = await _candidate_with_resume(worker, "Python", minute=0)
    profiles = _profiles(worker)
    await profiles.latest_per_owner([old.id])
    new = a_resume(person.id, minute=5)
    await other.resumes.add(new, max_per_owner=5)
    await other.resumes.set_status(new.id, ResumeStatus.PARSED, parsed=_parsed("Kotlin"))
    (profile,) = await profiles.latest_per_owner([old.id, new.id])
    assert (profile.resume_id, profile.skills) == (new.id, {"Kotlin"})


async def test_preferences_changed_by_another_process_are_seen(two_sides):
    path, worker, _ = two_sides
    person, resume = await _candidate_with_resume(worker, "Python")
    profiles = _profiles(worker)
    await profiles.latest_per_owner([resume.id])
    preferences = Preferences(locations=["Lisbon"]).model_dump_json()
    script = ("import sqlite3, sys\n"
              "with sqlite3.connect(sys.argv[1]) as db:\n"
              "    db.execute('UPDATE users SET preferences = ? WHERE id = ?', (sys.argv[2], sys.argv[3]))\n")
    other_process = await asyncio.create_subprocess_exec(sys.executable, "-c", script, str(path), preferences, person.id)
    assert await other_process.wait() == 0
    (profile,) = await profiles.latest_per_owner([resume.id])
    assert profile.preferences.locations == ["Lisbon"]


async def test_profiles_read_while_another_connection_keeps_changing_them_end_fresh(two_sides):
    _, worker, other = two_sides
    _, resume = await _candidate_with_resume(worker, "Python")
    profiles = _profiles(worker)
    skills = [f"Skill{n}" for n in range(20)]

    async def keep_reparsing() -> None:
        for skill in skills:
            await other.resumes.set_status(resume.id, ResumeStatus.PARSED, parsed=_parsed(skill))
            await asyncio.sleep(0)

    async def keep_reading() -> None:
        for _ in range(40):
            await profiles.latest_per_owner([resume.id])
            await asyncio.sleep(0)

    await asyncio.gather(keep_reparsing(), keep_reading())
    (profile,) = await profiles.latest_per_owner([resume.id])
    assert profile.skills == {skills[-1]}


async def test_without_stamps_profiles_are_built_each_time_from_what_is_stored(two_sides):
    _, worker, other = two_sides
    person, old = await _candidate_with_resume(worker, "Python", minute=0)
    new = a_resume(person.id, minute=5)
    await worker.resumes.add(new, max_per_owner=5)
    await worker.resumes.set_status(new.id, ResumeStatus.PARSED, parsed=_parsed("Kotlin"))
    _, failed = await _candidate_with_resume(worker, "Go")
    await worker.resumes.set_status(failed.id, ResumeStatus.FAILED, failure_reason="unreadable")
    profiles = CandidateProfiles(worker.resumes, worker.users, FakeSkillExtractor())
    (profile,) = await profiles.latest_per_owner([old.id, new.id, failed.id])
    assert (profile.resume_id, profile.skills) == (new.id, {"Kotlin"})
    await other.resumes.set_status(new.id, ResumeStatus.PARSED, parsed=_parsed("Scala"))
    (profile,) = await profiles.latest_per_owner([old.id, new.id, failed.id])
    assert profile.skills == {"Scala"} and profiles.built == 2


class ChangedRightAfterTheStamps:
    """The real stamps, with another connection's change landing just after they are read."""

    def __init__(self, inner: SqliteCandidateStamps, change) -> None:
        self._inner, self._change = inner, change

    async def stamps(self, resume_ids):
        stamps = await self._inner.stamps(resume_ids)
        if self._change is not None:
            change, self._change = self._change, None
            await change()
        return stamps

    async def sources(self, resume_ids):
        return await self._inner.sources(resume_ids)


async def test_a_change_and_its_undoing_between_stamp_and_build_are_not_kept_under_the_wrong_stamp(two_sides):
    _, worker, other = two_sides
    _, resume = await _candidate_with_resume(worker, "Python")

    async def reparse_as_rust() -> None:
        await other.resumes.set_status(resume.id, ResumeStatus.PARSED, parsed=_parsed("Rust"))

    profiles = CandidateProfiles(worker.resumes, worker.users, FakeSkillExtractor(),
                                 ChangedRightAfterTheStamps(SqliteCandidateStamps(worker.db), reparse_as_rust))
    await profiles.latest_per_owner([resume.id])  # stamped as Python, Rust stored meanwhile
    await other.resumes.set_status(resume.id, ResumeStatus.PARSED, parsed=_parsed("Python"))  # undone
    (profile,) = await profiles.latest_per_owner([resume.id])
    assert profile.skills == {"Python"}
