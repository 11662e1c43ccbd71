"""Headings found by how they look and what their words mean, not by a list."""
import pytest

from adapters.embedded.parsing.experience import parse_experience
from adapters.embedded.parsing.sections import heading_of, split_sections


@pytest.mark.parametrize("line, section", [
    ("Veterinary Experience", "experience"), ("SURGICAL PLACEMENTS", "experience"),
    ("Employment Record", "experience"), ("Career History:", "experience"),
    ("Academic Background", "education"), ("Schooling", "education"),
    ("Technical Proficiencies", "skills"), ("Kitchen Skills Summary", "skills"),
    ("Licences & Registrations", "certifications"), ("Endorsements", "certifications"),
    ("Languages Known", "skills"), ("Personal Statement", "summary"),
    ("PROFESSIONAL QUALIFICATIONS", "certifications"), ("Computer Literacy", "skills"),
    ("Seminars & Workshops", "certifications"), ("Referees", "other"),
])
def test_headings_of_any_trade_open_their_section(line, section):
    assert heading_of(line)[0] == section


@pytest.mark.parametrize("line", [
    "Social Work", "Project Management", "Bachelor of Arts in Technology",
    "Handled payroll, training and scheduling.", "• Forklift Training",
])
def test_lines_that_only_mention_a_family_word_are_not_headings(line):
    assert heading_of(line) is None


def test_a_labelled_field_inside_a_job_does_not_end_the_experience_section():
    text = ("WORK HISTORY\nBaker, Crumb & Co. | 03/2018 - Present\nTools used: ovens, mixers\n"
            "Roles and Responsibilities\nShaped 400 loaves a night\nEDUCATION\nCulinary Diploma")
    _, sections = split_sections(text)
    assert [s.name for s in sections] == ["experience", "education"]


def test_a_job_line_ending_in_an_abbreviation_is_still_a_job():
    entries, _ = parse_experience("Line Cook, Harbour Grill Ltd. — Feb 2021 to Present\nGrill station")
    assert [(e.title, e.company, e.current) for e in entries] == [("Line Cook", "Harbour Grill Ltd.", True)]


def test_title_company_and_dates_on_one_piped_line():
    entries, _ = parse_experience("Night Porter | Grand Lakeside Hotel | 06/2017 – 09/2020")
    assert [(e.title, e.company) for e in entries] == [("Night Porter", "Grand Lakeside Hotel")]


def test_letters_after_a_name_and_a_bracketed_area_code_are_read():
    from adapters.embedded.parsing.contact import parse_contact
    text = "Tunde Bakare, MNSE, COREN\nLagos, Nigeria · +234 (1) 555 0199 · tunde@example.ng"
    contact = parse_contact(text, text.splitlines())
    assert (contact.name, contact.phone) == ("Tunde Bakare", "+234 (1) 555 0199")


def test_a_diploma_named_after_a_kind_of_school_is_a_degree_not_the_school():
    from adapters.embedded.parsing.education import parse_education
    entries = parse_education("Secondary School Certificate, Kings College Lagos, Lagos, 2009")
    assert [(e.degree, e.institution, e.graduation_year) for e in entries] == [
        ("Secondary School Certificate", "Kings College Lagos", 2009)]


def test_a_current_job_written_in_german_or_portuguese_is_current():
    entries, _ = parse_experience("Elektriker, Stadtwerke Kiel — 04.2019 – heute\n"
                                  "Eletricista, Luz Norte Ltda — 03/2015 - atual")
    assert [e.current for e in entries] == [True, True]


def test_a_skill_line_naming_clients_stays_in_the_skills_section():
    _, sections = split_sections("SKILLS\nClient Relations\nCold calling\nRoles and Responsibilities\nLed a team")
    assert [(s.name, s.lines) for s in sections] == [
        ("skills", ["Client Relations", "Cold calling"]), ("other", ["Led a team"])]


def test_dates_first_with_title_and_company_beside_them_do_not_borrow_the_line_above():
    entries, _ = parse_experience("Jan 2020 - Present | Porter | Kingsway Hotel\nCarried luggage\n"
                                  "Jun 2016 - Dec 2019 | Kitchen Porter | Bay Diner")
    assert [(e.title, e.company) for e in entries] == [("Porter", "Kingsway Hotel"), ("Kitchen Porter", "Bay Diner")]


def test_the_named_part_after_a_degree_is_where_it_was_earned():
    from adapters.embedded.parsing.education import parse_education
    entries = parse_education("Certificate in Plumbing, Northside Trade Centre, 2018")
    assert [(e.degree, e.institution, e.graduation_year) for e in entries] == [
        ("Certificate in Plumbing", "Northside Trade Centre", 2018)]


@pytest.mark.parametrize("line, degree, institution", [
    ("NVQ Level 2 Hairdressing, Leeds City College, 2012", "NVQ Level 2 Hairdressing", "Leeds City College"),
    ("Licenciatura em Enfermagem, Universidade Federal da Bahia, 2015", "Licenciatura em Enfermagem",
     "Universidade Federal da Bahia"),
    ("WASSCE, Kings College Lagos, 2008", "WASSCE", "Kings College Lagos"),
])
def test_degrees_and_schools_of_other_countries_are_read(line, degree, institution):
    from adapters.embedded.parsing.education import parse_education
    (entry,) = parse_education(line)
    assert (entry.degree, entry.institution) == (degree, institution)


def test_a_city_with_accented_letters_is_a_location():
    from adapters.embedded.parsing.contact import parse_contact
    text = "Joana Lima\nBelém, PA · joana@example.com.br"
    assert parse_contact(text, text.splitlines()).location == "Belém, PA"


def test_a_name_on_the_contact_line_is_not_the_location():
    from adapters.embedded.parsing.contact import parse_contact
    text = "Ngozi Eze | +234 803 555 0123 | ngozi@example.ng | Enugu, Nigeria"
    contact = parse_contact(text, text.splitlines())
    assert (contact.name, contact.location) == ("Ngozi Eze", "Enugu, Nigeria")


@pytest.mark.parametrize("line, section", [
    ("Qualificações Acadêmicas", "education"), ("QUALIFICAÇÃO ACADÉMICA", "education"),
    ("Cualificaciones académicas", "education"), ("Qualificações Escolares", "education"),
    ("Qualificações", "skills"), ("Qualificações Profissionais", "skills"),
    ("Cualificaciones profesionales", "skills"), ("Qualificações Técnicas", "skills"),
])
def test_portuguese_and_spanish_qualifications_of_schooling_are_education(line, section):
    assert heading_of(line)[0] == section
