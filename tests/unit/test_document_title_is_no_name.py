"""The word a CV is titled with in its own language ('Lebenslauf', 'Hoja de vida') is not
the person's name; the name on the next line is (fictional people)."""
import pytest

from adapters.embedded.parsing.contact import parse_contact


@pytest.mark.parametrize("title", ["Lebenslauf", "LEBENSLAUF", "Hoja de Vida", "Currículum Vitae", "Curriculo"])
def test_a_cv_title_in_another_language_is_not_the_name(title):
    header = f"{title}\n\nStefan Becker\nHauptstraße 12, 80331 München\nstefan.becker@example.de"
    contact = parse_contact(header, header.splitlines())
    assert contact.name == "Stefan Becker"


@pytest.mark.parametrize("heading", ["Experience", "SKILLS", "Profile", "Education"])
def test_a_section_heading_above_the_name_is_not_the_name(heading):
    header = f"{heading}\nAmara Okafor\nLagos, Nigeria\namara.okafor@example.com"
    contact = parse_contact(header, header.splitlines())
    assert contact.name == "Amara Okafor"


@pytest.mark.parametrize("name", ["Madonna", "Grace", "Rose"])
def test_a_one_word_name_that_names_no_section_is_still_a_name(name):
    header = f"{name}\nLagos, Nigeria\nsomeone@example.com"
    assert parse_contact(header, header.splitlines()).name == name
