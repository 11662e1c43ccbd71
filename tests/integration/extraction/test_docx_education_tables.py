"""Word résumés that give their schooling as a table, one qualification a row (degree |
institution | year), with or without a row naming the columns in the résumé's language: each
row is one entry with its degree, institution and year, whatever words the degree and school
are named in; the column names are no entry (fictional résumés made here as real DOCX files)."""
from __future__ import annotations

import io
from datetime import date

import docx
import pytest

from adapters.embedded.extraction.dispatch import extract_document
from adapters.embedded.extraction.settings import ExtractionSettings
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from domain.skills import SkillTaxonomy, TaxonomySkillExtractor
from domain.uploads import DOCX


def education_table_docx(heading: str, rows: list[tuple[str, ...]]) -> bytes:
    document = docx.Document()
    document.add_paragraph("Nomvula Dlamini")
    document.add_paragraph("nomvula.dlamini@example.co.za | +27 82 555 0142")
    document.add_heading(heading, level=2)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    document.add_heading("Experience", level=2)
    document.add_paragraph("Pastry Chef, The Oyster Box, Umhlanga — 2016 – 2021")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def parser() -> RuleBasedResumeParser:
    return RuleBasedResumeParser(TaxonomySkillExtractor(SkillTaxonomy([], {}, [], [])), today=lambda: date(2026, 1, 1))


@pytest.mark.parametrize("heading, rows, entries", [
    ("Education", [("Executive Pastry Programme", "Le Cordon Bleu London", "2014"),
                   ("National Senior Certificate", "Durban Girls' High School", "2010")],
     [("Executive Pastry Programme", "Le Cordon Bleu London", 2014),
      ("National Senior Certificate", "Durban Girls' High School", 2010)]),
    ("Formation", [("Diplôme", "Établissement", "Année"),
                   ("Licence professionnelle Logistique", "IUT de Bordeaux", "2015"),
                   ("Baccalauréat STMG", "Lycée Montesquieu", "2012")],
     [("Licence professionnelle Logistique", "IUT de Bordeaux", 2015), ("Baccalauréat STMG", "Lycée Montesquieu", 2012)]),
    ("Ausbildung", [("Abschluss", "Einrichtung", "Jahr"),
                    ("Konditormeister", "Handwerkskammer für München und Oberbayern", "2019")],
     [("Konditormeister", "Handwerkskammer für München und Oberbayern", 2019)]),
    ("Educación", [("Titulación", "Centro", "Año"), ("Técnico Superior en Dirección de Cocina", "IES Hostelería Bellavista", "2013")],
     [("Técnico Superior en Dirección de Cocina", "IES Hostelería Bellavista", 2013)]),
    ("Education", [("Qualification", "Institution", "Year"), ("Higher Certificate in Culinary Arts", "Capsicum Culinary Studio", "2011")],
     [("Higher Certificate in Culinary Arts", "Capsicum Culinary Studio", 2011)]),
])
def test_each_row_of_an_education_table_is_one_entry(parser, heading, rows, entries):
    extracted = extract_document(education_table_docx(heading, rows), DOCX, ExtractionSettings())
    resume = parser.parse_text(extracted.text, extracted.looks)
    assert [(e.degree, e.institution, e.graduation_year) for e in resume.education] == entries
