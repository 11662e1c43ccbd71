"""French, Belgian and Spanish addresses may put the number before the street ("12 rue des
Lilas, 69003 Lyon"); a contact line may give the postcode before the town ("80331 München"):
the town is the location either way (fictional people)."""
import pytest

from adapters.embedded.parsing.contact import parse_contact


@pytest.mark.parametrize("header, location", [
    ("Camille Durand\n14 rue des Tanneurs, 67000 Strasbourg\n06 12 34 56 78", "Strasbourg"),
    ("Jean Petit\n7 bis avenue Foch, 75116 Paris, France\njean.petit@example.fr", "Paris, France"),
    ("Nuria Vidal\n8 Calle del Carmen, 46003 Valencia\nnuria@example.es", "Valencia"),
    ("Jonas Weber\njonas.weber@example.de | +49 151 2345 6789 | 80331 München", "München"),
    ("Lotte Peeters\nlotte@example.be · 0470 12 34 56 · 2000 Antwerpen", "Antwerpen"),
])
def test_the_town_of_an_address_written_number_first_or_postcode_first(header, location):
    assert parse_contact(header, header.splitlines()).location == location


def test_years_in_a_contact_line_are_no_postcode_and_town():
    header = "Mia Lang\nmia@example.de | +49 151 2345 6789 | 2019 Present"
    assert parse_contact(header, header.splitlines()).location != "Present"
