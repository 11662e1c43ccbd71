"""Rows the shipped taxonomy gained (invented lines): practice and property software of trades
outside IT (Sage, Mews, RxWorks, Destiny, SOE Exact, Socrates), credentials of mortgage advice,
Irish and UK site work, Australian trades, pharmacy and lorry driving, trade skills (aerial
rescue, EWP, rigging and slinging, tarping), and German, French, Spanish, Italian and Dutch names
of trade skills read as the English skill. Products named by an everyday word are no product in
a sentence ("a sage decision", "our destiny", "Socrates said"); a qualifier in brackets that
completes a credential's name ("CertCII (MP)") is read with it."""
from __future__ import annotations

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.job_skills import description_skills
from domain.skills import SkillKind

SAGE = "Sage Accounting Software"
MEWS = "Mews PMS"
DESTINY = "Follett Destiny"
SOCRATES = "Socrates medical secretary software"
CEMAP = "Certificate in Mortgage Advice and Practice (CeMAP)"
EWP = "aerial work platform operation"


@pytest.fixture(scope="module")
def skills() -> EmbeddedSkillExtractor:
    return EmbeddedSkillExtractor()


def _asked(skills: EmbeddedSkillExtractor, title: str, ad: str) -> list[str | None]:
    required, nice = description_skills(title, ad, skills, 50)
    return [skills.canonical(name) for name in required + nice]


@pytest.mark.parametrize(("line", "canonical"), [
    ("Sage, Xero, bank reconciliations", SAGE),
    ("Sage Accounts; payroll; VAT returns", SAGE),
    ("Opera Cloud, Mews, night audit", MEWS),
    ("RxWorks, appointment booking", "RxWorks"),
    ("Destiny, Dewey cataloguing, reader events", DESTINY),
    ("SOE Exact, recalls, NHS claims", "SOE Exact"),
    ("Socrates, audio typing, medical terminology", SOCRATES),
])
def test_practice_software_is_read_from_a_skills_line(skills, line, canonical):
    assert canonical in skills.extract(line, skills_context=True)
    assert skills.kind(canonical) is SkillKind.TOOL


@pytest.mark.parametrize(("title", "ad", "canonical"), [
    ("Accounts Assistant", "What you'll need\n- Experience with Sage and Xero\n", SAGE),
    ("Receptionist", "Requirements\n- Working knowledge of Mews\n", MEWS),
    ("Veterinary Receptionist", "Requirements\n- Experience of RxWorks\n", "RxWorks"),
    ("School Librarian", "Requirements\n- Experience with the Destiny library system\n", DESTINY),
    ("Dental Receptionist", "Requirements\n- Experience with Software of Excellence\n", "SOE Exact"),
    ("Medical Secretary", "Requirements\n- Use of Socrates for clinic letters\n", SOCRATES),
])
def test_practice_software_is_read_from_a_job_ad(skills, title, ad, canonical):
    assert canonical in _asked(skills, title, ad)


@pytest.mark.parametrize("sentence", [
    "It was a sage decision to wait for the spring.",
    "We believe we shape our destiny together.",
    "Socrates said that the unexamined life is not worth living.",
    "Our office is at 4 Stable Mews, close to the station.",
])
def test_an_everyday_word_in_a_sentence_is_no_product(skills, sentence):
    assert not {SAGE, MEWS, DESTINY, SOCRATES} & set(skills.extract(sentence))


def test_an_everyday_word_in_a_job_ads_prose_is_no_product(skills):
    ad = ("About us\nIt was a sage decision to open a second home. We shape our destiny together.\n"
          "As Socrates said, wonder is the beginning of wisdom.\n")
    assert not {SAGE, DESTINY, SOCRATES} & set(_asked(skills, "Care Assistant", ad))


def test_everyday_words_in_a_resumes_profile_are_no_products_but_its_skills_list_names_them(skills):
    text = ("Jane Harper\nFront Office Supervisor\njane.harper@example.com | 07700 900123\n"
            "Flat 3, Stable Mews, Bristol\n\nProfile\nAs Socrates said, know yourself. It was a sage decision "
            "to move into hotels; service is our destiny.\n\nExperience\nFront Office Supervisor, Quayside Hotel, "
            "2019 - 2024\n- Ran the night audit and group bookings\n\nSkills\nMews, Sage, Excel\n")
    found = {skills.canonical(s.name) for s in RuleBasedResumeParser(skills).parse_text(text).skills}
    assert {MEWS, SAGE} <= found
    assert not {DESTINY, SOCRATES} & found


def test_soe_alone_is_no_dental_software(skills):
    assert "SOE Exact" not in skills.extract("SOE, state-owned enterprises", skills_context=True)


