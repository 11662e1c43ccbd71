"""Headings found by how they are set (bold, larger type, a heading style) in DOCX and PDF
files made here, with wordings the parser has never seen; job titles set in bold like the
headings stay entries of their section."""
from __future__ import annotations

import io
from datetime import date

import docx
import pytest
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from adapters.embedded.extraction.dispatch import extract_document
from adapters.embedded.extraction.settings import ExtractionSettings
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.uploads import DOCX, PDF

# (how the line is set, the line): "name", "heading", "entry" (bold body type), "body".
Layout = list[tuple[str, str]]

UNSEEN_HEADINGS: Layout = [
    ("name", "Ifeoma Adeyemi"),
    ("body", "ifeoma.adeyemi@example.ng | +234 803 555 0101 | Lagos, Nigeria"),
    ("heading", "Where I Have Worked"),
    ("entry", "Senior Pharmacist"),
    ("body", "Reddington Hospital, Lagos | March 2019 - Present"),
    ("body", "Led a team of six dispensing staff across two sites."),
    ("entry", "Community Pharmacist"),
    ("body", "HealthPlus Pharmacy, Abuja | June 2015 - February 2019"),
    ("body", "Counselled patients on chronic medication and adherence."),
    ("heading", "Places I Studied"),
    ("body", "Bachelor of Pharmacy, University of Lagos, 2015"),
    ("heading", "What I Bring"),
    ("body", "Medication therapy management"),
    ("body", "Pharmacovigilance"),
    ("body", "Inventory control"),
    ("heading", "Outside Work"),
    ("body", "Choir, long-distance running and chess."),
]
SENTENCE_CASE_KNOWN: Layout = [
    ("name", "Tomas Lindqvist"),
    ("body", "tomas@example.se | +46 70 555 01 02"),
    ("heading", "Professional experience"),
    ("entry", "Electrician"),
    ("body", "Nordvolt AB, Malmo | 2016 - Present"),
    ("body", "Wired commercial kitchens and switchboards to code."),
    ("heading", "Licences and registrations held"),
    ("body", "OSHA 30"),
    ("heading", "Education"),
    ("body", "Diploma in Electrical Installation, Malmo Technical College, 2015"),
]


def make_docx(layout: Layout, *, heading_style: bool) -> bytes:
    document = docx.Document()
    for how, text in layout:
        if how == "heading" and heading_style:
            document.add_heading(text, level=2)
            continue
        run = document.add_paragraph().add_run(text)
        run.font.size = Pt({"name": 20, "heading": 13}.get(how, 10))
        run.bold = how in ("name", "heading", "entry")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_pdf(layout: Layout) -> bytes:
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=A4)
    y = 790
    for how, text in layout:
        font, size = {"name": ("Helvetica-Bold", 20), "heading": ("Helvetica-Bold", 13),
                      "entry": ("Helvetica-Bold", 10)}.get(how, ("Helvetica", 10))
        y -= size + 8
        sheet.setFont(font, size)
        sheet.drawString(60, y, text)
    sheet.save()
    return buffer.getvalue()


@pytest.fixture(scope="module")
def parser() -> RuleBasedResumeParser:
    return RuleBasedResumeParser(EmbeddedSkillExtractor(), today=lambda: date(2026, 1, 1))


def parsed(parser: RuleBasedResumeParser, data: bytes, content_type: str):
    extracted = extract_document(data, content_type, ExtractionSettings())
    return parser.parse_text(extracted.text, extracted.looks)


DOCUMENTS = {
    "docx with heading styles": lambda layout: (make_docx(layout, heading_style=True), DOCX),
    "docx with bold larger runs": lambda layout: (make_docx(layout, heading_style=False), DOCX),
    "pdf with bold larger type": lambda layout: (make_pdf(layout), PDF),
}


@pytest.mark.parametrize("make", DOCUMENTS.values(), ids=DOCUMENTS.keys())
def test_headings_of_unseen_wording_open_the_section_their_lines_belong_to(parser, make):
    resume = parsed(parser, *make(UNSEEN_HEADINGS))
    assert resume.name == "Ifeoma Adeyemi"
    assert [e.title for e in resume.experience] == ["Senior Pharmacist", "Community Pharmacist"]
    assert [e.company.split(",")[0] for e in resume.experience] == ["Reddington Hospital", "HealthPlus Pharmacy"]
    assert [e.institution for e in resume.education] == ["University of Lagos"]
    skills = {s.name.casefold() for s in resume.skills}
    assert {"pharmacovigilance", "inventory control"} <= skills
    assert not skills & {"chess", "choir"}  # an unknown heading over prose is no skills list


@pytest.mark.parametrize("make", DOCUMENTS.values(), ids=DOCUMENTS.keys())
def test_bold_headings_in_sentence_case_open_their_sections(parser, make):
    resume = parsed(parser, *make(SENTENCE_CASE_KNOWN))
    assert [e.title for e in resume.experience] == ["Electrician"]  # bold like a heading, still an entry
    assert resume.sections.get("certifications") == "OSHA 30"
    assert "OSHA 30" in {s.name for s in resume.skills}
    assert len(resume.education) == 1


