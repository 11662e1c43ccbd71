"""What follows "working in" may be where the work was, not who employed: a region of the world
("Gulf", "Middle East"), a country ("KSA"), a town, or a department ("the Finance Department",
"Department of Finance", "HR dept"). None is an employer; a region or a town is the job's place.
A business's name after it still is the employer ("Working in ADNOC")."""
from __future__ import annotations

import asyncio

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.parsing.summary_jobs import dated_jobs_in_summary
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


def _jobs(body: str) -> list[tuple[str | None, str | None, str | None]]:
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(
        f"Ahmed Khan\nahmed@example.com\n\nExperience\n{body}"))
    return [(e.title, e.company, e.location) for e in parsed.experience]


@pytest.mark.parametrize(("body", "job"), [
    ("Safety Officer, working in Gulf\n2019 - 2023\n", ("Safety Officer", None, "Gulf")),
    ("2019 - 2023 Safety Officer, working in KSA\n", ("Safety Officer", None, "KSA")),
    ("HSE Supervisor\nWorking in Middle East\n2017 - 2020\n", ("HSE Supervisor", None, "Middle East")),
    ("Welder\nWorking in Abu Dhabi\n2017 - 2020\n", ("Welder", None, "Abu Dhabi")),
    ("Accounts Assistant\nWorking in the Finance Department\n2017 - 2020\n", ("Accounts Assistant", None, None)),
    ("Clerk\nWorking in Department of Finance\n2017 - 2020\n", ("Clerk", None, None)),
    ("Clerk\nWorking in HR dept\n2017 - 2020\n", ("Clerk", None, None)),
    ("Welder\nWorking in ADNOC\n2017 - 2020\n", ("Welder", "ADNOC", None)),
])
def test_a_header_working_in_a_region_or_a_department_names_no_employer(body, job) -> None:
    assert _jobs(body) == [job]


@pytest.mark.parametrize("sentence", [
    "Currently working in Gulf as Safety Officer since 2019.", "Presently working in KSA as Site Engineer from 2019.",
    "Currently working in UAE as Electrician since 2016.", "Currently working in GCC as Driver since 2016.",
    "Currently working in Finance Department as Accountant since 2016.",
    "Currently working in HR dept as Recruiter since 2016.",
])
def test_a_summary_sentence_working_in_a_region_or_a_department_tells_no_employer(sentence: str) -> None:
    assert all(e.company not in ("Gulf", "KSA", "UAE", "GCC", "Finance Department", "HR dept")
               for e in dated_jobs_in_summary(sentence, lambda _: False)[0])


@pytest.mark.parametrize(("sentence", "employer"), [
    ("Currently working in Infosys as Systems Engineer since 2016.", "Infosys"),
    ("Currently working with Gulf Air as Cabin Crew since 2016.", "Gulf Air"),
    ("Currently working in Gulf Petrochemical Industries as Operator since 2016.", "Gulf Petrochemical Industries"),
])
def test_a_business_named_for_a_region_is_still_the_employer(sentence: str, employer: str) -> None:
    assert [e.company for e in dated_jobs_in_summary(sentence, lambda _: False)[0]] == [employer]
