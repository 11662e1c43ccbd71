"""A particle of a name in capitals is lower-cased only where the name reads as one that has
particles: "Van" and "Thi" of a Vietnamese name, "De" of a Chinese one are names; a one-letter
"E" after a given name alone is an initial (fictional names)."""
import pytest

from adapters.embedded.parsing.name_case import readable_case
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from domain.skills import SkillTaxonomy, TaxonomySkillExtractor


@pytest.mark.parametrize("written, read", [
    ("NGUYEN VAN AN", "Nguyen Van An"),
    ("LE VAN AN", "Le Van An"),
    ("NGUYEN THI MAI", "Nguyen Thi Mai"),
    ("DO VAN HUNG", "Do Van Hung"),
    ("TRAN THI LE", "Tran Thi Le"),
    ("HUYNH THI NGOC ANH", "Huynh Thi Ngoc Anh"),
    ("AN VAN NGUYEN", "An Van Nguyen"),
    ("NGUYEN LE MINH", "Nguyen Le Minh"),
    ("LI DE HUA", "Li De Hua"),
    ("JOHN E SMITH", "John E Smith"),
    ("MARIA DE LOS SANTOS", "Maria de los Santos"),
    ("JAN VAN DER BERG", "Jan van der Berg"),
    ("VINCENT VAN GOGH", "Vincent van Gogh"),
    ("ANNA VON DER LEYEN", "Anna von der Leyen"),
    ("PIET DE BOER", "Piet de Boer"),
    ("JOAO DA SILVA", "Joao da Silva"),
    ("DA SILVA", "Da Silva"),
    ("JOSE ORTEGA Y GASSET", "Jose Ortega y Gasset"),
    ("AHMAD BIN ABDULLAH", "Ahmad bin Abdullah"),
    ("AHMED AL-SAYED", "Ahmed Al-Sayed"),
    ("O'BRIEN", "O'Brien"),
    ("MCDONALD", "McDonald"),
])
def test_a_particle_is_lower_case_only_in_a_name_that_has_particles(written, read):
    assert readable_case(written) == read


@pytest.mark.parametrize("top, name", [
    ("NGUYEN VAN AN\nSoftware Engineer | Hanoi | an.nguyen@example.vn", "Nguyen Van An"),
    ("LE THI HONG\nRegistered Nurse | Da Nang | hong.le@example.vn", "Le Thi Hong"),
    ("JAN VAN DER BERG\nElectrician | Utrecht | jan.vdberg@example.nl", "Jan van der Berg"),
])
def test_the_parser_gives_the_name_with_its_particles_so_read(top, name):
    parser = RuleBasedResumeParser(TaxonomySkillExtractor(SkillTaxonomy([], {}, [], [])))
    parsed = parser.parse_text(top + "\n\nEXPERIENCE\nSite Lead, Acme Ltd, 2019 - 2022\n")
    assert parsed.name == name
