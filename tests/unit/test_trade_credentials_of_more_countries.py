"""The credentials of trades as résumés and job ads of Spain, Portugal and Brazil, France, Italy,
Germany, Poland, South Africa, Australia, India and the UK write them are the taxonomy's: driving
licences by each scheme's words, the professional driver's qualification under each country's
name, forklift, food handler, first aid, PLC, welding, electrical and nursing credentials; and
skills of one trade whose names are far apart are related all the same. The shipped taxonomy."""
from __future__ import annotations

import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor, load_taxonomy
from domain.driving_licences import licence_category, licence_covers
from domain.job_skills import description_skills
from domain.skills import SkillKind, TaxonomySkillExtractor

CPC = "Driver CPC"
PLC = "Programmable logic controller PLC software"
FIRST_AID = "First Aid certification"
FOOD_HANDLER = "Food hygiene certificate"
FORKLIFT = "Forklift certification"


@pytest.fixture(scope="module")
def extractor() -> TaxonomySkillExtractor:
    return TaxonomySkillExtractor(load_taxonomy())


@pytest.mark.parametrize(("written", "canonical"), [
    # driving licences: each scheme's words before the category's code
    ("Carné de conducir C", "HGV licence Class 2 (C)"),
    ("Carné B", "Driving licence category B"),
    ("Permiso de conducción D", "PCV licence (D)"),
    ("Carteira de habilitação categoria D", "PCV licence (D)"),
    ("Patente di guida C", "HGV licence Class 2 (C)"),
    # South Africa's codes, old numbers and letters
    ("Code 14 licence", "HGV licence Class 1 (C+E)"),
    ("Code EC", "HGV licence Class 1 (C+E)"),
    ("Code 10 drivers licence", "Driving licence category C1"),
    ("Code 8", "Driving licence category B"),
    ("PrDP (goods)", "Professional Driving Permit (PrDP)"),
    # the professional driver's qualification, by country
    ("Certificate of Professional Competence", CPC),
    ("Kod 95", CPC),
    ("Świadectwo kwalifikacji zawodowej", CPC),
    ("Tarjeta CAP", CPC),
    ("CAP de mercancías", CPC),
    ("Formation FCO", CPC),
    ("CQC merci", CPC),
    # workplace safety, first aid and food handling
    ("Curso de PRL 60 horas", "Prevención de riesgos laborales (PRL)"),
    ("Curso de primeros auxilios", FIRST_AID),
    ("Erste-Hilfe-Kurs", FIRST_AID),
    ("Kurs pierwszej pomocy", FIRST_AID),
    ("Sauveteur Secouriste du Travail", FIRST_AID),
    ("Carnet de manipulador de alimentos", FOOD_HANDLER),
    ("Gesundheitszeugnis", FOOD_HANDLER),
    ("Książeczka sanepidowska", FOOD_HANDLER),
    # forklift and welding
    ("Patentino del muletto", FORKLIFT),
    ("Uprawnienia UDT na wózki widłowe", FORKLIFT),
    ("Certificado de empilhador", FORKLIFT),
    ("Schweißerpass", "Welder qualification (ISO 9606)"),
    ("Coded welder", "Welder qualification (ISO 9606)"),
    # electrical
    ("Habilitation électrique B1V", "Habilitation électrique"),
    ("Uprawnienia SEP do 1 kV", "Uprawnienia SEP"),
    # nursing and care registers
    ("Diplôme d'État d'infirmier", "Diplôme d'État d'infirmier"),
    ("Iscrizione all'albo OPI", "Iscrizione OPI"),
    ("Colegiada en enfermería", "Colegiación de enfermería"),
    ("SANC registered professional nurse", "SANC registration"),
    ("GNM nursing", "General Nursing and Midwifery (GNM)"),
    ("GDC registered dental nurse", "GDC Registered Dental Nurse"),
    ("TCAE", "Técnico en Cuidados Auxiliares de Enfermería (TCAE)"),
    ("Diplôme d'aide-soignant", "Diplôme d'État d'aide-soignant (DEAS)"),
    ("RGN registration", "RGN (Registered General Nurse)"),
    # other trades and countries
    ("SAICA member", "Chartered Accountant (South Africa) CA(SA)"),
    ("Cert III Commercial Cookery", "Certificate III in Commercial Cookery"),
    ("NVQ Level 3 Hairdressing", "Hairdressing qualification"),
    ("HC licence", "Heavy Combination (HC) licence"),
    ("HMV driving licence", "Heavy Motor Vehicle (HMV) licence"),
    ("White Card", "White Card"),
    # security, pharmacy and gas trades
    ("Vigilante de seguridad con TIP", "Vigilante de seguridad (TIP)"),
    ("Carte professionnelle CNAPS", "Carte professionnelle CNAPS"),
    ("SSIAP 2", "SSIAP"),
    ("PSIRA Grade C", "PSIRA registration"),
    ("Licencja pracownika ochrony", "Kwalifikowany pracownik ochrony"),
    ("Técnico en farmacia y parafarmacia", "Técnico en Farmacia y Parafarmacia"),
    ("Pharmazeutisch-technische Assistentin", "Pharmazeutisch-technische Assistenz (PTA)"),
    ("Carné de instalador de gas", "Instalador de gas autorizado"),
    ("Soldador homologado", "Welder qualification (ISO 9606)"),
])
def test_a_countrys_credential_is_known(extractor, written, canonical):
    assert extractor.extract(written, skills_context=True) == [canonical]
    assert extractor.kind(canonical) is SkillKind.CERTIFICATION


