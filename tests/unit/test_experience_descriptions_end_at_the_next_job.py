"""A job's description holds what was done there, never the title and employer lines of the
job listed after it (fictional résumés in UK and US layouts)."""
from adapters.embedded.parsing.experience import parse_experience

UK_TITLE_OVER_EMPLOYER = """Financial Controller
Harbour Logistics Ltd, London
Sep 2021 - Present
Month-end close, consolidation of 5 entities, VAT returns.

Audit Senior
KPMG LLP, Birmingham
Sep 2017 - Aug 2021
Statutory audits of mid-market clients.
"""

US_TITLE_DASH_EMPLOYER = """Registered Nurse, ICU — Memorial Hermann Hospital, Houston, TX
March 2019 – Present
- Ventilator management, titrating vasoactive drips

Staff Nurse, Emergency Department — St. Luke's Health, Houston, TX
June 2016 – February 2019
- Triage, IV insertion, medication administration
"""


def test_the_next_jobs_title_and_employer_lines_are_not_the_previous_jobs_description():
    entries, _ = parse_experience(UK_TITLE_OVER_EMPLOYER)
    assert [(e.title, e.company, e.description) for e in entries] == [
        ("Financial Controller", "Harbour Logistics Ltd", "Month-end close, consolidation of 5 entities, VAT returns."),
        ("Audit Senior", "KPMG LLP", "Statutory audits of mid-market clients.")]


def test_the_next_jobs_title_and_employer_line_is_not_the_previous_jobs_description():
    entries, _ = parse_experience(US_TITLE_DASH_EMPLOYER)
    assert [e.description for e in entries] == [
        "- Ventilator management, titrating vasoactive drips", "- Triage, IV insertion, medication administration"]
    assert entries[1].title == "Staff Nurse, Emergency Department"
