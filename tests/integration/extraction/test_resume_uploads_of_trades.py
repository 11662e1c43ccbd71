"""Résumés of trades as uploaded: a Word work history given as a table right under the
contact lines, with no heading ("Head Chef | The Ritz, London | 2015 - 2024"), is the work
history and not the person's address; a plain-text résumé saved in Windows-1252 / Latin-1 keeps
every skill of its lines (fictional résumés made here as real files)."""
from __future__ import annotations

import io
from datetime import date

import docx
import pytest

from adapters.embedded.extraction.dispatch import extract_document
from adapters.embedded.extraction.settings import ExtractionSettings
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.uploads import DOCX, PLAIN_TEXT


@pytest.fixture(scope="module")
def parser() -> RuleBasedResumeParser:
    return RuleBasedResumeParser(EmbeddedSkillExtractor(), today=lambda: date(2026, 12, 1))


def work_table_docx(rows: list[tuple[str, str, str]]) -> bytes:
    document = docx.Document()
    for line in ("Tom Baker", "Bristol", "tom.baker@example.com | 07700 900123"):
        document.add_paragraph(line)
    table = document.add_table(rows=len(rows), cols=3)
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    document.add_heading("Skills", level=2)
    document.add_paragraph("Knife skills, Pastry")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_work_history_table_under_the_contact_lines_is_the_work_history(parser):
    data = work_table_docx([("Head Chef", "The Ritz, London", "2015 - 2024"), ("Sous Chef", "The Savoy", "2010 - 2015")])
    extracted = extract_document(data, DOCX, ExtractionSettings())
    resume = parser.parse_text(extracted.text, extracted.looks)
    assert [(e.title, e.company, e.start_date) for e in resume.experience] == [
        ("Head Chef", "The Ritz", "2015"), ("Sous Chef", "The Savoy", "2010")]
    assert resume.location == "Bristol"


def test_a_windows_1252_text_resume_keeps_its_skills(parser):
    text = ("José Martínez\nChef de partie – Café Rouge\njose.martinez@example.com\n\nSKILLS\nPâtisserie, Knife skills\n\n"
            "EXPERIENCE\nChef de partie, Café Rouge\n2019 – 2023\n• Allergen control, HACCP, menu planning and stock control\n")
    extracted = extract_document(text.encode("cp1252"), PLAIN_TEXT, ExtractionSettings())
    extractor = EmbeddedSkillExtractor()
    found = {extractor.canonical(s.name) or s.name for s in parser.parse_text(extracted.text).skills}
    assert {"HACCP", "Menu planning"} <= found, found
