"""A credential the résumé names as not held yet (applied for, pending, awaiting, booked,
working towards, expected; an exam toward it passed) is no held credential, in any section it
is written in, and a job asking for it is not met by such a name. Invented résumés, read with
the shipped taxonomy."""
import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.matching.mentioned_skills import mention_text, mentions
from domain.matching.specialisations import meets
from domain.skills import TaxonomySkillExtractor


@pytest.fixture(scope="module")
def parser():
    return RuleBasedResumeParser(TaxonomySkillExtractor(load_taxonomy()))


def _skills(parser, body: str) -> list[str]:
    text = f"Ines Okonkwo-Brandt\nPharmacist\nines.ob@example.org\n\n{body}\n"
    return [s.name for s in parser.parse_text(text).skills]


@pytest.mark.parametrize("line", [
    "GPhC registration pending",
    "Awaiting GPhC registration (assessment passed)",
    "GPhC application submitted, decision expected in June",
    "Working towards HCPC registration",
    "HCPC registration (in progress)",
    "Gas Safe registration booked for next month",
    "HCPC-Registrierung beantragt",
    "Inscription HCPC en cours",
])
@pytest.mark.parametrize("heading", ["PROFILE", "LICENCES AND REGISTRATIONS"])
def test_a_registration_not_held_yet_is_no_credential(parser, heading, line):
    names = _skills(parser, f"{heading}\n{line}\n\nSKILLS\nDispensing, Medicines reconciliation")
    assert not {"GPhC", "GPhC registration", "HCPC", "HCPC registration", "Gas Safe", "Gas Safe registration"} & set(names)


@pytest.mark.parametrize("line", ["GPhC exam passed", "GPhC registration assessment part 1 passed",
                                  "NCLEX-RN exam passed"])
def test_a_passed_exam_toward_a_registration_is_not_the_registration(parser, line):
    names = _skills(parser, f"CERTIFICATIONS\n{line}\n\nSKILLS\nDispensing")
    assert not {"GPhC", "GPhC registration", "NCLEX-RN", "Registered Nurse (RN)"} & set(names)


def test_a_held_registration_beside_a_pending_one_is_kept(parser):
    names = _skills(parser, "LICENCES\nGPhC registered, HCPC registration pending\nCSCS card")
    assert "GPhC registered" in names and "CSCS card" in names
    assert not {"HCPC", "HCPC registration"} & set(names)


def test_a_language_test_named_with_its_word_stays_held(parser):
    assert "IELTS" in _skills(parser, "CERTIFICATIONS\nIELTS test, overall band 7.5")


@pytest.mark.parametrize("held", ["GPhC registration (pending)", "Awaiting GPhC registration",
                                  "GPhC registration application in progress"])
def test_a_pending_name_meets_no_required_registration(held):
    assert not meets(held, "GPhC registration")


def test_a_requirement_no_taxonomy_knows_is_not_met_by_a_pending_mention():
    assert not mentions(mention_text("AHPRA general registration pending; CBT done."), (" ahpra general registration ",))
    assert not mentions(mention_text("Awaiting AHPRA general registration."), (" ahpra general registration ",))
    assert mentions(mention_text("AHPRA general registration since 2019."), (" ahpra general registration ",))



@pytest.mark.parametrize("line", [
    "PGDE holder seeking QTS via the international route in England.",
    "Currently pursuing CPA licensure in Texas",
    "Preparing for the CPA while working as a staff accountant",
])
@pytest.mark.parametrize("heading", ["PROFILE", "QUALIFICATIONS"])
def test_a_credential_sought_is_no_credential(parser, heading, line):
    names = _skills(parser, f"{heading}\n{line}\n\nSKILLS\nLesson planning, Reconciliations")
    assert not {"QTS", "CPA"} & set(names), names


@pytest.mark.parametrize("line, held", [
    ("QTS holder seeking a new post in a secondary school", "QTS"),
    ("Certified Public Accountant (CPA) seeking a controller role; pursuing growth", "Certified Public Accountant (CPA)"),
])
def test_a_credential_beside_an_ordinary_seeking_is_held(parser, line, held):
    assert held in _skills(parser, f"PROFILE\n{line}\n\nSKILLS\nLesson planning, Reconciliations")


@pytest.mark.parametrize("line", [
    "GPhC and HCPC registration pending",
    "HCPC & GPhC registrations pending",
    "GPhC/HCPC applications in progress",
    "GPhC or HCPC registration (pending)",
    "Gas Safe, GPhC and HCPC registrations awaited",
])
def test_a_pending_word_after_a_list_holds_back_every_credential_listed(parser, line):
    names = _skills(parser, f"LICENCES AND REGISTRATIONS\n{line}\n\nSKILLS\nDispensing")
    assert not {"GPhC", "GPhC registration", "HCPC", "HCPC registration", "Gas Safe", "Gas Safe registration"} \
        & set(names)


def test_a_held_credential_before_a_pending_list_stays_held(parser):
    names = _skills(parser, "LICENCES\nGPhC registered; CSCS card and HCPC registration pending")
    assert "GPhC registered" in names
    assert not {"HCPC", "HCPC registration", "CSCS card"} & set(names)
