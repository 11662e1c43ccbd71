"""A résumé with no headings: a paragraph about a job at a school ("School Crossing Patrol",
"Cook, Hillside Primary School") is work history, not schooling, and a summary sentence that
names the trade is no school either."""
from adapters.embedded.parsing.layout_headings import content_meaning

JOB_AT_A_SCHOOL = ["School Crossing Patrol Officer", "Maple Grove Schools, Dayton, OH", "September 2015 - Present"]


def test_a_job_at_a_school_is_experience():
    assert content_meaning(JOB_AT_A_SCHOOL) == "experience"


def test_a_cook_at_a_named_school_is_experience():
    assert content_meaning(["Cook, Hillside Primary School", "March 2012 - June 2015"]) == "experience"


def test_a_school_with_its_years_is_still_education():
    assert content_meaning(["Hillside Community College", "Associate of Arts, 2011"]) == "education"
