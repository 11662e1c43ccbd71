"""A job posted without skills gets them from its description: names a résumé can be matched
against, never a duty phrase led by a verb ("run the pass") that no résumé writes word for word,
nor the job's own title. Invented ads of several trades, with the shipped taxonomy."""
from __future__ import annotations

import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.duty_requirements import a_verb
from domain.job_skills import description_skills

SKILLS = EmbeddedSkillExtractor()


def _read(title: str, description: str) -> list[str]:
    required, nice = description_skills(title, description, SKILLS, 50)
    return required + nice


def _verb_led(names: list[str]) -> list[str]:
    out = []
    for name in names:
        words = name.split()
        if SKILLS.canonical(name) is None and len(words) > 1 and a_verb(words[0], words[1]):
            out.append(name)
    return out


@pytest.mark.parametrize(("title", "description"), [
    ("Head Chef", "You will run the pass, manage ordering and keep HACCP records. HACCP Level 3 required."),
    ("Bookkeeper", "Reconcile bank accounts in Xero, process supplier invoices and run payroll."),
    ("Groundskeeper", "Mow and mark the pitches, maintain the hedges and operate ride-on mowers."),
    ("Dental Receptionist", "Greet patients, answer phones and book appointments using Dentrix."),
    ("Tyre Fitter", "Fit and balance tyres, carry out wheel alignments and keep the bay tidy."),
    ("Night Auditor", "Balance the daily takings, handle late check-ins and work overnight shifts."),
    ("Bar Supervisor", "Duties: supervise a crew of six, plan weekly rotas, order stock and cash up the tills."),
])
def test_no_duty_led_by_a_verb_is_a_required_skill(title, description):
    names = _read(title, description)
    assert not _verb_led(names), names


def test_a_duty_gives_its_object_when_the_taxonomy_knows_it():
    names = _read("Bookkeeper", "Reconcile bank accounts in Xero and run payroll for 40 staff.")
    assert "Xero" in names
    assert any(n.lower() == "payroll" for n in names), names


def test_the_chef_keeps_the_named_skills():
    names = _read("Head Chef", "You will run the pass, manage ordering and keep HACCP records. HACCP Level 3 required.")
    assert "HACCP" in names, names
    assert "run the pass" not in names and "manage ordering" not in names, names


@pytest.mark.parametrize(("title", "description"), [
    ("Forklift Operator", "We need a Forklift Operator for our depot. Counterbalance forklift licence required."),
    ("Scaffolder", "An experienced Scaffolder is wanted. CISRS Scaffolder card essential."),
])
def test_the_jobs_own_title_is_no_skill_of_it(title, description):
    names = _read(title, description)
    assert title.lower() not in [n.lower() for n in names], names


def test_a_credential_named_as_the_title_stays():
    names = _read("Registered Nurse", "Registered Nurse (RN) with current registration wanted for our ward.")
    assert any("registered nurse" in n.lower() for n in names), names


@pytest.mark.parametrize(("title", "description", "kept"), [
    ("Delivery Driver", "A clean driving record is essential.", "clean driving record"),
    ("Accounts Assistant", "Knowledge of invoicing, credit control and purchase orders.", "purchase orders"),
    ("Care Home Manager", "You will lead a team of nurses and care staff.", "care staff"),
])
def test_a_noun_phrase_opened_by_a_word_that_can_be_a_verb_stays(title, description, kept):
    names = _read(title, description)
    assert kept in names, names


def test_a_list_of_duties_after_a_heading_gives_only_known_objects():
    names = _read("Warehouse Operative", "Your tasks: pick orders, pack parcels and load delivery vans. Counterbalance forklift licence.")
    assert not _verb_led(names), names
    assert "Counterbalance forklift licence" in names, names


def test_the_chef_who_manages_ordering_meets_what_the_ad_asks_of_ordering():
    required, _ = description_skills(
        "Head Chef", "You will run the pass, manage ordering and keep HACCP records.", SKILLS, 50)
    held = {s.casefold() for s in SKILLS.extract("Manage the line, ordering and inventory.", skills_context=True)}
    wanted = {(SKILLS.canonical(s) or s).casefold() for s in required}
    assert "run the pass" not in wanted and "manage ordering" not in wanted, required
    assert wanted & held, (required, held)
