"""A place written without its country is read in the country of whoever wrote it, where that
is known (the candidate's: the résumé's location, else the phone's country code, else the one
country their places name), and in the other side's only when nothing else is: a candidate in
Cambridge, Massachusetts who writes "Cambridge" is not near a job in Cambridge, England."""
import pytest

from domain.jobs import RemotePolicy
from domain.matching.place_fit import place_distance_km, place_fit, place_pair_fit
from domain.matching.profiles import CandidateProfile, JobProfile
from domain.resumes import ParsedResume
from domain.users import Preferences


def _candidate(locations: list[str], location: str | None = None, phone: str | None = None) -> CandidateProfile:
    parsed = ParsedResume(location=location, phone=phone)
    return CandidateProfile.from_resume("r", "u", parsed, Preferences(locations=locations))


def _job(location: str) -> JobProfile:
    return JobProfile(job_id="j", title="Staff Nurse", location=location, remote=RemotePolicy.ONSITE)


@pytest.mark.parametrize(("location", "phone"), [("Cambridge, MA", None), ("Somerville, Massachusetts", None),
                                                 (None, "+1 617 555 0134"), (None, "001 617 555 0134")])
def test_a_candidates_cambridge_is_theirs_not_the_jobs(location, phone):
    candidate = _candidate(["Cambridge"], location, phone)
    assert candidate.home_country == "US"
    assert place_fit(candidate, _job("Cambridge, UK")) == 0.0
    assert place_fit(candidate, _job("Boston, MA, USA")) == 1.0  # next door


def test_a_british_candidates_cambridge_is_the_english_one():
    candidate = _candidate(["Cambridge"], phone="+44 1223 555 555")
    assert candidate.home_country == "GB"
    assert place_fit(candidate, _job("Cambridge, UK")) == 1.0
    assert place_fit(candidate, _job("Boston, MA, USA")) == 0.0


def test_a_jobs_place_without_a_country_is_read_in_the_candidates():
    # "Cambridge" alone is most often England's; beside a candidate in Boston, Massachusetts, it
    # is the one across the river.
    candidate = _candidate(["Boston"], location="Boston, MA")
    assert place_fit(candidate, _job("Cambridge")) == 1.0
    assert place_pair_fit("Boston", "Cambridge", None, "US") == 1.0  # the job's own country, when known


def test_with_nothing_known_a_place_is_read_in_the_other_places_country():
    candidate = _candidate(["Cambridge"])
    assert place_fit(candidate, _job("Cambridge, UK")) == 1.0
    assert place_fit(candidate, _job("Boston, Massachusetts")) == 1.0


def test_a_place_not_in_the_candidates_country_is_read_in_the_jobs():
    # No Munich in the US: a candidate there wanting "Munich" means Germany's.
    candidate = _candidate(["Munich"], location="Austin, TX")
    assert place_fit(candidate, _job("München, Deutschland")) == 1.0


def test_the_explanations_distance_reads_the_place_as_the_score_does():
    candidate = _candidate(["Cambridge"], location="Cambridge, MA")
    km = place_distance_km(candidate, _job("Boston, MA"))
    assert km is not None and 2 < km < 8  # across the river, not an ocean
    assert place_distance_km(candidate, _job("Cambridge, UK")) is None  # out of reach: not said


def test_a_jobs_place_is_read_where_the_candidates_place_was_found_before_their_own_country():
    # Living in Portland, Oregon, wanting Salford (no Salford in the US): the job's "Manchester"
    # is the one beside Salford, not New Hampshire's.
    candidate = _candidate(["Salford, Greater Manchester"], location="Portland, OR")
    assert candidate.home_country == "US"
    assert place_fit(candidate, _job("Manchester")) == 1.0


def test_a_world_city_is_what_its_name_means_beside_a_small_town_of_the_writers_country():
    american = _candidate(["London"], "Boston, MA")
    assert american.home_country == "US"
    assert place_fit(american, _job("London, United Kingdom")) == 1.0


def test_a_town_of_the_writers_country_a_city_elsewhere_does_not_dwarf_stays_theirs():
    scot = _candidate(["Perth"], "Dundee, Scotland")
    assert place_fit(scot, _job("Perth, Scotland")) == 1.0
    assert place_fit(scot, _job("Perth, Western Australia")) == 0.0
