"""Codes after a credential's label or in brackets beside it ("Type ratings: B737, B777",
"Gas Safe (CPA1, CEN1)") name parts of it: read as skills only where the taxonomy knows them.
A licence's category glued to it ("CPL(H)") and its state ("frozen") are no part of its name.
An inline "Training:" line lists courses the person holds, kept as written when unknown.
Fictional résumés, read with the shipped taxonomy."""
import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.skills import TaxonomySkillExtractor


@pytest.fixture(scope="module")
def parser():
    return RuleBasedResumeParser(TaxonomySkillExtractor(load_taxonomy()))


def _skills(parser, body: str) -> list[str]:
    text = f"Tomasz Zielinski\nHelicopter Pilot\ntomasz.z@example.org\n\n{body}\n"
    return [s.name for s in parser.parse_text(text).skills]


@pytest.mark.parametrize("heading", ["SKILLS", "LICENCES", "CERTIFICATIONS"])
def test_unknown_codes_after_a_ratings_label_are_no_skills(parser, heading):
    names = _skills(parser, f"{heading}\nType ratings: B737, B777\nCrew resource management")
    assert not {"B737", "B777"} & set(names)


@pytest.mark.parametrize("heading", ["SKILLS", "CERTIFICATIONS"])
def test_unknown_codes_in_brackets_beside_a_credential_are_no_skills(parser, heading):
    names = _skills(parser, f"{heading}\nGas Safe (CPA1, CEN1), Boiler servicing")
    assert "Gas Safe" in names
    assert not {"CPA1", "CEN1"} & set(names)


def test_known_codes_in_brackets_are_still_read(parser):
    names = _skills(parser, "SKILLS\nWeb pages (HTML5, CSS3)")
    assert {"HTML5", "CSS3"} <= set(names) or {"HTML", "CSS"} <= set(names)


@pytest.mark.parametrize("line", ["CPL(H) frozen, EASA Part-FCL", "CPL(H), Night rating"])
def test_a_glued_category_and_a_state_leave_the_licence_readable(parser, line):
    names = _skills(parser, f"LICENCES\n{line}")
    assert any("CPL" in n or "Commercial Pilot" in n for n in names)
    assert not any("(H)" in n or "frozen" in n for n in names)


def test_unknown_courses_on_an_inline_training_line_are_kept(parser):
    text = ("Roisin Byrne\nScaffolder\nroisin.b@example.org\n\nEXPERIENCE\n"
            "Scaffolder, Kelleher Access Ltd, Galway (2018-2023)\n"
            "Training: Quarry Safety Induction, Manual Handling, Abrasive Wheels (Galway ETB, 2019)\n")
    names = [s.name for s in parser.parse_text(text).skills]
    assert "Quarry Safety Induction" in names
    assert "Abrasive Wheels" in names
    assert "Galway ETB" not in names


def test_a_kind_of_training_as_label_lists_programmes_not_courses_held(parser):
    text = ("Roisin Byrne\nTeam Lead\nroisin.b@example.org\n\nEXPERIENCE\n"
            "Team Lead, Kelleher Access Ltd, Galway (2018-2023)\n"
            "Leadership based trainings: Compass Programme, Lead the way\n")
    names = [s.name for s in parser.parse_text(text).skills]
    assert "Lead the way" not in names


def test_an_inline_training_line_under_schooling_keeps_its_unknown_courses(parser):
    text = ("Dil Bahadur Rai\nSecurity Officer\ndil.rai@example.org\n\nEducation:\n"
            "Secondary Education Examination, Himalaya Secondary School, 2014\n\n"
            "Training: Emergency Evacuation Drill, First Aid, Crowd Control Certificate\n")
    names = [s.name for s in parser.parse_text(text).skills]
    assert "Emergency Evacuation Drill" in names


def test_the_label_of_a_contact_detail_names_no_skill(parser):
    text = ("Darnell Brooks\nTree Trimmer\nPhone (251) 555-0108  |  Email darnell.b@example.org  |  Mobile, AL\n\n"
            "EXPERIENCE\nTree Trimmer, Gulf Arbor Care, Mobile, AL (2017-2023)\n")
    names = [s.name.casefold() for s in parser.parse_text(text).skills]
    assert "email" not in names


def test_an_inline_tickets_line_keeps_its_unknown_tickets(parser):
    text = ("Kyle Desjardins\nRigger\nkyle.d@example.org\n\nWORK HISTORY\n"
            "Rigger | Northern Lift Ltd | Grande Prairie, AB | 2016 – 2022\n\n"
            "TICKETS: Rigging Signal Person, Ground Disturbance Level II, Fall Protection\n")
    names = [s.name for s in parser.parse_text(text).skills]
    assert "Rigging Signal Person" in names
