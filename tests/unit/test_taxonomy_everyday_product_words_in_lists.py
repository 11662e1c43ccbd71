"""A product named by an everyday word or a name (Sage, Mews, Destiny, Socrates) counts in a
list only beside a word of software or of its field, its version or another product: a list of
herbs, an address, a charity's or a philosopher's name is no product (invented lines)."""
from __future__ import annotations

import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.job_skills import description_skills

SAGE = "Sage Accounting Software"
MEWS = "Mews PMS"
DESTINY = "Follett Destiny"
SOCRATES = "Socrates medical secretary software"
EVERYDAY = {SAGE, MEWS, DESTINY, SOCRATES}


@pytest.fixture(scope="module")
def skills() -> EmbeddedSkillExtractor:
    return EmbeddedSkillExtractor()


@pytest.mark.parametrize("line", [
    "Fresh herbs: sage, parsley, tarragon, chives",
    "Sunday roasts (pork with sage & onion stuffing), gravy, desserts",
    "Flat 7, The Mews, Harrogate",
    "Address: 22 Coach House Mews, York YO1 7HH",
    "Volunteering: Destiny Trust, Destiny Youth Choir",
    "Reading group: Plato, Socrates, Seneca",
])
@pytest.mark.parametrize("skills_context", [False, True])
def test_an_everyday_word_in_a_list_of_other_things_is_no_product(skills, line, skills_context):
    assert not EVERYDAY & set(skills.extract(line, skills_context=skills_context))


@pytest.mark.parametrize(("line", "canonical"), [
    ("Sage, QuickBooks, month-end journals", SAGE),
    ("Sage, purchase ledger, filing", SAGE),
    ("Sage, payroll, pensions", SAGE),
    ("Mews, Opera, guest check-in", MEWS),
    ("Mews, hotel reservations, upselling", MEWS),
    ("Destiny, circulation desk, book displays", DESTINY),
    ("Socrates, dictation, clinic letters", SOCRATES),
    ("Socrates, Word, filing", SOCRATES),
])
def test_an_everyday_word_beside_its_field_or_another_product_is_the_product(skills, line, canonical):
    assert canonical in skills.extract(line)


def test_a_chef_ads_herbs_ask_for_no_accounts_package(skills):
    ad = "Requirements\n- Knife skills, sage and rosemary butters, food hygiene certificate\n- Weekend shifts\n"
    required, nice = description_skills("Chef de Partie", ad, skills, 50)
    assert SAGE not in {skills.canonical(n) for n in required + nice}


def test_a_product_alone_on_its_own_bullet_is_still_asked_for(skills):
    ad = "Requirements\n- Sage\n- Month-end close\n"
    required, nice = description_skills("Bookkeeper", ad, skills, 50)
    assert SAGE in {skills.canonical(n) for n in required + nice}
