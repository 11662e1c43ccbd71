"""Skills lists set with the marks word processors and templates use between items ("»",
"›", "→", "✔", "★", a spaced "+"), and employers whose legal form follows a comma
("Hanoi Garments Co., Ltd.", "Brightwater, Inc."): each item is a skill, and the legal form
stays with its employer (fictional lines)."""
import pytest

from adapters.embedded.parsing.job_titles import split_title_company
from adapters.embedded.parsing.skill_items import section_items


@pytest.mark.parametrize("line", [
    "Bookkeeping » Payroll » Stock control", "Bookkeeping › Payroll › Stock control",
    "Bookkeeping → Payroll → Stock control", "✔ Bookkeeping ✔ Payroll ✔ Stock control",
    "★ Bookkeeping ★ Payroll ★ Stock control", "Bookkeeping + Payroll + Stock control",
])
def test_marks_between_items_part_them(line):
    assert section_items(line)[0] == ["Bookkeeping", "Payroll", "Stock control"]


@pytest.mark.parametrize("header, expected", [
    (["Seamstress — Hanoi Garments Co., Ltd."], ("Seamstress", "Hanoi Garments Co., Ltd.")),
    (["Seamstress, Hanoi Garments Co., Ltd., Hanoi"], ("Seamstress", "Hanoi Garments Co., Ltd.")),
    (["Brightwater, Inc. | Dispatcher"], ("Dispatcher", "Brightwater, Inc.")),
])
def test_a_legal_form_after_a_comma_stays_with_its_employer(header, expected):
    assert split_title_company(header) == expected
