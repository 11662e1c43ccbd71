"""Trades beyond the first few have their names in the main European languages
(domain.occupation_names): a midwife's, a pharmacist's, a baker's, a plumber's, an HVAC
technician's, a payroll clerk's, an auditor's, a physiotherapist's and a painter's title in one
language is read as that occupation's in another, and two trades are told apart."""
import pytest

from domain.matching.relevant_years import other_occupation
from domain.occupation_families import same_occupation

SAME = [
    ("Leitende Hebamme", "Community Midwife"),
    ("Sage-femme coordinatrice", "Matrona"),
    ("Apothekerin (m/w/d)", "Pharmacien adjoint"),
    ("Farmacéutica comunitaria", "Clinical Pharmacist"),
    ("Bäckergeselle Bäcker", "Boulangère"),
    ("Panadero artesano", "Artisan Baker"),
    ("Fontanera", "Domestic Plumber"),
    ("Anlagenmechaniker SHK", "Plombier chauffagiste"),
    ("Kälteanlagenbauer", "HVAC Engineer"),
    ("Técnico de climatización", "Frigoriste"),
    ("Lohnbuchhalterin", "Payroll Officer"),
    ("Gestionnaire de paie", "Técnica de nóminas"),
    ("Wirtschaftsprüferin", "Auditeur financier"),
    ("Auditora interna", "External Auditor"),
    ("Physiotherapeut", "Kinésithérapeute"),
    ("Fisioterapeuta deportivo", "Senior Physiotherapist"),
    ("Maler und Lackierer", "Painter & Decorator"),
    ("Peintre en bâtiment", "Pintor de obras"),
    ("Zahnmedizinische Fachangestellte", "Dental Nurse"),
    ("Busfahrerin im Linienverkehr", "Conductor de autobús"),
    ("Préparatrice en pharmacie", "Pharmacy Technician"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_one_occupation_in_two_languages(a, b):
    assert same_occupation(a, b)


@pytest.mark.parametrize(("held", "job"), [
    ("Boulanger", "Fontanero"),
    ("Hebamme", "Pharmacist"),
    ("Lohnbuchhalter", "Auditeur"),
    ("Kinésithérapeute", "Maler"),
    ("Frigorista", "Panadera"),
    ("Busfahrer", "Apothekerin"),
])
def test_two_trades_in_two_languages_are_other_work(held, job):
    assert other_occupation([held], job)


def test_a_pharmacist_and_a_pharmacy_technician_are_two_occupations():
    assert not same_occupation("Apotheker", "Pharmazeutisch-technische Assistentin")


def test_a_french_head_of_something_is_no_cook():
    # "Chef" alone names no occupation: a French title starting with it is anybody's.
    assert not same_occupation("Chef de projet", "Cuisinier")


@pytest.mark.parametrize(("compound", "other"), [
    ("Grundschullehrerin", "Maestra de primaria"),
    ("Kinderkrankenschwester", "Staff Nurse"),
    ("Feinbäcker", "Boulanger"),
    ("Muziekleraar", "Teacher"),
    ("Zweiradmechaniker", "Mécanicien"),
])
def test_a_compound_ending_with_an_occupations_name_is_that_occupation(compound, other):
    assert same_occupation(compound, other)


def test_the_longest_name_a_compound_ends_with_is_its_occupation():
    # A payroll clerk keeps the books of wages, not the firm's: no accountant.
    assert not same_occupation("Lohnbuchhalterin", "Buchhalterin")
    assert same_occupation("Lohnbuchhalterin", "Payroll Officer")
    assert not same_occupation("Beikoch", "Cuisinier")  # a name too short to end a compound


def test_a_name_of_several_words_at_the_end_wins_over_its_last_word():
    assert not same_occupation("Dental Nurse", "Krankenschwester")
    assert same_occupation("Dental Nurse", "Assistante dentaire")
    assert same_occupation("Senior Staff Nurse", "Krankenschwester")
