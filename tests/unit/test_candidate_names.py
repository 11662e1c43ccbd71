"""How a hiring team's notice names its candidate when shown (domain/candidate_names.py)."""
from __future__ import annotations

from datetime import UTC, datetime

from domain.applications import Application
from domain.candidate_names import (
    HAS_LEFT,
    NAMES_CANDIDATE_KEY,
    UNNAMED,
    CandidateAsShown,
    as_shown_now,
    candidate_called,
    names_its_candidate,
    naming,
    needs_resume_name,
    team_subject,
    team_text,
)
from domain.users import Role, User

_AT = datetime(2026, 3, 1, tzinfo=UTC)


def _application(candidate_id: str | None = "c1", *, anonymised: bool = False) -> Application:
    return Application(id="a1", job_id="j1", candidate_id=candidate_id, resume_id="r1", created_at=_AT,
                       updated_at=_AT, candidate_anonymised=anonymised)


def _person(name: str) -> User:
    return User(id="c1", email="c1@example.com", name=name, role=Role.CANDIDATE, password_hash="x", created_at=_AT)


def test_the_stored_wording_names_nobody_and_is_named_when_shown():
    subject, text = team_subject("Night Porter", "submitted"), team_text("Night Porter", "was submitted")
    assert (subject, text) == ("Application for Night Porter: submitted", "An application for Night Porter was submitted.")
    maria = CandidateAsShown("Maria Gonzalez")
    assert naming(subject, maria) == "Application from Maria Gonzalez for Night Porter: submitted"
    assert naming(text + "\n\nNote: good", maria) == \
        "The application from Maria Gonzalez for Night Porter was submitted.\n\nNote: good"


def test_a_candidate_who_left_is_named_by_nobody():
    subject = team_subject("Night Porter", "submitted → withdrawn")
    assert naming(subject, HAS_LEFT) == "Application (from a candidate who has since left) for Night Porter:" \
        " submitted → withdrawn"
    assert naming(team_text("Night Porter", "was submitted"), HAS_LEFT) == \
        "An application (from a candidate who has since left) for Night Porter was submitted."


def test_no_usable_name_leaves_the_stored_wording_and_other_lines_are_untouched():
    subject = team_subject("Night Porter", "submitted")
    assert naming(subject, UNNAMED) == subject
    assert naming("Your application for Night Porter: submitted → screening", CandidateAsShown("Maria")) == \
        "Your application for Night Porter: submitted → screening"
    # A job titled like the wording is named once, at the start only.
    assert naming(team_subject("Application for Night Porter", "submitted"), CandidateAsShown("Ana")) == \
        "Application from Ana for Application for Night Porter: submitted"


def test_the_display_name_first_then_the_resumes_never_an_address_nor_a_paragraph():
    assert candidate_called("Zoë  Ng", "Zoe Ng") == CandidateAsShown("Zoë Ng")
    assert candidate_called("   ", "Chidi Okafor") == CandidateAsShown("Chidi Okafor")
    assert candidate_called("chidi@example.com", None) == UNNAMED
    long = " ".join(["Wolfeschlegelsteinhausen"] * 6)
    shown = candidate_called(long, None).name
    assert shown is not None and shown.endswith("…") and len(shown) <= 81 and shown[:-1] in long


def test_who_an_application_is_from_now():
    assert as_shown_now(_application(), _person("Maria Gonzalez")) == CandidateAsShown("Maria Gonzalez")
    assert as_shown_now(_application(None, anonymised=True), None) == HAS_LEFT
    assert as_shown_now(_application(anonymised=True), _person("Maria Gonzalez")) == HAS_LEFT
    assert as_shown_now(_application(), None) == HAS_LEFT  # the account gone before the applications were anonymised
    assert as_shown_now(None, None) == UNNAMED
    assert needs_resume_name(_person(" ")) and not needs_resume_name(_person("Maria")) and not needs_resume_name(None)


def test_only_a_teams_application_notice_is_named():
    data: dict[str, str | int | None] = {"applicationId": "a1", NAMES_CANDIDATE_KEY: 1}
    assert names_its_candidate("application", data) == "a1"
    assert names_its_candidate("application", {"applicationId": "a1"}) is None  # the candidate's own news
    assert names_its_candidate("match", data) is None
