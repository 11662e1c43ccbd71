"""A summary may tell a job by its title at an employer with its dates and no verb of working
("Intern at Google from 2019 to 2020", "Currently Software Engineer at Careem since 2022"); a
paragraph under no heading, taken for the jobs but giving none, is read so too."""
import asyncio

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.parsing.summary_jobs import jobs_in_summary
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


def _told(text):
    return [(e.title, e.company, e.start_date, e.end_date) for e in jobs_in_summary(text, lambda s: s == "Excel")]


@pytest.mark.parametrize("sentence, job", [
    ("Intern at Google from 2019 to 2020, building internal tools.", ("Intern", "Google", "2019", "2020")),
    ("Currently Software Engineer at Careem since 2022, on payments.", ("Software Engineer", "Careem", "2022", None)),
    ("Since 2021 I have been Shift Lead at Stumptown Coffee Roasters in Portland.",
     ("Shift Lead", "Stumptown Coffee Roasters", "2021", None)),
])
def test_a_title_at_an_employer_with_its_dates_is_a_job(sentence, job):
    assert _told(sentence) == [job]


@pytest.mark.parametrize("sentence", [
    "Intern at Google, building internal tools.",  # no dates: a mention, not a job told
    "Good at Excel since 2015.",
    "Graduated at Stanford University in 2019.",
])
def test_no_job_is_read_without_dates_or_a_title(sentence):
    assert _told(sentence) == []


def test_a_paragraph_under_no_heading_tells_its_jobs():
    text = ("Emily Carter\nPortland, OR · emily.carter@example.com\n\n"
            "Friendly barista with five years in specialty coffee. Since 2021 I have been Shift Lead at "
            "Stumptown Coffee Roasters in Portland, opening the store. Before that I was a Barista at "
            "Starbucks in Beaverton from 2018 to 2021, where I was recognized twice.\n\n"
            "Skills: Latte art, Cash handling\n")
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(text))
    assert [(e.title, e.company) for e in parsed.experience] == [
        ("Shift Lead", "Stumptown Coffee Roasters"), ("Barista", "Starbucks")]
