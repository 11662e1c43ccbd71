"""The candidate copies a batch keeps for the next one (matching_profile_copies.py) hold the
profile they copy and the résumé's term vector: they are forgotten with that profile, whether
the résumé is gone (deleted elsewhere, or removed here) or its profile is rebuilt after a change,
and the profiles CandidateProfiles keeps out of its bound take their copies with them."""
from __future__ import annotations

import gc

from adapters.embedded.sqlite.candidate_stamps import SqliteCandidateStamps
from domain.matching.profiles import CandidateProfile
from domain.resumes import ResumeStatus
from domain.services.matching_candidates import CandidateProfiles
from tests.fakes.skill_relations import FakeSkillExtractor
from tests.integration.test_candidate_profiles_stay_fresh import (  # noqa: F401 (two_sides: a fixture)
    _candidate_with_resume,
    _parsed,
    two_sides,
)


def _profiles(side, capacity: int = 200_000) -> CandidateProfiles:
    return CandidateProfiles(side.resumes, side.users, FakeSkillExtractor(), SqliteCandidateStamps(side.db),
                             capacity=capacity)


def _copy(profiles: CandidateProfiles, profile: CandidateProfile) -> CandidateProfile:
    return profiles.copies.with_values(profile, 0.4, dict.fromkeys(range(300, 360), 0.5), 0.1)


def _held(resume_id: str) -> list[CandidateProfile]:
    gc.collect()
    return [o for o in gc.get_objects() if isinstance(o, CandidateProfile) and o.resume_id == resume_id]


async def test_a_resume_deleted_elsewhere_leaves_no_copy(two_sides):
    _, worker, other = two_sides
    _, kept = await _candidate_with_resume(worker, "Python")
    _, deleted = await _candidate_with_resume(worker, "Java")
    profiles = _profiles(worker)
    for profile in await profiles.latest_per_owner([kept.id, deleted.id]):
        _copy(profiles, profile)
    del profile  # the loop's last profile, whichever résumé came last, is not the test's to hold
    assert len(profiles.copies) == 2
    await other.resumes.delete(deleted.id)
    await profiles.of([kept.id, deleted.id])
    assert len(profiles.copies) == 1 and _held(deleted.id) == []


async def test_a_resume_removed_here_leaves_no_copy(two_sides):
    _, worker, _ = two_sides
    _, resume = await _candidate_with_resume(worker, "Python")
    profiles = _profiles(worker)
    (profile,) = await profiles.latest_per_owner([resume.id])
    _copy(profiles, profile)
    del profile
    profiles.forget([resume.id])
    assert len(profiles.copies) == 0 and profiles.copies.terms_held() == 0 and _held(resume.id) == []


async def test_a_rebuilt_profile_drops_the_copy_of_the_one_it_replaces(two_sides):
    _, worker, other = two_sides
    _, resume = await _candidate_with_resume(worker, "Python")
    profiles = _profiles(worker)
    (old,) = await profiles.latest_per_owner([resume.id])
    _copy(profiles, old)
    del old
    await other.resumes.set_status(resume.id, ResumeStatus.PARSED, parsed=_parsed("Rust"))
    (new,) = await profiles.latest_per_owner([resume.id])
    assert new.skills == {"Rust"}
    # Only the rebuilt profile is left: neither the Python profile nor its copy is held.
    assert [p.skills for p in _held(resume.id)] == [{"Rust"}] and len(profiles.copies) == 0


async def test_a_profile_dropped_by_the_bound_takes_its_copy(two_sides):
    _, worker, _ = two_sides
    _, first = await _candidate_with_resume(worker, "Python")
    _, second = await _candidate_with_resume(worker, "Go")
    profiles = _profiles(worker, capacity=1)
    (profile,) = (await profiles.of([first.id])).values()
    _copy(profiles, profile)
    del profile
    await profiles.of([second.id])  # the first profile leaves the bound of one
    assert first.id not in profiles.kept_ids() and len(profiles.copies) == 0 and _held(first.id) == []
