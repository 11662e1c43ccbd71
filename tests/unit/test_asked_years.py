"""The years of experience a job ad asks for in its own words, in several languages, and the
numbers of years that ask for nothing (ages, an employer's own history)."""
import pytest

from domain.asked_years import OPEN_ENDED_SPAN, years_asked


@pytest.mark.parametrize(("text", "fewest"), [
    ("2+ years ward experience", 2),
    ("Minimum of two years' experience in a care setting", 2),
    ("3 years experience, clean licence.", 3),
    ("at least 5 years of relevant experience", 5),
    ("10+ years' post-qualification experience", 10),
    ("Experience: 3+ years", 3),
    ("You will have 4 yrs exp", 4),
    ("mindestens 3 Jahre Berufserfahrung", 3),
    ("5 ans d'expérience", 5),
    ("3 años de experiencia", 3),
    ("Must be 21 years or older with 2 years driving experience", 2),
    ("5+ years of nursing experience, 1 year in ICU experience", 5),
    ("Minimum 3 years Class 2 experience on multi-drop routes", 3),
    ("At least 4 years Cat C+E driving experience", 4),
    ("2 years Band 5 experience in acute care", 2),
])
def test_an_open_ended_ask(text: str, fewest: float) -> None:
    assert years_asked(text) == (fewest, fewest + OPEN_ENDED_SPAN)


def test_a_range_fits_as_written() -> None:
    assert years_asked("3-5 years’ experience as a chef") == (3, 5)
    assert years_asked("2 to 4 years in a similar role") == (2, 4)


@pytest.mark.parametrize("text", [
    "A company with 50 years of history.",
    "We have 20 years experience in the industry.",
    "Aged 18 years or over.",
    "Our firm, established with 30 years of experience in logistics, is hiring.",
    "3 years and experience with Excel",
    "No experience needed, full training given.",
])
def test_no_ask(text: str) -> None:
    assert years_asked(text) is None


def test_a_job_profile_reads_the_ask_from_its_description() -> None:
    from datetime import UTC, datetime

    from domain.jobs import Job
    from domain.matching import JobProfile
    now = datetime(2026, 1, 1, tzinfo=UTC)
    job = Job(id="j", organization_id="o", title="Staff Nurse", posted_at=now, updated_at=now,
              description="Band 5 ward nurse. You will have at least 2 years of acute experience.")
    assert JobProfile.from_job(job).asked_years == (2.0, 2.0 + OPEN_ENDED_SPAN)


@pytest.mark.parametrize("text", [
    "Apprentices aged 16-24 years with no experience needed.",
    "Whether you have 2 years or 20 years of experience, we want to hear from you.",
    "A firm with over 100 years of experience.",
    "You will gain 2 years of experience on site.",
])
def test_ages_choices_and_what_is_offered_ask_for_nothing(text: str) -> None:
    assert years_asked(text) is None
