"""The skills and credentials of whole families of work outside software are in the shipped
taxonomy, as résumés and job ads of several countries write them: finance back-office (ledgers,
AAT/ACCA/CIMA levels, Bilanzbuchhalter), food production and retail (butchery, allergens),
electrical trades (BS 7671 written either way, 2391, EV chargers), maternity and nursing
(registered midwives of each register), warehouses, social care, hospitality front of house,
schools, beauty, security and farms. Built from certifications.tsv and occupational_skills.tsv
by build_taxonomy."""
from __future__ import annotations

from datetime import date

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.build_taxonomy import spelling_variants
from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.job_skills import description_skills
from domain.matching import CandidateProfile, JobProfile, MatchScorer
from domain.skills import SkillKind, TaxonomySkillExtractor
from tests.unit.test_job_skill_alternatives import _job


@pytest.fixture(scope="module")
def extractor() -> TaxonomySkillExtractor:
    return TaxonomySkillExtractor(load_taxonomy())


@pytest.mark.parametrize(("written", "canonical", "kind"), [
    # finance back-office (UK, Australia, India, Germany, US)
    ("Purchase ledger", "Accounts payable", SkillKind.SKILL),
    ("Sales ledger processing", "Accounts receivable", SkillKind.SKILL),
    ("Three-way matching", "Accounts payable", SkillKind.SKILL),
    ("Kreditorenbuchhaltung", "Accounts payable", SkillKind.SKILL),
    ("Accruals and prepayments", "Accruals and prepayments", SkillKind.SKILL),
    ("Fixed asset register", "Fixed asset accounting", SkillKind.SKILL),
    ("BAS lodgement", "Tax preparation", SkillKind.SKILL),
    ("TDS returns", "Tax preparation", SkillKind.SKILL),
    ("AAT Level 3 Diploma in Accounting", "AAT Level 3 Accounting", SkillKind.CERTIFICATION),
    ("AAT Level 4 Diploma in Professional Accounting", "AAT Level 4 Accounting", SkillKind.CERTIFICATION),
    ("ACCA part-qualified", "ACCA part-qualified", SkillKind.CERTIFICATION),
    ("CIMA Certificate in Business Accounting", "CIMA part-qualified", SkillKind.CERTIFICATION),
    ("Bilanzbuchhalter (IHK)", "Geprüfter Bilanzbuchhalter", SkillKind.CERTIFICATION),
    ("CA Inter", "CA Intermediate", SkillKind.CERTIFICATION),
    ("Cert IV in Bookkeeping", "Certificate IV in Accounting and Bookkeeping", SkillKind.CERTIFICATION),
    # food production and retail
    ("Butchery", "Butchery", SkillKind.SKILL),
    ("Boning and trimming", "Butchery", SkillKind.SKILL),
    ("Bread making", "Baking", SkillKind.SKILL),
    ("Allergen awareness", "Allergen management", SkillKind.SKILL),
    ("Deli counter", "Counter service", SkillKind.SKILL),
    ("FIFO", "stock rotation", SkillKind.SKILL),
    # electrical trades: a code written joined or spaced is one code
    ("BS7671", "18th Edition wiring regulations", SkillKind.CERTIFICATION),
    ("BS7671:2018", "18th Edition wiring regulations", SkillKind.CERTIFICATION),
    ("OSHA30", "OSHA 30", SkillKind.CERTIFICATION),
    ("City and Guilds 2391", "Inspection and testing (2391)", SkillKind.CERTIFICATION),
    ("EV charger installation", "Electric vehicle charger installation", SkillKind.SKILL),
    ("EV charging point installation", "Electric vehicle charger installation", SkillKind.SKILL),
    ("ECS Gold Card", "ECS card", SkillKind.CERTIFICATION),
    ("PAT testing", "PAT testing", SkillKind.SKILL),
    ("EICRs", "EICR", SkillKind.SKILL),
    ("AS/NZS 3000", "AS/NZS 3000 wiring rules", SkillKind.SKILL),
    ("Red Seal electrician", "Red Seal endorsement", SkillKind.CERTIFICATION),
    ("Elektrofachkraft", "Elektrofachkraft", SkillKind.CERTIFICATION),
    # maternity and nursing
    ("Registered Midwife", "Registered Midwife", SkillKind.CERTIFICATION),
    ("NMC registered midwife", "NMC Registered Midwife", SkillKind.CERTIFICATION),
    ("Certified Nurse-Midwife", "Certified Nurse-Midwife (CNM)", SkillKind.CERTIFICATION),
    ("staatlich anerkannte Hebamme", "Hebamme (staatlich anerkannt)", SkillKind.CERTIFICATION),
    ("Midwifery", "Midwifery", SkillKind.SKILL),
    ("Labour ward", "Intrapartum care", SkillKind.SKILL),
    ("CTG interpretation", "CTG interpretation", SkillKind.SKILL),
    ("Postpartum care", "postnatal care", SkillKind.SKILL),  # ESCO's own name,
    ("NIPE", "Newborn examination", SkillKind.SKILL),
    ("Tracheostomy care", "Tracheostomy care", SkillKind.SKILL),
    ("Pflegefachkraft", "Pflegefachkraft", SkillKind.CERTIFICATION),
    # warehouse, social care, hospitality, schools, beauty, security, farms
    ("RF scanner", "RF scanning", SkillKind.SKILL),
    ("Order fulfillment", "Order fulfilment", SkillKind.SKILL),
    ("Powered pallet truck", "Pallet truck operation", SkillKind.SKILL),
    ("Level 3 Diploma in Health and Social Care", "Health and Social Care Level 3", SkillKind.CERTIFICATION),
    ("Care Certificate", "Care Certificate", SkillKind.CERTIFICATION),
    ("Certificate III in Individual Support", "Certificate III in Individual Support", SkillKind.CERTIFICATION),
    ("Domiciliary care", "Domiciliary care", SkillKind.SKILL),
    ("PEG feeding", "Enteral feeding", SkillKind.SKILL),
    ("Silver service", "Silver service", SkillKind.SKILL),
    ("Cocktail making", "Bartending", SkillKind.SKILL),
    ("Responsible Service of Alcohol", "Responsible Service of Alcohol (RSA)", SkillKind.CERTIFICATION),
    ("Personal licence holder", "Personal licence (alcohol)", SkillKind.CERTIFICATION),
    ("Night audit", "Night audit", SkillKind.SKILL),
    ("Synthetic phonics", "Phonics", SkillKind.SKILL),
    ("Working with Children Check", "Working with Children Check", SkillKind.CERTIFICATION),
    ("SMART Board", "Interactive whiteboard", SkillKind.SKILL),
    ("Lash extensions", "Eyelash extensions", SkillKind.SKILL),
    ("Microblading", "Semi-permanent make-up", SkillKind.SKILL),
    ("Static guarding", "Security guarding", SkillKind.SKILL),
    ("Bewacherschein", "Sachkundeprüfung §34a", SkillKind.CERTIFICATION),
    ("Tractor driving", "Tractor driving", SkillKind.SKILL),
    ("Lambing", "Lambing", SkillKind.SKILL),
    ("PA1/PA6", "Pesticide application certificate", SkillKind.CERTIFICATION),
    ("CS30/31", "Chainsaw certificate", SkillKind.CERTIFICATION),
])
def test_a_familys_skills_and_credentials_are_known(extractor, written, canonical, kind):
    assert extractor.extract(written, skills_context=True) == [canonical]
    assert extractor.kind(canonical) is kind


