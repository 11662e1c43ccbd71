"""Rows the shipped taxonomy gained (invented lines): skills of quantity surveyors, seafarers,
firefighters, plumbers, lab and pharmacy staff, paralegals, translators, optometrists, bank
staff and estate agents, and their credentials (STCW courses, NFPA 1001 and 1072, JLPT, IATA
DGR, South African firearm competency, Polish UDT forklift rights). Names of old products that
are ordinary words ("Kant", "Coral") name no product; initials of many things (UDT, a database's
user-defined type; the Polish office that permits forklifts permits cranes too) name no
forklift licence alone."""
from __future__ import annotations

import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.skills import SkillKind


@pytest.fixture(scope="module")
def skills() -> EmbeddedSkillExtractor:
    return EmbeddedSkillExtractor()


@pytest.mark.parametrize(("line", "canonical"), [
    ("Bills of quantities, cost planning, interim valuations", "Bills of quantities"),
    ("Bills of quantities, cost planning, interim valuations", "Cost planning"),
    ("Bills of quantities, cost planning, interim valuations", "Final accounts"),
    ("Bridge watchkeeping, bunkering operations, ECDIS", "Watchkeeping"),
    ("Bridge watchkeeping, bunkering operations, ECDIS", "Bunkering operations"),
    ("Structural firefighting, auto extrication, hazmat operations", "Fire suppression"),
    ("Structural firefighting, auto extrication, hazmat operations", "Vehicle extrication"),
    ("Backflow testing, gas fitting, roof plumbing, TMV servicing", "Backflow prevention"),
    ("Backflow testing, gas fitting, roof plumbing, TMV servicing", "Gas fitting"),
    ("Backflow testing, gas fitting, roof plumbing, TMV servicing", "Roof plumbing"),
    ("Full blood counts on Sysmex analysers, Westgard rules", "Full blood count"),
    ("Full blood counts on Sysmex analysers, Westgard rules", "Westgard rules"),
    ("Court bundles, e-disclosure, SDLT returns", "Court bundles"),
    ("Court bundles, e-disclosure, SDLT returns", "Electronic disclosure"),
    ("Antimicrobial stewardship, ADR reporting", "Antimicrobial stewardship"),
    ("Terminology management, game localisation", "Terminology management"),
    ("Terminology management, game localisation", "Localization"),
    ("Sight testing, minor eye conditions service", "Sight testing"),
    ("Cheque processing, M-Pesa agency, retail banking", "Mobile money"),
    ("Falls prevention classes, MSK outpatients", "Falls prevention"),
    ("Listing presentations, buyer representation", "Listing presentations"),
])
def test_trade_skills_are_read_from_a_skills_line(skills, line, canonical):
    assert canonical in skills.extract(line, skills_context=True)


@pytest.mark.parametrize(("line", "canonical"), [
    ("Basic Safety Training | Advanced Fire Fighting | PSCRB", "STCW Basic Safety Training"),
    ("Basic Safety Training | Advanced Fire Fighting | PSCRB", "STCW Advanced Fire Fighting"),
    ("Basic Safety Training | Advanced Fire Fighting | PSCRB", "STCW Proficiency in Survival Craft and Rescue Boats"),
    ("NFPA 1001 Firefighter II, NFPA 1072", "NFPA 1001 Firefighter I/II"),
    ("NFPA 1001 Firefighter II, NFPA 1072", "NFPA 1072 Hazardous Materials Operations"),
    ("JLPT N2, Trados", "Japanese-Language Proficiency Test (JLPT)"),
    ("IATA DGR, first aid", "IATA Dangerous Goods Regulations"),
    ("Firearm competency (rifle), PSIRA Grade B", "Firearm competency certificate"),
    ("UDT wózki jezdniowe, prawo jazdy kat. B", "UDT forklift licence"),
])
def test_credentials_of_these_trades_are_read_as_credentials(skills, line, canonical):
    assert canonical in skills.extract(line, skills_context=True)
    assert skills.kind(canonical) is SkillKind.CERTIFICATION


@pytest.mark.parametrize("text", [
    "Evenings spent reading Kant and Hume.",
    "Kant, Hegel, Schopenhauer",
    "Served two contracts on the MV Coral Dawn.",
])
def test_a_philosophers_or_a_ships_name_is_no_product(skills, text):
    found = set(skills.extract(text)) | set(skills.extract(text, skills_context=True))
    assert not {"KANT", "Computer On-line Real-time Applications Language CORAL 66"} & found


@pytest.mark.parametrize("line", ["SQL Server: stored procedures, UDT, CTEs", "Overhead crane operator (UDT)"])
def test_the_initials_udt_alone_are_no_forklift_licence(skills, line):
    # a database's user-defined type; the Polish inspection office also permits cranes and hoists
    assert "UDT forklift licence" not in skills.extract(line, skills_context=True)
