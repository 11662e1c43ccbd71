"""Synthetic candidates and jobs scored by the real MatchScorer, with self-reported groups
drawn at random and independently of the profiles, for the bias audit's tests."""
from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from domain.bias_audit import ScoredMatch
from domain.demographics import Demographic, RaceEthnicity, SelfIdentification, Sex
from domain.jobs import Seniority
from domain.matching import CandidateProfile, JobProfile, MatchScorer

SKILLS = ["Python", "Java", "Go", "SQL", "PostgreSQL", "Docker", "Kubernetes", "AWS", "Terraform", "React",
          "TypeScript", "Kafka", "Spark", "Airflow", "Excel", "Tableau", "Linux", "Git", "Rust", "C++"]
SEXES = [Sex.FEMALE, Sex.MALE]
RACES = [RaceEthnicity.WHITE, RaceEthnicity.BLACK_OR_AFRICAN_AMERICAN, RaceEthnicity.HISPANIC_OR_LATINO]


@dataclass
class SyntheticMarket:
    candidates: list[CandidateProfile]
    jobs: list[JobProfile]
    groups: dict[str, Demographic]

    def self_identifications(self, at) -> list[SelfIdentification]:
        return [SelfIdentification(user_id=c, sex=g.sex, race_ethnicity=g.race_ethnicity, updated_at=at)
                for c, g in self.groups.items()]

    def members(self, **wanted) -> set[str]:
        return {c for c, g in self.groups.items() if all(getattr(g, k) == v for k, v in wanted.items())}

    def matches(self, score_of: Callable[[str, str], float], keep_per_candidate: int) -> list[ScoredMatch]:
        """Each candidate keeps their best `keep_per_candidate` jobs, as the matcher stores a
        shortlist per resume; every candidate is therefore assessed."""
        found = []
        for person in self.candidates:
            c = person.candidate_id
            scored = sorted(((score_of(c, job.job_id), job.job_id) for job in self.jobs),
                            key=lambda pair: (-pair[0], pair[1]))[:keep_per_candidate]
            found += [ScoredMatch(f"m-{j}-{c}", c, j, s) for s, j in scored]
        return found

def market(seed: int, candidates: int, jobs: int, profiles: int) -> SyntheticMarket:
    """`candidates` people, each with one of `profiles` distinct resumes (so the real scorer
    runs profiles x jobs times, not candidates x jobs), and a group of their own."""
    rng = random.Random(seed)
    archetypes = [
        (frozenset(rng.sample(SKILLS, rng.randint(2, 8))), rng.choice([None, *range(0, 16)]))
        for _ in range(profiles)
    ]
    people = []
    for i in range(candidates):
        skills, years = rng.choice(archetypes)
        people.append(CandidateProfile(resume_id=f"r{i}", candidate_id=f"c{i:05d}", skills=skills, years=years))
    postings = [
        JobProfile(job_id=f"j{i:03d}", title="Engineer", required_skills=tuple(rng.sample(SKILLS, 3)),
                   nice_to_have_skills=tuple(rng.sample(SKILLS, 2)),
                   seniority=rng.choice([None, *Seniority]))
        for i in range(jobs)
    ]
    # Drawn after the profiles from a generator of its own: nothing about a person's group
    # depends on their profile.
    groups_rng = random.Random(seed + 1)
    groups = {p.candidate_id: Demographic(sex=groups_rng.choice(SEXES), race_ethnicity=groups_rng.choice(RACES))
              for p in people}
    return SyntheticMarket(people, postings, groups)


def real_scores(m: SyntheticMarket, scorer: MatchScorer | None = None) -> Callable[[str, str], float]:
    scorer = scorer or MatchScorer()
    people = {c.candidate_id: c for c in m.candidates}
    postings = {j.job_id: j for j in m.jobs}
    known: dict[tuple, float] = {}

    def score(candidate_id: str, job_id: str) -> float:
        person = people[candidate_id]
        resume = (person.skills, person.years, job_id)
        if resume not in known:
            known[resume] = scorer.score(person, postings[job_id]).score
        return known[resume]

    return score
