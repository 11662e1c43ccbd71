"""A "Core Competencies" grid (short items in three columns, row under row) is one list, not a
page in two columns: its right-hand items stay in the skills section instead of being moved
under the next heading (a fourth blind probe's finding; an example of its own)."""
import asyncio

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.parsing.text_columns import read_columns
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from adapters.reference_data.packaged import packaged_reference_data
from domain.installed_reference_data import install_reference_data

_GRID = ("KEY COMPETENCIES\n"
         "Payroll processing          Accounts payable          Bank reconciliations\n"
         "Xero                        QuickBooks Online         VAT returns\n"
         "Month-end close             Fixed asset register      Cash flow forecasting\n"
         "\n"
         "EXPERIENCE\n"
         "Assistant Accountant, Harlow & Finch Ltd, Bristol          2019 – Present\n")


def test_a_grid_of_items_stays_as_written():
    assert read_columns(_GRID) == _GRID


def test_the_grids_items_are_skills_and_the_job_keeps_its_lines():
    install_reference_data(packaged_reference_data())
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse("Nadia Osei\nnadia.osei@example.co.uk\n\n" + _GRID))
    names = {s.name.casefold() for s in parsed.skills}
    assert {"accounts payable", "vat returns", "cash flow forecasting"} <= names
    assert [(e.title, e.company) for e in parsed.experience] == [("Assistant Accountant", "Harlow & Finch Ltd")]
