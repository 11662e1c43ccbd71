"""Rows the shipped taxonomy gained (invented lines): credentials of wind technicians (GWO),
swimming teachers, New Zealand care workers, animal carers, seafarers (the STCW medical beside
the UK's ENG1), Texas security officers, school bus drivers, HV electricians, Hong Kong lift
workers, Dutch care professionals (BIG), Canadian fitness trainers (BCRPA, CSEP) and Kenyan
tradespeople (NITA trade tests); Kroll the pharmacy software, never the surname or the firm;
trade words of Norwegian, Indonesian and Polish résumés. "CPR and first aid" is one course covering both."""
from __future__ import annotations

import pytest

from adapters.embedded.parsing.education import parse_education
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.skills import SkillKind


@pytest.fixture(scope="module")
def skills() -> EmbeddedSkillExtractor:
    return EmbeddedSkillExtractor()


@pytest.mark.parametrize(("line", "canonical"), [
    ("GWO BST (all four modules), blade inspection", "GWO Basic Safety Training"),
    ("Swim England Level 2 Teaching Swimming, pool plant", "Swim England Level 2 Teaching Swimming"),
    ("NZQA Level 3 Health and Wellbeing, manual handling", "New Zealand Certificate in Health and Wellbeing (Level 3)"),
    ("Cert III in Companion Animal Services, dog bathing", "Certificate III in Companion Animal Services"),
    ("Pet first aid certificate, nail clipping", "Pet First Aid"),
    ("STCW medical, PSCRB", "Seafarer medical certificate (STCW)"),
    ("Texas Level II security license, guard tours", "Texas Level II Non-Commissioned Security Officer licence"),
    ("CDL-B with P and S endorsements", "School bus endorsement"),
    ("HV Authorised Person (11 kV), LOTO", "High Voltage Authorised Person"),
    ("Registered Lift Worker (EMSD), escalator servicing", "Registered Lift Worker (Hong Kong)"),
    ("BIG-registratie, wondzorg", "BIG registration (Netherlands)"),
    ("BIG registered nurse since 2015", "BIG registration (Netherlands)"),
    ("OCP Part A pharmacist, MedsCheck", "Canadian pharmacist licence"),
    ("BCRPA certified personal trainer, kettlebells", "BCRPA Personal Trainer"),
    ("CSEP-CPT, fitness assessments", "CSEP Certified Personal Trainer (CSEP-CPT)"),
    ("NITA Grade II in plumbing", "NITA Grade II trade test"),
])
def test_these_credentials_are_read_as_credentials(skills, line, canonical):
    assert canonical in skills.extract(line, skills_context=True)
    assert skills.kind(canonical) is SkillKind.CERTIFICATION


def test_wind_basic_safety_training_is_no_seafarers_course(skills):
    found = skills.extract("GWO Basic Safety Training, torque tooling", skills_context=True)
    assert "GWO Basic Safety Training" in found and "STCW Basic Safety Training" not in found


def test_pet_first_aid_is_no_first_aid_for_people(skills):
    assert "First Aid certification" not in skills.extract("Pet first aid certificate, nail clipping",
                                                           skills_context=True)


def test_a_cdl_line_with_a_bare_cpt_is_no_procedure_coding(skills):
    assert "Current procedural terminology CPT software" not in skills.extract("CSEP-CPT, fitness assessments",
                                                                                skills_context=True)


@pytest.mark.parametrize("line", ["CPR and first aid certified", "First aid and CPR (valid 2027)"])
def test_cpr_and_first_aid_is_one_course_whose_holder_holds_both(skills, line):
    # one credential, as an ad asks for it ("CPR and First Aid certification"), that meets an
    # ask for either
    found = skills.extract(line, skills_context=True)
    assert found[0] == "CPR and First Aid certification"
    assert skills.covers(found[0], "CPR certification") and skills.covers(found[0], "First Aid certification")


@pytest.mark.parametrize("line", ["Dispensing on Kroll, blister packs", "Kroll, compounding, MedsCheck"])
def test_kroll_beside_pharmacy_work_is_the_pharmacy_software(skills, line):
    assert "Kroll pharmacy software" in skills.extract(line, skills_context=True)


@pytest.mark.parametrize("text", [
    "Reported to Dr Maria Kroll, head of department.",
    "Investigator at Kroll Associates for two years.",
    "Kroll, Hume, Locke",
])
def test_kroll_as_a_name_or_a_firm_is_no_software(skills, text):
    found = set(skills.extract(text)) | set(skills.extract(text, skills_context=True))
    assert "Kroll pharmacy software" not in found


@pytest.mark.parametrize(("line", "canonical"), [
    ("sveising, truckførerbevis, arbeid i høyden", "Welding"),
    ("sveising, truckførerbevis, arbeid i høyden", "Forklift certification"),
    ("sveising, truckførerbevis, arbeid i høyden", "Working at Heights"),
    ("førstehjelpskurs, regnskapsføring", "first aid"),
    ("førstehjelpskurs, regnskapsføring", "Bookkeeping"),
    ("Tata Boga, pembukuan, keamanan pangan", "Culinary arts"),
    ("Tata Boga, pembukuan, keamanan pangan", "Bookkeeping"),
    ("Tata Boga, pembukuan, keamanan pangan", "Food safety"),
    ("pengelasan, pertolongan pertama, asuhan keperawatan", "Welding"),
    ("pengelasan, pertolongan pertama, asuhan keperawatan", "first aid"),
    ("pengelasan, pertolongan pertama, asuhan keperawatan", "Nursing care"),
    ("praca na wysokości, higiena żywności, pielęgniarstwo", "Working at Heights"),
    ("praca na wysokości, higiena żywności, pielęgniarstwo", "Food safety"),
    ("praca na wysokości, higiena żywności, pielęgniarstwo", "Nursing care"),
])
def test_norwegian_indonesian_and_polish_trade_words(skills, line, canonical):
    assert canonical in skills.extract(line, skills_context=True)


@pytest.mark.parametrize("text", ["We ran a big registration drive for the event.",
                                  "A big register of suppliers was kept."])
def test_the_english_word_big_names_no_dutch_register(skills, text):
    assert "BIG registration (Netherlands)" not in skills.extract(text)


@pytest.mark.parametrize("line", ["HND in Business Administration, Yaba College of Technology, 2014",
                                  "OND in Electrical Engineering, Kaduna Polytechnic, 2009"])
def test_nigerian_and_uk_national_diplomas_are_degrees_not_skills(skills, line):
    # guard: the award is the education entry's degree (education_words.py); the taxonomy
    # names no "HND" or "OND" skill, so the subject alone may be one
    [entry] = parse_education(line)
    assert entry.degree is not None and entry.degree.startswith(("HND", "OND"))
    assert not [s for s in skills.extract(line, skills_context=True) if "national diploma" in s.lower()
                or s.upper() in ("HND", "OND")]
