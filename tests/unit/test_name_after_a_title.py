"""A form of address or a professional title before the name ("Capt.", "Engr.", "Ing. Agr.",
"CA") is no part of the name; credential letters there are the person's credential."""
import pytest

from adapters.embedded.parsing.contact import parse_contact
from adapters.embedded.parsing.name_titles import without_title


def _contact(line: str):
    text = f"{line}\nperson@example.org | +44 7700 900111\n"
    return parse_contact(text, text.splitlines())


@pytest.mark.parametrize(
    "line, name",
    [
        ("CAPTAIN ODETTE MARAIS", "Odette Marais"),
        ("Capt. Imran Qureshi", "Imran Qureshi"),
        ("Engr. Paolo Dizon Cruz", "Paolo Dizon Cruz"),
        ("Ing. Agr. Lucía Benítez", "Lucía Benítez"),
        ("Dr Halima Sesay", "Halima Sesay"),
        ("Lic. Tomás Arce", "Tomás Arce"),
        ("Chef Aroha Ngata", "Aroha Ngata"),
        ("CHEF TOBENNA EZE", "Tobenna Eze"),
        ("Pastor Grace Adeyemi", "Grace Adeyemi"),
        ("Sir Alan Pryce", "Alan Pryce"),
        ("Dra. Lucía Ferrer", "Lucía Ferrer"),
        ("Rev. Dr. Samuel Mensah", "Samuel Mensah"),
        ("Chef Aroha Ngata, CEC", "Aroha Ngata"),
        ("Dr. Okafor, Chinedu", "Okafor, Chinedu"),
    ],
)
def test_a_title_before_the_name_is_left_out(line, name):
    assert _contact(line).name == name


def test_credential_letters_before_the_name_are_a_credential():
    contact = _contact("CA Meenakshi Sundaram")
    assert contact.name == "Meenakshi Sundaram"
    assert "CA" in contact.letters_after_name


@pytest.mark.parametrize("line, name", [("Ma Lin Zhou", "Ma Lin Zhou"), ("Do Van Thanh", "Do Van Thanh"),
                                        ("Miriam Sr. Okoye", "Miriam Sr. Okoye")])
def test_letters_that_are_also_names_stay_in_the_name(line, name):
    assert _contact(line).name == name


@pytest.mark.parametrize("line", [
    "Chef de Partie",  # a post: no whole name follows the word
    "Chef Aroha",  # one word after it is no whole name either
    "Pastor García, Ana",  # a surname written first, not a calling
    "Coach 2024 Season",
])
def test_a_calling_is_a_title_only_before_a_whole_name(line):
    assert without_title(line) == (line, ())


@pytest.mark.parametrize("line, name", [
    ("DOTT.SSA GIULIA BIANCHI", "Giulia Bianchi"),
    ("Dr.ssa Chiara Conti", "Chiara Conti"),
    ("Sig.ra Paola Greco", "Paola Greco"),
])
def test_an_italian_feminine_title_with_its_ending_after_the_dot_is_left_out(line, name):
    assert _contact(line).name == name
