"""One piece of work under the names other countries give it is one skill or one family of
titles: welding processes by their British and American Welding Society names (MIG/GMAW,
TIG/GTAW, MMA/SMAW, FCAW), physiotherapy as the US's physical therapy, and a hotel's
receptionist as the front desk or guest service agent. The shipped taxonomy."""
from __future__ import annotations

import pytest

from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.occupation_families import same_family
from domain.skills import TaxonomySkillExtractor


@pytest.fixture(scope="module")
def skills() -> TaxonomySkillExtractor:
    return TaxonomySkillExtractor(load_taxonomy())


@pytest.mark.parametrize(("written", "skill"), [
    ("Qualified in GTAW and SMAW on carbon steel pipe.", "Welding"),
    ("Skills: FCAW, MIG/MAG welding, oxy-fuel cutting", "Welding"),
    ("Manual metal arc welding of structural steel", "Welding"),
    ("Experience of MIG and TIG on aluminium.", "Welding"),
    ("Outpatient physical therapy for sports injuries", "physiotherapy"),
    ("Skills: physical therapy, gait training", "physiotherapy"),
])
def test_the_other_countrys_name_is_the_skill(skills, written, skill):
    assert skill in skills.extract(written)


@pytest.mark.parametrize(("job", "held"), [
    ("Hotel Receptionist", "Guest Services Agent"),
    ("Night Receptionist", "Front Desk Associate"),
    ("Front of House Receptionist", "Front Office Assistant"),
])
def test_front_desk_titles_are_the_receptionists_family(job, held):
    assert same_family(job, held)


def test_a_receptionist_is_no_guest_of_other_families():
    assert not same_family("Hotel Receptionist", "Guest Lecturer")
