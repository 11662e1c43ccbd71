"""A title in one language fits a job of the same occupation in another ("Pasteleira" for a
"Pastry Chef"), nearly as a title of one family does; a title no ladder knows that gives the
post's name in brackets ("Jefe de Partida (Chef de Partie)") stands on that post's rung, so a
head chef's job is a step up from it. Invented titles."""
from __future__ import annotations

import pytest

from domain.matching.preferences import title_fit
from domain.occupation_families import RELATED_TITLE_FIT
from domain.title_ranks import ladder_rungs, rungs_below


@pytest.mark.parametrize(("held", "job"), [
    ("Pasteleira", "Pastry Chef"), ("Konditorin", "Pastry Cook"), ("Pâtissier", "Pastry Chef (Mornings)"),
    ("Enfermeira", "Staff Nurse"),
])
def test_a_title_of_the_same_occupation_in_another_language_fits_nearly(held, job):
    assert title_fit([held], job, held=True) == RELATED_TITLE_FIT


def test_titles_of_other_occupations_in_two_languages_do_not_fit():
    assert title_fit(["Pasteleira"], "Accountant", held=True) == 0.0
    assert title_fit(["Konditorin"], "Staff Nurse", held=True) == 0.0


def test_a_bracketed_post_name_places_an_unknown_title_on_its_rung():
    assert rungs_below("Jefe de Partida (Chef de Partie)", "Head Chef") == rungs_below("Chef de Partie", "Head Chef") > 0
    assert title_fit(["Jefe de Partida (Chef de Partie)"], "Head Chef", held=True) < 1.0


def test_a_title_a_ladder_knows_keeps_its_own_rung_whatever_its_brackets_say():
    assert ladder_rungs("Head Chef (Chef de Partie cover)") == ladder_rungs("Head Chef")
    assert rungs_below("Sous Chef (Nights)", "Head Chef") == rungs_below("Sous Chef", "Head Chef")
