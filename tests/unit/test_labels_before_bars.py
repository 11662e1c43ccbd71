"""A form flattened with bars between its cells ("Name: | Amaka Obi"): the label's colon leads
to the value, so the name and the address are read from their labelled lines."""
from adapters.embedded.parsing.contact import parse_contact
from adapters.embedded.parsing.labels_before_bars import labels_before_bars_read


def test_the_bar_after_a_labels_colon_is_dropped():
    assert labels_before_bars_read("Name: | Amaka Obi\nPhone:| 0803 111 2222") == "Name: Amaka Obi\nPhone: 0803 111 2222"


def test_other_bars_stay():
    text = "Year | Course | School\nSkills: Excel | Word\nFix | leaks: fast"
    assert labels_before_bars_read(text) == text


def test_the_name_is_read_from_its_labelled_cell():
    lines = labels_before_bars_read("BIO-DATA\nName: | Amaka Ngozi Obi\nSex: | Female").split("\n")
    assert parse_contact("\n".join(lines), lines).name == "Amaka Ngozi Obi"
