"""A Europass-like CV typed with spaces: a narrow left column of dates and labels beside the
entries they date or name is read row by row, not as a second column of the page
(fictional résumés)."""
import asyncio

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.parsing.text_columns import read_columns
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


def _parse(text):
    return asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(text))


CV = """Curriculum vitae

PERSONAL INFORMATION       Oskar Lindqvist-Mære
                           Tromsø, Norway
                           +47 400 12 345   oskar.lm@example.net

WORK EXPERIENCE
04/2020–Present            Paramedic
                           Nordlys Ambulance Service, Tromsø
                           ▪ Emergency response, patient triage
06/2014–03/2020            Ambulance Technician
                           Finnmark Health Trust, Alta

EDUCATION AND TRAINING
2011–2014                  Bachelor of Paramedic Science
                           Arctic University of Norway, Tromsø

PERSONAL SKILLS
Mother tongue(s)           Norwegian
Other language(s)          English, Swedish
"""


def test_the_dates_stay_on_their_entrys_line_and_labels_lead_their_values():
    read = read_columns(CV)
    assert "04/2020–Present   Paramedic" in read
    assert "Mother tongue(s): Norwegian" in read


def test_jobs_and_schooling_beside_a_dates_column_are_read():
    parsed = _parse(CV)
    assert parsed.name == "Oskar Lindqvist-Mære"
    assert [(e.title, e.start_date) for e in parsed.experience] == [("Paramedic", "2020-04"), ("Ambulance Technician", "2014-06")]
    assert [e.company for e in parsed.experience][0].startswith("Nordlys Ambulance Service")
    assert parsed.education[0].degree == "Bachelor of Paramedic Science"
    assert parsed.education[0].graduation_year == 2014


def test_a_sidebar_beside_a_main_column_of_dated_jobs_is_still_two_columns():
    text = ("Skills                     Shift Supervisor, Harbour Foods, 2019 - 2023\n"
            "Food hygiene               Ran the night shift\n"
            "Stock control              Trained new starters\n"
            "First aid 2018             Line Cook, Quay Kitchen, 2015 - 2019\n"
            "Forklift 2016              Prepared the breakfast menu\n"
            "HACCP                      Cleaned the grill\n")
    assert "Shift Supervisor, Harbour Foods, 2019 - 2023" in read_columns(text).split("\n")


def test_headings_in_the_left_column_beside_their_entries_open_their_sections():
    text = """Dmitri Vasquez-Holm
Gothenburg, Sweden · +46 70 123 45 67 · dmitri.vh@example.se

Work experience          Feb 2018 – present
                         Marine Electrician
                         Lindholmen Shipyard, Gothenburg
                         Mar 2013 – Jan 2018
                         Electrician's Mate
                         Kattegat Ferries, Varberg

Education and training   2010 – 2013
                         Diploma in Electrical Installation
                         Chalmers Vocational College

Language skills          Swedish (native), Spanish (B2)
"""
    parsed = _parse(text)
    assert [e.title for e in parsed.experience] == ["Marine Electrician", "Electrician's Mate"]
    assert parsed.education[0].degree == "Diploma in Electrical Installation"
