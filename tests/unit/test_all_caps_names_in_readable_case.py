"""A name set in capitals at the top of a résumé is given in the case people read it in:
each part capitalised, particles inside it lower-case, Mc/Mac/O' prefixes kept (fictional
names)."""
import pytest

from adapters.embedded.parsing.name_case import readable_case
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from domain.skills import SkillTaxonomy, TaxonomySkillExtractor


@pytest.mark.parametrize("written, read", [
    ("JANE O'NEIL-SMITH", "Jane O'Neil-Smith"),
    ("MARÍA JOSÉ GARCÍA LÓPEZ", "María José García López"),
    ("PIETER VAN DER BERG", "Pieter van der Berg"),
    ("ANA PAULA DA SILVA", "Ana Paula da Silva"),
    ("DIEGO DE LOS SANTOS", "Diego de los Santos"),
    ("SEAN MCDONALD", "Sean McDonald"),
    ("ANGUS MACLEOD", "Angus MacLeod"),
    ("RAFAEL MACHADO", "Rafael Machado"),
    ("ANNE-MARIE D'ARCY", "Anne-Marie D'Arcy"),
    ("HENRY FORD III", "Henry Ford III"),
    ("ÇAĞLA ÖZTÜRK", "Çağla Öztürk"),
    ("ИВАН ПЕТРОВ", "Иван Петров"),
    ("VAN DER BERG, PIETER", "Van der Berg, Pieter"),
])
def test_a_name_in_capitals_is_given_in_readable_case(written, read):
    assert readable_case(written) == read


@pytest.mark.parametrize("written", ["Jane McAllister", "Camille DUBOIS", "李伟", "J. R. Tolkien", "Nguyễn Thị Lan"])
def test_a_name_not_all_in_capitals_is_kept_as_written(written):
    assert readable_case(written) == written


@pytest.mark.parametrize("top, name", [
    ("SIOBHÁN O'REILLY\nRegistered Midwife\nsiobhan.oreilly@example.ie | 087 123 4567", "Siobhán O'Reilly"),
    ("KWAME MENSAH-BONSU\nQuantity Surveyor | Accra | kwame.mb@example.com", "Kwame Mensah-Bonsu"),
    ("MARÍA JOSÉ GARCÍA LÓPEZ\nmaria.garcia@example.es · +34 612 345 678", "María José García López"),
])
def test_the_parser_gives_the_name_in_readable_case(top, name):
    parser = RuleBasedResumeParser(TaxonomySkillExtractor(SkillTaxonomy([], {}, [], [])))
    parsed = parser.parse_text(top + "\n\nEXPERIENCE\nSite Lead, Acme Ltd, 2019 - 2022\n")
    assert parsed.name == name
