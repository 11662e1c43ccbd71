"""Smaller rules behind the résumés of more layouts: bullets between a header's parts, each
employer written over its "Title, dates" line, headings in more languages, a heading of training
and education, qualifications in Nordic and Romanian words, an employer in brackets after the
title and a qualification labelled before its school. Fictional lines."""
import pytest

from adapters.embedded.parsing.education import parse_education
from adapters.embedded.parsing.experience import parse_experience
from adapters.embedded.parsing.heading_languages import foreign_meaning
from adapters.embedded.parsing.headings import meaning, words_of
from adapters.embedded.parsing.sections import heading_of


def test_bullets_between_a_headers_parts_part_it():
    entries, _ = parse_experience("BAKER • Crumb & Co • Cork • 2019 – Present\n• Laminated doughs")
    assert [(e.title, e.company, e.location, e.start_date) for e in entries] == [("BAKER", "Crumb & Co", "Cork", "2019")]
    assert entries[0].description == "• Laminated doughs"


def test_each_employer_over_its_title_and_dates():
    entries, _ = parse_experience("Harbour Savings Bank, Tema\nLoan Officer, Mar 2020 – Present\n"
                                  "Coastline Credit Union, Takoradi\nCashier, Jan 2016 – Feb 2020")
    assert [(e.title, e.company) for e in entries] == [("Loan Officer", "Harbour Savings Bank"),
                                                       ("Cashier", "Coastline Credit Union")]


def test_each_title_and_dates_over_its_employer_still():
    entries, _ = parse_experience("Driver    2019 - 2020\nAcme Freight\nLoader    2017 - 2019\nBeta Logistics\n"
                                  "Porter    2015 - 2017\nGamma Stores\n- lifted")
    assert [(e.title, e.company) for e in entries] == [("Driver", "Acme Freight"), ("Loader", "Beta Logistics"),
                                                       ("Porter", "Gamma Stores")]


@pytest.mark.parametrize(("heading", "family"), [
    ("EXPERIENȚĂ PROFESIONALĂ", "experience"), ("Educație și formare", "education"), ("Competențe", "skills"),
    ("Arbetslivserfarenhet", "experience"), ("Utbildning", "education"), ("Pengalaman Kerja", "experience"),
    ("Pendidikan", "education"), ("İŞ DENEYİMİ", "experience"), ("EĞİTİM", "education"),
    ("Pracovní zkušenosti", "experience"), ("Vzdělání", "education"), ("Työkokemus", "experience"),
])
def test_headings_of_more_languages(heading, family):
    assert foreign_meaning(heading) == family


@pytest.mark.parametrize("heading", ["Training & Education", "Education and Training", "Certifications and Education"])
def test_a_heading_of_training_and_education_is_education(heading):
    assert meaning(words_of(heading)) == "education"


@pytest.mark.parametrize(("line", "school", "degree"), [
    ("Barn- och fritidsprogrammet, Kattegattskolan, Halmstad, 2016", "Kattegattskolan", "Barn- och fritidsprogrammet"),
    ("2010 – 2014  Liceul Tehnologic Mihai Viteazu, Cluj – Tehnician electrician", "Liceul Tehnologic Mihai Viteazu",
     "Tehnician electrician"),
    ("Advanced Certificate in Plastering, LCETB, 2018", "LCETB", "Advanced Certificate in Plastering"),
])
def test_qualifications_in_more_words(line, school, degree):
    (entry,) = parse_education(line)
    assert (entry.institution, entry.degree) == (school, degree)


def test_initials_after_a_school_leaving_qualification_are_its_board():
    (entry,) = parse_education("SSC, KSEEB, 2012")
    assert entry.institution != "KSEEB"


@pytest.mark.parametrize(("line", "title", "company"), [
    ("Veterinary Nurse (Riverside Animal Hospital) | 2017 – Present", "Veterinary Nurse", "Riverside Animal Hospital"),
    ("Camarera de Pisos (Hoteles Costa Azul, Benidorm)    Mayo 2016 - Actualidad", "Camarera de Pisos", "Hoteles Costa Azul"),
])
def test_an_employer_in_brackets_after_the_title(line, title, company):
    entries, _ = parse_experience(line)
    assert [(e.title, e.company) for e in entries] == [(title, company)]


@pytest.mark.parametrize("line", ["Staff Nurse (Band 6) | 2017 – Present", "Line Cook (Part Time) | 2017 – Present",
                                  "Welder (MIG/MAG) | 2017 – Present"])
def test_a_note_in_brackets_after_the_title_is_no_employer(line):
    entries, _ = parse_experience(line)
    assert entries[0].company is None


def test_a_qualification_labelled_before_its_school_stays_in_education():
    line = "National Certificate: Hairdressing (NQF 4), Ekurhuleni East College, 2017"
    assert heading_of(line, inside="education") is None


def test_an_italian_range_up_to_today():
    entries, _ = parse_experience("Pizzaiolo – Pizzeria Sorbillo – Napoli – Da maggio 2018 ad oggi")
    assert [(e.title, e.company, e.start_date, e.current) for e in entries] == [
        ("Pizzaiolo", "Pizzeria Sorbillo", "2018-05", True)]


def test_an_employer_over_a_title_that_holds_a_dash():
    entries, _ = parse_experience("Tata Projects Limited          Mar 2017 – Present\nSite Engineer – Electrical\n"
                                  "- Cable laying")
    assert [(e.title, e.company) for e in entries] == [("Site Engineer – Electrical", "Tata Projects Limited")]


def test_the_school_named_after_a_degree_that_names_a_kind_of_school():
    (entry,) = parse_education("Diploma di Istituto Tecnico per il Turismo – ITC Pier Crescenzi – 2015")
    assert (entry.institution, entry.degree, entry.graduation_year) == (
        "ITC Pier Crescenzi", "Diploma di Istituto Tecnico per il Turismo", 2015)
