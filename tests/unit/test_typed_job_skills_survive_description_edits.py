"""The skills an employer typed stay through edits of a job's words, even where the words name
them too; the skills read from the words are read again. Which were typed is stored with the
job; a job stored before that was kept counts every skill it has as typed."""
from __future__ import annotations

from datetime import UTC, datetime

from domain.jobs import Job
from domain.services.jobs import JobService
from domain.services.matching_triggers import MatchingWork
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor
from domain.users import Role, User
from tests.fakes.accounts import FixedClock, RecordingEventBus
from tests.fakes.jobs import FakeJobs

NOW = datetime(2026, 1, 1, tzinfo=UTC)
RECRUITER = User(id="r1", email="r1@example.com", name="R", role=Role.EMPLOYER, organization_id="o1",
                 password_hash="x", created_at=NOW)
TYPED = ["Inspection and Testing", "18th Edition", "Full UK driving licence", "NVQ Level 3 Electrotechnical"]
OLD_AD = ("Approved electrician for domestic rewires. You must hold the 18th Edition and a full UK driving"
          " licence.")
NEW_AD = "Approved electrician for domestic rewires and EV chargers. You must hold an ECS card."


def _skills() -> TaxonomySkillExtractor:
    names = [*TYPED, "ECS card"]
    aliases = {name.lower(): (i, False) for i, name in enumerate(names)}
    aliases["full uk driving licence"] = (2, False)
    n = len(names)
    return TaxonomySkillExtractor(SkillTaxonomy(names, aliases, [frozenset()] * n, [frozenset()] * n,
                                                kinds=[SkillKind.CERTIFICATION] * n))


def _service(*jobs: Job) -> tuple[JobService, FakeJobs]:
    store = FakeJobs(jobs)
    return JobService(store, _skills(), RecordingEventBus(), FixedClock(NOW), MatchingWork()), store


def _folded(names: list[str]) -> list[str]:
    return [n.casefold() for n in names]


async def test_a_typed_list_is_kept_whole_when_only_the_description_changes():
    service, store = _service()
    job = await service.post(RECRUITER, {"title": "Electrician", "description": OLD_AD, "required_skills": TYPED})
    edited = await service.update(RECRUITER, job.id, {"description": NEW_AD})
    assert _folded(edited.required_skills) == _folded(TYPED)
    assert _folded(job.typed_skills or []) == _folded(TYPED)
    assert _folded(store.jobs[job.id].typed_skills or []) == _folded(TYPED)


async def test_a_typed_skill_beside_read_ones_stays_once_the_words_name_it_and_then_drop_it():
    service, _ = _service()
    job = await service.post(RECRUITER, {"title": "Electrician", "description": "Domestic rewires. You must hold"
                                         " Inspection and Testing.", "required_skills": []})
    assert _folded(job.required_skills) == ["inspection and testing"] and job.typed_skills == []
    # Sent back with one more: the read one stays read, the new one is typed.
    job = await service.update(RECRUITER, job.id, {"required_skills": [*job.required_skills, "18th Edition"]})
    assert _folded(job.typed_skills or []) == ["18th edition"]

    job = await service.update(RECRUITER, job.id, {"description": OLD_AD})
    assert "18th edition" in _folded(job.required_skills)
    job = await service.update(RECRUITER, job.id, {"description": NEW_AD})
    assert _folded(job.required_skills) == ["18th edition", "ecs card"]
    assert _folded(job.typed_skills or []) == ["18th edition"]


async def test_skills_read_from_the_words_are_read_again_and_never_become_typed():
    service, _ = _service()
    job = await service.post(RECRUITER, {"title": "Electrician", "description": OLD_AD})
    assert set(_folded(job.required_skills)) == {"18th edition", "full uk driving licence"}
    edited = await service.update(RECRUITER, job.id, {"description": NEW_AD})
    assert _folded(edited.required_skills) == ["ecs card"] and edited.typed_skills == []


async def test_a_list_sent_in_an_edit_becomes_the_typed_one():
    service, _ = _service()
    job = await service.post(RECRUITER, {"title": "Electrician", "description": OLD_AD, "required_skills": TYPED})
    job = await service.update(RECRUITER, job.id, {"required_skills": ["ECS card"], "nice_to_have_skills": TYPED[:1]})
    assert _folded(job.typed_skills or []) == ["ecs card", "inspection and testing"]
    edited = await service.update(RECRUITER, job.id, {"description": OLD_AD + " Inspection and testing too."})
    assert (_folded(edited.required_skills), _folded(edited.nice_to_have_skills)) == (
        ["ecs card"], ["inspection and testing"])


async def test_a_job_stored_before_typed_skills_were_kept_loses_none_of_its_skills():
    stored = Job(id="j1", organization_id="o1", title="Electrician", description=OLD_AD,
                 required_skills=["18th Edition", "Full UK driving licence", "Inspection and Testing"],
                 posted_at=NOW, updated_at=NOW)
    assert stored.typed_skills is None
    service, store = _service(stored)
    edited = await service.update(RECRUITER, "j1", {"description": NEW_AD})
    assert edited.required_skills == stored.required_skills
    assert store.jobs["j1"].description == NEW_AD and store.jobs["j1"].typed_skills is None  # still all typed