def test_the_pdf_reader_reports_which_lines_are_bold_or_larger():
    extracted = extract_document(make_pdf(UNSEEN_HEADINGS), PDF, ExtractionSettings())
    looks = {look.text: look for look in extracted.looks}
    assert looks["Where I Have Worked"].bold and looks["Where I Have Worked"].size == 1.3
    assert looks["Senior Pharmacist"].bold and looks["Senior Pharmacist"].size == 1.0
    assert looks["Ifeoma Adeyemi"].size == 2.0
    assert "Pharmacovigilance" not in looks


def test_the_word_reader_reports_heading_styles_and_bold_runs():
    extracted = extract_document(make_docx(UNSEEN_HEADINGS, heading_style=True), DOCX, ExtractionSettings())
    looks = {look.text: look for look in extracted.looks}
    assert looks["Where I Have Worked"].heading_style
    assert looks["Senior Pharmacist"].bold and not looks["Senior Pharmacist"].heading_style
    assert "Pharmacovigilance" not in looks


def test_a_name_set_in_a_heading_style_under_a_page_header_is_still_the_name(parser):
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Curriculum vitae"
    document.add_heading("Kwame Mensah", level=1)
    document.add_paragraph("kwame@example.com | +44 7700 900123 | Leeds")
    document.add_heading("Where I Have Worked", level=1)
    document.add_paragraph("Site Manager, BuildRight Ltd | 2018 - Present")
    document.add_heading("Skills", level=1)
    document.add_paragraph("Site safety, Scheduling")
    buffer = io.BytesIO()
    document.save(buffer)
    resume = parsed(parser, buffer.getvalue(), DOCX)
    assert resume.name == "Kwame Mensah"
    assert [(e.title, e.company) for e in resume.experience] == [("Site Manager", "BuildRight Ltd")]
    assert [s.name for s in resume.skills] == ["Site safety", "Scheduling"]


def _table_docx(rows: list[tuple[str, list[str]]], before: list[str] = ()) -> bytes:
    document = docx.Document()
    document.add_paragraph().add_run("Chiamaka Obi").bold = True
    document.add_paragraph("chiamaka@example.ng | +234 802 555 0199 | Enugu")
    for line in before:
        document.add_paragraph().add_run(line).bold = True
    table = document.add_table(rows=len(rows), cols=2)
    for i, (label, lines) in enumerate(rows):
        table.cell(i, 0).paragraphs[0].add_run(label).bold = True
        cell = table.cell(i, 1)
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_layout_table_with_section_names_in_bold_on_the_left_gives_its_sections(parser):
    data = _table_docx([
        ("Work Experience", ["Nurse, Enugu State Teaching Hospital | 2017 - Present", "Triage for 30 beds"]),
        ("Education", ["BNSc Nursing, University of Nigeria, 2016"]),
        ("Skills", ["Triage, Wound care, Phlebotomy"]),
    ])
    resume = parsed(parser, data, DOCX)
    assert [(e.title, e.company) for e in resume.experience] == [("Nurse", "Enugu State Teaching Hospital")]
    assert [e.institution for e in resume.education] == ["University of Nigeria"]
    assert [s.name for s in resume.skills] == ["Triage", "Wound care", "Phlebotomy"]


def test_bold_group_labels_of_a_skills_table_are_no_skills(parser):
    data = _table_docx([("Clinical", ["Triage, Wound care"]), ("Records", ["Epic, Cerner"])], before=["Skills"])
    resume = parsed(parser, data, DOCX)
    names = [s.name for s in resume.skills]
    assert "Triage" in names and "Wound care" in names
    assert not {"Clinical", "Records"} & set(names)


def test_a_two_column_pdf_with_the_contact_details_in_the_sidebar_gives_its_sections(parser):
    sidebar = [("heading", "Contact"), ("body", "lucas@example.br"), ("body", "+55 11 95555 0101"),
               ("heading", "Toolbox"), ("body", "Welding"), ("body", "Blueprint reading")]
    main = [("name", "Lucas Pereira"), ("heading", "Where I Have Worked"), ("entry", "Welder"),
            ("body", "Metalurgica Sul Ltda | 2016 - Present"), ("body", "Welded structural steel for silos."),
            ("entry", "Welding Apprentice"), ("body", "Oficina Santos | 2013 - 2016"),
            ("body", "Assisted senior welders on site.")]
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=A4)
    for x, layout in ((40, sidebar), (220, main)):
        y = 800
        for how, text in layout:
            font, size = {"name": ("Helvetica-Bold", 20), "heading": ("Helvetica-Bold", 13),
                          "entry": ("Helvetica-Bold", 10)}.get(how, ("Helvetica", 10))
            y -= size + 9
            sheet.setFont(font, size)
            sheet.drawString(x, y, text)
    sheet.save()
    resume = parsed(parser, buffer.getvalue(), PDF)
    assert (resume.name, resume.email) == ("Lucas Pereira", "lucas@example.br")
    assert [(e.title, e.company) for e in resume.experience] == [
        ("Welder", "Metalurgica Sul Ltda"), ("Welding Apprentice", "Oficina Santos")]
    assert [s.name for s in resume.skills] == ["Welding", "Blueprint reading"]
