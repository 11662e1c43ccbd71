"""A résumé with no job section or dated header still names its jobs: in the summary's
sentences, as many Indian résumés do ("Currently associated with X as Y since ..."), or by the
title on the line under the name (fictional résumés)."""
import asyncio

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.parsing.summary_jobs import jobs_in_summary
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


def _names_no_skill(_):
    return False


def _jobs(text):
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(text))
    return [(e.title, e.company, e.start_date, e.end_date) for e in parsed.experience]


_PROSE_ONLY = """DEEPAK RAJAN NAIR
Senior Accountant | 11 Years | GST & Audit
deepak.nair.acc@example.com | +91 98950 11223

PROFILE SUMMARY
• Chartered accountant with 11 years in statutory audit and indirect tax.
• Presently working with Malabar Cements Ltd. as Senior Accountant, Palakkad since March 2019.
• Earlier associated with M/s. Varghese & Thomas Associates as Audit Assistant from July 2013 to February 2019.

ACADEMIC DETAILS
B.Com from University of Calicut in 2012
"""


def test_the_jobs_the_summary_tells_are_the_experience():
    assert _jobs(_PROSE_ONLY) == [
        ("Senior Accountant", "Malabar Cements Ltd", "2019-03", None),
        ("Audit Assistant", "Varghese & Thomas Associates", "2013-07", "2019-02")]


def test_the_title_may_come_before_the_employer():
    jobs = jobs_in_summary("Currently working as a Relationship Manager at Kotak Mahindra Bank since June 2021.",
                           _names_no_skill)
    assert [(j.title, j.company, j.start_date) for j in jobs] == [("Relationship Manager", "Kotak Mahindra Bank", "2021-06")]


def test_sentences_about_tools_or_fields_tell_no_job():
    assert jobs_in_summary("Experience working with Python as a Developer of data pipelines.", _names_no_skill) == []
    assert jobs_in_summary("I have been working in the field of sales as a Manager.", _names_no_skill) == []
    assert jobs_in_summary("Worked at Google as intern", _names_no_skill) == []  # a title in lower case is too unsure


def test_an_experience_section_s_jobs_are_not_doubled_by_the_summary():
    text = ("Farah Iqbal\nStaff Nurse\n\nSUMMARY\nCurrently working with City Hospital as Staff Nurse.\n\n"
            "WORK EXPERIENCE\nStaff Nurse - City Hospital - Jan 2020 to Present\n")
    assert [(t, c) for t, c, _, _ in _jobs(text)] == [("Staff Nurse", "City Hospital")]


def test_with_no_job_read_the_headline_s_title_is_the_job():
    text = ("PRAVEEN KUMAR S\nQuality Control Inspector – Welding | 7 Years | Oil & Gas\n"
            "praveen.qc@example.com\n\nSKILLS\nVisual inspection, WPS, PQR\n")
    assert _jobs(text) == [("Quality Control Inspector", None, None, None)]


def test_a_headline_that_is_no_title_makes_no_job():
    text = "Meera Pillai\nChennai, Tamil Nadu\nmeera@example.com\n\nSKILLS\nExcel, Tally\n"
    assert _jobs(text) == []
