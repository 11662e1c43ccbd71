"""The full match score, one part of the breakdown at a time, on hand-built profiles."""
import pytest

from domain.jobs import RemotePolicy, SalaryRange, Seniority
from domain.matching import (
    CandidateProfile,
    JobProfile,
    MatchScorer,
    MatchWeights,
    canonical_skills,
    neighbour_similarity,
)
from domain.matching.scoring import PARTIAL_FIT_CEILING
from domain.users import Preferences
from tests.fakes.skill_relations import FakeSkillExtractor

SKILLS = FakeSkillExtractor(
    aliases={"k8s": "Kubernetes", "kubernetes": "Kubernetes", "golang": "Go", "go": "Go",
             "python": "Python", "postgres": "PostgreSQL", "postgresql": "PostgreSQL"},
    relations={frozenset({"Kubernetes", "Docker Swarm"}): 0.8, frozenset({"PostgreSQL", "MySQL"}): 0.4},
)


def job(**overrides) -> JobProfile:
    fields = dict(job_id="j1", title="Platform engineer",
                  required_skills=("Python", "Kubernetes", "PostgreSQL", "Go"),
                  nice_to_have_skills=("Terraform", "AWS"))
    fields.update(overrides)
    return JobProfile(**fields)


def candidate(**overrides) -> CandidateProfile:
    fields = dict(resume_id="r1", candidate_id="u1",
                  skills=frozenset({"Python", "Go", "PostgreSQL", "Kubernetes", "Terraform"}))
    fields.update(overrides)
    return CandidateProfile(**fields)


@pytest.fixture
def scorer() -> MatchScorer:
    return MatchScorer(SKILLS)


def test_holding_every_required_and_half_the_nice_skills_weights_required_three_to_one(scorer):
    result = scorer.score(candidate(), job())
    assert result.breakdown.skills == pytest.approx((3 * 1.0 + 0.5) / 4)
    assert result.matched_skills == ["Python", "Kubernetes", "PostgreSQL", "Go", "Terraform"]
    assert result.missing_skills == []


def test_a_missing_required_skill_is_listed_and_costs_a_quarter_of_required_coverage(scorer):
    result = scorer.score(candidate(skills=frozenset({"Python", "Go", "PostgreSQL"})), job())
    assert result.missing_skills == ["Kubernetes"]
    assert result.skills.required_held == 3
    assert result.breakdown.skills == pytest.approx((3 * 0.75 + 0.0) / 4)


def test_a_closely_related_skill_earns_partial_credit_for_a_missing_one(scorer):
    held = frozenset({"Python", "Go", "PostgreSQL", "Docker Swarm"})
    result = scorer.score(candidate(skills=held), job())
    assert result.missing_skills == ["Kubernetes"]
    assert result.skills.related == {"Kubernetes": "Docker Swarm"}
    assert result.breakdown.skills == pytest.approx(3 * (3 + 0.8 * 0.5) / 4 / 4)


def test_a_weakly_related_skill_earns_nothing(scorer):
    held = frozenset({"Python", "Go", "Kubernetes", "MySQL"})
    result = scorer.score(candidate(skills=held), job())
    assert result.skills.related == {}
    assert result.breakdown.skills == pytest.approx(3 * 0.75 / 4)


def test_job_skills_written_as_aliases_are_compared_on_canonical_names():
    assert canonical_skills(["k8s", "golang", "Kubernetes", "Rust"], SKILLS) == ("Kubernetes", "Go", "Rust")


def test_semantic_similarity_is_rescaled_between_the_floor_and_the_ceiling(scorer):
    weights = scorer.weights
    middle = (weights.semantic_floor + weights.semantic_ceiling) / 2
    assert scorer.score(candidate(), job(), similarity=middle).breakdown.semantic == pytest.approx(0.5)
    assert scorer.score(candidate(), job(), similarity=0.95).breakdown.semantic == 1.0
    assert scorer.score(candidate(), job(), similarity=0.0).breakdown.semantic == 0.0


def test_semantic_similarity_is_computed_from_the_profiles_vectors_when_not_given(scorer):
    result = scorer.score(candidate(vector=[1.0, 0.0]), job(vector=[1.0, 0.0]))
    assert result.breakdown.semantic == 1.0


@pytest.mark.parametrize("years, seniority, expected", [
    (6, Seniority.SENIOR, 1.0),
    (2.5, Seniority.SENIOR, 0.5),
    (0, Seniority.SENIOR, 0.0),
    (1, Seniority.JUNIOR, 1.0),
    (22, Seniority.SENIOR, 0.5),
    (16, Seniority.MID, 0.5),
    (8, Seniority.MID, 0.9),
])
def test_experience_fits_inside_the_seniority_band_and_falls_off_outside(scorer, years, seniority, expected):
    result = scorer.score(candidate(years=years), job(seniority=seniority))
    assert result.breakdown.experience == pytest.approx(expected)


def test_remote_job_for_a_candidate_who_wants_remote_fits_fully(scorer):
    prefs = Preferences(remote=[RemotePolicy.REMOTE], locations=["Lisbon"])
    result = scorer.score(candidate(preferences=prefs), job(remote=RemotePolicy.REMOTE, location="Berlin"))
    assert result.breakdown.location == 1.0


