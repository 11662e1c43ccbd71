"""A name line that carries letters after the name ("MARIA GONZALEZ, RN"): the whole name,
never a part of it, and never the line as a location."""
import pytest

from adapters.embedded.parsing.contact import parse_contact


@pytest.mark.parametrize(
    "line, name",
    [
        ("MARIA GONZALEZ, RN", "Maria Gonzalez"),
        ("Sam Okafor, CPA", "Sam Okafor"),
        ("Lee Park, MBA", "Lee Park"),
        ("Ana Lima, PhD", "Ana Lima"),
        ("Ana Lima, Ph.D.", "Ana Lima"),
        ("Dana Reyes, RN, BSN", "Dana Reyes"),
        ("DANA REYES, MSN, APRN", "Dana Reyes"),
        ("Chidi Eze, P.Eng", "Chidi Eze"),
    ],
)
def test_a_credential_after_the_name_leaves_the_whole_name(line, name):
    text = f"{line}\nmaria@example.com | (312) 555-0142\n"
    contact = parse_contact(text, text.splitlines())
    assert contact.name == name
    assert contact.location is None


def test_the_location_still_comes_from_the_contact_line_under_a_credentialled_name():
    text = "MARIA GONZALEZ, RN\nChicago, IL | maria@example.com | (312) 555-0142\n"
    contact = parse_contact(text, text.splitlines())
    assert (contact.name, contact.location) == ("Maria Gonzalez", "Chicago, IL")


def test_contact_details_on_the_credentialled_name_line_still_give_the_place():
    text = "MARIA GONZALEZ, RN | Chicago, IL | maria@example.com | (312) 555-0142\n"
    contact = parse_contact(text, text.splitlines())
    assert (contact.name, contact.location, contact.letters_after_name) == ("Maria Gonzalez", "Chicago, IL", ("RN",))


def test_a_town_and_state_on_the_first_line_is_no_name_with_credentials():
    text = "Springfield, IL\nmaria@example.com\n"
    contact = parse_contact(text, text.splitlines())
    assert contact.name is None


def test_a_licence_after_the_name_is_one_of_the_resumes_certifications():
    from adapters.embedded.parsing.parser import RuleBasedResumeParser
    from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor

    names = ["Registered Nurse (RN)", "wound care"]
    tax = SkillTaxonomy(names, {"rn": (0, True), "registered nurse": (0, False), "wound care": (1, False)},
                        [frozenset()] * 2, [frozenset()] * 2,
                        kinds=[SkillKind.CERTIFICATION, SkillKind.SKILL])
    parser = RuleBasedResumeParser(TaxonomySkillExtractor(tax))
    resume = parser.parse_text("MARIA GONZALEZ, RN, BSN\nmaria@example.com\n\nSKILLS\nWound care\n")
    assert resume.name == "Maria Gonzalez"
    assert [(s.name, s.kind) for s in resume.skills] == [("Wound care", SkillKind.SKILL),
                                                         ("RN", SkillKind.CERTIFICATION)]
