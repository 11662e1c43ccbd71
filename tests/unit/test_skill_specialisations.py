"""Which held skills meet a wanted one as a class, grade, level or version of it."""
from __future__ import annotations

import pytest

from domain.matching.specialisations import meeting, meets, name_key, specialises


@pytest.mark.parametrize("held, wanted", [
    ("Commercial Driver's License Class A (CDL-A)", "Commercial Driver's License (CDL)"),
    ("Level 3 Food Safety", "Food safety"),
    ("SQL Server 2019", "SQL Server"),
    ("Forklift Licence Category B", "Forklift Licence"),
    ("Python 3", "Python"),
])
def test_a_class_grade_level_or_version_of_the_skill_meets_it(held, wanted):
    assert specialises(held, wanted)


@pytest.mark.parametrize("held, wanted", [
    ("Commercial Driver's License (CDL)", "Commercial Driver's License Class A (CDL-A)"),
    ("Nursing home administration", "Nursing"),
    ("JavaScript", "Java"),
    ("Java EE", "Java"),
    ("Excel VBA", "Excel"),
    ("Food safety", "Food safety"),
])
def test_other_words_or_the_general_skill_do_not(held, wanted):
    assert not specialises(held, wanted)


@pytest.mark.parametrize("held, wanted, met", [
    ("ICAEW Chartered Accountant (ACA)", "Chartered Accountant (CA)", True),
    ("ICAI Chartered Accountant (CA India)", "Chartered Accountant (CA)", True),
    ("ICAI Chartered Accountant (CA India)", "ICAEW Chartered Accountant (ACA)", False),
    ("Chartered Accountant (CA)", "ICAEW Chartered Accountant (ACA)", False),
    ("CPA Australia", "Certified Public Accountant (CPA)", False),
    ("SQL Server", "Server", False),
    ("GPhC Registered Pharmacist", "Registered Pharmacist", True),
    ("NREMT Registered Paramedic", "Registered Paramedic", True),
    ("GPhC Registered Pharmacist", "PSI Registered Pharmacist", False),
    ("Registered Pharmacist", "GPhC Registered Pharmacist", False),
    ("AHPRA Registered Pharmacist", "US pharmacist licence (RPh)", False),
    ("EASA Airline Transport Pilot Licence (ATPL)", "Airline Transport Pilot Licence (ATPL)", True),
    ("EASA Airline Transport Pilot Licence (ATPL)", "FAA Airline Transport Pilot (ATP)", False),
    ("EASA Part-66 licence B1", "EASA Part-66 licence", True),
    ("EASA Part-66 licence B1", "EASA Part-66 licence B2", False),
])
def test_one_bodys_award_meets_the_generic_credential_but_not_another_bodys(held, wanted, met):
    assert meets(held, wanted) is met


@pytest.mark.parametrize("held, wanted, met", [
    ("RGN (Registered General Nurse)", "Registered Nurse (RN)", True),
    ("Registered Mental Health Nurse", "Registered Nurse (RN)", True),
    ("RNLD (Registered Learning Disability Nurse)", "Registered Nurse (RN)", True),
    ("Registered Nurse (RN)", "RGN (Registered General Nurse)", False),  # never the reverse
    ("Registered Student Nurse", "Registered Nurse (RN)", False),  # less than held
    ("Registered Dental Nurse", "Registered Nurse (RN)", False),  # another profession
    ("RCVS Registered Veterinary Nurse", "Registered Nurse (RN)", False),
    ("Registered Clinical Psychologist", "Registered Psychologist", True),
    ("Registered Practical Nurse", "Registered Nurse (RN)", False),  # a lower grade registered apart
    ("Registered Enrolled Nurse", "Registered Nurse (RN)", False),
])
def test_a_field_of_a_registered_profession_is_its_registration(held, wanted, met):
    assert meets(held, wanted) is met
    assert bool(meeting([held], [name_key(held)], [None], wanted)) is met
