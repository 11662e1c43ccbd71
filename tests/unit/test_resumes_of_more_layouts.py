"""Whole résumés in more layouts and languages (fictional people, in
tests/fixtures/resumes_of_more_layouts): a sidebar's column interleaved with the jobs, parts of a
header set apart by bullets, each employer over its "Title, dates" line, headings in Romanian,
Swedish, Indonesian and Turkish, "Training & Education", Nordic and Romanian qualifications,
a college known by its initials, an employer in brackets after the title, a qualification
labelled before its school ("National Certificate: ..."). Each field the held-out sets score is read."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "resumes_of_more_layouts"

# file -> (name, employers, titles, (school, degree, year) of the first education entry);
# None where the field is not checked
Education = tuple[str | None, str | None, int | None]
EXPECTED: dict[str, tuple[str, list[str] | None, list[str], Education | None]] = {
    "us_cna_twocol": ("Ashley M. Johnson", ["Sunrise Senior Living", "BrightStar Care"],
                      ["Certified Nursing Assistant", "Home Health Aide"], ("Ivy Tech Community College", "CNA Certificate", 2017)),
    "au_aged_care": ("Priya Sharma", ["Bupa Aged Care", "Life Without Barriers"],
                     ["Personal Care Assistant", "Disability Support Worker"],
                     ("TAFE NSW", "Certificate III in Individual Support (Ageing)", 2016)),
    "ro_welder": ("Ion Popescu", ["Schaeffler România S.R.L.", "Roman S.A."], ["Sudor MIG/MAG", "Lăcătuș mecanic"],
                  ("Liceul Tehnologic „Maria Baiulescu”", "Tehnician mecanic", 2012)),
    "id_hospitality": ("Dewi Lestari", None, ["Front Office Supervisor", "Guest Service Agent"],
                       ("Politeknik Pariwisata Bali", "Diploma III Perhotelan", 2014)),
    "pt_nurse": ("Ana Rita Ferreira", ["Centro Hospitalar Universitário de São João", "Hospital da Luz"],
                 ["Enfermeira", "Enfermeira"], ("Escola Superior de Enfermagem do Porto", "Licenciatura em Enfermagem", 2015)),
    "se_care": ("Erik Lindqvist", ["Akademiska sjukhuset", "Enköpings kommun"], ["Undersköterska", "Vårdbiträde"],
                ("Hagaskolan", "Vård- och omsorgsprogrammet", 2014)),
    "ie_carpenter": ("Seán O'Brien", ["JJ Rhatigan & Company", "Purcell Construction Ltd"],
                     ["SITE CARPENTER", "APPRENTICE CARPENTER"],
                     ("GMIT", "QQI Level 6 Advanced Certificate in Carpentry and Joinery", 2017)),
    "gh_banker": ("Kwame Mensah", ["Ecobank Ghana Limited", "GCB Bank PLC"], ["Customer Service Officer", "Teller"],
                  ("University of Ghana", "BSc Administration (Banking and Finance)", 2015)),
    "np_security": ("Ram Bahadur Thapa", ["G4S Qatar", "Al Futtaim Group"], ["Security Guard", "Security Guard"],
                    ("Shree Janata Secondary School", "SLC", 2007)),
    "de_nurse_tabular": ("Anna Schmidt", ["Universitätsklinikum Freiburg", "Helios Klinik Müllheim"],
                         ["Gesundheits- und Krankenpflegerin", "Gesundheits- und Krankenpflegerin"], None),
    "us_driver_rightdates": ("Marcus Williams", ["Werner Enterprises", "Sysco Memphis LLC", "FedEx Ground"],
                             ["OTR Truck Driver", "Local Delivery Driver", "Forklift Operator"],
                             ("Central High School", "High School Diploma", 2011)),
    "tr_cook": ("Mehmet Yılmaz", ["Swissôtel The Bosphorus", "Divan Otelleri"], ["Aşçıbaşı", "Aşçı"],
                ("Anadolu Üniversitesi", "Mutfak Sanatları Ön Lisans", 2012)),
    "vn_accountant": ("Nguyễn Thị Lan", ["Vingroup JSC", "Deloitte Vietnam"],
                     ["Chief Accountant", "Audit Senior"],
                     ("National Economics University", "Bachelor of Accounting", 2014)),
    "es_admin_datos": ("Laura Gómez Ruiz", ["Grupo Eulen", "NH Hoteles"],
                      ["Auxiliar Administrativa", "Recepcionista"],
                      ("IES Tetuán de las Victorias", "Técnico Superior en Administración y Finanzas", 2013)),
    "ae_hvac_colon_heads": ("John Paul D'Souza", ["Emirates Facilities Management LLC", "Voltas Limited"],
                           ["HVAC Technician", "Refrigeration Mechanic"],
                           ("Government Polytechnic Mumbai", "Diploma in Refrigeration and Air Conditioning", 2011)),
    "de_dates_left_tab": ("Tobias Wagner", ["Siemens Mobility GmbH", "Elektro Schulze GmbH & Co. KG"],
                         ["Elektroniker", "Servicetechniker"],
                         ("Berufliches Schulzentrum Leipzig", "Ausbildung zum Elektroniker für Betriebstechnik", 2015)),
    "pl_obecnie": ("Magdalena Wiśniewska", ["Szpital Uniwersytecki", "Szpital Specjalistyczny im. Ludwika Rydygiera"],
                  ["Pielęgniarka oddziałowa", "Pielęgniarka"],
                  None),
    "uk_chef_spaced_heading": ("Daniel Hughes", ["The Potted Pig", "Park Plaza Hotel"],
                              ["Head Chef", "Sous Chef"],
                              ("Cardiff and Vale College", "NVQ Level 3 Professional Cookery", 2014)),
    "us_title_paren_company": ("Jasmine Carter", ["Peachtree Dental Group", "Smile Center of Decatur"],
                              ["Dental Hygienist", "Dental Assistant"],
                              ("Georgia Highlands College", "Associate of Applied Science in Dental Hygiene", 2018)),
    "ar_sales_actual": ("Martín Fernández", ["Arcor S.A.I.C.", "Frávega S.A."],
                       ["Ejecutivo de Ventas", "Vendedor"],
                       ("Universidad Nacional de Córdoba", "Licenciatura en Comercialización", 2013)),
    "za_twocol_interleaved": ("Nomvula Dlamini", None,
                             ["Team Leader", "Call Centre Agent"],
                             ("Durban University of Technology", "National Certificate: Contact Centre Operations (NQF 2)", 2015)),
    "fr_cariste": ("Karim Benali", ["Leroy Merlin", "Auchan Logistique"],
                  ["Cariste", "Préparateur de commandes"],
                  ("Lycée professionnel Jean Prouvé", "CAP Agent d'entreposage et de messagerie", 2014)),
    "in_civil_cgpa": ("Rohit Kumar Singh", ["Larsen & Toubro Limited", "Shapoorji Pallonji & Co. Pvt. Ltd."],
        ["Assistant Engineer – Construction", "Junior Engineer"],
        ("Birla Institute of Technology", "B.E. (Civil Engineering)", 2015)),
    "nz_farmhand": ("Liam Thompson", ["Greenfields Dairy Ltd", "Kaimai Farming Partnership"],
        ["Herd Manager", "Farm Assistant"],
        ("Primary ITO", "New Zealand Certificate in Dairy Farming (Level 4)", 2018)),
    "pk_textile": ("Muhammad Usman Tariq", ["Nishat Mills Limited", "Crescent Textile Mills Ltd"],
        ["Production Manager", "Shift Engineer"],
        ("National Textile University", "BSc Textile Engineering", 2014)),
    "it_barista_heading_caps": ("Chiara Bianchi", ["Caffè Terzi", "Ristorante Da Cesari"],
        ["Barista", "Cameriera"],
        ("IPSSAR Bartolomeo Scappi", "Diploma di Istituto Professionale per i Servizi Alberghieri", 2016)),
    "us_electrician_employer_first_pipes": ("Carlos Ramirez", ["Rosendin Electric", "Cannon & Wendt Electric"],
        ["Journeyman Electrician", "Apprentice Electrician"],
        ("IEC Arizona", "Electrical Apprenticeship Program", 2018)),
}


@pytest.fixture(scope="module")
def parser() -> RuleBasedResumeParser:
    return RuleBasedResumeParser(EmbeddedSkillExtractor(), today=lambda: date(2026, 12, 1))


@pytest.mark.parametrize("resume", EXPECTED)
def test_each_scored_field_is_read(parser, resume):
    name, employers, titles, education = EXPECTED[resume]
    parsed = parser.parse_text((FIXTURES / f"{resume}.txt").read_text(encoding="utf-8"))
    assert parsed.name == name
    if employers is not None:
        assert [e.company for e in parsed.experience] == employers
    assert [e.title for e in parsed.experience] == titles
    if education is not None:
        first = parsed.education[0]
        assert (first.institution, first.degree, first.graduation_year) == education
