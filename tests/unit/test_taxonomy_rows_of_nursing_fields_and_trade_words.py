"""Rows and names the shipped taxonomy gained for trades read across countries: the UK nursing
register's fields (RGN, RMN, RNLD) as credentials of their own, each covering NMC registration
and related to its field's nursing; Germany's BKrFQG training as the driver's qualification;
tail lift work; mechanical fault finding apart from electrical; French, German and Polish trade
nouns (soudeur, électricien, aide-soignant, infirmier, spawacz) as their trades' skills. And two
readings that were wrong: "San" of a Spanish or Italian place is no storage area network, and
"Primary Education" is a level of schooling, not primary teaching."""
from __future__ import annotations

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.employer_spelling import employer_spelling
from domain.jobs import Job
from domain.matching import CandidateProfile, JobProfile, MatchScorer
from domain.skills import SkillKind
from tests.integration.contract.repository_backends import at

RGN = "RGN (Registered General Nurse)"
RMN = "RMN (Registered Mental Health Nurse)"
RNLD = "RNLD (Registered Learning Disability Nurse)"
NMC = "NMC registration"
SAN = "Storage area network SAN software"


@pytest.fixture(scope="module")
def skills() -> EmbeddedSkillExtractor:
    return EmbeddedSkillExtractor()


@pytest.mark.parametrize(("written", "canonical"), [
    ("RGN", RGN),
    ("Registered Nurse (Adult)", RGN),
    ("RGN PIN 04B1234E", RGN),
    ("RMN", RMN),
    ("Registered Mental Health Nurse", RMN),
    ("RNLD", RNLD),
    ("Registered Nurse (Learning Disabilities)", RNLD),
    ("NMC PIN 09C7654E", NMC),
    ("Registered Nurse (Child)", NMC),
])
def test_each_field_of_the_uk_nursing_register_is_its_own_credential(skills, written, canonical):
    if "(" in written:  # the field in brackets: the name as a whole is the credential
        assert skills.canonical(written) == canonical
    else:
        assert skills.extract(written, skills_context=True) == [canonical]
    assert skills.kind(canonical) is SkillKind.CERTIFICATION


@pytest.mark.parametrize("field", [RGN, RMN, RNLD])
def test_a_field_of_the_register_is_nmc_registration_but_no_other_field(skills, field):
    assert skills.covers(field, NMC) and not skills.covers(NMC, field)
    for other in {RGN, RMN, RNLD} - {field}:
        assert not skills.covers(field, other)


@pytest.mark.parametrize(("field", "nursing"), [(RGN, "Adult nursing"), (RMN, "Mental health nursing"),
                                                (RNLD, "Learning disability nursing")])
def test_a_field_of_the_register_is_related_to_its_nursing(skills, field, nursing):
    assert skills.relation(field, nursing) is not None


@pytest.mark.parametrize(("written", "canonical"), [
    ("Weiterbildung nach BKrFQG", "Driver CPC"),
    ("BKrFQG Module 1-5", "Driver CPC"),
    ("Tail lift deliveries", "Tail lift operation"),
    ("Mechanical fault finding", "Mechanical troubleshooting"),
    ("Electrical fault finding", "Electrical troubleshooting"),
    ("Soudeur TIG", "Welding"),
    ("Schweißer", "Welding"),
    ("Spawanie MIG/MAG", "Welding"),
    ("Spawacz TIG", "Welding"),
    ("Électricienne du bâtiment", "Electrical installation"),
    ("Elektryk", "Electrical installation"),
    ("Aide-soignante", "Personal care"),
    ("Infirmière", "Adult nursing"),
    ("Cariste", "forklift operation"),
])
def test_a_trades_word_is_its_skill(skills, written, canonical):
    assert skills.extract(written, skills_context=True) == [canonical]


def test_mechanical_fault_finding_is_no_cad_product_and_is_related_to_electrical(skills):
    assert "Autodesk Mechanical" not in skills.extract("Mechanical fault finding", skills_context=True)
    assert skills.relation("Mechanical troubleshooting", "Electrical troubleshooting") is not None


@pytest.mark.parametrize("sentence", ["Relocating to San Diego next spring.", "Based in San Sebastián, Spain.",
                                      "Two years as a waiter in San Marino"])
def test_the_first_word_of_a_place_is_no_storage_area_network(skills, sentence):
    assert SAN not in skills.extract(sentence)


@pytest.mark.parametrize(("line", "context"), [("Configured SAN and NAS storage for 40 servers", False),
                                               ("SAN storage", True), ("Storage area networks", True)])
