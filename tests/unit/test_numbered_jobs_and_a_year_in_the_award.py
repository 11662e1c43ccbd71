"""A numbered work history ("1. Company : ...", "2) ...") keeps the number off the employer; an
award whose year stands inside it once its label is taken off ("SSC passed in 2009 from ...")
gives that year."""
from __future__ import annotations

import pytest

from adapters.embedded.parsing.education import parse_education
from adapters.embedded.parsing.experience import parse_experience
from adapters.embedded.parsing.header_lines import without_a_list_number


def test_numbered_jobs_with_labels():
    text = ("1. Company : Gulf Falcon Contracting LLC, Abu Dhabi\n   Position : Steel Fixer\n   Period : 2014 to 2019\n"
            "2. Company : Himalaya Builders Pvt. Ltd.\n   Position : Helper\n   Period : 2010 to 2013\n")
    jobs = [(e.title, e.company) for e in parse_experience(text)[0]]
    assert jobs == [("Steel Fixer", "Gulf Falcon Contracting LLC"), ("Helper", "Himalaya Builders Pvt. Ltd.")]


@pytest.mark.parametrize(("line", "kept"), [
    ("2) Oromia Roads Authority", "Oromia Roads Authority"),
    ("(3) Acme Ltd — Driver", "Acme Ltd — Driver"),
    ("  12. Ministry of Health", "  Ministry of Health"),
    ("10.2018 – 03.2020 Nurse", "10.2018 – 03.2020 Nurse"),
    ("1. 2018 – 2020 Nurse", "1. 2018 – 2020 Nurse"),
])
def test_only_a_lists_number_before_a_letter_is_taken_off(line, kept):
    assert without_a_list_number(line) == kept


def test_a_year_inside_the_award_after_its_label():
    entries = parse_education("SSC passed in 2009 from Kendriya Vidyalaya, Jorhat\n")
    assert entries[0].graduation_year == 2009
    assert entries[0].institution == "Kendriya Vidyalaya"
