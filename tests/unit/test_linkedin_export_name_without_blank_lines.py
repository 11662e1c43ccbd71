"""LinkedIn's profile saved as PDF, read by an extractor that drops blank lines (invented
profiles): the name's block is found by its shape, the name over a headline (one line, or two
when it wrapped) over the person's location, and is put first."""
from __future__ import annotations

from adapters.embedded.parsing.linkedin_export import name_block_first

SIDEBAR = """Contact
ines.carvalho@example.pt
www.linkedin.com/in/ines-carvalho-rn (LinkedIn)
Top Skills
Wound Care
Triage
Languages
Portuguese (Native or Bilingual)
"""


def test_name_headline_and_location_move_to_the_top():
    text = SIDEBAR + "Inês Carvalho\nCharge Nurse at Hospital de Santa Maria\nLisbon, Lisbon, Portugal\nSummary\nNurse.\n"
    assert name_block_first(text).split("\n")[:3] == [
        "Inês Carvalho", "Charge Nurse at Hospital de Santa Maria", "Lisbon, Lisbon, Portugal"]


def test_a_wrapped_headline_and_an_area_as_the_location():
    text = SIDEBAR + ("Inês Carvalho\nCharge Nurse at Hospital de Santa Maria, Emergency\nDepartment and Trauma Unit\n"
                      "Greater Lisbon Area\nExperience\nHospital de Santa Maria\n")
    assert name_block_first(text).split("\n")[0] == "Inês Carvalho"


def test_no_location_over_the_heading_leaves_the_text_as_it_was():
    text = SIDEBAR + "Inês Carvalho\nCharge Nurse at Hospital de Santa Maria\nSummary\nNurse.\n"
    assert name_block_first(text) == text
