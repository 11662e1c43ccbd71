"""Skills a job ad names as alternatives ("ACCA qualified (or ACA/CIMA)") are one requirement
that any of them meets, read so from the ad and honoured so by the matcher: a candidate holding
one is never told they miss the others."""
from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from domain.job_skill_keys import skill_keys
from domain.job_skills import description_skills
from domain.jobs import Job
from domain.matching import CandidateProfile, JobProfile, MatchScorer
from domain.matching.batch_jobs import score_jobs
from domain.matching.batch_scoring import score_candidates
from domain.matching.skill_credits import SkillCredits
from domain.matching.skill_facts import FitStatus
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor
from tests.fakes.skill_relations import FakeSkillExtractor

_NAMES = {
    "ACCA": SkillKind.CERTIFICATION, "ACA": SkillKind.CERTIFICATION, "CIMA": SkillKind.CERTIFICATION,
    "CPA": SkillKind.CERTIFICATION, "CMA": SkillKind.CERTIFICATION, "Basic Life Support (BLS)": SkillKind.CERTIFICATION,
    "Immediate Life Support (ILS)": SkillKind.CERTIFICATION, "Advanced Life Support (ALS)": SkillKind.CERTIFICATION,
    "Xero": SkillKind.TOOL, "Sage": SkillKind.TOOL, "QuickBooks": SkillKind.TOOL, "HTML": SkillKind.TOOL,
    "CSS": SkillKind.TOOL, "Python": SkillKind.TOOL, "SQL": SkillKind.TOOL, "Java": SkillKind.TOOL,
    "Kotlin": SkillKind.TOOL,
}
_ALIASES = {"bls": "Basic Life Support (BLS)", "ils": "Immediate Life Support (ILS)",
            "als": "Advanced Life Support (ALS)"}


def _skills() -> TaxonomySkillExtractor:
    names = list(_NAMES)
    aliases = {name.lower(): (i, False) for i, name in enumerate(names)}
    aliases.update({alias: (names.index(name), False) for alias, name in _ALIASES.items()})
    n = len(names)
    return TaxonomySkillExtractor(SkillTaxonomy(names, aliases, [frozenset()] * n, [frozenset()] * n,
                                                kinds=list(_NAMES.values())))


@pytest.mark.parametrize(("title", "ad", "required"), [
    ("Finance Manager", "You will be ACCA qualified (or ACA/CIMA).", ["ACCA or ACA or CIMA"]),
    ("Management Accountant", "Must be CPA or CMA certified, with Xero, Sage or QuickBooks.",
     ["CPA or CMA", "Xero or Sage or QuickBooks"]),
    ("Staff Nurse", "You will hold one of BLS, ILS, ALS.", ["BLS or ILS or ALS"]),
    ("Android Developer", "Strong Java or Kotlin, and SQL.", ["Java or Kotlin", "SQL"]),
    ("Bookkeeper", "Experience in Xero or Sage essential.", ["Xero or Sage"]),
])
def test_alternatives_in_an_ad_are_one_requirement(title, ad, required):
    assert description_skills(title, ad, _skills(), 50)[0] == required


@pytest.mark.parametrize(("title", "ad", "required"), [
    ("Web Developer", "HTML/CSS and Python required.", ["HTML", "CSS", "Python"]),  # a slash of tools: both
    ("Data Analyst", "Python, SQL and Excel.", ["Python", "SQL", "Excel"]),
    ("Accountant", "ACCA, CIMA.", ["ACCA", "CIMA"]),  # a comma alone lists, it offers no choice
])
def test_skills_asked_for_together_stay_apart(title, ad, required):
    assert description_skills(title, ad, _skills(), 50)[0] == required


def _job(required: list[str], nice: list[str] | None = None) -> Job:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    return Job(id="j", organization_id="o", title="Finance Manager", description="-", required_skills=required,
               nice_to_have_skills=nice or [], posted_at=now, updated_at=now)


def _candidate(*skills: str) -> CandidateProfile:
    return CandidateProfile(resume_id="r", candidate_id="c", skills=frozenset(skills))


