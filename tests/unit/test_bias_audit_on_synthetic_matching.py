"""The bias audit on synthetic candidates: with the real scorer and groups drawn at random
(independently of the resumes) no group is flagged; with a deliberately biased scorer that
lowers one group's scores, that group is. Fixed seeds: the figures are the same every run."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from domain.analytics import TimeWindow
from domain.bias_audit import AuditPolicy
from domain.demographics import RaceEthnicity, Sex
from domain.services.bias_audit import BiasAuditService
from tests.fakes.accounts import FixedClock
from tests.fakes.bias_audit import InMemoryDemographicsStore, InMemoryMatchOutcomes, biased
from tests.unit.synthetic_matching import market, real_scores

NOW = datetime(2026, 12, 1, tzinfo=UTC)
WINDOW = TimeWindow(until=NOW)
# 6000 candidates with 800 distinct resumes, 20 jobs, 5 stored matches per candidate and the
# top 150 of each job shown: about a third of the candidates are selected, and each of the
# six sex x race/ethnicity groups holds about 1000 people, so chance alone keeps every
# impact ratio well above 0.8 (the lowest here is about 0.89).
POLICY = AuditPolicy(top_n=150)


@pytest.fixture(scope="module")
def synthetic():
    world = market(seed=7, candidates=6000, jobs=20, profiles=800)
    return world, real_scores(world)


async def audited(world, score_of):
    store = InMemoryDemographicsStore()
    for answers in world.self_identifications(NOW):
        await store.put(answers)
    outcomes = InMemoryMatchOutcomes(world.matches(score_of, keep_per_candidate=5))
    return await BiasAuditService(outcomes, store, FixedClock(NOW), POLICY).report(WINDOW)


async def test_the_real_scorer_on_balanced_synthetic_data_flags_no_group(synthetic):
    world, score_of = synthetic
    report = await audited(world, score_of)
    assert report.candidates == 6000
    for category in (report.sex, report.race_ethnicity, report.intersection):
        reported = [g for g in category.groups if not g.below_minimum_size]
        assert reported, category.dimension
        assert category.flagged == [], category.dimension
        assert min(g.selection_impact_ratio for g in reported) > 0.85
        assert min(g.scoring_impact_ratio for g in reported) > 0.85
    assert len([g for g in report.intersection.groups if not g.below_minimum_size]) == 6


async def test_a_scorer_that_lowers_one_groups_scores_gets_that_group_flagged(synthetic):
    world, score_of = synthetic
    women_of_colour = world.members(sex=Sex.FEMALE, race_ethnicity=RaceEthnicity.BLACK_OR_AFRICAN_AMERICAN)
    report = await audited(world, biased(score_of, women_of_colour, penalty=0.08))

    flagged = {(g.sex, g.race_ethnicity) for g in report.intersection.flagged}
    assert flagged == {(Sex.FEMALE, RaceEthnicity.BLACK_OR_AFRICAN_AMERICAN)}
    group = next(g for g in report.intersection.groups
                 if (g.sex, g.race_ethnicity) == (Sex.FEMALE, RaceEthnicity.BLACK_OR_AFRICAN_AMERICAN))
    assert group.selection_flagged and group.scoring_flagged
    assert group.selection_impact_ratio < 0.8 and group.scoring_impact_ratio < 0.8
    # The marginal tables dilute it (half of the Black candidates and half of the women are not
    # penalised), which is why the intersections are reported: there it is a ratio near 0.5.
    assert group.selection_impact_ratio < 0.6
    reported = [g for g in report.race_ethnicity.groups if not g.below_minimum_size]
    lowest = min(reported, key=lambda g: g.selection_impact_ratio)
    assert lowest.race_ethnicity is RaceEthnicity.BLACK_OR_AFRICAN_AMERICAN
    assert not report.sex.flagged
