"""Letters after a name written as a run, with brackets, without commas ("Dr Liam Byrne BVSc
(Hons) MRCVS", "Kavya Menon (PT)"): the name is the words before them. Fictional names."""
import pytest

from adapters.embedded.parsing.contact import parse_contact


@pytest.mark.parametrize("line, name", [
    ("Dr. Kavya Menon (PT)", "Kavya Menon"),
    ("Dr Liam Byrne BVSc (Hons) MRCVS", "Liam Byrne"),
    ("Sarah Lee MSc MCSP", "Sarah Lee"),
    ("Tomás Herrera BDS (Hons) MFDS", "Tomás Herrera"),
])
def test_the_name_is_the_words_before_the_letters(line, name):
    text = f"{line}\nsomeone@example.org\n"
    assert parse_contact(text, [line, "someone@example.org"]).name == name


@pytest.mark.parametrize("line", ["Mary Jane Watson", "Ana Lucia Costa", "Ewan McGregor"])
def test_a_plain_name_is_kept_whole(line):
    assert parse_contact(f"{line}\n", [line]).name == line


@pytest.mark.parametrize("line, name", [
    ("TAN WEI LING, CA (Singapore)", "Tan Wei Ling"),
    ("Rhys Owen, CPA (Australia)", "Rhys Owen"),
])
def test_letters_with_their_country_in_brackets_are_cut_off(line, name):
    assert parse_contact(f"{line}\n", [line]).name == name
