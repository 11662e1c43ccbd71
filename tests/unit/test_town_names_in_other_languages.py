"""A town is the same place under the names other languages and scripts give it ("München" and
"Munich", "Wien" and "Vienna", "Москва" and "Moscow"; GeoNames' alternate names): for the
location filter, for the words a store rules rows out by, and for the location part of a
match. Two different towns stay apart, and a country named keeps a name to its own town."""
import pytest

from domain.jobs import RemotePolicy
from domain.location_store_hints import words_one_must_hold
from domain.locations import location_matches, same_town
from domain.matching.place_fit import same_place
from domain.matching.profiles import CandidateProfile, JobProfile
from domain.matching.scoring import MatchScorer
from domain.resumes import ParsedResume
from domain.users import Preferences

SAME = [
    ("München", "Munich"), ("Munich, Germany", "München"), ("München, Bayern, Deutschland", "Munich, Germany"),
    ("Köln", "Cologne"), ("Wien, Österreich", "Vienna"), ("Warszawa, Polska", "Warsaw"), ("Lisboa", "Lisbon, Portugal"),
    ("Praha", "Prague"), ("Москва", "Moscow"), ("Київ", "Kyiv"), ("Kiev, Ukraine", "Київ"), ("Bruxelles", "Brussels"),
    ("Milano, Italia", "Milan"), ("Den Haag", "The Hague"), ("Göteborg", "Gothenburg"),
]


@pytest.mark.parametrize("job, wanted", SAME)
def test_a_town_asked_for_by_another_of_its_names_matches_both_ways(job, wanted):
    assert location_matches(job, wanted) and location_matches(wanted, job)


@pytest.mark.parametrize("job, wanted", [
    ("Munich, Germany", "Leeds"), ("Berlin", "München"), ("Vienna, VA, USA", "Wien"), ("Moscow, ID, USA", "Москва"),
    ("Köln", "Düsseldorf"), ("Warszawa", "Kraków"),
])
def test_different_towns_stay_apart(job, wanted):
    assert not location_matches(job, wanted)


@pytest.mark.parametrize("job, wanted", SAME)
def test_a_location_without_accents_holds_one_of_the_words_a_store_rules_rows_out_by(job, wanted):
    if job.isascii():
        assert any(word in job.lower() for word in words_one_must_hold(wanted)), words_one_must_hold(wanted)


def test_the_words_a_store_rules_rows_out_by_keep_the_town_as_asked_first():
    assert words_one_must_hold("Munich")[0] == "munich" and "munchen" in words_one_must_hold("Munich")
    assert words_one_must_hold("Newtownabbey, Co. Antrim, UK") == ("newtownabbey",)
    assert words_one_must_hold("United Kingdom") == ()


def test_the_same_town_in_matching():
    assert same_place("München", "Munich, Germany") and same_place("Москва", "Moscow")
    assert same_town("Wien", "Vienna, Austria") and not same_town("Germany", "Munich, Germany")
    assert not same_place("Leeds", "Munich") and not same_place("London, UK", "Manchester, UK")


def test_a_candidate_living_in_a_town_written_in_its_own_language_is_near_the_job():
    candidate = CandidateProfile.from_resume("r", "c", ParsedResume(location="München"), Preferences())

    def job(location: str) -> JobProfile:
        return JobProfile(job_id="j", title="Electrician", location=location, remote=RemotePolicy.ONSITE)

    assert MatchScorer().score(candidate, job("Munich, Germany")).place_fit == 1.0
    assert MatchScorer().score(candidate, job("Hamburg, Germany")).place_fit == 0.0
