"""A stored match keeps no skills nor explanation: read back, they are built again from the
resume and the job and say what they said when the match was scored."""
from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from types import SimpleNamespace

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.jobs import SqliteJobRepository
from adapters.embedded.sqlite.matches import SqliteMatchRepository
from adapters.embedded.sqlite.resumes import SqliteResumeRepository
from adapters.embedded.sqlite.users import SqliteOrganizationRepository, SqliteUserRepository
from domain.jobs import RemotePolicy, Seniority
from domain.matches import Match
from domain.matching import CandidateProfile, JobProfile, MatchScorer, explain
from domain.resumes import ParsedResume, ResumeStatus, SkillEntry
from domain.services.match_explanations import NO_FACTS, MatchExplanations
from domain.users import Preferences
from tests.fakes.skill_relations import FakeSkillExtractor
from tests.integration.contract.repository_backends import a_candidate, a_job, a_resume, an_employer, at

SKILLS = FakeSkillExtractor(relations={frozenset({"Kubernetes", "Docker Swarm"}): 0.8})


@asynccontextmanager
async def sqlite_repositories(tmp_path) -> AsyncIterator[SimpleNamespace]:
    """The repositories a match's facts are read from, on a real SQLite file."""
    db = Database(tmp_path / "facts.sqlite3")
    await db.open()
    try:
        yield SimpleNamespace(users=SqliteUserRepository(db), jobs=SqliteJobRepository(db),
                              resumes=SqliteResumeRepository(db), matches=SqliteMatchRepository(db),
                              organizations=SqliteOrganizationRepository(db))
    finally:
        await db.close()


async def test_skills_and_explanation_read_back_as_they_were_scored(tmp_path):
    async with sqlite_repositories(tmp_path) as repos:
        users, jobs, resumes, matches = repos.users, repos.jobs, repos.resumes, repos.matches
        _, acme = await an_employer(repos)
        job = a_job(acme.id, required_skills=["Python", "Go", "Kubernetes"], nice_to_have_skills=["AWS"],
                    seniority=Seniority.SENIOR, remote=RemotePolicy.REMOTE)
        await jobs.add(job)
        person = await a_candidate(repos)
        await users.update_preferences(person.id, Preferences(remote=[RemotePolicy.REMOTE]))
        resume = a_resume(person.id)
        await resumes.add(resume, max_per_owner=5)
        parsed = ParsedResume(skills=[SkillEntry(name=s) for s in ("Python", "Docker Swarm", "AWS")],
                              total_years_experience=3)
        await resumes.set_status(resume.id, ResumeStatus.PARSED, parsed=parsed)

        scorer = MatchScorer(SKILLS)
        candidate = CandidateProfile.from_resume(resume.id, person.id, parsed,
                                                 Preferences(remote=[RemotePolicy.REMOTE]), SKILLS, [1.0, 0.0])
        scored = scorer.score(candidate, JobProfile.from_job(job, SKILLS, [0.8, 0.6]))
        match = Match(id="m1", candidate_id=person.id, job_id=job.id, resume_id=resume.id, score=scored.score,
                      breakdown=scored.breakdown, matched_skills=scored.matched_skills,
                      missing_skills=scored.missing_skills, explanation=explain(scored, shows_contact=True),
                      created_at=at(0), updated_at=at(0))
        await matches.upsert([match])
        (stored,) = await matches.get_many(["m1"])
        assert (stored.matched_skills, stored.explanation) == ([], "")

        explanations = MatchExplanations(jobs=jobs, resumes=resumes, users=users, skills=SKILLS, scorer=scorer)
        (facts,) = await explanations.facts([stored])
        assert (facts.matched_skills, facts.missing_skills, facts.explanation_with_contact) == (
            match.matched_skills, match.missing_skills, match.explanation)
        # ... and as the candidate reads it, spoken to
        assert facts.explanation == explain(scored, shows_contact=True, to_candidate=True)
        assert "Docker Swarm is related to Kubernetes" in facts.explanation

        await resumes.delete(resume.id)
        assert await explanations.facts([stored]) == [NO_FACTS]


async def test_a_page_of_one_resume_builds_its_profile_once_and_says_what_each_match_alone_says(tmp_path, monkeypatch):
    from domain.services import match_explanations

    async with sqlite_repositories(tmp_path) as repos:
        users, jobs, resumes, matches = repos.users, repos.jobs, repos.resumes, repos.matches
        _, acme = await an_employer(repos)
        posted = [a_job(acme.id, required_skills=skills) for skills in (["Python", "Go"], ["Kubernetes", "AWS"])]
        for job in posted:
            await jobs.add(job)
        person = await a_candidate(repos)
        resume = a_resume(person.id)
        await resumes.add(resume, max_per_owner=5)
        parsed = ParsedResume(skills=[SkillEntry(name=s) for s in ("Python", "Docker Swarm", "AWS")])
        await resumes.set_status(resume.id, ResumeStatus.PARSED, parsed=parsed)
        scorer = MatchScorer(SKILLS)
        candidate = CandidateProfile.from_resume(resume.id, person.id, parsed, None, SKILLS)
        page = []
        for n, job in enumerate(posted):
            scored = scorer.score(candidate, JobProfile.from_job(job, SKILLS))
            page.append(Match(id=f"m{n}", candidate_id=person.id, job_id=job.id, resume_id=resume.id,
                              score=scored.score, breakdown=scored.breakdown, created_at=at(0), updated_at=at(0)))
        await matches.upsert(page)
        explanations = MatchExplanations(jobs=jobs, resumes=resumes, users=users, skills=SKILLS, scorer=scorer)
        alone = [(await explanations.facts([m]))[0] for m in page]

        built = []

        class CountedProfile(CandidateProfile):
            @classmethod
            def from_resume(cls, *args, **kwargs):
                built.append(args[0])
                return CandidateProfile.from_resume(*args, **kwargs)

        monkeypatch.setattr(match_explanations, "CandidateProfile", CountedProfile)
        together = await explanations.facts(page)
        assert together == alone
        assert alone[0].matched_skills != alone[1].matched_skills
        assert built == [resume.id]
