"""A school's entry ends at a blank line or at its section's end: a licence or certificate
listed after it, under "Licences & Qualifications" or after a gap, is no degree of that school
("Driver CPC" was read as what a technical school awarded). Under its school with no gap, the
award still is the school's. Invented schooling of several countries."""
import pytest

from adapters.embedded.parsing.education import parse_education
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.skills import TaxonomySkillExtractor


@pytest.fixture(scope="module")
def parser():
    return RuleBasedResumeParser(TaxonomySkillExtractor(load_taxonomy()))


@pytest.mark.parametrize(("school", "credential"), [
    ("Escola Secundária Carlos Amarante, Braga - 2011", "- Forklift Operator Certificate (Certificate of Competence), valid to 2026"),
    ("Colegio Nacional de Lima – 2009", "Certificate in Food Hygiene, valid to 2025"),
    ("Zespół Szkół Samochodowych, Kraków, 2014", "• ADR Certificate (tanks), expires 2027"),
])
def test_a_certificate_after_a_gap_is_no_degree_of_the_school_above(school, credential):
    entries = parse_education(f"{school}\n\n- Driving licence categories B and C (since 2015)\n{credential}")
    schools = [e for e in entries if e.institution]
    assert len(schools) == 1 and schools[0].degree is None


@pytest.mark.parametrize("heading", ["LICENCES & QUALIFICATIONS", "QUALIFICATIONS"])
def test_a_licence_under_its_own_heading_is_no_degree_of_the_school_above(parser, heading):
    text = ("Tomasz Zielinski\nHGV Driver | Leeds | tomasz.z@example.com\n\n"
            "EXPERIENCE\nHGV Class 1 Driver - Northern Freight Ltd, Leeds\nMay 2019 - Present\n\n"
            "EDUCATION\nAutomotive Technical School No. 2, Gdańsk, Poland - 2012\n"
            f"{heading}\n- Driving licence categories B, C, C+E (since 2013)\n"
            "- Driver CPC (Certificate of Professional Competence), valid to 2028\n- Digital tachograph card\n")
    schools = [e for e in parser.parse_text(text).education if e.institution]
    assert [(e.institution, e.degree) for e in schools] == [("Automotive Technical School No. 2", None)]


def test_an_award_right_under_its_school_is_still_its_degree():
    entries = parse_education("Kenyatta High School, Nairobi, 2012\nKenya Certificate of Secondary Education")
    assert [(e.institution, e.degree) for e in entries] == \
        [("Kenyatta High School", "Kenya Certificate of Secondary Education")]