def test_a_candidate_holding_any_alternative_meets_the_requirement_through_the_matcher():
    skills = _skills()
    required, _ = description_skills("Finance Manager", "ACCA qualified (or ACA/CIMA). Xero required.", skills, 50)
    job = JobProfile.from_job(_job(required), skills)
    scorer = MatchScorer(skills)
    for held in ("ACCA", "ACA", "CIMA"):
        fit = scorer.skill_fit(_candidate(held, "Xero"), job)
        assert fit.missing == [] and fit.value == 1.0 and fit.required_held == fit.required_total == 2
        group = next(f for f in fit.facts if f.required and f.skill == "ACCA or ACA or CIMA")
        assert group.status is FitStatus.MET and group.held == held
    fit = scorer.skill_fit(_candidate("CPA", "Xero"), job)
    assert fit.missing == ["ACCA or ACA or CIMA"] and fit.value == 0.5


def test_alternatives_are_compared_by_the_taxonomy_s_names():
    skills = _skills()
    job = JobProfile.from_job(_job(["BLS or ILS"]), skills)
    assert job.required_skills == ("Basic Life Support (BLS) or Immediate Life Support (ILS)",)
    fit = MatchScorer(skills).skill_fit(_candidate("Immediate Life Support (ILS)"), job)
    assert fit.missing == [] and fit.matched == ["BLS or ILS"]  # shown as the employer wrote it


def test_an_alternative_s_relation_earns_what_it_would_alone():
    scorer = MatchScorer(FakeSkillExtractor(relations={frozenset({"Sage", "Sage Accounting"}): 0.8}))
    job = JobProfile(job_id="j", title="Bookkeeper", required_skills=("Xero or Sage",))
    alone = scorer.skill_fit(_candidate("Sage Accounting"), JobProfile(job_id="j", title="Bookkeeper", required_skills=("Sage",)))
    fit = scorer.skill_fit(_candidate("Sage Accounting"), job)
    assert fit.value == alone.value and 0 < fit.value < 1 and fit.related == {"Xero or Sage": "Sage Accounting"}


def test_a_search_for_one_alternative_finds_the_job():
    assert skill_keys(["ACCA or CIMA", "Xero"]) == ["acca", "acca or cima", "cima", "xero"]


SKILLS = [f"skill{i}" for i in range(12)]
RELATIONS = {frozenset({f"skill{i}", f"skill{i + 1}"}): 0.6 + (i % 4) / 10 for i in range(0, 11, 2)}


def _random_job(rng: random.Random) -> JobProfile:
    def one() -> str:
        return " or ".join(rng.sample(SKILLS, rng.randint(1, 3)))
    return JobProfile(job_id="j", title="T", required_skills=tuple({one() for _ in range(rng.randint(1, 4))}),
                      nice_to_have_skills=tuple({one() for _ in range(rng.randint(0, 2))}))


@pytest.mark.parametrize("seed", range(15))
def test_the_batch_scorers_credit_alternatives_as_the_per_pair_scorer_does(seed):
    rng = random.Random(seed)
    scorer = MatchScorer(FakeSkillExtractor(relations=RELATIONS))
    candidates = [_candidate(*rng.sample(SKILLS, rng.randint(0, 4))) for _ in range(30)]
    candidates = [CandidateProfile(resume_id=f"r{n}", candidate_id="c", skills=c.skills) for n, c in enumerate(candidates)]
    job = _random_job(rng)
    similarities = [rng.uniform(0, 0.9) for _ in candidates]
    batch = score_candidates(scorer, candidates, job, similarities, SkillCredits(scorer, candidates))
    for row, (candidate, similarity) in enumerate(zip(candidates, similarities)):
        assert batch.scores[row] == scorer.score(candidate, job, similarity).score
    jobs = [_random_job(rng) for _ in range(20)]
    many = score_jobs(scorer, candidates[0], jobs, similarities[:20])
    for row, job in enumerate(jobs):
        assert many.scores[row] == scorer.score(candidates[0], job, similarities[row]).score
