"""Lines of résumés from other countries and trades, one form at a time: names, phone numbers,
dates, job and school lines, headings and skill lists as they are written outside the dev sets."""
from __future__ import annotations

import pytest

from adapters.embedded.parsing.contact import parse_contact
from adapters.embedded.parsing.dates import Month, find_ranges
from adapters.embedded.parsing.education import parse_education
from adapters.embedded.parsing.experience import parse_experience
from adapters.embedded.parsing.job_titles import split_title_company
from adapters.embedded.parsing.layout_headings import content_meaning
from adapters.embedded.parsing.sections import heading_of
from adapters.embedded.parsing.skill_items import section_items
from adapters.embedded.parsing.text_columns import read_columns
from adapters.embedded.parsing.unheaded import sections_by_content


@pytest.mark.parametrize("line, name", [
    ("JOÃO CARLOS DA SILVA", "João Carlos da Silva"),
    ("Geneviève Lefèbvre-Côté", "Geneviève Lefèbvre-Côté"),
    ("Katharina Müller", "Katharina Müller"),
    ("Ana Paula de Souza", "Ana Paula de Souza"),
    ("Pieter van der Berg", "Pieter van der Berg"),
    ("Siobhán Ní Bhriain", "Siobhán Ní Bhriain"),
])
def test_names_with_accents_and_lower_case_particles_are_names(line, name):
    text = f"{line}\nname@example.org | +55 11 98765-4321\n"
    assert parse_contact(text, text.splitlines()).name == name


def test_a_lower_case_word_alone_or_first_is_no_name():
    text = "de la cruz\nname@example.org\n"
    assert parse_contact(text, text.splitlines()).name is None


@pytest.mark.parametrize("text, start, end", [
    ("01.04.2018 – today", Month(2018, 4), None),
    ("01.09.2014 – 31.03.2018", Month(2014, 9), Month(2018, 3)),
    ("15/01/2016 - 30/06/2019", Month(2016, 1), Month(2019, 6)),
    ("10.2009 – 07.2014", Month(2009, 10), Month(2014, 7)),
    ("2015–Present", Month(2015, None), None),
    ("Mar 2015 to date", Month(2015, 3), None),
])
def test_day_month_year_dates_and_other_forms_are_ranges(text, start, end):
    [found] = find_ranges(text)
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize("line, degree, institution, year", [
    ("Associate of Applied Science in Dental Hygiene\tAustin Community College\t2018",
     "Associate of Applied Science in Dental Hygiene", "Austin Community College", 2018),
    ("City & Guilds 2382-22 18th Edition Wiring Regulations, 2019",
     "City & Guilds 2382-22 18th Edition Wiring Regulations", None, 2019),
    ("Vocational Training Course in Food Production, Hotel School of Goa, 2011",
     "Vocational Training Course in Food Production", "Hotel School of Goa", 2011),
])
def test_table_cells_and_a_trailing_year_split_an_education_line(line, degree, institution, year):
    [entry] = parse_education(line)
    assert (entry.degree, entry.institution, entry.graduation_year) == (degree, institution, year)


def test_a_job_under_an_unknown_heading_is_experience_though_its_years_look_like_a_phone_number():
    assert content_meaning(["Inside Sales Associate, Northwind Office Supply", "2016 - 2019"]) == "experience"


def test_a_header_with_no_contact_block_is_left_as_it_is():
    header = ["Priyanka Rao", "", "Sales Associate, Northwind", "2016 - 2019"]
    assert sections_by_content(header, []) == (header, [])


def test_a_table_row_with_its_dates_in_from_and_to_cells_is_one_job():
    text = ("Organisation | Designation | From | To\n"
            "Apollo Pharmacy | Pharmacist | Jun 2018 | Present\n"
            "MedPlus Health Services | Trainee Pharmacist | Jul 2016 | May 2018")
    entries, _ = parse_experience(text)
    assert [(e.title, e.company, e.start_date, e.end_date) for e in entries] == [
        ("Pharmacist", "Apollo Pharmacy", "2018-06", None),
        ("Trainee Pharmacist", "MedPlus Health Services", "2016-07", "2018-05")]


def test_dates_flush_right_of_titles_are_no_second_column():
    text = ("EXPERIENCE\nSite Engineer                     Jan 2016 - Mar 2019\nAcme Ltd\n"
            "Planner                           2012 - 2015\nBeta Ltd\nSurveyor                          2010 - 2012\n")
    assert read_columns(text) == text


def test_rows_of_a_dated_table_are_no_columns():
    text = ("January 2011 HSC          Allana Junior College\nJanuary 2009 SSC          Canossa High School\n"
            "January 2008 SSC          Maharashtra State Board\n")
    assert read_columns(text) == text


@pytest.mark.parametrize("first, second, title, company", [
    ("Harbour Point", "Sommelier", "Sommelier", "Harbour Point"),
    ("Clínica Sorriso", "Dental Hygienist", "Dental Hygienist", "Clínica Sorriso"),
    ("Scaffolder", "Brandon Access", "Scaffolder", "Brandon Access"),
])
def test_a_title_of_any_profession_reads_as_the_title(first, second, title, company):
    assert split_title_company([first, second]) == (title, company)


@pytest.mark.parametrize("line, section", [
    ("Skills & Abilities", "skills"), ("TICKETS", "certifications"), ("Tickets & Licences", "certifications"),
    ("CLINICAL ROTATIONS", "experience"), ("Residency", "experience"), ("APPRENTICESHIP", "experience"),
    ("PROFESSIONAL DEVELOPMENT", "certifications"),
    ("Continuing Professional Development", "certifications"),
])
def test_headings_of_trades_and_professions_open_their_section(line, section):
    assert heading_of(line)[0] == section


