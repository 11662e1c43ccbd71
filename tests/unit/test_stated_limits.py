"""A job the candidate's own stated limits rule out (an employment type they do not accept, pay
30% or more below their minimum) has its score multiplied by MatchWeights.ruled_out_factor, so an
otherwise perfect fit falls under the 0.7 notice floor; a place or pay they never stated rules
nothing out, and the sentence says why the job ranks lower. A background check the employer runs
(vetting, a criminal-records check) is no gate a candidate must already hold."""
from __future__ import annotations

from decimal import Decimal

from domain.jobs import EmploymentType, RemotePolicy, SalaryRange
from domain.matching import CandidateProfile, JobProfile, MatchScorer, explain
from domain.skills import SkillKind
from domain.users import Preferences
from tests.fakes.skill_relations import FakeSkillExtractor

SCORER = MatchScorer(FakeSkillExtractor())


def _job(employment: EmploymentType = EmploymentType.PART_TIME, top: int = 42_000) -> JobProfile:
    return JobProfile(job_id="j", title="Sous Chef", required_skills=("HACCP", "Pastry"),
                      employment_type=employment, remote=RemotePolicy.ONSITE,
                      salary=SalaryRange(min=Decimal(30_000), max=Decimal(top), currency="EUR"))


def _candidate(**preferences) -> CandidateProfile:
    return CandidateProfile(resume_id="r", candidate_id="u", skills=frozenset({"HACCP", "Pastry"}),
                            years=6, preferences=Preferences(currency="EUR", **preferences))


def test_an_employment_type_not_accepted_sinks_a_perfect_fit_under_the_notice_floor():
    wants_full_time = _candidate(employment_types=[EmploymentType.FULL_TIME])
    refused = SCORER.score(wants_full_time, _job(EmploymentType.PART_TIME), similarity=0.9)
    taken = SCORER.score(wants_full_time, _job(EmploymentType.FULL_TIME), similarity=0.9)
    assert taken.limits_factor == 1.0 and taken.score >= 0.9
    assert refused.limits_factor == 0.7 and refused.score < 0.7
    assert "not an employment type you accept, which ranks the job lower" in explain(
        refused, shows_contact=True, to_candidate=True)


def test_pay_far_below_the_minimum_rules_it_out_and_a_little_below_does_not():
    far = SCORER.score(_candidate(min_salary=60_000), _job(top=42_000), similarity=0.9)  # 30% short
    near = SCORER.score(_candidate(min_salary=45_000), _job(top=42_000), similarity=0.9)  # 7% short
    assert far.salary_fit == 0 and far.limits_factor == 0.7 and far.score < 0.7
    assert "below the candidate's minimum by 30% or more, which ranks the job lower" in explain(
        far, shows_contact=True)
    assert 0 < near.salary_fit < 1 and near.limits_factor == 1.0 and near.score > far.score


def test_nothing_stated_rules_nothing_out():
    assert SCORER.score(_candidate(), _job(), similarity=0.9).limits_factor == 1.0


def test_a_background_check_the_employer_runs_is_no_gate():
    from domain.matching.credential_gates import is_credential

    skills = FakeSkillExtractor(kinds={"Garda vetting": SkillKind.CERTIFICATION, "DBS check": SkillKind.CERTIFICATION,
                                       "QQI Level 5": SkillKind.CERTIFICATION})
    assert not is_credential("Garda vetting", skills) and not is_credential("DBS check", skills)
    assert is_credential("QQI Level 5", skills)
    job = JobProfile(job_id="j", title="Home Care Assistant", required_skills=("Personal care", "Garda vetting"))
    carer = CandidateProfile(resume_id="r", candidate_id="u", skills=frozenset({"Personal care"}), years=6)
    scored = MatchScorer(skills).score(carer, job, similarity=0.8)
    assert scored.credential_factor == 1.0 and "Garda vetting" in scored.missing_skills


def test_the_three_scorers_agree_at_the_edge_of_the_pay_limit():
    """Pay a hair under 30% short (70,001 of 100,000) has a salary part that rounds to 0: the
    per-pair scorer rules the job out, and so must both batch scorers, reading the same rounded
    part (unrounded, the batch over candidates saw 0.00003 and left the score whole)."""
    from dataclasses import replace

    from domain.matching.batch_jobs import score_jobs
    from domain.matching.batch_scoring import score_candidates

    job = _job(EmploymentType.FULL_TIME, top=70_001)
    candidates = [replace(_candidate(min_salary=wanted), resume_id=f"r{wanted}") for wanted in (100_000, 45_000)]
    pair = [SCORER.score(c, job, similarity=0.9) for c in candidates]
    assert pair[0].salary_fit == 0 and pair[0].limits_factor == 0.7 and pair[1].limits_factor == 1.0
    over_candidates = score_candidates(SCORER, candidates, job, [0.9, 0.9])
    over_jobs = [score_jobs(SCORER, c, [job], [0.9]) for c in candidates]
    for at, scored in enumerate(pair):
        assert float(over_candidates.scores[at]) == scored.score
        assert float(over_jobs[at].scores[0]) == scored.score
