"""Education lines in words the lists do not know: "Award, School, 2016" and "2016: Award,
School" read as a table's row; the part after a school between dashes is what it awarded;
Indonesian diploma levels and health polytechnics; a list of tickets with a coded year is no row."""
from adapters.embedded.parsing.education import parse_education
from adapters.reference_data.packaged import packaged_reference_data
from domain.installed_reference_data import install_reference_data


def _rows(text: str):
    install_reference_data(packaged_reference_data())
    return [(e.institution, e.degree, e.graduation_year) for e in parse_education(text)]


def test_a_year_first_then_two_unknown_names():
    assert _rows("2013: Atestat profesional transport persoane, ARR Brașov\n") == [
        ("ARR Brașov", "Atestat profesional transport persoane", 2013)]


def test_two_unknown_names_then_a_year():
    assert _rows("Certificado de Manipulación de Grúas, Fundación Laboral Asturias, 2018\n") == [
        ("Fundación Laboral Asturias", "Certificado de Manipulación de Grúas", 2018)]


def test_the_part_after_a_school_between_dashes_is_its_award():
    assert _rows("Bursa Anadolu Lisesi — Elektrik Elektronik — 2011\n") == [
        ("Bursa Anadolu Lisesi", "Elektrik Elektronik", 2011)]


def test_an_indonesian_diploma_at_a_health_polytechnic():
    assert _rows("D3 Kebidanan, Poltekkes Kemenkes Malang, 2015\n") == [
        ("Poltekkes Kemenkes Malang", "D3 Kebidanan", 2015)]


def test_tickets_with_a_coded_year_are_no_row():
    assert _rows("Confined Space, Fall Arrest, OSSA-2021\n") == []
