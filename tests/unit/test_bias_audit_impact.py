"""Selection and scoring rates, impact ratios, the four-fifths flag and small groups, on
hand-counted samples; and who counts as selected (top N of each job)."""
from __future__ import annotations

import pytest

from domain.bias_audit import AssessedCandidate, AuditPolicy, ScoredMatch, audit, outcomes_from_matches
from domain.demographics import Demographic, RaceEthnicity, Sex
from domain.errors import BadUserInput

F, M = Sex.FEMALE, Sex.MALE
W, B = RaceEthnicity.WHITE, RaceEthnicity.BLACK_OR_AFRICAN_AMERICAN


def people(count: int, sex: Sex | None, race: RaceEthnicity | None, selected: int, above: int) -> list[AssessedCandidate]:
    """`count` candidates of a group, the first `selected` selected, the first `above` scoring 0.9 (above
    the median of the samples below, which is 0.1), the rest 0.1."""
    demographic = Demographic(sex=sex, race_ethnicity=race)
    return [AssessedCandidate(demographic, 0.9 if i < above else 0.1, i < selected) for i in range(count)]


def group(report_part, sex=None, race=None):
    return next(g for g in report_part.groups if (g.sex, g.race_ethnicity) == (sex, race))


def test_rates_and_ratios_against_the_most_selected_and_highest_scoring_group():
    sample = people(100, F, W, selected=30, above=40) + people(100, M, W, selected=50, above=40) \
        + people(200, None, None, selected=0, above=0)
    report = audit(sample, AuditPolicy(min_group_size=30, min_group_share=0.0))
    women, men = group(report.sex, F), group(report.sex, M)
    assert report.median_score == 0.1
    assert (women.selection_rate, men.selection_rate) == (0.3, 0.5)
    assert women.selection_impact_ratio == pytest.approx(0.6) and men.selection_impact_ratio == 1.0
    assert women.selection_flagged and not men.selection_flagged
    assert (women.scoring_rate, women.scoring_impact_ratio, women.scoring_flagged) == (0.4, 1.0, False)
    assert report.sex.not_reported == 200 and report.sex.declined == 0


def test_exactly_four_fifths_is_not_flagged_and_just_below_is():
    at_line = people(100, F, W, selected=40, above=0) + people(100, M, W, selected=50, above=0)
    assert not group(audit(at_line, AuditPolicy(min_group_share=0)).sex, F).selection_flagged
    below = people(100, F, W, selected=39, above=0) + people(100, M, W, selected=50, above=0)
    assert group(audit(below, AuditPolicy(min_group_share=0)).sex, F).selection_flagged


def test_a_group_below_the_minimum_size_is_counted_but_gets_no_rates_or_ratios():
    sample = people(29, F, B, selected=0, above=0) + people(100, M, W, selected=50, above=50)
    report = audit(sample, AuditPolicy(min_group_size=30, min_group_share=0.0))
    small = group(report.intersection, F, B)
    assert small.candidates == 29 and small.below_minimum_size
    assert (small.selection_rate, small.selection_impact_ratio, small.scoring_rate, small.scoring_impact_ratio) == \
        (None, None, None, None)
    assert not small.selection_flagged
    # The small group is not the reference either: the large one is compared with itself.
    assert group(report.intersection, M, W).selection_impact_ratio == 1.0


def test_the_minimum_is_two_percent_of_the_sample_when_that_is_larger():
    sample = people(40, F, W, selected=10, above=10) + people(2000, M, W, selected=500, above=500)
    report = audit(sample, AuditPolicy(min_group_size=30, min_group_share=0.02))
    assert report.minimum_group_size == 41  # ceil(2% of 2040)
    assert group(report.sex, F).below_minimum_size


def test_declined_and_unanswered_are_counts_per_dimension_and_out_of_the_intersections():
    declined_sex = [AssessedCandidate(Demographic(sex=Sex.DECLINE_TO_STATE, race_ethnicity=W), 0.5, True)] * 3
    race_only = [AssessedCandidate(Demographic(race_ethnicity=B), 0.5, False)] * 2
    never = [AssessedCandidate(None, 0.5, False)] * 4
    report = audit(declined_sex + race_only + never, AuditPolicy(min_group_size=1, min_group_share=0))
    assert (report.sex.declined, report.sex.not_reported) == (3, 6)
    assert (report.race_ethnicity.declined, report.race_ethnicity.not_reported) == (0, 4)
    assert group(report.race_ethnicity, race=W).candidates == 3
    assert (report.intersection.declined, report.intersection.not_reported) == (3, 6)
    assert sum(g.candidates for g in report.intersection.groups) == 0


def test_every_category_is_listed_even_when_empty_so_the_shape_never_changes():
    report = audit([], AuditPolicy())
    assert report.candidates == 0 and report.median_score is None
    assert [g.sex for g in report.sex.groups] == [F, M]
    assert len(report.race_ethnicity.groups) == 7 and len(report.intersection.groups) == 14
    assert all(g.below_minimum_size and g.candidates == 0 for g in report.intersection.groups)


def test_no_ratio_against_a_reference_rate_of_zero():
    sample = people(50, F, W, selected=0, above=0) + people(50, M, W, selected=0, above=0)
    women = group(audit(sample, AuditPolicy(min_group_share=0)).sex, F)
    assert women.selection_rate == 0.0 and women.selection_impact_ratio is None and not women.selection_flagged


@pytest.mark.parametrize("settings", [dict(top_n=0), dict(top_n=1001), dict(min_group_size=0),
                                      dict(min_group_share=1.0)])
def test_an_unusable_policy_is_bad_input(settings):
    with pytest.raises(BadUserInput):
        AuditPolicy(**settings)


def test_selected_means_among_the_top_n_of_a_job_by_score_then_match_id():
    matches = [
        ScoredMatch("m3", "ann", "j1", 0.9), ScoredMatch("m1", "bob", "j1", 0.8), ScoredMatch("m2", "cat", "j1", 0.8),
        ScoredMatch("m4", "cat", "j2", 0.2), ScoredMatch("m5", "dan", "j1", 0.95),
    ]
    outcomes = {o.candidate_id: o for o in outcomes_from_matches(matches, top_n=3)}
    assert {c for c, o in outcomes.items() if o.selected} == {"dan", "ann", "bob", "cat"}
    outcomes = {o.candidate_id: o for o in outcomes_from_matches(matches, top_n=2)}
    # cat is third at j1 (tied with bob, later id) but first of j2's single match
    assert {c for c, o in outcomes.items() if o.selected} == {"dan", "ann", "cat"}
    outcomes = {o.candidate_id: o for o in outcomes_from_matches(matches[:4] + matches[5:], top_n=1)}
    assert {c for c, o in outcomes.items() if o.selected} == {"ann", "cat"}
    assert outcomes["cat"].best_score == 0.8 and not outcomes_from_matches([], 10)
