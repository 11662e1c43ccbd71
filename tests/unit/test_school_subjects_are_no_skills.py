"""The subjects a school-leaving examination lists ("GCSEs: Maths, English, Science", "WASSCE
(Mathematics, Biology, Chemistry)", a list under "A-Levels — ...") are what the person sat at
school, not skills they claim: "Maths" is no geometry, "Accounting" no accounting software.
A skill named elsewhere stays. Invented résumés of several countries' schooling, read with the
shipped taxonomy."""
import pytest

from adapters.embedded.parsing.graded_subjects import without_exam_subjects
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.skills import TaxonomySkillExtractor

_SUBJECT_SKILLS = {"geometry", "mathematics", "maths", "biology", "chemistry", "physics", "economics",
                   "accounting", "accounting software", "geography", "history", "computer technology", "ict"}


@pytest.fixture(scope="module")
def parser():
    return RuleBasedResumeParser(TaxonomySkillExtractor(load_taxonomy()))


def _skills(parser, schooling: str, skills_section: bool) -> set[str]:
    skills = "\nSKILLS\nStock control, Customer service, Cash handling\n" if skills_section else ""
    text = ("Kwabena Mensah-Obeng\nKumasi, Ghana\nkwabena.mo@example.org\n\n"
            "EXPERIENCE\nShop Supervisor\nMelcom Ltd, Kumasi\n2019 – present\n"
            "- Ran stock control and cash handling for a busy branch\n\n"
            f"EDUCATION\n{schooling}\n{skills}")
    return {s.name.casefold() for s in parser.parse_text(text).skills}


@pytest.mark.parametrize("schooling", [
    "GCSEs: Maths, History, Geography (grades 9–4)",
    "WASSCE (Mathematics, Economics, Biology) – Prempeh College, 2014",
    "KCSE 2013 – Alliance High School: Chemistry, Physics, Mathematics",
    "Leaving Certificate, 2015 (Accounting, Biology, History)",
    "A-Levels — Leeds Sixth Form College, 2017\nMathematics, Economics and Physics",
])
@pytest.mark.parametrize("skills_section", [True, False])
def test_the_subjects_of_a_school_examination_are_no_skills(parser, schooling, skills_section):
    skills = _skills(parser, f"BSc Business Administration – University of Ghana, 2018\n{schooling}", skills_section)
    assert not skills & _SUBJECT_SKILLS
    assert {"stock control", "cash handling"} <= skills


def test_a_sentence_naming_an_examination_keeps_its_skills():
    line = "Tutored GCSE pupils in Python programming and SQL databases for two years. Also led clubs."
    assert without_exam_subjects(line) == line


def test_a_universitys_baccalaureate_is_no_school_examination():
    line = "Baccalaureate in Accounting and Finance – Universidad de Manila, 2016"
    assert without_exam_subjects(line) == line
