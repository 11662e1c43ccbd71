"""The readable side of stored matches, built on read from the same facts the score came
from: the candidate's parsed resume and preferences and the job.

A stored match keeps only its numbers; which skills matched, which are missing and the
sentence explaining it are one skill comparison away (no vectors, no neighbour lookups), so
they are computed for the matches a reader asks about instead of stored with every match."""
from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from domain.matches import Match
from domain.matching.explanation import sentence
from domain.matching.profiles import CandidateProfile, JobProfile
from domain.matching.reasons import MatchReason, reasons
from domain.matching.scoring import MatchScorer
from domain.matching.skill_frequencies import with_skill_weights
from domain.ports.accounts import UserRepository
from domain.ports.documents import SkillExtractor
from domain.ports.jobs import JobRepository
from domain.ports.resumes import ResumeRepository
from domain.services.matching_skill_frequencies import CachedSkillFrequencies


@dataclass(frozen=True)
class MatchFacts:
    matched_skills: list[str]
    missing_skills: list[str]
    # As the candidate reads it: spoken to, in the second person.
    explanation: str
    reasons: list[MatchReason] = field(default_factory=list)
    # As everyone else reads it: nothing the résumé's contact fields hide (explanation.py).
    # Empty by default, so that a text of unknown making is never shown to them.
    explanation_without_contact: str = ""
    # As others who may see the candidate's contact data read it (an admin, a recruiter
    # applied to): of "the candidate", with the résumé's place. Empty by default, as above.
    explanation_with_contact: str = ""

    def explanation_for(self, *, sees_contact: bool, is_candidate: bool = False) -> str:
        if is_candidate:
            return self.explanation
        return self.explanation_with_contact if sees_contact else self.explanation_without_contact


# A match whose resume, job or candidate is gone (erasure in progress) explains nothing.
NO_FACTS = MatchFacts([], [], "")


class MatchExplanations:
    def __init__(self, *, jobs: JobRepository, resumes: ResumeRepository, users: UserRepository,
                 skills: SkillExtractor, scorer: MatchScorer,
                 skill_frequencies: CachedSkillFrequencies | None = None) -> None:
        self._jobs, self._resumes, self._users = jobs, resumes, users
        self._skills, self._scorer = skills, scorer
        # The same skill weights as the scoring had, so reasons carry the score's weights.
        self._skill_frequencies = skill_frequencies

    async def facts(self, matches: Sequence[Match]) -> list[MatchFacts]:
        jobs = await self._by_id(self._jobs.get_many, [m.job_id for m in matches])
        resumes = await self._by_id(self._resumes.get_many, [m.resume_id for m in matches])
        users = await self._by_id(self._users.get_many, [m.candidate_id for m in matches])
        frequencies = await self._skill_frequencies.current() if self._skill_frequencies is not None else None
        answers = []
        # A page of a candidate's matches names one resume ten times: its profile (every
        # skill put in canonical form) is built once per page, not once per match.
        candidates: dict[tuple[str, str], CandidateProfile] = {}
        for match in matches:
            job, resume, user = jobs.get(match.job_id), resumes.get(match.resume_id), users.get(match.candidate_id)
            if job is None or resume is None or resume.parsed is None or user is None:
                answers.append(NO_FACTS)
                continue
            candidate = candidates.get((resume.id, user.id))
            if candidate is None:
                candidate = candidates[(resume.id, user.id)] = CandidateProfile.from_resume(
                    resume.id, user.id, resume.parsed, user.preferences, self._skills)
            # The semantic part as stored: its vectors and neighbour lists are not read here.
            result = self._scorer.score(candidate, with_skill_weights(JobProfile.from_job(job, self._skills), frequencies),
                                        semantic_part=match.breakdown.semantic)
            said = reasons(result)
            answers.append(MatchFacts(result.matched_skills, result.missing_skills,
                                      sentence(result, said, shows_contact=True, to_candidate=True), said,
                                      sentence(result, said, shows_contact=False),
                                      sentence(result, said, shows_contact=True)))
        return answers

    @staticmethod
    async def _by_id(
        get_many: Callable[[list[str]], Awaitable[Sequence[Any]]], ids: list[str]
    ) -> dict[str, Any]:
        unique = list(dict.fromkeys(ids))
        return {item.id: item for item in await get_many(unique) if item is not None}