def test_a_storage_area_network_is_still_read(skills, line, context):
    assert SAN in skills.extract(line, skills_context=context)


def test_primary_education_is_a_level_of_schooling_not_teaching(skills):
    assert skills.extract("Primary Education", skills_context=True) == []
    assert skills.extract("Primary school teaching", skills_context=True) == ["Primary teaching"]


def _score(skills: EmbeddedSkillExtractor, held: str, required: str):
    text = (f"Sam Taylor\nStaff Nurse\nsam@example.com | 07700 900123 | Leeds, UK\n\nQualifications\n- {held}\n"
            "- Medication administration\n\nExperience\nStaff Nurse, Northgate Hospital, 2019 - Present\n- Ward shifts\n")
    resume = CandidateProfile.from_resume("r", "u", RuleBasedResumeParser(skills).parse_text(text), skills=skills)
    job = Job(id="j", organization_id="o", title="Staff Nurse", description="Staff Nurse", posted_at=at(0),
              updated_at=at(0), posted_by="e",
              required_skills=[employer_spelling(s, skills) for s in (required, "Medication administration")])
    return MatchScorer(skills).score(resume, JobProfile.from_job(job, skills), similarity=0.6)


@pytest.mark.parametrize(("held", "required"), [("RMN", "RMN"), ("Registered Mental Health Nurse", "RMN"),
                                                ("RNLD", "NMC registration"), ("RGN", "NMC registration")])
def test_a_nurse_of_the_field_asked_for_holds_the_registration(skills, held, required):
    result = _score(skills, held, required)
    assert result.skills.credentials_missing == () and result.credential_factor == 1.0, result.skills.facts


def test_a_general_nurse_is_not_the_mental_health_nurse_asked_for(skills):
    assert _score(skills, "RGN", "RMN").skills.credentials_missing == ("RMN",)


@pytest.mark.parametrize(("written", "canonical"), [
    ("F-Gas Cat 1 (C&G 2079)", "F-Gas certificate"),
    ("EASA Cabin Crew Attestation", "Cabin Crew Attestation"),
    ("DPSI Health", "Diploma in Public Service Interpreting (DPSI)"),
    ("NRPSI registered", "NRPSI registration"),
    ("CISRS Part 2", "CISRS Scaffolder card"),
    ("STCW basic training", "STCW Basic Safety Training"),
    ("STCW Engineer Officer of the Watch", "STCW Engineer Officer of the Watch (III/1)"),
    ("ENG1 medical", "ENG1 seafarer medical"),
    ("NEBDN diploma", "NEBDN National Diploma in Dental Nursing"),
])
def test_a_trades_credential_is_its_own_row(skills, written, canonical):
    assert skills.extract(written, skills_context=True) == [canonical]
    assert skills.kind(canonical) is SkillKind.CERTIFICATION


@pytest.mark.parametrize(("held", "covered"), [("CISRS Advanced Scaffolder card", "CISRS Scaffolder card"),
                                               ("STCW Chief Engineer certificate (III/2)",
                                                "STCW Engineer Officer of the Watch (III/1)")])
def test_a_higher_card_or_certificate_of_competency_covers_the_lower(skills, held, covered):
    assert skills.covers(held, covered) and not skills.covers(covered, held)


@pytest.mark.parametrize(("written", "canonical"), [
    ("Aircon servicing", "Air conditioning"),
    ("Air source heat pumps", "heat pump installation"),
    ("Chairside assistance", "Chairside assisting"),
    ("Instrument decontamination", "Decontamination"),
    ("General X-ray", "Plain film radiography"),
    ("CT imaging", "CT scanning"),
    ("Telephone interpreting", "Interpreting"),
    ("Duty free sales", "In-flight service"),
    ("KYC checks", "Anti-money laundering"),
    ("Engine room watchkeeping", "Marine engineering"),
    ("OTC medicines", "Over-the-counter medicines"),
    ("Balancing the till", "Cash handling"),
    ("Tube and fitting", "Scaffolding"),
    ("Trybowanie", "Butchery"),
    ("Despiece", "Butchery"),
    ("Depilación con cera", "Waxing"),
])
def test_a_trades_everyday_skill_is_read(skills, written, canonical):
    assert skills.extract(written, skills_context=True) == [canonical]


def test_air_conditioning_is_no_adobe_product(skills):
    assert "Adobe AIR" not in skills.extract("Air conditioning", skills_context=True)
