"""The candidates a job is scored against, as profiles built once per version of what they
are built from (the resume's parsed content and its owner's preferences) and kept in memory.

Before each use the profiles' stamps are read from the store (one light query, no parsing):
a profile whose stamp changed, whoever changed it and in whichever process, is rebuilt before
it is used, from rows read together with their stamps, so a kept profile is never served
stale. Without a stamp source (a backend that
has none) every profile is built afresh each time, as before.

The batch's copies of the kept profiles (matching_profile_copies.py) are owned here too, so a
profile and its copy are forgotten together; without stamps no profile is ever the same object
twice, so no copy is kept either."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

from domain.matching.profiles import CandidateProfile
from domain.ports.accounts import UserRepository
from domain.ports.candidate_stamps import CandidateStamp, CandidateStamps
from domain.ports.documents import SkillExtractor
from domain.ports.resumes import ResumeRepository
from domain.resume_warnings import recognised_nothing
from domain.resumes import Resume, ResumeStatus
from domain.services.matching_profile_copies import ProfileCopies


class CandidateProfiles:
    def __init__(self, resumes: ResumeRepository, users: UserRepository, skills: SkillExtractor,
                 stamps: CandidateStamps | None = None, capacity: int = 200_000) -> None:
        self._resumes, self._users, self._skills, self._stamps = resumes, users, skills, stamps
        self._capacity = capacity
        self._kept: dict[str, tuple[str, CandidateProfile]] = {}
        self.copies = ProfileCopies() if stamps is not None else ProfileCopies(max_terms=0)
        self.built = 0  # profiles built so far (tests and figures)

    async def latest_per_owner(self, resume_ids: Sequence[str]) -> list[CandidateProfile]:
        """Profiles of the newest parsed resume of each owner among `resume_ids`."""
        if self._stamps is None:
            resumes = [r for r in await self._resumes.get_many(resume_ids) if r is not None and _parsed(r)]
            built = await self._build(_latest_per_owner(resumes))
            return [built[r.id] for r in _latest_per_owner(resumes) if r.id in built]
        stamps = await self._stamps.stamps(resume_ids)
        # What is gone (deleted, or its owner erased) is not kept in memory either.
        self.forget(set(resume_ids) - {s.resume_id for s in stamps})
        latest = _latest_per_owner([s for s in stamps if s.parsed])
        fresh = await self._fresh(latest)
        return [fresh[s.resume_id] for s in latest if s.resume_id in fresh]

    async def of(self, resume_ids: Sequence[str]) -> dict[str, CandidateProfile]:
        """Profiles of the parsed resumes among `resume_ids`, by resume id."""
        if self._stamps is None:
            return await self._build([r for r in await self._resumes.get_many(resume_ids) if r is not None and _parsed(r)])
        stamps = await self._stamps.stamps(resume_ids)
        self.forget(set(resume_ids) - {s.resume_id for s in stamps})
        return await self._fresh([s for s in stamps if s.parsed])

    async def _fresh(self, latest: Sequence[CandidateStamp]) -> dict[str, CandidateProfile]:
        assert self._stamps is not None
        fresh: dict[str, CandidateProfile] = {}
        stale: list[CandidateStamp] = []
        for stamp in latest:
            kept = self._kept.get(stamp.resume_id)
            if kept is not None and kept[0] == stamp.stamp:
                fresh[stamp.resume_id] = kept[1]
            else:
                stale.append(stamp)
        if stale:
            # Built from the rows read with their own stamps (not from a second read, which a
            # change and its undoing in between could leave under a stamp it does not match).
            for source in await self._stamps.sources([s.resume_id for s in stale]):
                if recognised_nothing(source.parsed):
                    continue  # nothing of a resume to score (indexed before such files were left out)
                profile = CandidateProfile.from_resume(
                    source.stamp.resume_id, source.stamp.owner_id, source.parsed, source.preferences, self._skills)
                self.built += 1
                self._keep(source.stamp.resume_id, source.stamp.stamp, profile)
                fresh[source.stamp.resume_id] = profile
        return fresh

    def kept_ids(self) -> set[str]:
        return set(self._kept)

    def forget(self, resume_ids: Iterable[str]) -> None:
        resume_ids = list(resume_ids)
        for resume_id in resume_ids:
            self._kept.pop(resume_id, None)
        self.copies.forget(resume_ids)

    async def _build(self, resumes: Sequence[Resume]) -> dict[str, CandidateProfile]:
        owners = {u.id: u for u in await self._users.get_many(list({r.owner_id for r in resumes})) if u}
        self.built += len(resumes)
        return {
            r.id: CandidateProfile.from_resume(r.id, r.owner_id, r.parsed, owners[r.owner_id].preferences,
                                               self._skills)
            for r in resumes if r.owner_id in owners and r.parsed is not None
        }

    def _keep(self, resume_id: str, stamp: str, profile: CandidateProfile) -> None:
        self.forget([resume_id])  # its copy too, made from the profile this one replaces
        if len(self._kept) >= self._capacity:  # the longest unchanged go first
            self.forget([next(iter(self._kept))])
        self._kept[resume_id] = (stamp, profile)


def _parsed(resume: Resume) -> bool:
    return resume.status is ResumeStatus.PARSED and resume.parsed is not None and not recognised_nothing(resume.parsed)


Owned = TypeVar("Owned", Resume, CandidateStamp)


def _latest_per_owner(items: Iterable[Owned]) -> list[Owned]:
    latest: dict[str, Owned] = {}
    for item in items:
        current = latest.get(item.owner_id)
        if current is None or item.uploaded_at > current.uploaded_at:
            latest[item.owner_id] = item
    return list(latest.values())