@pytest.mark.parametrize("line", ["Ticketing", "Business Development", "Software Development", "Apprentice"])
def test_skill_and_title_lines_near_those_words_are_no_headings(line):
    assert heading_of(line, inside="skills") is None


@pytest.mark.parametrize("phone", ["+44 (0)20 7946 0958", "+234 (0) 802 555 0134", "+49 (0) 89 1234567",
                                   "+55 (11) 98765-4321", "+33 6 12 34 56 78"])
def test_international_numbers_with_the_trunk_zero_in_brackets_are_read_whole(phone):
    text = f"Jane Doe\njane@example.com | {phone} | Town\n"
    assert parse_contact(text, text.splitlines()).phone == phone


@pytest.mark.parametrize("line, name", [
    ("Curriculum Vitae of Thabo Nkosi", "Thabo Nkosi"), ("RESUME – JOHN SMITH", "John Smith"),
    ("CV: Anna Kowalska", "Anna Kowalska"), ("Thabo Nkosi – Electrician", "Thabo Nkosi"),
    ("Anna Kowalska - Welder", "Anna Kowalska"),
])
def test_the_name_comes_out_of_a_line_that_labels_the_document_or_adds_the_trade(line, name):
    text = f"{line}\nx@example.com | +27 82 555 0123\n"
    assert parse_contact(text, text.splitlines()).name == name


@pytest.mark.parametrize("text, start, end", [
    ("2015.03 - 2019.08", Month(2015, 3), Month(2019, 8)),
    ("Aug '17 - Jun '19", Month(2017, 8), Month(2019, 6)),
    ("Winter 2018 - Spring 2020", Month(2018, None), Month(2020, None)),
    ("2010-11", Month(2010, None), Month(2011, None)),
])
def test_year_month_dates_short_years_and_seasons_are_ranges(text, start, end):
    [found] = find_ranges(text)
    assert (found.start, found.end) == (start, end)


def test_an_employer_written_over_the_title_keeps_the_title_of_a_care_job():
    entries, _ = parse_experience("Jan 2018 - Present | Bupa Dental Care | Dental Nurse\nAssisted the dentist.")
    assert [(e.title, e.company) for e in entries] == [("Dental Nurse", "Bupa Dental Care")]


def test_a_linkedin_tenure_line_is_no_employer():
    entries, _ = parse_experience("Acme Logistics\n3 years 2 months\nForklift Driver\n"
                                  "March 2021 - Present (2 years 9 months)\nLeeds")
    assert [(e.title, e.company, e.start_date) for e in entries] == [("Forklift Driver", "Acme Logistics", "2021-03")]


@pytest.mark.parametrize("text, job", [
    ("Company: Apollo Hospitals\nDesignation: Staff Nurse\nDuration: Jan 2015 - Mar 2018\nResponsibilities: care",
     ("Staff Nurse", "Apollo Hospitals", "2015-01", "2018-03")),
    ("Organisation : Larsen & Toubro\nRole : Site Engineer\nPeriod : 2016 - 2019",
     ("Site Engineer", "Larsen & Toubro", "2016", "2019")),
    ("1. Staff Nurse, NHS Lothian, 2018 - 2021", ("Staff Nurse", "NHS Lothian", "2018", "2021")),
    ("From June 2012 to March 2016 worked as Sales Executive at Reliance Retail",
     ("Sales Executive", "Reliance Retail", "2012-06", "2016-03")),
])
def test_labelled_numbered_and_written_out_jobs_give_title_and_employer(text, job):
    [entry], _ = parse_experience(text)
    assert (entry.title, entry.company, entry.start_date, entry.end_date) == job


@pytest.mark.parametrize("text, entries", [
    ("Bachelor of Science in Nursing\nUniversity of the Philippines Manila\nGraduated: 2014",
     [("Bachelor of Science in Nursing", "University of the Philippines Manila", 2014)]),
    ("Matric, Soweto High School, 2005", [("Matric", "Soweto High School", 2005)]),
    ("B.Tech in Mechanical Engineering from IIT Bombay with 8.5 CGPA (2016)",
     [("B.Tech in Mechanical Engineering", "IIT Bombay", 2016)]),
    ("10th – CBSE – 2010 – 9.2 CGPA", [("10th", "CBSE", 2010)]),
])
def test_education_lines_of_more_countries(text, entries):
    assert [(e.degree, e.institution, e.graduation_year) for e in parse_education(text)] == entries


@pytest.mark.parametrize("text, items", [
    ("Customer service – Cash handling – Merchandising", ["Customer service", "Cash handling", "Merchandising"]),
    ("Driving licence: Full, clean (B, C1)", ["Driving licence"]),
    ("Trade: 3-phase wiring, Fault finding", ["3-phase wiring", "Fault finding"]),
])
def test_dashes_part_skills_and_a_licence_label_is_the_item(text, items):
    assert section_items(text)[0] == items


@pytest.mark.parametrize("text, start", [
    ("Staff Nurse, NHS Fife, March 2019 –", Month(2019, 3)), ("Chef | Nobu | 2019 -", Month(2019, None)),
    ("2016–", Month(2016, None)), ("Oct 2021 to", Month(2021, 10)),
])
def test_a_range_left_open_at_the_end_of_its_line_runs_to_today(text, start):
    [found] = find_ranges(text)
    assert found.start == start and found.current


def test_a_start_date_inside_a_line_is_no_open_range():
    assert find_ranges("Joined in 2019 - led the team of 12") == []


def test_a_place_line_between_the_employer_and_the_dates_is_no_title():
    entries, _ = parse_experience("Site Manager\nMorgan Sindall\nCardiff, UK\nJanuary 2017 - Present\n- Ran sites")
    assert [(e.title, e.company) for e in entries] == [("Site Manager", "Morgan Sindall")]
