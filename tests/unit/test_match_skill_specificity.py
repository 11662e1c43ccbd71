"""Job skills weighed by how specific they are (IDF over open jobs), on hand-built profiles."""
from datetime import UTC, datetime, timedelta

import pytest

from domain.matching import CandidateProfile, JobProfile, MatchScorer
from domain.matching.skill_frequencies import SkillFrequencies
from domain.services.matching_skill_frequencies import CachedSkillFrequencies

OFFICE, JMETER, SELENIUM = "Microsoft Office", "Apache JMeter", "Selenium"
# Ten jobs: every one lists Office, one lists JMeter, two list Selenium.
FREQUENCIES = SkillFrequencies.from_skill_lists(
    [[OFFICE, JMETER, SELENIUM], [OFFICE, "selenium"]] + [[OFFICE]] * 8)


def job(required=(JMETER, OFFICE), nice=(), weights=FREQUENCIES) -> JobProfile:
    return JobProfile(job_id="j1", title="Test automation engineer", required_skills=tuple(required),
                      nice_to_have_skills=tuple(nice),
                      skill_weights=weights.weights((*required, *nice)) if weights else None)


def candidate(*skills: str) -> CandidateProfile:
    return CandidateProfile(resume_id="r1", candidate_id="u1", skills=frozenset(skills))


def test_a_skill_every_job_lists_weighs_little_and_one_job_lists_weighs_most():
    weights = FREQUENCIES.weights([OFFICE, SELENIUM, JMETER, "Never listed"])
    assert weights[JMETER] == pytest.approx(1.0)
    assert weights["Never listed"] == pytest.approx(1.0)
    assert weights[OFFICE] < 0.1
    assert weights[OFFICE] < weights[SELENIUM] < weights[JMETER]


def test_skill_names_differing_only_in_case_are_counted_as_one_skill():
    assert FREQUENCIES.count("SELENIUM") == 2


def test_holding_only_the_specific_skill_covers_most_of_the_requirement():
    scorer = MatchScorer()
    specific = scorer.score(candidate(JMETER), job()).breakdown.skills
    generic = scorer.score(candidate(OFFICE), job()).breakdown.skills
    w_jmeter, w_office = 1.0, FREQUENCIES.weights([OFFICE])[OFFICE]
    assert specific == pytest.approx(w_jmeter / (w_jmeter + w_office), abs=1e-4)
    assert generic == pytest.approx(w_office / (w_jmeter + w_office), abs=1e-4)


def test_without_frequencies_every_skill_counts_alike():
    scorer = MatchScorer()
    assert scorer.score(candidate(JMETER), job(weights=None)).breakdown.skills == pytest.approx(0.5)
    assert scorer.score(candidate(JMETER), job(weights=None)).skills.specificity == 1.0


def test_the_explanation_still_counts_skills_not_weights():
    result = MatchScorer().score(candidate(OFFICE), job())
    assert result.skills.required_held == 1 and result.skills.required_total == 2
    assert result.missing_skills == [JMETER]


def test_a_job_listing_only_generic_skills_lets_the_skills_part_count_for_little():
    scorer = MatchScorer()
    generic_job = job(required=(OFFICE,))
    holder, other = candidate(OFFICE), candidate()
    fit = scorer.score(holder, generic_job, similarity=0.4)
    assert fit.skills.specificity == pytest.approx(FREQUENCIES.weights([OFFICE])[OFFICE])
    w = scorer.weights
    semantic = fit.breakdown.semantic
    share = w.skills * fit.skills.specificity
    assert fit.score == pytest.approx((w.semantic * semantic + share * 1.0) / (w.semantic + share), abs=1e-4)
    # Holding Office or not barely moves the score: the list cannot tell these two apart.
    assert fit.score - scorer.score(other, generic_job, similarity=0.4).score < 0.02


def test_specificity_blends_required_and_nice_to_have_like_coverage_does():
    scorer = MatchScorer()
    result = scorer.score(candidate(), job(required=(JMETER,), nice=(OFFICE,)))
    office = FREQUENCIES.weights([OFFICE])[OFFICE]
    r = scorer.weights.required_over_nice
    assert result.skills.specificity == pytest.approx((r * 1.0 + office) / (r + 1))


class CountingSource:
    def __init__(self) -> None:
        self.reads, self.jobs = 0, 10

    async def skill_document_frequencies(self):
        self.reads += 1
        return {OFFICE: self.jobs}, self.jobs


class StepClock:
    def __init__(self) -> None:
        self.at = datetime(2024, 1, 1, tzinfo=UTC)

    def now(self) -> datetime:
        return self.at


async def test_the_table_is_read_once_and_again_only_after_enough_changes_or_time():
    source, clock = CountingSource(), StepClock()
    cache = CachedSkillFrequencies(source, clock, max_age=timedelta(minutes=5), drift=0.1)
    await cache.current()
    await cache.current()
    assert source.reads == 1
    cache.jobs_changed()  # 1 change of 10 jobs: not more than a tenth yet
    await cache.current()
    assert source.reads == 1
    cache.jobs_changed()
    assert (await cache.current()).jobs == 10 and source.reads == 2
    cache.jobs_changed()
    clock.at += timedelta(minutes=5)
    await cache.current()
    assert source.reads == 3
    clock.at += timedelta(hours=1)  # old, but nothing changed: still current
    await cache.current()
    assert source.reads == 3
