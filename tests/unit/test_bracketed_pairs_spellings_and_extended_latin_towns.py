"""Two credentials joined by "and", each with its initials in brackets, are two; one skill
listed in a shorter and a longer spelling of the taxonomy's ("Digital tachograph", "digital
tachograph card") is one; a town whose name opens with a capital of central Europe's Latin
letters ("Świnoujście", "Ústí nad Labem") and its country in its own language is the
location. Invented résumés, read with the shipped taxonomy."""
import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.skills import TaxonomySkillExtractor


@pytest.fixture(scope="module")
def parser():
    return RuleBasedResumeParser(TaxonomySkillExtractor(load_taxonomy()))


@pytest.mark.parametrize("pair", ["Emergency First Aid at Work (EFAW) and Basic Life Support (BLS)",
                                  "Immediate Life Support (ILS) and Advanced Cardiovascular Life Support (ACLS)"])
def test_two_bracketed_credentials_joined_by_and_are_two(parser, pair):
    text = f"Femi Adeyemi\nParamedic\n\nSKILLS\nTriage, Patient assessment\n\nLICENCES AND CERTIFICATIONS\n{pair}\n"
    names = [s.name for s in parser.parse_text(text).skills]
    first, second = pair.replace(" & ", " and ").split(" and ")
    assert any(n.startswith(first.split(" (")[0]) for n in names)
    assert any(n.startswith(second.split(" (")[0]) for n in names)


def test_a_skill_in_a_shorter_and_a_longer_spelling_is_one(parser):
    text = ("Radu Ionescu\nCoach Driver\n\nSKILLS\nTachograph, Route planning, Digital tachograph card\n\n"
            "EXPERIENCE\nCoach Driver\nBlue Line Coaches, Hull\n2019 – present\n"
            "- Daily checks, digital tachograph card downloads\n")
    names = [s.name.casefold() for s in parser.parse_text(text).skills]
    assert sum("tachograph" in n for n in names) == 1


@pytest.mark.parametrize("place", ["Świnoujście, Polska", "Ústí nad Labem, Česko"])
def test_a_town_opening_with_an_extended_latin_capital_is_the_location(parser, place):
    text = f"Ewa Zielińska\nWarehouse Operative\n{place}\newa.z@example.org  +48 600 000 111\n\nSKILLS\nPicking\n"
    assert parser.parse_text(text).location == place
