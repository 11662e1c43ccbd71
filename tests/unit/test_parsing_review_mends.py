"""Rules added for other countries' résumés that must not take what they were not meant for:
year ranges are versions, dates and counts cite no standard, India's PUC with its stream is
schooling, and initials before an Indian name are the name's."""
from __future__ import annotations

import pytest

from adapters.embedded.parsing.education_words import DEGREE
from adapters.embedded.parsing.name_titles import without_title
from adapters.embedded.parsing.skill_names import a_cited_code, without_version


@pytest.mark.parametrize(("written", "name"), [
    ("AutoCAD 2018-2024", "AutoCAD"), ("Windows Server 2008-2012", "Windows Server"), ("Revit 2016-17", "Revit"),
    ("S7-1200", "S7-1200"), ("City & Guilds 2391-52", "City & Guilds 2391-52"),
])
def test_years_from_one_to_another_are_a_version_and_a_model_number_is_not(written, name):
    assert without_version(written) == name


@pytest.mark.parametrize("line", ["JUNE 15 – Fire Marshal Training", "DEC 18 – First Aid", "WEEK 1 – Site Induction",
                                  "TOP 10 – Sales Award", "UK 12 – Regional Finals"])
def test_a_date_or_a_count_in_capitals_cites_no_standard(line):
    assert a_cited_code(line) is None


def test_a_standard_s_code_is_still_cited():
    assert a_cited_code("NR-10 – Segurança em Instalações Elétricas") == "NR-10"
    assert a_cited_code("BS 7671 18th Edition") == "BS 7671"


@pytest.mark.parametrize("line", ["PUC Commerce, 2015", "PUC Science", "PUC Karnataka Board"])
def test_india_s_puc_with_its_stream_or_board_is_schooling(line):
    assert DEGREE.search(line)


@pytest.mark.parametrize("line", ["PUC Minas", "PUC-Rio", "PUC-SP"])
def test_brazil_s_catholic_universities_are_no_puc_class(line):
    found = DEGREE.search(line)
    assert found is None or not found.group(0).lower().startswith("puc")


def test_initials_before_an_indian_name_are_the_name_s():
    assert without_title("C.P. Ramesh Kumar")[0] == "C.P. Ramesh Kumar"
