"""Layouts of résumés from other countries, made here as real Word and PDF files and read
through the product's extraction: a Word table of jobs with From and To cells (Indian CVs),
and a PDF with each job's dates set flush right beside its title and the employer below."""
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
from domain.resumes import ParsedResume
from domain.uploads import DOCX, PDF


@pytest.fixture(scope="module")
def parser() -> RuleBasedResumeParser:
    return RuleBasedResumeParser(EmbeddedSkillExtractor(), today=lambda: date(2026, 12, 1))


def parsed(parser: RuleBasedResumeParser, data: bytes, content_type: str) -> ParsedResume:
    extracted = extract_document(data, content_type, ExtractionSettings())
    return parser.parse_text(extracted.text, extracted.looks)


def _table(document: docx.document.Document, rows: list[tuple[str, ...]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            table.cell(i, j).text = value


def tables_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Rahul Verma")
    document.add_paragraph("rahul.verma@example.in | +91 99887 66554 | Hyderabad")
    document.add_heading("Work Experience", level=2)
    _table(document, [("Organisation", "Designation", "From", "To"),
                      ("Apollo Pharmacy", "Pharmacist", "Jun 2018", "Present"),
                      ("MedPlus Health Services", "Trainee Pharmacist", "Jul 2016", "May 2018")])
    document.add_heading("Education", level=2)
    _table(document, [("Degree", "Institution", "Year"), ("B.Pharm", "Osmania University", "2016")])
    document.add_heading("Skills", level=2)
    document.add_paragraph("Dispensing, Inventory management, Patient counselling")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def right_dates_pdf() -> bytes:
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=A4)
    rows = [("Tomasz Nowak", True, None), ("tomasz.nowak@example.pl | +48 601 234 567 | Gdansk, Poland", False, None),
            ("EXPERIENCE", True, None),
            ("Welding Supervisor", True, "03/2015 – present"), ("Remontowa Shipbuilding S.A., Gdansk", False, None),
            ("Supervised a team of 14 welders on hull blocks.", False, None),
            ("Welder", True, "2010 – 2015"), ("Crist S.A., Gdynia", False, None),
            ("EDUCATION", True, None), ("Vocational School of Welding, Gdansk", False, "2010"),
            ("SKILLS", True, None), ("TIG welding, MIG welding, Blueprint reading", False, None)]
    for n, (text, bold, right) in enumerate(rows):
        sheet.setFont("Helvetica-Bold" if bold else "Helvetica", 11)
        sheet.drawString(72, 800 - 16 * n, text)
        if right:
            sheet.drawRightString(540, 800 - 16 * n, right)
    sheet.save()
    return buffer.getvalue()


def test_a_word_table_of_jobs_with_from_and_to_cells_gives_each_job(parser):
    resume = parsed(parser, tables_docx(), DOCX)
    assert [(e.title, e.company, e.start_date, e.end_date) for e in resume.experience] == [
        ("Pharmacist", "Apollo Pharmacy", "2018-06", None),
        ("Trainee Pharmacist", "MedPlus Health Services", "2016-07", "2018-05")]
    assert [(e.degree, e.institution, e.graduation_year) for e in resume.education] == [
        ("B.Pharm", "Osmania University", 2016)]


def test_dates_flush_right_of_the_title_with_the_employer_below_give_title_and_employer(parser):
    resume = parsed(parser, right_dates_pdf(), PDF)
    assert [(e.title, e.company, e.start_date, e.end_date) for e in resume.experience] == [
        ("Welding Supervisor", "Remontowa Shipbuilding S.A.", "2015-03", None),
        ("Welder", "Crist S.A.", "2010", "2015")]


def unseen_headings_docx() -> bytes:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = \
        "Siobhán Ní Bhriain | siobhan.nb@example.ie | +353 87 123 4567 | Galway"

    def heading(text: str) -> None:
        run = document.add_paragraph().add_run(text)
        run.bold = True
        run.font.size = Pt(13)

    heading("Where I've Worked")
    _table(document, [("2019 – Present", "Social Care Worker, Tusla Child and Family Agency, Galway"),
                      ("2015 – 2019", "Residential Care Worker, Brothers of Charity Services")])
    heading("Qualifications")
    document.add_paragraph("BA (Hons) Applied Social Care, Galway-Mayo Institute of Technology, 2015")
    heading("What I'm Good At")
    for skill in ["Child protection", "Care planning", "Therapeutic crisis intervention (TCI)", "Key working"]:
        document.add_paragraph(skill, style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_bold_heading_of_unseen_words_after_education_opens_the_list_it_heads(parser):
    resume = parsed(parser, unseen_headings_docx(), DOCX)
    assert (resume.name, resume.email, resume.phone) == \
        ("Siobhán Ní Bhriain", "siobhan.nb@example.ie", "+353 87 123 4567")
    assert [(e.title, e.company) for e in resume.experience] == [
        ("Social Care Worker", "Tusla Child and Family Agency"),
        ("Residential Care Worker", "Brothers of Charity Services")]
    assert [e.institution for e in resume.education] == ["Galway-Mayo Institute of Technology"]
    assert {"Child protection", "Care planning", "Key working"} <= {s.name for s in resume.skills}
