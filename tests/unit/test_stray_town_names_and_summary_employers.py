"""A town's stray alternate name vetoes no employer ("Intern at Google": GeoNames lists "Google"
among Topeka's names); "working in Infosys as Systems Engineer" names an employer though no
business word says so; the jobs the summary tells count toward the years of experience
(fictional résumés)."""
import asyncio
from datetime import date

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.parsing.summary_jobs import jobs_in_summary
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.corroborated_town_names import a_corroborated_town_name


def _parse(text):
    parser = RuleBasedResumeParser(EmbeddedSkillExtractor(), today=lambda: date(2026, 12, 1))
    return asyncio.run(parser.parse(text))


def _names_no_skill(_):
    return False


def test_a_town_s_stray_alternate_name_is_not_taken_for_the_town():
    assert not a_corroborated_town_name("Google")  # among Topeka's alternate names
    assert a_corroborated_town_name("Topeka")
    # names in other languages that resemble another of the town's names, or are a town's own
    assert all(a_corroborated_town_name(n) for n in ("Wien", "Vienna", "Bombay", "Munich", "Cologne", "Reading"))
    # in capitals, a short abbreviation; a longer word is a heading's or a capitalised line's
    assert a_corroborated_town_name("NYC") and not a_corroborated_town_name("GOOGLE")


def test_an_employer_named_like_a_town_s_nickname_is_the_employer():
    parsed = _parse("Priya Raman\nSoftware Engineering Intern at Google\npriya.raman@example.com\n\n"
                    "EDUCATION\nB.Tech Computer Science, Anna University, 2023\n")
    assert [(e.title, e.company) for e in parsed.experience] == [("Software Engineering Intern", "Google")]


def test_working_in_a_proper_name_as_a_title_names_the_employer():
    jobs = jobs_in_summary("Currently working in Infosys as Systems Engineer since July 2021.", _names_no_skill)
    assert [(j.title, j.company, j.start_date) for j in jobs] == [("Systems Engineer", "Infosys", "2021-07")]


def test_working_in_a_department_or_a_town_as_a_title_names_no_employer():
    for sentence in ("Currently working in Quality Control as Inspector.", "Currently working in Bangalore as Developer.",
                     "Currently working in ICU as Staff Nurse.", "Currently working in Night Shift as Supervisor."):
        assert jobs_in_summary(sentence, _names_no_skill) == [], sentence


def test_the_summary_s_jobs_count_toward_the_years_of_experience():
    parsed = _parse("Rahul Verma\nrahul.verma@example.com\n\nPROFILE SUMMARY\n"
                    "Previously worked with Wipro Limited as Project Engineer from June 2018 to May 2021.\n\n"
                    "EDUCATION\nB.E. Electronics, VTU, 2018\n")
    assert [(e.title, e.company) for e in parsed.experience] == [("Project Engineer", "Wipro Limited")]
    assert parsed.total_years_experience == 3.0


def test_a_heading_in_capitals_names_its_employer():
    parsed = _parse("PRIYA NAIR\npriya@example.com\n\nEXPERIENCE\nSOFTWARE ENGINEERING INTERN AT GOOGLE\n"
                    "Jun 2021 - Aug 2021\nBuilt dashboards in Python.\n")
    assert [(e.title, e.company) for e in parsed.experience] == [("SOFTWARE ENGINEERING INTERN", "GOOGLE")]
