"""A job's profile is built once while the job is unchanged (matching_job_profiles.py) and is
the profile building gives: the vector and neighbour value of each ask set on it; an edited
job, or one changed by whoever read it, is built again."""
from __future__ import annotations

from datetime import UTC, datetime

from domain.jobs import Job
from domain.matching.profiles import JobProfile
from domain.services.matching_job_profiles import JobProfiles
from tests.fakes.skill_relations import FakeSkillExtractor

NOW = datetime(2026, 3, 1, tzinfo=UTC)


def _job(**changes) -> Job:
    fields = dict(id="j1", organization_id="o1", title="Rope Splicer",
                  description="Splice mooring lines at the Quillmere yard; 3+ years asked.",
                  required_skills=["skill1", "skill2"], nice_to_have_skills=["skill3"],
                  posted_at=NOW, updated_at=NOW)
    return Job(**(fields | changes))


def test_an_unchanged_job_is_built_once_and_equals_a_fresh_build():
    skills = FakeSkillExtractor()
    profiles = JobProfiles(skills)
    first = profiles.of(_job(), [0.1, 0.2], 0.3)
    again = profiles.of(_job(), [0.5, 0.6], 0.4)
    assert (profiles.built, profiles.reused) == (1, 1)
    assert first == JobProfile.from_job(_job(), skills, [0.1, 0.2], 0.3)
    assert again == JobProfile.from_job(_job(), skills, [0.5, 0.6], 0.4)
    assert again.skill_wording == JobProfile.from_job(_job(), skills).skill_wording


def test_an_edited_job_or_one_changed_after_it_was_read_is_built_again():
    skills = FakeSkillExtractor()
    profiles = JobProfiles(skills)
    read = _job()
    profiles.of(read, None, None)
    read.required_skills.append("skill4")  # its reader changed it: the kept copy did not
    assert profiles.of(read, None, None) == JobProfile.from_job(read, skills)
    edited = _job(title="Net Mender")
    assert profiles.of(edited, None, None).title == "Net Mender"
    assert (profiles.built, profiles.reused) == (3, 0)
