"""A fourth blind probe's findings, with examples of their own: "Employer | Town | dates" under a
lone title whose town the lists do not know; an employer written in lower case under its title
with its legal form ("dm-drogerie markt GmbH + Co. KG"); "School – Degree" in a table cell before
its year; a school named by its number ("Secundaria Federal No. 112"); Finland's and Estonia's
words for schools ("lukio", "yliopisto", "ülikool")."""
import asyncio

from adapters.embedded.parsing.education import parse_education
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from adapters.reference_data.packaged import packaged_reference_data
from domain.installed_reference_data import install_reference_data


def _jobs(text: str) -> list[tuple[str | None, str | None]]:
    install_reference_data(packaged_reference_data())
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(text))
    return [(e.title, e.company) for e in parsed.experience]


def _schooling(text: str) -> list[tuple[str | None, str | None, int | None]]:
    install_reference_data(packaged_reference_data())
    return [(e.degree, e.institution, e.graduation_year) for e in parse_education(text)]


def test_employer_and_an_unknown_town_under_a_lone_title():
    text = ("Maria Santos\nmaria.santos@example.ph\n\nEXPERIENCE\n\n"
            "Team Leader\nTeleTech Holdings (Inc.) | Ortigas Center | May 2017 – Present\n• Coached 14 agents.\n\n"
            "Technical Support Representative\nConvergys | Lapu-Lapu City | June 2014 – April 2017\n")
    assert _jobs(text) == [("Team Leader", "TeleTech Holdings (Inc.)"),
                           ("Technical Support Representative", "Convergys")]


def test_an_employer_in_lower_case_with_its_legal_form_under_its_title():
    text = ("Lena Hoffmann\nlena.hoffmann@example.de\n\nBeruflicher Werdegang\n\n"
            "seit 04/2021          Teamleiterin Versand\n"
            "                      hellofresh deutschland SE & Co. KG, Berlin\n\n"
            "09/2016 – 03/2021     Lageristin\n"
            "                      Zalando Logistics SE, Erfurt\n")
    jobs = _jobs(text)
    assert jobs[0][0] == "Teamleiterin Versand"
    assert jobs[0][1] is not None and jobs[0][1].startswith("hellofresh deutschland SE & Co. KG")


def test_a_school_dash_its_degree_in_a_cell_before_the_year():
    assert _schooling("University of the West of Scotland – BSc Nursing                       2015") == [
        ("BSc Nursing", "University of the West of Scotland", 2015)]


def test_a_school_named_by_its_number():
    assert _schooling("Bachillerato Tecnológico – CBTis No. 128, 2011\nSecundaria Federal No. 112, 2008") == [
        ("Bachillerato Tecnológico", "CBTis No. 128", 2011), (None, "Secundaria Federal No. 112", 2008)]
    assert _schooling("Level 3 Diploma in Plumbing, 2016")[0][1] is None  # a level's number names no school


def test_finnish_and_estonian_schools():
    assert _schooling("Ylioppilastutkinto, Kallion lukio, 2010") == [("Ylioppilastutkinto", "Kallion lukio", 2010)]
    assert _schooling("Bakalaureusekraad, Tallinna Ülikool, 2015")[0][1:] == ("Tallinna Ülikool", 2015)
