""""Access" is the database among software ("Word, Excel, Access", "Access queries and
reports") and an everyday word elsewhere: "access to a car", "access to your own transport"
in an ad's list of essentials ask for no database. The shipped taxonomy."""
from __future__ import annotations

import pytest

from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.job_skills import description_skills
from domain.skills import TaxonomySkillExtractor

ACCESS = "Microsoft Access"


@pytest.fixture(scope="module")
def skills() -> TaxonomySkillExtractor:
    return TaxonomySkillExtractor(load_taxonomy())


@pytest.mark.parametrize("sentence", [
    "Essential: a full driving licence and access to a vehicle for work.",
    "You must have access to your own transport, as the round covers rural villages.",
    "Requirements: enhanced DBS, access to a car, flexibility to work weekends.",
])
def test_access_to_something_asks_for_no_database(skills, sentence):
    required, nice = description_skills("Domiciliary Care Worker", sentence, skills, 50)
    assert ACCESS not in [skills.canonical(r) for r in required + nice]


@pytest.mark.parametrize("written", ["Word, Excel, Access, PowerPoint", "Access (queries, forms, macros)",
                                     "Access"])
def test_access_among_software_is_the_database(skills, written):
    assert ACCESS in [m.name for m in skills.mentions(written, skills_context=True)]


def test_an_ad_asking_for_access_with_excel_asks_for_the_database(skills):
    required, _ = description_skills("Data Clerk", "Good working knowledge of Excel and Access.", skills, 50)
    assert ACCESS in [skills.canonical(r) for r in required]
