"""Where the résumé says the candidate lives counts for the location part of a match when the
candidate named no place; places they named win."""
import pytest

from domain.jobs import RemotePolicy
from domain.matching.profiles import CandidateProfile, JobProfile
from domain.matching.scoring import MatchScorer
from domain.resumes import ParsedResume
from domain.users import Preferences


def _job(location: str) -> JobProfile:
    return JobProfile(job_id="j", title="Staff Nurse", location=location, remote=RemotePolicy.ONSITE)


def test_the_resume_place_is_compared_when_the_profile_names_none():
    candidate = CandidateProfile.from_resume("r", "c", ParsedResume(location="Leeds, UK"), Preferences())
    near, far = MatchScorer().score(candidate, _job("Leeds")), MatchScorer().score(candidate, _job("Cardiff"))
    assert near.place_fit == 1.0 and far.place_fit == 0.0
    assert "location" not in near.unknown
    assert near.breakdown.location > far.breakdown.location


def test_places_the_candidate_named_win_over_the_resume():
    candidate = CandidateProfile.from_resume("r", "c", ParsedResume(location="Leeds, UK"),
                                             Preferences(locations=["Cardiff"]))
    assert MatchScorer().score(candidate, _job("Cardiff")).place_fit == 1.0
    assert MatchScorer().score(candidate, _job("Leeds")).place_fit == 0.0


def test_no_place_anywhere_leaves_location_unknown():
    candidate = CandidateProfile.from_resume("r", "c", ParsedResume(), Preferences())
    assert MatchScorer().score(candidate, _job("Leeds")).place_fit is None


def test_the_explanation_says_the_resume_s_place_was_compared_not_a_preference():
    from domain.matching.explanation import explain

    candidate = CandidateProfile.from_resume("r", "c", ParsedResume(location="Leeds, UK"), Preferences())
    far = explain(MatchScorer().score(candidate, _job("Cardiff")), shows_contact=True)
    near = explain(MatchScorer().score(candidate, _job("Leeds")), shows_contact=True)
    assert "preferred location" not in far.replace("no preferred location set", "")
    assert "job is in Cardiff; the résumé says Leeds, UK" in far
    assert "job is in Leeds; the résumé places the candidate in Leeds, UK, the same town as the job" in near
    named = CandidateProfile.from_resume("r", "c", ParsedResume(location="Leeds, UK"), Preferences(locations=["York"]))
    assert "not in one of the candidate's preferred locations" in explain(MatchScorer().score(named, _job("Cardiff")), shows_contact=True).lower()


@pytest.mark.parametrize("resume_place, job_place, relation", [
    ("H.No 45, Ward 7, Ludhiana, Punjab - 141001", "Leeds, UK", "elsewhere"),
    ("Ludhiana, Punjab, India", "Leeds, UK", "in another country"),
    ("14 Park Row, Leeds LS1 5HD, UK", "Cardiff, UK", "elsewhere in the same country"),
])
def test_a_reader_who_may_not_see_the_resume_s_location_reads_how_the_places_relate_not_the_place(
        resume_place, job_place, relation):
    from domain.matching.explanation import explain

    candidate = CandidateProfile.from_resume("r", "c", ParsedResume(location=resume_place), Preferences())
    scored = MatchScorer().score(candidate, _job(job_place))
    hidden, shown = explain(scored, shows_contact=False), explain(scored, shows_contact=True)
    assert resume_place in shown
    assert f"the résumé places the candidate {relation} (" in hidden, hidden
    place_words = {w.strip(",.-()") for w in resume_place.split()} - {w.strip(",") for w in job_place.split()} - {""}
    assert not [w for w in place_words if w in hidden.replace("résumé places the candidate", "")], hidden
    assert job_place in hidden


def test_a_reader_who_may_not_see_the_resume_s_location_learns_only_that_it_is_the_job_s_place():
    from domain.matching.explanation import explain

    candidate = CandidateProfile.from_resume("r", "c", ParsedResume(location="5 Mill Lane, Leeds, UK"), Preferences())
    hidden = explain(MatchScorer().score(candidate, _job("Leeds")), shows_contact=False)
    assert "Mill Lane" not in hidden and "job is in Leeds; the résumé places the candidate within the job's place" in hidden
