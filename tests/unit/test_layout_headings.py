"""What a section holds when its heading's words are unknown, and which looks mark headings."""
import pytest

from adapters.embedded.parsing.layout_headings import Looks, content_meaning
from domain.document_layout import LineLook


@pytest.mark.parametrize("lines, meaning", [
    (["Site Manager, BuildRight Ltd | 2018 - Present", "Ran sites of 40 people."], "experience"),
    (["BSc Nursing, University of Lagos, 2015"], "education"),
    (["Registered Nurse licence, Illinois, 2019", "ACLS certification, 2021"], "certifications"),
    (["Triage", "Wound care", "Phlebotomy, IV therapy, ECG"], "skills"),
    (["I enjoy choir, long-distance running and chess on weekends with friends."], "other"),
    (["kwame@example.com | +44 7700 900123 | Leeds"], "other"),
    (["MS Excel, MS Word, QuickBooks"], "skills"),  # "MS" is no Master of Science here
])
def test_the_lines_under_an_unknown_heading_say_what_section_it_is(lines, meaning):
    assert content_meaning(lines) == meaning


def test_lines_set_like_the_recognised_headings_look_like_headings():
    looks = Looks([LineLook("Dana Reyes", bold=True, size=1.8), LineLook("Education", bold=True, size=1.3),
                   LineLook("Where I Worked", bold=True, size=1.3), LineLook("Charge Nurse", bold=True)])
    assert looks.like_a_heading("Where I Worked")
    assert not looks.like_a_heading("Charge Nurse")  # bold body type: an entry
    assert not looks.like_a_heading("Dana Reyes")  # the name's type, used once
    assert not looks.like_a_heading("Triage")  # not set apart at all


def test_without_headings_of_known_words_larger_type_used_several_times_marks_them():
    looks = Looks([LineLook("Dana Reyes", bold=True, size=1.8), LineLook("Where I Worked", size=1.3),
                   LineLook("What I Know", size=1.3)])
    assert looks.like_a_heading("What I Know") and not looks.like_a_heading("Dana Reyes")
