"""A country named in the writer's own language ("Deutschland", "España", "Brasil", "Polska")
is that country, for a place as for a search; a region's or a town's name that is also some
country's name in another language stays a place ("Granada, España" is in Spain)."""
from __future__ import annotations

import pytest

from domain.location_store_hints import without_country
from domain.locations import location_matches, place_of


@pytest.mark.parametrize("written, country", [
    ("München, Deutschland", "DE"), ("Sevilla, España", "ES"), ("Curitiba, PR, Brasil", "BR"),
    ("Kraków, Polska", "PL"), ("Lyon, Frankreich", "FR"), ("Torino, Italia", "IT"),
    ("Utrecht, Nederland", "NL"), ("Genève, Suisse", "CH"), ("Wien, Österreich", "AT"),
    ("Bogotá, Colombia", "CO"), ("Ciudad de México, México", "MX"), ("Istanbul, Türkiye", "TR"),
])
def test_a_country_in_the_writers_language_is_that_country(written, country):
    assert place_of(written).country == country


@pytest.mark.parametrize("job, wanted", [
    ("Berlin, Deutschland", "Berlin, Germany"), ("Berlin, Germany", "Berlin, Deutschland"),
    ("São Paulo, Brasil", "Brazil"), ("Madrid, España", "Madrid, Spain"), ("Kraków, Polska", "Poland"),
])
def test_a_search_finds_a_place_whatever_language_names_its_country(job, wanted):
    assert location_matches(job, wanted)


def test_a_country_in_another_language_is_still_dropped_from_the_town():
    assert without_country("Sevilla, España") == "Sevilla"


def test_a_region_named_like_a_country_in_another_language_is_no_country():
    assert place_of("Albolote, Granada").country is None  # Granada is Grenada in Spanish
    assert place_of("Springfield, IL").country is None and place_of("Denver, CO").country is None


# Each country's own names, in the languages its people write (GeoNames' languages of the
# country, pycountry's names in them): not only the languages résumés are most often written in.
@pytest.mark.parametrize("written, country", [
    ("Cork, Éire", "IE"), ("Tartu, Eesti", "EE"), ("Kaunas, Lietuva", "LT"), ("Plovdiv, България", "BG"),
    ("Batumi, საქართველო", "GE"), ("Gyumri, Հայաստան", "AM"), ("Cebu, Pilipinas", "PH"), ("Chiang Mai, ไทย", "TH"),
    ("Osaka, 日本", "JP"), ("Pune, भारत", "IN"), ("Pokhara, नेपाल", "NP"), ("Durrës, Shqipëri", "AL"),
    ("Ganja, Azərbaycan", "AZ"), ("Samarkand, Oʻzbekiston", "UZ"), ("Shiraz, ایران", "IR"),
    ("Chittagong, বাংলাদেশ", "BD"), ("Alexandria, مصر", "EG"), ("Almaty, Қазақстан", "KZ"),
])
def test_a_country_in_its_own_language_is_that_country(written, country):
    assert place_of(written).country == country
    assert without_country(written) == written.split(",")[0]


def test_a_search_by_the_english_name_finds_a_place_named_with_its_country_s_own_name():
    assert location_matches("Cork, Éire", "Cork, Ireland")
    assert location_matches("Tartu, Eesti", "Estonia")
    assert not location_matches("Tartu, Eesti", "Latvia")


def test_a_resume_s_top_line_naming_a_town_in_its_country_s_language_is_a_place_not_a_name():
    from adapters.embedded.parsing.parser import RuleBasedResumeParser
    from domain.skills import SkillTaxonomy, TaxonomySkillExtractor

    parser = RuleBasedResumeParser(TaxonomySkillExtractor(SkillTaxonomy([], {}, [], [])))
    parsed = parser.parse_text("Tartu, Eesti\nMari Tamm\nmari.tamm@example.com\n\nEXPERIENCE\nNurse, Tartu Clinic\n2019 - 2023\n")
    assert parsed.name == "Mari Tamm" and parsed.location == "Tartu, Eesti"
