"""Matching's location part by how far the job is from a place the candidate wants: towns a
commute apart fit, towns beyond reach do not (the packaged GeoNames positions)."""
import pytest

from domain.jobs import RemotePolicy
from domain.matching.explanation import explain
from domain.matching.place_fit import place_pair_fit
from domain.matching.profiles import CandidateProfile, JobProfile
from domain.matching.scoring import MatchScorer
from domain.town_distances import COMMUTING_KM, OUT_OF_REACH_KM, commute_fit, great_circle_km, km_between
from domain.users import Preferences


@pytest.mark.parametrize(("wanted", "job", "low", "high"), [
    ("Salford, Greater Manchester", "Manchester", 2, 6),
    ("Solihull", "Birmingham", 8, 14),
    ("Northampton", "Daventry", 15, 22),
    ("Leeds", "Manchester, UK", 50, 65),
    ("München", "Augsburg, Germany", 50, 65),
    # A postal district or code beside the town, before its comma ("Dublin 15", "75011 Paris").
    ("Dublin 15, Ireland", "Dublin", 0, 1),
    ("75011 Paris, France", "Versailles", 10, 25),
    ("75011 Paris", "Versailles", 10, 25),
    ("Flat 2, 14 Mill Lane, Bath BA1 1AA", "Bristol", 15, 22),
    # A flat's or a unit's number before the town: the word before it is no town, even where one
    # bears its name (Apt, Vaucluse is 600 km from Paris).
    ("Apt 3, Paris", "Versailles", 10, 25),
    ("Apt 3, Paris, France", "Versailles", 10, 25),
    ("Bay 4, Portsmouth", "Southampton", 20, 35),
])
def test_the_distance_between_two_towns_however_written(wanted, job, low, high):
    km = km_between(wanted, job)
    assert km is not None and low <= km <= high


def test_a_town_without_its_country_is_read_in_the_other_places_country():
    # Cambridge, England is about 5,000 km from Boston; Cambridge, Massachusetts is next door.
    km = km_between("Cambridge", "Boston, Massachusetts")
    assert km is not None and km < 10


def test_an_unknown_place_has_no_distance():
    assert km_between("Nowhereville Flats", "Manchester") is None
    assert km_between("Germany", "Munich, Germany") is None


def test_great_circle_distance_london_to_paris():
    assert great_circle_km((51.5074, -0.1278), (48.8566, 2.3522)) == pytest.approx(343.5, abs=1.0)


def test_commute_fit_is_full_within_a_commute_and_nothing_beyond_reach():
    assert commute_fit(0) == commute_fit(COMMUTING_KM) == 1.0
    assert 0 < commute_fit((COMMUTING_KM + OUT_OF_REACH_KM) / 2) < 1
    assert commute_fit(OUT_OF_REACH_KM) == commute_fit(300) == 0.0


@pytest.mark.parametrize(("wanted", "job"), [
    ("Salford, Greater Manchester", "Manchester"), ("Solihull", "Birmingham"), ("Northampton", "Daventry"),
    ("Daventry", "Northampton")])
def test_a_nearby_town_is_a_full_place_fit(wanted, job):
    assert place_pair_fit(wanted, job) == 1.0


def test_a_town_an_hours_drive_away_fits_partly_and_a_far_one_not_at_all():
    assert 0 < place_pair_fit("Leeds", "Manchester") < 1
    assert place_pair_fit("Manchester", "London") == 0.0


def _scored(locations, job_location):
    candidate = CandidateProfile(resume_id="r", candidate_id="u", skills=frozenset({"nursing"}), years=4,
                                 preferences=Preferences(remote=[RemotePolicy.ONSITE], locations=locations))
    job = JobProfile(job_id="j", title="Nurse", required_skills=("nursing",), location=job_location,
                     remote=RemotePolicy.ONSITE)
    return MatchScorer().score(candidate, job, similarity=0.6)


def test_a_preferred_nearby_town_counts_and_the_explanation_says_how_far():
    match = _scored(["Northampton"], "Daventry")
    assert match.breakdown.location == 1.0 and "location" not in match.unknown
    assert "one of the candidate's preferred locations is about 19 km from the job" in explain(match, shows_contact=True)
    assert "one of your preferred locations is about 19 km from the job" in explain(
        match, shows_contact=True, to_candidate=True)


def test_the_same_town_says_no_distance():
    match = _scored(["Manchester"], "Manchester, UK")
    assert match.place_km is None and "km from the job" not in explain(match, shows_contact=True)


def test_a_place_out_of_reach_says_no_distance():
    match = _scored(["Manchester"], "London")
    assert match.breakdown.location == 0.0 and match.place_km is None
    said = explain(match, shows_contact=True)
    assert "not in one of the candidate's preferred locations" in said and "km from the job" not in said


def test_a_resume_s_town_near_the_job_is_told_by_distance_and_named_only_to_who_may_see_it():
    candidate = CandidateProfile(resume_id="r", candidate_id="u", skills=frozenset({"nursing"}), years=4,
                                 preferences=Preferences(locations=["Solihull"]), resume_place="Solihull")
    job = JobProfile(job_id="j", title="Nurse", required_skills=("nursing",), location="Birmingham, UK",
                     remote=RemotePolicy.ONSITE)
    match = MatchScorer().score(candidate, job, similarity=0.6)
    assert match.breakdown.location == 1.0
    hidden, shown = explain(match, shows_contact=False), explain(match, shows_contact=True)
    assert "the résumé places the candidate about 11 km from the job" in hidden and "Solihull" not in hidden
    assert "the résumé places the candidate in Solihull, about 11 km from the job" in shown
