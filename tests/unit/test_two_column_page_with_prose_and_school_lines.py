"""A two-column page typed with spaces whose left column is the main one (a profile's sentence on a
line of its own there) is read column by column, not as a Europass row of labels beside values;
"School, Town — Award, Year" under an award alone is the school of its own line's award
(fictional résumé); the university a college answers to, in brackets, names no skill."""
import asyncio

from adapters.embedded.parsing.education import parse_education
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor

_TWO_COLUMNS = """\
DANIELLE OKONKWO                              CONTACT
Senior Care Assistant                         07412 556 901
                                              danielle.okonkwo@gmail.com
PROFILE                                       Luton, Bedfordshire
Dedicated carer with six years in
residential and domiciliary care.             SKILLS
                                              Personal care
EXPERIENCE                                    Medication administration
Senior Care Assistant                         Dementia care
Caring Homes Group, Luton                     Care planning
March 2021 – Present                          Manual handling

Care Assistant                                QUALIFICATIONS
Home Instead, Dunstable                       NVQ Level 3 Health and Social Care
January 2018 – February 2021                  Care Certificate

EDUCATION
Barnfield College, Luton — Level 2 Diploma in Health and Social Care, 2017
"""


def test_a_main_column_on_the_left_is_read_as_a_column():
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(_TWO_COLUMNS))
    assert parsed.name == "Danielle Okonkwo"
    assert [(e.title, e.company) for e in parsed.experience] == [
        ("Senior Care Assistant", "Caring Homes Group"), ("Care Assistant", "Home Instead")]


def test_a_school_line_holding_its_award_opens_its_own_entry():
    assert [(e.degree, e.institution, e.graduation_year) for e in parse_education(
        "NVQ Level 3 Health and Social Care\n\nBarnfield College, Luton — Level 2 Diploma in Health and Social Care, 2017")] == [
        ("NVQ Level 3 Health and Social Care", None, None), ("Level 2 Diploma in Health and Social Care", "Barnfield College", 2017)]
    assert [(e.degree, e.institution) for e in parse_education("Técnico em Mecânica\nSENAI Joinville — 2014")] == [
        ("Técnico em Mecânica", "SENAI Joinville")]


def test_the_university_in_brackets_after_a_college_names_no_skill():
    text = ("Anjali Thomas\nStaff Nurse\n\nEDUCATION\nB.Sc Nursing – Government College of Nursing, Kottayam – 2017 "
            "(Kerala University of Health Sciences)\n\nCERTIFICATIONS\nBLS and ACLS (American Heart Association), 2022\n")
    skills = [s.name for s in asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(text)).skills]
    assert "Health Sciences" not in skills and {"BLS", "ACLS"} <= set(skills)
