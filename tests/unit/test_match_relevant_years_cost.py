"""The batch scores many résumés against one job: a role's title is judged once per
(title, job title), however many résumés hold it with other dates and skills, and a résumé's
role months are worked out once for all the jobs it is scored against."""
from domain.matching import CandidateProfile, JobProfile, MatchScorer, profiles, relevant_years
from domain.matching.batch_scoring import score_candidates
from domain.matching.relevant_years import HeldRole
from tests.fakes.skill_relations import FakeSkillExtractor


def a_candidate(n: int) -> CandidateProfile:
    roles = (HeldRole("Bus Driver", (2000 + n % 20) * 12, (2004 + n % 20) * 12, frozenset({f"s{n}"})),
             HeldRole("Accounts Assistant", (2005 + n % 20) * 12, None, frozenset({f"t{n}", "s1"}), current=True))
    return CandidateProfile(resume_id=f"r{n}", candidate_id=f"u{n}", years=20.0, roles=roles)


def test_each_title_is_judged_once_per_job_title_however_many_resumes_hold_it(monkeypatch):
    calls: list[tuple[str, str]] = []
    real = relevant_years.title_fit

    def counting(titles, job_title, held=False):
        calls.append((titles[0], job_title))
        return real(titles, job_title, held=held)

    monkeypatch.setattr(relevant_years, "title_fit", counting)
    candidates = [a_candidate(n) for n in range(200)]
    job = JobProfile(job_id="j1", title="Accountant", required_skills=("s1", "s2"))
    score_candidates(MatchScorer(FakeSkillExtractor()), candidates, job, [0.3] * len(candidates))
    assert len(calls) <= 2


def test_a_resumes_role_months_are_worked_out_once_for_many_jobs(monkeypatch):
    seen: list[tuple[HeldRole, ...]] = []
    real = profiles.role_timeline
    monkeypatch.setattr(profiles, "role_timeline", lambda roles: seen.append(roles) or real(roles))
    scorer, person = MatchScorer(FakeSkillExtractor()), a_candidate(3)
    for k in range(5):
        scorer.counted_years(person, JobProfile(job_id=f"j{k}", title=f"Job {k}"))
    assert len(seen) == 1
