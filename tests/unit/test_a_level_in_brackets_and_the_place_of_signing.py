"""A level in brackets beside an unknown skill ("(basic)") names no BASIC, and the place and date
a CV is signed at its foot ("Graz, im März 2026") name no skill (fictional résumés)."""
import asyncio

from adapters.embedded.parsing.page_furniture import without_page_furniture
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


def _skills(text):
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(text))
    return [s.name for s in parsed.skills]


def test_a_level_beside_an_unknown_tool_names_no_programming_language():
    skills = _skills("Imran Qureshi\n\nIT SKILLS\nBusy Accounting (basic), Marg ERP (advanced), Python (basic)\n")
    assert "BASIC" not in skills
    assert "Busy Accounting" in skills and "Python" in skills


def test_the_basic_language_in_capitals_is_still_read():
    assert "BASIC" in _skills("Imran Qureshi\n\nSKILLS\nBASIC, COBOL, Fortran\n")


def test_the_place_and_date_of_signing_name_no_skill():
    text = ("Lena Brandstätter\n\nKenntnisse\nSAP SD, MS Office\nSprachen: Englisch (fließend)\n\n"
            "Graz, im März 2026\n")
    skills = _skills(text)
    assert not [s for s in skills if "Graz" in s or "März" in s]
    assert "SAP SD" in skills


def test_signing_lines_in_several_languages_are_blanked_and_a_dated_job_is_not():
    for line in ("Nantes, le 14 avril 2026", "Wien, den 02.03.2026", "Sevilla, el 9 de junio de 2026",
                 "Poznań, dnia 5 maja 2026", "Dundee, 11/02/2026"):
        assert without_page_furniture(line) == "", line
    for line in ("Harbour Café, Summer 2022", "Bosch GmbH, März 2019", "Teamwork, el liderazgo"):
        assert without_page_furniture(line) == line, line