@pytest.mark.parametrize(("written", "not_read_as"), [
    ("PAT testing", "Testing software"),
    ("Night audit", "Auditing"),
    ("SMART Board", "scaffolding components"),
    ("ECS Gold Card", "Amazon Elastic Container Service ECS"),
])
def test_a_trades_phrase_is_not_read_as_a_shorter_unrelated_skill(extractor, written, not_read_as):
    assert not_read_as not in extractor.extract(written, skills_context=True)


def test_a_code_is_spelled_joined_and_spaced_alike():
    assert spelling_variants("BS 7671") == ["BS 7671", "BS7671"]
    assert spelling_variants("NFPA70E") == ["NFPA70E", "NFPA 70E"]
    assert spelling_variants("Part 66") == ["Part 66"]  # not a body's capitals
    assert spelling_variants("level 2 food hygiene") == ["level 2 food hygiene"]


@pytest.mark.parametrize(("title", "ad", "required", "nice"), [
    ("Accounts Assistant", "AAT Level 2 or above. Experience of purchase ledger and sales ledger processing.",
     {"AAT Level 2", "purchase ledger", "sales ledger processing"}, set()),
    ("Electrician", "Must hold 18th Edition (BS7671:2018). EV charger installation experience desirable.",
     {"18th Edition"}, {"EV charger installation"}),
    ("Midwife", "Registered Midwife with current NMC registration. CTG interpretation. AHPRA registered midwife.",
     {"Registered Midwife", "NMC registration", "CTG interpretation", "AHPRA Registered Midwife"}, set()),
    ("Butcher", "Skilled in butchery. Knowledge of allergen management. Counter service experience.",
     {"Butchery", "Allergen management", "Counter service"}, set()),
    ("Bar Supervisor", "RSA certificate essential. Cellar management experience. WSET Level 2.",
     {"RSA certificate", "Cellar management", "WSET Level 2"}, set()),
    ("Farm Worker", "Tractor driving and milking experience. PA1/PA6 spraying certificates.",
     {"Tractor driving", "Milking", "PA1/PA6"}, set()),
])
def test_a_job_ads_requirements_of_a_family_are_read(extractor, title, ad, required, nice):
    got_required, got_nice = description_skills(title, ad, extractor, 50)
    assert required <= set(got_required)
    assert nice <= set(got_nice)


RESUME = """Priya Sharma
priya.sharma@example.com

SKILLS
• AAT Level 4 Diploma in Professional Accounting
• Purchase ledger
• Sales ledger
• BS7671

EXPERIENCE
Accounts Assistant, Acme Ltd, 2018 - Present
"""


def test_a_bookkeepers_listed_qualification_and_ledgers_are_read(extractor):
    parser = RuleBasedResumeParser(extractor, today=lambda: date(2026, 1, 1))
    read = {extractor.canonical(s.name) for s in parser.parse_text(RESUME).skills}
    assert {"AAT Level 4 Accounting", "Accounts payable", "Accounts receivable",
            "18th Edition wiring regulations"} <= read


@pytest.mark.parametrize(("held", "asked"), [
    ("AAT Level 4 Diploma in Professional Accounting", "AAT Level 2"),  # a higher level covers a lower
    ("Purchase ledger", "Accounts payable"),
    ("BS7671", "18th Edition"),
])
def test_a_holder_of_the_familys_credential_or_skill_is_told_nothing_is_missing(extractor, held, asked):
    job = JobProfile.from_job(_job([asked]), extractor)
    held_skills = JobProfile.from_job(_job([held]), extractor).required_skills
    candidate = CandidateProfile(resume_id="r", candidate_id="c", skills=frozenset(held_skills))
    assert MatchScorer(extractor).skill_fit(candidate, job).missing == []
