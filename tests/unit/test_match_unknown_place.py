"""A posting that names its place, beside a wanted place no distance to it is known for, is not
said to lack a place: its recruiter would look for one to add and find it there already."""
from domain.jobs import RemotePolicy
from domain.matching import CandidateProfile, JobProfile, MatchScorer, explain
from domain.users import Preferences
from tests.fakes.skill_relations import FakeSkillExtractor


def _not_counted(job: JobProfile, wanted: str) -> str:
    candidate = CandidateProfile(resume_id="r", candidate_id="u", years=5,
                                 preferences=Preferences(locations=[wanted]))
    text = explain(MatchScorer(FakeSkillExtractor()).score(candidate, job, similarity=0.5), shows_contact=True)
    return text.split("not counted:")[1]


def test_a_placed_posting_and_an_unknown_wanted_place_do_not_blame_the_posting():
    ward = JobProfile(job_id="j", title="Staff Nurse", location="Leeds, UK", remote=RemotePolicy.ONSITE)
    text = _not_counted(ward, "Atlantis-on-Sea")
    assert "no place on the posting" not in text
    assert "location (no distance known between the places wanted and the posting's place)" in text


def test_a_posting_with_no_place_is_still_named_as_lacking_one():
    text = _not_counted(JobProfile(job_id="j", title="Driver", remote=RemotePolicy.ONSITE), "Atlantis-on-Sea")
    assert "location (no place on the posting)" in text


def test_the_resumes_place_standing_in_is_not_called_a_place_wanted():
    # The candidate named no places: the résumé's stood in, and no distance to it is known.
    candidate = CandidateProfile(resume_id="r", candidate_id="u", years=5, resume_place="Atlantis-on-Sea",
                                 preferences=Preferences(locations=["Atlantis-on-Sea"]))
    ward = JobProfile(job_id="j", title="Staff Nurse", location="Leeds, UK", remote=RemotePolicy.ONSITE)
    text = explain(MatchScorer(FakeSkillExtractor()).score(candidate, ward, similarity=0.5), shows_contact=True)
    not_counted = text.split("not counted:")[1]
    assert "places wanted" not in not_counted and "no place on the posting" not in not_counted
    assert "no preferred places set" in not_counted
