"""A place no table can put on the map (a hamlet, or words a résumé line gave as a place)
leaves the place part unknown rather than 0: nothing says the job is out of reach. Places in
two countries still do not fit."""
from domain.jobs import RemotePolicy
from domain.matching.place_fit import place_fit, place_pair_fit
from domain.matching.preference_columns import PreferenceColumns
from domain.matching.profiles import CandidateProfile, JobProfile
from domain.users import Preferences


def _candidate(*places: str, home: str | None = None) -> CandidateProfile:
    return CandidateProfile(resume_id=f"r-{'-'.join(places)}", candidate_id="c",
                            preferences=Preferences(locations=list(places)), home_country=home)


def _job(location: str) -> JobProfile:
    return JobProfile(job_id="j", title="Line Cook", location=location, remote=RemotePolicy.ONSITE)


def test_words_that_name_no_place_leave_the_place_unknown():
    assert place_pair_fit("Sous Chef", "Bristol, UK") is None
    assert place_fit(_candidate("Sous Chef"), _job("Bristol, UK")) is None


def test_a_hamlet_of_the_same_country_is_unknown_not_far():
    assert place_pair_fit("Little Snoring, Norfolk, UK", "Norwich, UK") is None


def test_places_in_two_countries_do_not_fit():
    assert place_pair_fit("Brisbane, Australia", "Bristol, UK") == 0.0
    assert place_pair_fit("Germany", "Bristol, UK") == 0.0


def test_a_known_place_among_unknown_ones_decides():
    assert place_fit(_candidate("Sous Chef", "Bath, UK"), _job("Bristol, UK")) == 1.0


def test_the_columns_agree_with_the_pair_rule():
    candidates = [_candidate("Sous Chef"), _candidate("Bath, UK"), _candidate("Brisbane, Australia"),
                  _candidate("Sous Chef", "Brisbane, Australia")]
    columns = PreferenceColumns(candidates)
    got = columns.remote_and_place(columns.rows([c.resume_id for c in candidates]), _job("Bristol, UK"))
    assert [None if v != v else v for v in got.tolist()] == [None, 1.0, 0.0, 0.0]


def test_an_unknown_place_is_never_better_than_a_far_known_one():
    from domain.matching.place_fit import location_part
    from domain.matching.scoring import remote_fit

    onsite = CandidateProfile(resume_id="r", candidate_id="c",
                              preferences=Preferences(locations=["London, UK"], remote=[RemotePolicy.ONSITE]))
    for location, expected in (("Little Snoring, UK", None), ("Leeds, UK", 0.0)):
        job = _job(location)
        assert location_part(onsite, job, remote_fit(onsite, job), place_fit(onsite, job)) == expected
        columns = PreferenceColumns([onsite])
        value = columns.remote_and_place(columns.rows(["r"]), job)[0]
        assert (None if value != value else value) == expected
