"""A licences line that lists several credentials sharing their last word ("Hazmat (H), Tanker
(N) and Doubles/Triples (T) endorsements") gives one credential per item, not the last item
alone; a part before "with" is a credential of its own."""
import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor

NAMES = ["Commercial Driver's License Class A (CDL-A)", "Hazmat endorsement", "Tanker endorsement",
         "Doubles/Triples endorsement", "Registered Nurse (RN)", "PADI Open Water Diver", "Forklift operation"]
ALIASES = {"cdl class a": (0, False), "cdl-a": (0, False), "hazmat": (1, False), "hazmat endorsement": (1, False),
           "tanker endorsement": (2, False), "doubles/triples": (3, False), "doubles/triples endorsement": (3, False),
           "registered nurse": (4, False), "rn": (4, True), "rn license": (4, False),
           "padi open water diver": (5, False), "forklift": (6, False)}
KINDS = [SkillKind.CERTIFICATION] * 6 + [SkillKind.SKILL]


@pytest.fixture
def parser() -> RuleBasedResumeParser:
    tax = SkillTaxonomy(NAMES, ALIASES, [frozenset()] * 7, [frozenset()] * 7, kinds=KINDS)
    return RuleBasedResumeParser(TaxonomySkillExtractor(tax))


def _credentials(parser: RuleBasedResumeParser, heading: str, *lines: str) -> dict[str, SkillKind]:
    text = "Sam Okafor\nsam.okafor@example.com\n\n" + heading + "\n" + "\n".join(lines) + "\n"
    return {s.name: s.kind for s in parser.parse_text(text).skills}


def test_each_endorsement_of_a_shared_list_is_a_credential(parser):
    found = _credentials(parser, "LICENSES & ENDORSEMENTS",
                         "CDL Class A with Hazmat (H), Tanker (N) and Doubles/Triples (T) endorsements")
    names = {n.lower() for n in found}  # named as written, so that each is in the text
    assert {"tanker", "doubles/triples", "hazmat", "cdl class a"} <= names
    assert not any("(t)" in n or n.startswith("triples") for n in names)
    assert all(kind is SkillKind.CERTIFICATION for kind in found.values())


@pytest.mark.parametrize("line, expected", [
    ("Scissor Lift, Boom Lift and Telehandler tickets",
     {"Scissor Lift", "Boom Lift", "Telehandler"}),
    ("Confined Space, Working at Heights & Gas Testing tickets", {"Confined Space", "Working at Heights", "Gas Testing"}),
])
def test_credentials_unknown_to_the_taxonomy_are_kept_with_their_shared_word(parser, line, expected):
    found = _credentials(parser, "CERTIFICATIONS", line)
    assert expected <= set(found)
    assert all(found[n] is SkillKind.CERTIFICATION for n in expected)


def test_a_nursing_licence_with_its_state_under_certifications_is_extracted(parser):
    found = _credentials(parser, "CERTIFICATIONS", "Registered Nurse (RN) License, Illinois")
    assert any(n.startswith("Registered Nurse") for n in found)
    assert "Illinois" not in found


@pytest.mark.parametrize("line, expected", [
    # each named in full, as one written alone is ("Class C licence"), the credential's word too
    ("Class B, C and D licences", {"Class B licence", "Class C licence", "Class D licence"}),
    ("Classes C1, C and CE licences", {"Class C1 licence", "Class C licence", "Class CE licence"}),
    ("Category B, C1 & D1 licences", {"Category B licence", "Category C1 licence", "Category D1 licence"}),
    ("Category C1, C and CE", {"Category C1", "Category C", "Category CE"}),
    ("HGV Class 1 and 2", {"HGV Class 1", "HGV Class 2"}),
    ("Cat B+E and C1", {"Cat B+E", "Cat C1"}),
    ("Führerschein Klasse B, C1 und CE", {"Führerschein Klasse B", "Führerschein Klasse C1", "Führerschein Klasse CE"}),
    ("Permis B et C", {"Permis B", "Permis C"}),
])
def test_licence_classes_listed_after_one_class_word_each_keep_the_word(parser, line, expected):
    found = _credentials(parser, "LICENCES", line)
    assert expected <= set(found)
    assert not {n for n in found if len(n) <= 2}, "a bare class letter names no credential"


def test_classes_in_a_skills_section_are_licences_not_the_c_language(parser):
    found = _credentials(parser, "SKILLS", "Category B, BE, C and CE", "Forklift")
    assert {"Category B", "Category BE", "Category C", "Category CE"} <= set(found)
    assert "C" not in found


def test_a_skills_list_of_languages_keeps_c_and_what_is_no_licence_list_stays_as_it_was(parser):
    assert {"C", "C++"} <= set(_skills_of(parser, "C, C++, Python"))
    assert "Category B" not in _skills_of(parser, "Category A and B supplier management")  # no licence named


def _skills_of(parser: RuleBasedResumeParser, line: str) -> dict[str, SkillKind]:
    tax = SkillTaxonomy(["C", "C++", "Python"], {"c": (0, False), "c++": (1, False), "python": (2, False)},
                        [frozenset()] * 3, [frozenset()] * 3, kinds=[SkillKind.TOOL] * 3)
    text = "Sam Okafor\nsam.okafor@example.com\n\nSKILLS\n" + line + "\n"
    return {s.name: s.kind for s in RuleBasedResumeParser(TaxonomySkillExtractor(tax)).parse_text(text).skills}


def test_a_bracketed_list_of_endorsements_after_the_licence_gives_each_endorsement(parser):
    found = _credentials(parser, "LICENSES", "Class A CDL – Tennessee (Hazmat, Tanker, Doubles/Triples endorsements)")
    names = {n.lower() for n in found}
    assert {"tanker", "hazmat", "doubles/triples"} <= names
    assert not any("endorsements" in n for n in names)
