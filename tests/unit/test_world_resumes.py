"""Résumés of professions, countries and layouts the dev sets do not have (fictional people,
in tests/fixtures/world_resumes), read with the shipped taxonomy: what a new user in Cardiff,
Pune, Munich, São Paulo or Montréal would upload."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.resumes import ParsedResume
from domain.skills import SkillKind

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "world_resumes"


@pytest.fixture(scope="module")
def parser() -> RuleBasedResumeParser:
    return RuleBasedResumeParser(EmbeddedSkillExtractor(), today=lambda: date(2026, 12, 1))


def parse(parser: RuleBasedResumeParser, name: str) -> ParsedResume:
    return parser.parse_text((FIXTURES / name).read_text(encoding="utf-8"))


def jobs(parsed: ParsedResume) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(e.title, e.company, e.start_date, e.end_date) for e in parsed.experience]


def test_a_duration_note_after_the_dates_is_no_title_or_company(parser):
    parsed = parse(parser, "br_welder.txt")
    assert jobs(parsed) == [
        ("Welder", "Petrobras Transporte S.A.", "2019", None),
        ("Welder's Assistant", "Metalúrgica Paulista Ltda", "2012", "2014")]
    parsed = parse(parser, "ca_social_worker.txt")
    assert jobs(parsed)[1] == ("Intake Worker", "Centre jeunesse de Laval", "2012", "2014")


def test_dates_on_the_line_above_the_job_open_that_job(parser):
    parsed = parse(parser, "de_pharmacist.txt")
    assert parsed.name == "Katharina Müller"
    assert jobs(parsed) == [
        ("Pharmacist", "Marien-Apotheke", "2018-04", None),
        ("Pharmacist in Training", "Stadt-Apotheke Augsburg", "2014-09", "2018-03")]


def test_a_technical_course_is_an_education_entry_with_its_school(parser):
    parsed = parse(parser, "br_welder.txt")
    assert [(e.degree, e.institution, e.graduation_year) for e in parsed.education] == [
        ("Technical Course in Welding", "SENAI Sao Paulo", 2013),
        ("High School", "E.E. Professor Antônio Alves", 2010)]


def test_a_resume_without_headings_gives_its_jobs_school_and_skills_by_what_they_hold(parser):
    parsed = parse(parser, "noheadings_sales.txt")
    assert (parsed.name, parsed.email, parsed.location) == ("Priyanka Rao", "priyanka.rao@example.com", "Toronto, ON")
    assert jobs(parsed) == [
        ("Territory Sales Representative", "Maple Pharma Inc.", "2019", None),
        ("Inside Sales Associate", "Northwind Office Supply", "2016", "2019")]
    assert [(e.degree, e.institution, e.graduation_year) for e in parsed.education] == [
        ("Bachelor of Commerce", "York University", 2016)]
    assert {"Salesforce CRM", "account management", "cold calling"} <= {s.name for s in parsed.skills}


def test_a_phone_number_never_reaches_across_lines_into_a_postcode(parser):
    parsed = parse(parser, "us_driver_rightdates.txt")
    assert parsed.phone == "901-555-0123"


def test_the_line_under_a_dated_title_names_the_employer_and_vice_versa(parser):
    assert jobs(parse(parser, "us_driver_rightdates.txt")) == [
        ("Regional Truck Driver", "FedEx Freight", "2019-03", None),
        ("OTR Driver", "Werner Enterprises", "2015-01", "2019-02")]
    assert jobs(parse(parser, "ng_accountant.txt")) == [
        ("Senior Accountant", "Zenith Bank Plc", "2016-01", None),
        ("Audit Associate", "KPMG Nigeria", "2012-08", "2015-12")]


def test_employer_with_its_place_then_a_dash_then_the_title(parser):
    assert jobs(parse(parser, "uk_nurse_sentence_case.txt")) == [
        ("Staff Nurse, Acute Medicine (Band 5)", "Royal Victoria Hospital", "2019-06", None),
        ("Healthcare Assistant", "Ulster Hospital", "2016-09", "2019-05")]


def test_a_labelled_name_wins_over_a_heading_the_parser_does_not_know(parser):
    assert parse(parser, "ng_accountant.txt").name == "Chinedu Okonkwo"


def test_letters_after_a_name_without_a_comma_are_not_the_name(parser):
    assert parse(parser, "uk_nurse_sentence_case.txt").name == "Aoife Byrne"


def test_a_school_with_its_years_on_the_right_and_the_degree_below_is_one_entry(parser):
    parsed = parse(parser, "ng_accountant.txt")
    assert [(e.institution, e.degree, e.graduation_year) for e in parsed.education] == [
        ("University of Nigeria", "B.Sc. Accountancy (Second Class Upper)", 2012),
        ("Federal Government College", "WASSCE", 2008)]


def test_an_education_table_gives_one_entry_a_row_and_its_header_row_none(parser):
    parsed = parse(parser, "in_teacher_table.txt")
    assert [(e.degree, e.institution, e.graduation_year) for e in parsed.education] == [
        ("B.Ed", "Patna University", 2017), ("B.A. (English)", "Magadh University", 2015),
        ("12th", None, 2012)]


def test_a_skill_named_as_skills_is_kept_and_a_group_label_is_not(parser):
    names = [s.name for s in parse(parser, "au_chef_pipes.txt").skills]
    assert names[:2] == ["Knife skills", "Sauce making"]


def test_a_group_label_among_skills_is_no_skill(parser):
    text = "Lee Fox\nlee@example.org\n\nSKILLS\nSoft skills | Communication skills | Technical skills\n"
    assert [s.name for s in parser.parse_text(text).skills] == ["Communication skills"]


def certifications(parsed: ParsedResume) -> list[str]:
    return [s.name for s in parsed.skills if s.kind is SkillKind.CERTIFICATION]


def test_licences_the_taxonomy_lacks_are_kept_as_written_when_shaped_like_credentials(parser):
    electrician = certifications(parse(parser, "uk_electrician.txt"))
    assert {"Full UK Driving Licence", "IPAF"} <= set(electrician)
    # The profile's "JIB Gold Card" and the list's "ECS Gold Card" are one card: listed once.
    assert len({"ECS Gold Card", "JIB Gold Card"} & set(electrician)) == 1, electrician
    assert {"High Risk Work Licence (LF - Forklift)", "White Card"} <= \
        set(certifications(parse(parser, "au_warehouse.txt")))
    # "Level 3 Food Safety and Hygiene": the taxonomy knows the credential, under this very name.
    assert "Level 3 Food Safety and Hygiene" in certifications(parse(parser, "chef_allcaps_colons.txt"))


def test_a_training_section_keeps_only_the_credentials_the_taxonomy_knows(parser):
    text = "Dana Moss\ndana@example.org\n\nTRAININGS ATTENDED\nQuality based trainings: CTM\n"
    assert certifications(parser.parse_text(text)) == []


def test_places_bodies_and_licence_numbers_in_a_licence_section_are_no_credentials(parser):
    text = ("Dana Moss\ndana@example.org\n\nLICENSES\nRegistered Nurse, Illinois\nLicense No. 041-123456\n"
            "CPR, American Heart Association\nNMC PIN 16A1234N\n")
    found = certifications(parser.parse_text(text))
    assert not {"Illinois", "American Heart Association", "NMC PIN 16A1234N", "License No. 041-123456"} & set(found)


def test_two_columns_laid_out_with_spaces_are_read_one_after_the_other(parser):
    parsed = parse(parser, "pilot_twocol.txt")
    assert jobs(parsed) == [("Captain, Boeing 737-800", "Arik Air", "2016", None),
                            ("First Officer, Embraer 145", "Aero Contractors", "2010", "2016")]
    assert {"FAA ATP", "B737 Type Rating"} <= set(certifications(parsed))


def test_jobs_above_the_first_heading_are_experience_though_other_sections_are_named(parser):
    parsed = parse(parser, "dental_hyg_since.txt")
    assert jobs(parsed) == [
        ("Registered Dental Hygienist", "Queen West Dental Centre", "2019", None),
        ("Dental Assistant", "Clínica Sorriso", "2014", "2019")]
    assert len(parsed.education) == 2


def test_the_year_inside_a_school_part_is_its_graduation_year(parser):
    parsed = parse(parser, "in_sales_mixed.txt")
    assert [(e.degree, e.institution, e.graduation_year) for e in parsed.education] == [
        ("MBA (Marketing)", "Anna University", 2017), ("B.Com", "Loyola College", 2015)]


def test_a_compound_skill_joined_by_and_stays_whole_unless_both_halves_are_known(parser):
    names = [s.name for s in parse(parser, "uk_warehouse_datesfirst.txt").skills]
    assert "Health and safety" in names and "safety" not in names


def test_a_known_credential_written_with_its_kind_is_not_kept_twice(parser):
    names = certifications(parse(parser, "pilot_twocol.txt"))
    assert "FAA ATP" in names and "FAA ATP Certificate" not in names


def test_a_state_examination_is_a_degree(parser):
    [entry] = parse(parser, "de_pharmacist.txt").education
    assert (entry.degree, entry.field, entry.graduation_year) == ("State Examination in Pharmacy", "Pharmacy", 2014)


def test_a_linkedin_export_gives_degree_and_years_apart_and_a_life_support_course(parser):
    parsed = parse(parser, "linkedin_export_nurse.txt")
    assert [(e.degree, e.institution, e.graduation_year) for e in parsed.education] == [
        ("Bachelor of Nursing Science", "University of Ibadan", 2015)]
    assert "Advanced Life Support (ALS)" in certifications(parsed)


@pytest.mark.parametrize("name, town", [("uk_nurse_sentence_case.txt", "Belfast"), ("uk_warehouse_datesfirst.txt", "Leeds")])
def test_the_town_in_a_uk_contact_line_is_the_location(parser, name, town):
    assert town in (parse(parser, name).location or "")
