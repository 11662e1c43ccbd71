"""A résumé removed (deleted, or its owner's account erased) leaves nothing of itself in the
matching service's memory: CandidateProfiles forgets it (tests/integration/
test_candidate_profiles_stay_fresh.py), and so must the candidate copies a batch keeps for the
next one (matching_profile_copies.py), which hold the profile and the résumé's term vector."""
from __future__ import annotations

import gc

import pytest

from domain.matching.profiles import CandidateProfile
from domain.matching.scoring import MatchScorer
from domain.services.matching import MatchingService
from domain.services.matching_candidates import CandidateProfiles
from domain.users import Preferences
from tests.fakes.accounts import FakeUsers, FixedClock, RecordingEventBus
from tests.fakes.jobs import FakeJobs
from tests.fakes.resumes import FakeResumes
from tests.fakes.vectors import InMemoryEmbeddingStore, InMemoryVectorIndex


class _NoMatches:
    async def delete_for_resume(self, resume_id: str) -> None:
        return None


class _SomeStamps:
    """A backend with candidate stamps (as SQLite's), where copies are kept between batches;
    removing a résumé reads none."""

    async def stamps(self, resume_ids):
        raise AssertionError("not read when a resume is removed")

    async def sources(self, resume_ids):
        raise AssertionError("not read when a resume is removed")


def _service(stamped: bool = False) -> MatchingService:
    resumes, users = FakeResumes(), FakeUsers()
    return MatchingService(
        jobs=FakeJobs(), resumes=resumes, users=users, matches=_NoMatches(),  # type: ignore[arg-type]
        embeddings=InMemoryEmbeddingStore(), job_index=InMemoryVectorIndex(), resume_index=InMemoryVectorIndex(),
        embedder=None, skills=None, scorer=MatchScorer(), events=RecordingEventBus(),  # type: ignore[arg-type]
        notifier=None, clock=FixedClock(),  # type: ignore[arg-type]
        candidates=CandidateProfiles(resumes, users, None, _SomeStamps()) if stamped else None)  # type: ignore[arg-type]


def _held_of(resume_id: str) -> list[object]:
    gc.collect()
    return [o for o in gc.get_objects() if isinstance(o, CandidateProfile) and o.resume_id == resume_id]


@pytest.mark.parametrize("stamped", [True, False], ids=["with stamps", "without stamps"])
async def test_a_removed_resume_leaves_no_candidate_copy_in_memory(stamped):
    service = _service(stamped)
    # What a batch leaves behind for a candidate it scored: the copy with the résumé's values.
    profile = CandidateProfile(resume_id="gone-resume", candidate_id="erased-person",
                               skills=frozenset({"Payroll", "Sage 50"}),
                               preferences=Preferences(locations=["Lund"], min_salary=61_000))
    service.parts.profile_copies.with_values(profile, 0.41, {123: 0.7, 456: 0.7}, 0.12)
    del profile
    assert len(service.parts.profile_copies) == (1 if stamped else 0)
    await service.remove_resume("gone-resume")
    assert _held_of("gone-resume") == []  # nothing of a removed résumé stays in memory


async def test_without_candidate_stamps_no_copy_outlives_its_batch():
    # A backend without candidate stamps (AWS: gateway/backends gives none) builds every
    # profile afresh for each batch (CandidateProfiles._build): a kept copy is never the same
    # object's again, so keeping one only holds a profile and its term vector per candidate
    # seen (up to 20,000), for no copy saved.
    import weakref

    service = _service()
    profile = CandidateProfile(resume_id="r-aws", candidate_id="c-aws", skills=frozenset({"Terraform"}))
    copy = service.parts.profile_copies.with_values(profile, 0.3, {7: 1.0}, 0.2)
    gone = weakref.ref(profile), weakref.ref(copy)
    del profile, copy  # the batch is over; the next one builds its own profile
    gc.collect()
    assert [ref() for ref in gone] == [None, None]
