"""A résumé written as a form, one labelled field a line and no headings ("Current employer:",
"Current position:", "Qualification:", "Institution:", "Skills:"): its jobs, schooling and
skills are read by their labels (fictional résumés)."""
import time

import pytest

from adapters.embedded.parsing.form_layout import a_form
from adapters.embedded.parsing.header_lines import EMPLOYER_LABEL, TITLE_LABEL
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.parsing.sections import split_sections
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor

FORM = """Name: Kiri Parata
Position sought: Dental Assistant
Address: 4 Rata Street, Rotorua 3010, New Zealand
Mobile: 021 555 0142
Email: kiri.parata@example.co.nz
Current employer: Lakeside Dental
Current position: Dental Assistant
Dates: 2020.03 - present
Previous employer: Smile Bright Clinic
Previous position: Dental Receptionist
Dates: 2017.01 - 2020.02
Qualification: Certificate in Dental Assisting (Level 4)
Institution: Toi Ohomai Institute of Technology
Year completed: 2019
Skills: Chairside assisting, Sterilisation, Radiography
"""


def _parser() -> RuleBasedResumeParser:
    names = ["Chairside assisting", "Sterilisation", "Radiography"]
    aliases = {n.lower(): (i, False) for i, n in enumerate(names)}
    taxonomy = SkillTaxonomy(names, aliases, [frozenset()] * 3, [frozenset()] * 3, kinds=[SkillKind.SKILL] * 3)
    return RuleBasedResumeParser(TaxonomySkillExtractor(taxonomy))


async def test_the_jobs_schooling_and_skills_of_a_form_are_read_by_their_labels():
    parsed = await _parser().parse(FORM)
    assert [(e.title, e.company) for e in parsed.experience] == [
        ("Dental Assistant", "Lakeside Dental"), ("Dental Receptionist", "Smile Bright Clinic")]
    assert [(e.institution, e.graduation_year) for e in parsed.education] == [("Toi Ohomai Institute of Technology", 2019)]
    assert {s.name for s in parsed.skills} >= {"Chairside assisting", "Sterilisation", "Radiography"}


def test_a_skills_field_under_a_job_of_a_résumé_with_headings_stays_the_job_s():
    text = ("EXPERIENCE\nDeveloper, Acme Ltd, 2019 - 2021\nSkills: Java, SQL\n"
            "Analyst, Beta plc, 2016 - 2019\nBuilt reports.\n\nEDUCATION\nBSc Computing, Leeds, 2016\n")
    assert not a_form(text.splitlines())
    [experience] = [s for s in split_sections(text)[1] if s.name == "experience"]
    assert "Analyst, Beta plc, 2016 - 2019" in experience.lines


@pytest.mark.parametrize("line", ["Current employer: Lakeside Dental", "Previous employer: Smile Bright",
                                  "Most recent employer: Acme", "Employer: Acme"])
def test_which_job_an_employer_label_names_is_no_part_of_the_employer(line):
    assert EMPLOYER_LABEL.match(line)


@pytest.mark.parametrize("line", ["Current position: Dental Assistant", "Previous position: Receptionist",
                                  "Last position held: Porter", "Former role: Cook"])
def test_which_job_a_title_label_names_is_no_part_of_the_title(line):
    assert TITLE_LABEL.match(line)


def test_a_long_line_does_not_hang_the_form_test():
    """Not a speed target: the label's words are parted by single marks, so each is read once."""
    lines = ["a" + " b" * 20_000 + " :", "Name" + " " * 20_000 + "x"] * 5
    started = time.perf_counter()
    a_form(lines)
    assert time.perf_counter() - started < 2.0
