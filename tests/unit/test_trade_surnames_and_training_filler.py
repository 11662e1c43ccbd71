"""A surname that is a trade too ("Baker", "Cook") stays the surname across a wide gap, in
whichever case; a trade that is no common surname beside a given name in capitals is the
headline. Filler on an inline training line ("to be completed", "more as required") names no
course. Fictional résumés, read with the shipped taxonomy."""
import pytest

from adapters.embedded.parsing.contact import parse_contact
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.skills import TaxonomySkillExtractor


@pytest.fixture(scope="module")
def parser():
    return RuleBasedResumeParser(TaxonomySkillExtractor(load_taxonomy()))


def _name(text: str) -> str | None:
    return parse_contact(text, text.splitlines()).name


@pytest.mark.parametrize("line, name", [
    ("Ruth     BAKER", "ruth baker"), ("Owen     CARPENTER", "owen carpenter"),
    ("Nell     COOK", "nell cook"), ("RHYS     Baker", "rhys baker"), ("ELSA     Turner", "elsa turner"),
])
def test_a_trade_that_is_a_common_surname_stays_the_surname(line, name):
    assert (_name(f"{line}\nruth.b@example.org\n+44 7700 900111\n") or "").casefold() == name


def test_a_trade_that_is_a_common_surname_in_the_parsed_resume(parser):
    text = "Owen     CARPENTER\nowen.c@example.org\n\nEXPERIENCE\nJoiner, Pike Builds Ltd (2015-2022)\n"
    assert (parser.parse_text(text).name or "").casefold() == "owen carpenter"


@pytest.mark.parametrize("line", ["RHYS     Electrician", "RHYS     Site Electrician"])
def test_a_trade_that_is_no_surname_beside_a_given_name_in_capitals_is_the_headline(line):
    assert _name(f"{line}\nrhys.e@example.org\n") == "Rhys"


def test_the_whole_name_below_corrects_a_trade_surname_in_a_banner():
    text = "RHYS     Baker\nRhys Pritchard  |  Cardiff  |  rhys.p@example.org\n"
    assert _name(text) == "Rhys Pritchard"


def _skills(parser, training_line: str) -> list[str]:
    text = ("Aoife Brennan\nCare Assistant\naoife.b@example.org\n\nEXPERIENCE\n"
            "Care Assistant, Willow Lodge Nursing Home, Cork (2019-2024)\n"
            f"{training_line}\n")
    return [s.name.casefold() for s in parser.parse_text(text).skills]


@pytest.mark.parametrize("line, filler", [
    ("Training: Ongoing, due to finish in 2026", {"due to finish in", "ongoing"}),
    ("Courses: None so far, but eager to start", {"none so far", "but eager to start", "none"}),
    ("Training: Patient Moving, Infection Control, and others as needed",
     {"others as needed", "and others as needed"}),
    ("Courses: Dementia Awareness, will complete more next year", {"will complete more next year"}),
])
def test_filler_on_an_inline_training_line_names_no_course(parser, line, filler):
    assert not filler & set(_skills(parser, line))


def test_unknown_course_names_on_the_line_are_still_kept(parser):
    names = _skills(parser, "Training: Bed Rail Assessment, Oral Care in Practice, Safe Feeding course")
    assert {"bed rail assessment", "oral care in practice", "safe feeding course"} <= set(names)
