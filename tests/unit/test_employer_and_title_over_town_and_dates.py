"""A job written as "Employer · Title" over "Town · dates" (a LinkedIn-style export): the
line above holds both the employer and the title, and the dated line's town is neither.
Fictional jobs."""
import pytest

from adapters.embedded.parsing.experience import parse_experience


@pytest.mark.parametrize("sep", [" · ", " | "])
def test_the_line_above_holds_employer_and_title(sep):
    text = (f"Air Austral{sep}Cabin Crew Member\nSaint-Denis{sep}2018 – present\n\n"
            f"Corsair{sep}Flight Attendant\nOrly{sep}2015 – 2018\n")
    entries, _ = parse_experience(text)
    assert [(e.title, e.company) for e in entries] == [
        ("Cabin Crew Member", "Air Austral"), ("Flight Attendant", "Corsair")]


def test_a_title_over_its_employer_and_dates_is_unchanged():
    entries, _ = parse_experience("Cabin Crew Member\nAir Austral · 2018 – present\n")
    assert [(e.title, e.company) for e in entries] == [("Cabin Crew Member", "Air Austral")]