def test_onsite_job_in_a_city_the_candidate_did_not_choose_does_not_fit(scorer):
    prefs = Preferences(locations=["Lisbon, Portugal"])
    result = scorer.score(candidate(preferences=prefs), job(location="Berlin, Germany"))
    assert result.breakdown.location == 0.0


def test_onsite_job_in_a_chosen_city_fits_whatever_the_spelling_of_the_country(scorer):
    prefs = Preferences(locations=["berlin"], remote=[RemotePolicy.ONSITE, RemotePolicy.HYBRID])
    result = scorer.score(candidate(preferences=prefs), job(location="Berlin, Germany"))
    assert result.breakdown.location == 1.0


def test_a_hybrid_job_half_suits_someone_who_wants_remote(scorer):
    prefs = Preferences(remote=[RemotePolicy.REMOTE])
    result = scorer.score(candidate(preferences=prefs), job(remote=RemotePolicy.HYBRID))
    assert result.breakdown.location == 0.5


@pytest.mark.parametrize("salary, expected", [
    (SalaryRange(min=90_000, max=120_000), 1.0),
    (SalaryRange(min=70_000, max=85_000), 0.5),
    (SalaryRange(min=50_000, max=60_000), 0.0),
    (SalaryRange(min=100_000), 1.0),
])
def test_salary_fits_when_the_job_can_pay_the_minimum_and_falls_to_zero_at_thirty_percent_short(
        scorer, salary, expected):
    prefs = Preferences(min_salary=100_000)
    result = scorer.score(candidate(preferences=prefs), job(salary=salary))
    assert result.breakdown.salary == pytest.approx(expected)


def test_salary_in_another_currency_is_unknown_rather_than_a_mismatch(scorer):
    prefs = Preferences(min_salary=100_000, currency="EUR")
    result = scorer.score(candidate(preferences=prefs), job(salary=SalaryRange(min=10, currency="USD")))
    assert "salary" in result.unknown


def test_a_candidate_without_preferences_is_scored_neutrally_rather_than_zero(scorer):
    result = scorer.score(candidate(), job(remote=RemotePolicy.ONSITE, location="Berlin",
                                           salary=SalaryRange(min=1)), similarity=0.7)
    assert {"location", "salary", "experience"} <= result.unknown
    assert result.breakdown.location == scorer.weights.neutral
    w = scorer.weights
    expected = (w.semantic * 1.0 + w.skills * result.breakdown.skills) / (w.semantic + w.skills)
    assert result.score == pytest.approx(expected, abs=1e-4)


def test_the_score_is_the_weighted_mean_of_the_known_parts():
    scorer = MatchScorer(SKILLS, MatchWeights(semantic=1, skills=1, experience=2, location=0, salary=0))
    result = scorer.score(candidate(years=6), job(seniority=Seniority.SENIOR,
                                                  required_skills=("Python", "Rust"), nice_to_have_skills=()),
                          similarity=scorer.weights.semantic_floor)
    assert result.breakdown.semantic == 0.0
    assert result.breakdown.skills == 0.5
    assert result.breakdown.experience == 1.0
    assert result.score == pytest.approx((0 + 0.5 + 2 * 1.0) / 4)


def test_a_job_without_any_listed_skill_leaves_skills_out_of_the_score(scorer):
    result = scorer.score(candidate(), job(required_skills=(), nice_to_have_skills=()), similarity=0.7)
    assert "skills" in result.unknown
    # The one known part is at its best, but that is not a full fit: short of 1.
    assert result.score == PARTIAL_FIT_CEILING


def test_weights_must_leave_some_part_counting():
    with pytest.raises(ValueError):
        MatchWeights(semantic=0, skills=0, experience=0, location=0, salary=0, preferences=0)


def test_a_resume_close_to_every_job_has_its_similarity_discounted(scorer):
    w = scorer.weights
    hub = candidate(neighbour_similarity=w.typical_neighbour_similarity + 0.2)
    plain = candidate(neighbour_similarity=w.typical_neighbour_similarity)
    sim = 0.5
    assert scorer.score(plain, job(), similarity=sim).breakdown.semantic == pytest.approx(
        scorer.semantic_part(sim), abs=1e-4)
    assert scorer.score(hub, job(), similarity=sim).breakdown.semantic == pytest.approx(
        scorer.semantic_part(sim - w.hubness_correction * 0.2), abs=1e-4)


def test_neighbour_similarity_is_the_mean_of_the_closest_k():
    assert neighbour_similarity([0.1, 0.9, 0.5, 0.7], k=2) == pytest.approx(0.8)
    assert neighbour_similarity([], k=3) is None



@pytest.mark.parametrize("wanted, actual", [("London, UK", "Manchester, UK"), ("Austin, TX", "Houston, TX")])
def test_a_chosen_city_is_not_met_by_another_city_of_its_country(wanted, actual):
    from domain.matching.place_fit import same_place

    assert not same_place(wanted, actual)


@pytest.mark.parametrize("wanted, actual", [
    ("Berlin, Germany", "Berlin"), ("Germany", "Munich, Germany"), ("London, UK", "UK"), ("berlin", "Berlin, Germany")])
def test_a_chosen_place_is_met_inside_it_and_by_the_same_place_written_shorter(wanted, actual):
    from domain.matching.place_fit import same_place

    assert same_place(wanted, actual)
