""""CURRICULUM VITAE" / "OF" / the holder's name, each on its own line: read as one title that
names its holder, so "OF" is not taken for the name."""
from adapters.embedded.parsing.contact import parse_contact
from adapters.embedded.parsing.document_title_lines import document_title_lines_joined


def _name(text):
    text = document_title_lines_joined(text)
    return parse_contact(text, text.split("\n")[:6]).name


def test_the_name_under_of_is_the_name():
    assert _name("CURRICULUM VITAE\nOF\nABDUS SALAM CHOWDHURY\nPresent Address: Sylhet") == "Abdus Salam Chowdhury"
    assert _name("Resume\n\nof\n\nNkechi Eze\nLagos") == "Nkechi Eze"


def test_a_title_without_of_is_left_as_it_was():
    text = "CURRICULUM VITAE\nOfelia Ramos\nCebu City"
    assert document_title_lines_joined(text) == text
