"""Names written surname first ("OKONKWO, Chinedu Emeka", "Müller, Katharina"), as forms and
many CVs of Nigeria, Germany and Asia write them, are the name as written; a town and its
region or country at the top ("Leeds, UK", "Pune, Maharashtra") is never taken for one. A
name labelled in the résumé's language ("Nombre:", "Nom :", "Nome:") is the name (fictional)."""
import pytest

from adapters.embedded.parsing.contact import parse_contact


def name_of(header: str) -> str | None:
    return parse_contact(header, header.splitlines()).name


@pytest.mark.parametrize("header, name", [
    ("CURRICULUM VITAE\nNAME: ADEYEMI, Funmilayo Grace\nPhone: 0803 555 0199", "ADEYEMI, Funmilayo Grace"),
    ("Schneider, Lena\nlena.schneider@example.de", "Schneider, Lena"),
    ("Nombre: Rocío Gutiérrez Soto\nrocio@example.es", "Rocío Gutiérrez Soto"),
    ("Nom : Élodie Marchand\nelodie@example.fr", "Élodie Marchand"),
    ("Nome: Giulia Ferri\ngiulia@example.it", "Giulia Ferri"),
])
def test_surname_first_and_labelled_names(header, name):
    assert name_of(header) == name


@pytest.mark.parametrize("header", ["Leeds, UK\nOwen Price", "Pune, Maharashtra\nOwen Price",
                                    "Graz, Österreich\nOwen Price", "Nurse, Registered\nOwen Price"])
def test_a_place_or_title_at_the_top_is_no_surname_first_name(header):
    assert name_of(header) == "Owen Price"
