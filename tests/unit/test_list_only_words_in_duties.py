"""A common word the taxonomy counts as a skill only in a list, standing for it by association
("observations" for vital signs, "oxygen" or "nitrogen" for basic chemicals), is a word of a
duty when a work history's line uses it inside a longer item: "Recording observations: ...",
"oxygen saturation", "administered oxygen as prescribed". Listed alone it is still the skill,
and a list-only word that is its skill's own name ("payroll") still counts in a duty.
Invented résumés, read with the shipped taxonomy."""
import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.skills import TaxonomySkillExtractor

_ASSOCIATED = {"observations", "oxygen", "nitrogen", "vital signs", "basic chemicals"}


@pytest.fixture(scope="module")
def parser():
    return RuleBasedResumeParser(TaxonomySkillExtractor(load_taxonomy()))


def _skills(parser, duties: list[str], skills: str | None) -> set[str]:
    text = ("Oluwaseun Adeyemi\nCardiff | seun.adeyemi@example.com\n\nEXPERIENCE\nSupport Worker\n"
            "Vale Care Services, Cardiff\nJune 2020 – present\n" + "".join(f"- {d}\n" for d in duties)
            + (f"\nSKILLS\n{skills}\n" if skills else ""))
    return {s.name.casefold() for s in parser.parse_text(text).skills}


@pytest.mark.parametrize("duties", [
    ["Monitored residents' observations and gave oxygen as prescribed, with wound care and infection control"],
    ["Recording observations: blood pressure, pulse, temperature, oxygen levels"],
    ["Checked welding gases: acetylene, nitrogen purge lines, oxygen regulators, argon"],
])
@pytest.mark.parametrize("skills", ["Personal care, Manual handling, Medication administration", None])
def test_a_list_only_word_inside_a_duty_is_no_skill(parser, duties, skills):
    assert not _skills(parser, duties, skills) & _ASSOCIATED


def test_a_list_only_word_listed_alone_is_the_skill(parser):
    found = _skills(parser, ["Personal care, observations, medication rounds, infection control"], None)
    assert "observations" in found or "vital signs" in found


def test_a_list_only_word_that_is_its_skills_name_still_counts_in_a_duty(parser):
    found = _skills(parser, ["Processed weekly payroll, bank reconciliations and month-end journals"],
                    "Sage 50, Excel")
    assert "payroll" in found
