"""A job ad's items read as a résumé's list items are: a bullet, an item of a list, or a name
with the word asking for it yields the skill the taxonomy knows under any spelling, guarded
initials too; an unknown item is kept as written only when shaped like a credential."""
from __future__ import annotations

from domain.employer_spelling import employer_spelling
from domain.job_skills import description_skills
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor


def _skills() -> TaxonomySkillExtractor:
    names = ["ADR certificate", "Driver CPC", "HGV licence Class 1 (C+E)", "Commercial Driver's License (CDL)",
             "Commercial Driver's License Class A (CDL-A)", "Python", "Django"]
    kinds = [SkillKind.CERTIFICATION] * 5 + [SkillKind.TOOL, SkillKind.TOOL]
    aliases = {"adr": (0, True), "adr certificate": (0, False), "driver cpc": (1, False), "dqc": (1, True),
               "c+ e": (2, True), "hgv class 1": (2, False), "hgv licence class 1 c+ e": (2, False),
               "cdl": (3, True), "cdl a": (4, True), "python": (5, False), "django": (6, False)}
    n = len(names)
    return TaxonomySkillExtractor(SkillTaxonomy(names, aliases, [frozenset()] * n, [frozenset()] * n, kinds=kinds,
                                                cue_aliases=frozenset({"adr"})))


def _all(title: str, description: str) -> list[str]:
    required, nice = description_skills(title, description, _skills(), 50)
    return required + nice


def test_guarded_initials_count_on_a_bullet_as_on_a_licences_list():
    assert _all("Driver", "Requirements:\n• ADR\n• Good timekeeping\n") == ["ADR"]


def test_guarded_initials_count_beside_the_word_that_asks_for_them():
    assert description_skills("Driver", "ADR would be an advantage.", _skills(), 50) == ([], ["ADR"])
    assert description_skills("Driver", "Valid ADR essential.", _skills(), 50) == (["ADR"], [])


def test_guarded_initials_in_running_prose_stay_words():
    assert _all("Paralegal", "Our ADR team settles disputes out of court.") == []


def test_an_item_known_whole_is_read_whole_not_as_the_shorter_name_inside_it():
    assert _all("Driver", "Requirements:\n- CDL A\n") == ["CDL A"]


def test_a_bracketed_note_may_be_a_part_of_the_item_s_name():
    assert _all("Driver", "Requirements:\n- HGV licence Class 1 (C+E)\n") == ["HGV licence Class 1 (C+E)"]


def test_unknown_credentials_are_kept_as_written_where_asked_for_or_listed():
    assert description_skills("Bus Driver", "You must hold a valid Category D licence.", _skills(), 50) \
        == (["Category D licence"], [])
    assert description_skills("Labourer", "CPCS or NPORS tickets an advantage.", _skills(), 50) \
        == ([], ["CPCS or NPORS"])  # either card meets it
    assert _all("Scaffolder", "Requirements:\n- Driver CPC\n- PASMA and IPAF desirable\n") \
        == ["Driver CPC", "PASMA", "IPAF"]


def test_a_clause_about_a_card_or_a_duty_naming_one_is_no_credential():
    assert _all("Driver", "As a driver, you'll receive a fuel card.") == []
    # the duty is read whole, as after any bullet, then left out of the job's skills as a duty
    # whose object names no known skill (domain/duty_requirements.py); no card is read out of it
    for bullet in "-•":
        assert _all("Cashier", f"Requirements:\n{bullet} Process card payments\n") == []
    assert _all("Clerk", "Requirements:\n- NHS\n- Good timekeeping\n") == []


def test_an_employer_s_credential_with_a_note_or_a_word_of_holding_is_listed_by_its_known_name():
    skills = _skills()
    assert employer_spelling("Driver CPC (DQC)", skills) == "Driver CPC"
    assert employer_spelling("Driver CPC card", skills) == "Driver CPC"
    assert employer_spelling("HGV Class 1 (C+E)", skills) == "HGV Class 1"
    assert employer_spelling("Python (Django)", skills) == "Python (Django)"  # a tool's note is a skill of its own
