"""A job written first in the experience section with its title over its employer and no
dates (the present job, as job sites' exports often leave it), above the dated jobs, is a
job too (fictional résumés)."""
from adapters.embedded.parsing.experience import parse_experience


def _jobs(text):
    entries, _ = parse_experience(text)
    return [(e.title, e.company) for e in entries]


def test_an_undated_title_over_its_employer_above_the_dated_jobs_is_the_first_job():
    text = ("Support Analyst\n\nHarbourline Logistics\n\nHandling the first line of support.\n\n"
            "Junior Accountant\n\nSunrise Traders -  Pune, Maharashtra -\n\nJune 2012 to May 2015\n\n"
            "Kept the ledgers.")
    jobs = _jobs(text)
    assert jobs == [("Support Analyst", "Harbourline Logistics"), ("Junior Accountant", "Sunrise Traders")]
    entries, _ = parse_experience(text)
    assert entries[0].description == "Handling the first line of support."
    assert entries[0].start_date is None


def test_lines_over_the_first_dated_header_are_not_read_twice():
    text = "Junior Accountant\n\nSunrise Traders -  Pune, Maharashtra -\n\nJune 2012 to May 2015\n\nKept the ledgers."
    assert _jobs(text) == [("Junior Accountant", "Sunrise Traders")]


def test_a_sentence_or_a_total_on_top_is_no_job():
    text = ("Total experience of 6 years in accounts\n\nSunrise Group\n\n"
            "Junior Accountant\n\nSunrise Traders -  Pune, Maharashtra -\n\nJune 2012 to May 2015")
    assert _jobs(text) == [("Junior Accountant", "Sunrise Traders")]


def test_a_role_in_brackets_after_the_employer_leaves_it_the_employer():
    text = ("Consultant\n\nHalcyon Labs (Contractor for Northwind)\n\nBuilt the test suites.\n\n"
            "Junior Accountant\n\nSunrise Traders -  Pune, Maharashtra -\n\nJune 2012 to May 2015")
    assert _jobs(text)[0] == ("Consultant", "Halcyon Labs (Contractor for Northwind)")
