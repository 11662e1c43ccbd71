"""Where a résumé written in Cyrillic or Greek says the person lives ("Москва", "Київ,
Україна", "Город: Санкт-Петербург") is read as it is from a Latin one, and matches the town's
name in English ("Moscow", "Kyiv"). Fictional résumés."""
from datetime import date

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.locations import location_matches
from domain.skills import TaxonomySkillExtractor


@pytest.fixture(scope="module")
def parser() -> RuleBasedResumeParser:
    return RuleBasedResumeParser(TaxonomySkillExtractor(load_taxonomy()), today=lambda: date(2026, 1, 1))


BODY = """
ОПЫТ РАБОТЫ
Электрик, ООО «Энергосервис»
2018 - 2024
"""


@pytest.mark.parametrize("header, place, english", [
    ("Иван Петров\nivan.petrov@example.ru | +7 495 123 45 67 | Москва", "Москва", "Moscow"),
    ("Иван Петров\nivan.petrov@example.ru | +7 495 123 45 67\nМосква", "Москва", "Moscow"),
    ("Олена Коваленко\nolena@example.ua\nКиїв, Україна", "Київ, Україна", "Kyiv, Ukraine"),
    ("Иван Петров\nГород: Санкт-Петербург\nivan.petrov@example.ru", "Санкт-Петербург", "Saint Petersburg"),
    ("Νίκος Παπαδόπουλος\nnikos@example.gr | +30 21 0123 4567 | Αθήνα", "Αθήνα", "Athens"),
])
def test_a_town_in_another_script_is_the_persons_location(parser, header, place, english):
    parsed = parser.parse_text(header + "\n" + BODY)
    assert parsed.location == place
    assert location_matches(english, parsed.location) and location_matches(parsed.location, english)


def test_a_line_of_another_script_that_names_no_town_is_no_location(parser):
    parsed = parser.parse_text("Иван Петров\nivan.petrov@example.ru\nЭлектрик\n" + BODY)
    assert parsed.location is None