@pytest.mark.parametrize(("line", "canonical"), [
    ("CeMAP", CEMAP),
    ("CertCII (MP)", "CertCII (MP)"),
    ("Cert CII (MP), 2021", "CertCII (MP)"),
    ("QQI Level 5 in Healthcare Support", "QQI Level 5"),
    ("Fully Garda vetted", "Garda vetting"),
    ("CSCS Black Card", "CSCS Black Card"),
    ("CEC accredited designer and installer", "CEC accreditation"),
    ("Cert III in Arboriculture (AHC30820)", "Certificate III in Arboriculture"),
    ("PharmD, 2018", "Doctor of Pharmacy (PharmD)"),
    ("Class 1 with air brake endorsement", "Air brake endorsement"),
    ("H2S Alive ticket", "H2S Alive"),
    ("Safe Pass", "Safe Pass"),
    ("Abrasive Wheels", "Abrasive Wheels certificate"),
    ("EWP licence (boom)", "EWP licence"),
])
def test_credentials_are_read_from_a_resume_line(skills, line, canonical):
    assert canonical in skills.extract(line, skills_context=True)
    assert skills.kind(canonical) is SkillKind.CERTIFICATION


def test_credentials_are_read_from_a_job_ad(skills):
    ad = ("Requirements\n- Valid Safe Pass and Manual Handling\n- Abrasive Wheels ticket\n- CSCS Black Card\n"
          "- QQI Level 5 in Construction Studies\n- CertCII (MP) held\n- Garda vetting will apply\n")
    asked = _asked(skills, "General Operative", ad)
    for canonical in ("Safe Pass", "Manual handling", "Abrasive Wheels certificate", "CSCS Black Card",
                      "QQI Level 5", "CertCII (MP)", "Garda vetting"):
        assert canonical in asked


def test_the_black_card_is_a_cscs_card(skills):
    assert skills.covers("CSCS Black Card", "CSCS card")


def test_a_qualifier_in_brackets_is_read_only_where_it_completes_a_name(skills):
    line = "CertCII (MP), Basic Life Support (BLS)"
    assert [line[m.start:m.end] for m in skills.mentions(line, skills_context=True)] == \
        ["CertCII (MP)", "Basic Life Support", "BLS"]


@pytest.mark.parametrize(("line", "canonical"), [
    ("Aerial rescue, chainsaw maintenance", "Aerial rescue"),
    ("EWP, scissor lifts", EWP),
    ("Elevating work platform", EWP),
    ("Rigging and slinging", "Rigging"),
    ("Tarping, load restraint", "Tarping"),
    ("DOT compliance, logbooks", "DOT regulations"),
    ("Intensive care nursing", "Critical care"),
    ("CRRT, haemofiltration", "Renal replacement therapy"),
    ("Vehicle diagnostics", "Vehicle diagnostics"),
    ("Landscaping, hedge cutting", "Landscaping"),
    ("Electrical panels", "Electrical panels"),
    ("Mediterranean cuisine", "Mediterranean cuisine"),
    ("Boilers, radiators", "heating boiler installation"),
])
def test_trade_skills_are_read_from_a_skills_line(skills, line, canonical):
    assert canonical in skills.extract(line, skills_context=True)


def test_tarping_is_read_in_running_text(skills):
    assert "Tarping" in skills.extract("Responsible for tarping and strapping flatbed loads every day.")


@pytest.mark.parametrize(("written", "english"), [
    ("Intensivpflege", "Intensive care nursing"),
    ("Réanimation", "Intensive care"),
    ("Terapia intensiva", "Intensive care"),
    ("Beatmung", "Mechanical ventilation"),
    ("Ventilation mécanique", "Mechanical ventilation"),
    ("Ventilazione meccanica", "Mechanical ventilation"),
    ("Nierenersatzverfahren", "Renal replacement therapy"),
    ("Wundversorgung", "Wound care"),
    ("Fahrzeugdiagnose", "Vehicle diagnostics"),
    ("Hochvolt", "High-voltage vehicle systems"),
    ("Pflanzarbeiten", "Landscaping"),
    ("Jardinería", "Gardening"),
    ("Tuinaanleg", "Landscaping"),
    ("Poda", "Pruning"),
    ("Snoeien", "Pruning"),
    ("Installation électrique", "Electrical installation"),
    ("Saldatura TIG", "TIG welding"),
    ("Baja tensión", "Low voltage electrical"),
    ("Cuadros eléctricos", "Electrical switchboards"),
    ("Cocina mediterránea", "Mediterranean cuisine"),
    ("APPCC", "HACCP"),
    ("Calderas", "Boilers"),
])
def test_a_foreign_name_is_read_as_the_english_skill(skills, written, english):
    found = skills.extract(written, skills_context=True)
    assert found and found == skills.extract(english, skills_context=True)


@pytest.mark.parametrize(("title", "ad", "english"), [
    ("Pflegefachkraft Intensiv", "Ihr Profil:\n- Erfahrung in der Intensivpflege und Beatmung\n", "Critical care"),
    ("Kfz-Mechatroniker", "Ihr Profil:\n- Fahrzeugdiagnose und Hochvolt-Systeme\n", "Vehicle diagnostics"),
    ("Oficial electricista", "Requisitos:\n- Experiencia en baja tensión y cuadros eléctricos\n", "Electrical panels"),
    ("Cocinero", "Requisitos:\n- Cocina mediterránea\n- Conocimientos de APPCC\n", "HACCP certification"),
    ("Infirmier", "Profil recherché :\n- Expérience en réanimation\n", "Critical care"),
    ("Hovenier", "Profiel:\n- Ervaring met tuinaanleg en snoeien\n", "Pruning"),
])
def test_a_foreign_job_ad_asks_for_the_english_skill(skills, title, ad, english):
    assert english in _asked(skills, title, ad)
