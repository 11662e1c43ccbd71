"""A résumé's display name: no path, no control characters, at most 200 characters, and a
name shortened keeps its extension (the person tells their files apart by it)."""
from domain.services.resumes import clean_filename


def test_a_long_name_is_shortened_before_its_extension():
    name = clean_filename("C:\\Users\\amara\\" + "Amara Okafor CV " * 20 + "final.docx")
    assert len(name) == 200 and name.endswith(".docx") and name.startswith("Amara Okafor CV")


def test_paths_and_control_characters_go_and_short_names_stay():
    assert clean_filename("../../etc/cv\x00 2024.pdf") == "cv 2024.pdf"
    assert clean_filename("   ") == "resume" and clean_filename(None) == "resume"


def test_a_long_name_without_an_extension_is_cut():
    assert clean_filename("x" * 500) == "x" * 200
