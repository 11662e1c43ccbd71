"""Contact lines of more countries (fictional people): a country code in brackets
("(+971) 50-123-4567", the Gulf and the Philippines) is part of the phone number, and a
Filipino name keeps its lower-case particle ("Juan dela Cruz", "Rosa delos Santos")."""
import pytest

from adapters.embedded.parsing.contact import parse_contact


@pytest.mark.parametrize("line, phone", [
    ("(+971) 55-987-6543 | khalid@example.ae", "(+971) 55-987-6543"),
    ("(+63) 918 765 4321", "(+63) 918 765 4321"),
])
def test_a_country_code_in_brackets_is_part_of_the_phone(line, phone):
    header = "Khalid Rahman\n" + line
    assert parse_contact(header, header.splitlines()).phone == phone


@pytest.mark.parametrize("name", ["Juan dela Cruz", "Rosa delos Santos", "Carmen de los Reyes"])
def test_filipino_and_spanish_particles_stay_in_the_name(name):
    header = name + "\n+63 918 765 4321"
    assert parse_contact(header, header.splitlines()).name == name
