"""Exact amounts of money (£12.60 an hour): each currency's decimals (ISO 4217 minor units),
the whole-unit views old clients read, the plausibility bounds, and matching's salary fit,
which compares exact yearly pay and gives the same score on its batch and per-pair paths."""
from decimal import Decimal

import numpy as np
import pytest

from domain.errors import BadUserInput
from domain.jobs import JobFilter, SalaryChange, SalaryPeriod, SalaryRange
from domain.matching.batch_scoring import _scalar_parts
from domain.matching.profiles import CandidateProfile, JobProfile
from domain.matching.scoring import MatchScorer, salary_fit
from domain.money import checked_places, in_smallest_units, minor_units, shown, whole_above, whole_below, written
from domain.salary_bounds import check_plausible
from domain.users import Preferences

# Candidates here name no roles: every year they worked counts (relevant_years.py).
SCORER = MatchScorer()


@pytest.mark.parametrize(("currency", "places"), [("GBP", 2), ("EUR", 2), ("JPY", 0), ("KRW", 0), ("BHD", 3),
                                                  ("KWD", 3), ("TND", 3), ("CLF", 4), ("XYZ", 2)])
def test_each_currency_has_its_minor_units(currency, places):
    assert minor_units(currency) == places


def test_amounts_with_more_decimals_than_the_currency_has_are_refused_saying_how_many():
    assert checked_places(Decimal("12.60"), "GBP", "f", "a") == Decimal("12.60")
    assert checked_places(Decimal("12.600"), "GBP", "f", "a") == Decimal("12.600")  # trailing zeros are no penny
    assert checked_places(Decimal("1200"), "JPY", "f", "a") == Decimal("1200")
    assert checked_places(Decimal("2.125"), "KWD", "f", "a") == Decimal("2.125")
    with pytest.raises(BadUserInput, match=r"`salary.minAmount` of 12.605 GBP .*\(2\).*at most 2 decimal places"):
        checked_places(Decimal("12.605"), "GBP", "salary", "salary.minAmount")
    assert checked_places(Decimal("0E-999999999"), "GBP", "f", "a") == 0
    with pytest.raises(BadUserInput, match="at most 2 decimal places"):  # no rounding to 0 on the way
        checked_places(Decimal("1E-999999999"), "GBP", "f", "a")
    with pytest.raises(BadUserInput, match=r"JPY amounts have \(0\).*such as 1200"):
        checked_places(Decimal("1200.5"), "JPY", "salary", "salary.minAmount")


def test_the_whole_unit_views_hold_the_exact_range_and_the_exact_one_shows_the_currency_s_decimals():
    assert (whole_below(Decimal("12.60")), whole_above(Decimal("12.60"))) == (12, 13)
    assert (whole_below(Decimal("12")), whole_above(Decimal("12.00"))) == (12, 12)
    assert (str(shown(Decimal("12.6"), "GBP")), str(shown(Decimal("1200"), "JPY"))) == ("12.60", "1200")
    assert (written(Decimal("30000.00"), "GBP"), written(Decimal("12.6"), "GBP")) == ("30000", "12.60")
    assert in_smallest_units(Decimal("12.60") * 2080) == 262_080_000


def test_the_bounds_apply_to_exact_amounts():
    with pytest.raises(BadUserInput, match=r"`salary.min` of 999.99 GBP a year is below"):
        check_plausible(SalaryRange(min=Decimal("999.99"), currency="GBP"))
    with pytest.raises(BadUserInput, match="decimal places"):
        check_plausible(SalaryRange(min=Decimal("12.605"), currency="GBP", period=SalaryPeriod.HOUR))
    check_plausible(SalaryRange(min=Decimal("12.60"), max=Decimal("14.35"), currency="GBP", period=SalaryPeriod.HOUR))


def test_exact_amounts_stay_exact_through_json_and_updates():
    salary = SalaryRange(min=Decimal("12.60"), max=Decimal("14.35"), currency="GBP", period=SalaryPeriod.HOUR)
    assert SalaryRange.model_validate_json(salary.model_dump_json()) == salary
    assert salary.yearly_top() == Decimal("29848.00")
    changed = SalaryChange(min=Decimal("12.85")).applied_to(salary)
    assert (changed.min, changed.max) == (Decimal("12.85"), Decimal("14.35"))
    assert JobFilter(min_salary=Decimal("12.60"), salary_period=SalaryPeriod.HOUR).yearly_min_salary() == 26208


def _candidate(minimum: str, resume: str = "r") -> CandidateProfile:
    return CandidateProfile(resume, "c", preferences=Preferences(min_salary=Decimal(minimum), currency="GBP",
                                                                  salary_period=SalaryPeriod.HOUR))


def _job(top: str) -> JobProfile:
    return JobProfile(job_id="j", title="Care Assistant",
                      salary=SalaryRange(min=Decimal(top), currency="GBP", period=SalaryPeriod.HOUR))


def test_a_penny_short_of_the_minimum_is_short_and_the_minimum_itself_meets_it():
    assert salary_fit(_candidate("12.60"), _job("12.60")) == 1.0
    short = salary_fit(_candidate("12.60"), _job("12.59"))
    assert short is not None and 0.99 < short < 1.0


def test_the_batch_path_scores_exact_amounts_as_the_per_pair_rule_does():
    candidates = [_candidate(m, resume=f"r{i}") for i, m in enumerate(["12.60", "12.61", "9.99", "30"])]
    for top in ("12.60", "12.59", "11.07", "40"):
        job = _job(top)
        batch = _scalar_parts(candidates, job, None, SCORER)[:, 2]
        assert np.array_equal(batch, np.array([salary_fit(c, job) for c in candidates], dtype=np.float64))


def test_a_null_beside_a_number_is_the_field_left_out():
    from decimal import Decimal

    from resolvers.exact_amounts import one_amount

    assert one_amount(None, Decimal("12.60"), "min", "minAmount") == Decimal("12.60")
    assert one_amount(13, None, "max", "maxAmount") == Decimal(13)
    assert one_amount(None, None, "min", "minAmount") is None


def test_a_whole_amount_sent_back_as_read_keeps_the_exact_one():
    from decimal import Decimal

    from domain.money import WholeAmount, kept_where_read_back

    assert kept_where_read_back(WholeAmount(12), Decimal("12.60")) == Decimal("12.60")
    assert kept_where_read_back(WholeAmount(13), Decimal("12.60")) == Decimal(13)
    assert kept_where_read_back(Decimal(12), Decimal("12.60")) == Decimal(12)  # sent exactly: as sent
