"""A personal-details form whose labels stand in a column, the values a wide gap after the
colon ("Surname:            Dlamini"), with fields that name a section's words ("Home Language:",
"Driver's Licence:") among them: the name is read from its two labels, and the fields below those
(the address) stay in the block (fictional résumés)."""
import asyncio

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor

FORM = """CURRICULUM VITAE

PERSONAL DETAILS
Surname:            Dlamini
First Names:        Nomvula Grace
Date of Birth:      02 July 1991
{field}
Residential Address: 14 Jacaranda Avenue, Hatfield, Pretoria, 0083
Cell:               083 512 7740

WORK EXPERIENCE
Company:   Netcare Pretoria East Hospital
Position:  Enrolled Nurse
Period:    March 2016 – Present
"""


@pytest.mark.parametrize("field", ["Home Language:      isiZulu", "Driver's Licence:   Code 8 (B)",
                                   "Languages:          English, isiZulu"])
def test_the_name_comes_from_its_two_labels_and_the_address_stays_in_the_block(field):
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(FORM.format(field=field)))
    assert parsed.name == "Nomvula Grace Dlamini"
    assert parsed.location and "Pretoria" in parsed.location
    assert [(e.title, e.company) for e in parsed.experience] == [("Enrolled Nurse", "Netcare Pretoria East Hospital")]



def test_a_labelled_section_after_the_forms_blank_line_is_a_section_again():
    """The form's fields run line after line: "Skills: ..." after a blank line below them opens
    the skills section, as it did before forms' fields were read (only a field among the form's
    lines is one)."""
    from adapters.embedded.parsing.sections import split_sections

    text = ("Jane Doe\nPersonal Details\nNationality: British\nDate of Birth: 02/07/1991\n\n"
            "Skills: Python, SQL, Widget polishing\n\nExperience\nData Analyst, Acme Ltd, 2019 - Present\n")
    _, sections = split_sections(text)
    assert [s.name for s in sections] == ["other", "skills", "experience"]