@pytest.mark.parametrize(("written", "canonical"), [
    ("Programación de autómatas", PLC),
    ("SPS-Programmierung", PLC),
    ("Programmation d'automates", PLC),
    ("Programação de CLP", PLC),
    ("Administración de medicación", "Medication administration"),
    ("Tarjeta de tacógrafo", "Tachograph"),
    ("Blow drying", "Blow drying"),
    ("Medicines reconciliation", "Medicines reconciliation"),
    ("Esterilización de instrumental", "sterilization techniques"),
    ("Zellkultur", "cell culture analysis"),
    ("Preparación de pedidos", "Order picking"),
    ("Naliczanie płac", "Payroll"),
    ("Kadry i płace", "Payroll"),
    ("Cierres contables", "Month-end close"),
    ("Cambios posturales", "Manual handling"),
    ("Fontanería", "Plumbing"),
    ("Instalaciones eléctricas", "Electrical installation"),
])
def test_a_trades_skill_in_another_language_is_known(extractor, written, canonical):
    assert extractor.extract(written, skills_context=True) == [canonical]


@pytest.mark.parametrize(("held", "asked"), [
    ("Code 14", "Category C"),
    ("Code 10 licence", "Driving licence category C1"),
])
def test_a_south_african_code_covers_what_its_category_does(extractor, held, asked):
    held_name = extractor.extract(held, skills_context=True)[0]
    assert licence_category(held_name) is not None
    assert licence_covers(held_name, asked)


def test_rgn_beside_the_register_is_the_general_nurses_registration(extractor):
    assert extractor.extract("RGN PIN 12A3456E", skills_context=True) == ["RGN (Registered General Nurse)"]


@pytest.mark.parametrize(("title", "ad", "required"), [
    ("Conductor", "Imprescindible carné C+E y tarjeta CAP. Tarjeta de tacógrafo.",
     {"HGV licence Class 1 (C+E)", CPC, "Tachograph"}),
    ("Electricista", "Formación en PRL. Conocimientos de autómatas programables.",
     {"Prevención de riesgos laborales (PRL)", PLC}),
    ("Truck Driver", "Valid Code 14 licence and PrDP essential.",
     {"HGV licence Class 1 (C+E)", "Professional Driving Permit (PrDP)"}),
    ("Kierowca", "Wymagane prawo jazdy kategorii C+E oraz kod 95.", {"HGV licence Class 1 (C+E)", CPC}),
])
def test_a_job_ads_credentials_of_other_countries_are_read(extractor, title, ad, required):
    got_required, _ = description_skills(title, ad, extractor, 50)
    assert required <= {extractor.canonical(s) for s in got_required}


@pytest.mark.parametrize(("a", "b"), [
    ("Butchery", "Food preparation"),
    ("Antenatal care", "Midwifery"),
    ("Hair cutting", "Blow drying"),
])
def test_skills_of_one_trade_far_apart_by_name_are_related(a, b):
    assert EmbeddedSkillExtractor().relation(a, b) is not None


def test_a_french_cap_diploma_is_no_drivers_qualification(extractor):
    assert CPC not in extractor.extract("CAP Coiffure", skills_context=True)
    assert CPC not in extractor.extract("Worked at the FCO in London")


@pytest.mark.parametrize("line", ["Permis de conduire B", "Permis de travail valide", "Carné de instalador de gas",
                                  "Carta de condução B", "Titulaire de licence en droit"])
def test_de_after_a_schemes_word_is_french_spanish_or_portuguese_not_the_bus_and_trailer_category(extractor, line):
    assert "Driving licence category DE" not in extractor.extract(line, skills_context=True)


def test_the_bus_and_trailer_category_is_still_read_with_its_plus_or_in_german(extractor):
    assert extractor.extract("Permis D+E", skills_context=True) == ["Driving licence category DE"]
    assert extractor.extract("Führerschein Klasse DE", skills_context=True) == ["Driving licence category DE"]


@pytest.mark.parametrize(("line", "product"), [("Dental nurse", "Dental software"), ("Medical wards", "Medical software"),
                                               ("Clinical observations", "Oracle Clinical"),
                                               ("Maintenance", "SAP Maintenance")])
def test_a_fields_word_in_a_trades_list_is_not_the_fields_software(extractor, line, product):
    assert product not in extractor.extract(line, skills_context=True)


@pytest.mark.parametrize(("sentence", "skills"), [
    ("Assisted with calving and lambing each spring", {"Calving", "Lambing"}),
    ("Responsible for milking 200 cows twice daily", {"Milking"}),
    ("Trained in venepuncture on the ward", {"Phlebotomy"}),
])
def test_a_trades_own_word_is_read_in_prose(extractor, sentence, skills):
    assert skills <= set(extractor.extract(sentence))
