"""A résumé's display name: no path, no control characters, at most 200 characters, and a
name shortened keeps its extension (the person tells their files apart by it)."""
from domain.services.resumes import clean_filename
from domain.uploads import DOCX, JPEG, PDF, PLAIN_TEXT


def test_a_long_name_is_shortened_before_its_extension():
    name = clean_filename("C:\\Users\\amara\\" + "Amara Okafor CV " * 20 + "final.docx")
    assert len(name) == 200 and name.endswith(".docx") and name.startswith("Amara Okafor CV")


def test_paths_and_control_characters_go_and_short_names_stay():
    assert clean_filename("../../etc/cv\x00 2024.pdf") == "cv 2024.pdf"
    assert clean_filename("   ") == "resume" and clean_filename(None) == "resume"


def test_a_long_name_without_an_extension_is_cut():
    assert clean_filename("x" * 500) == "x" * 200


def test_a_name_whose_extension_is_not_its_contents_gets_the_usual_one_added():
    # What an employer's download is saved under: a text résumé is never an ".exe".
    assert clean_filename("CV <b>bold</b>\u202egnp.exe", PLAIN_TEXT) == "b>gnp.exe.txt"
    assert clean_filename("cv.final", PDF) == "cv.final.pdf"
    assert clean_filename("Résumé.PDF", PDF) == "Résumé.PDF"
    assert clean_filename("scan.jpeg", JPEG) == "scan.jpeg"
    assert clean_filename("notes.md", PLAIN_TEXT) == "notes.md"
    # No extension (nothing claims a type) or no name at all: as written.
    assert clean_filename("My CV", DOCX) == "My CV" and clean_filename(None, DOCX) == "resume"
    assert clean_filename(".docx", PDF) == ".docx"


def test_an_added_extension_survives_shortening():
    name = clean_filename("x" * 300 + ".exe", PDF)
    assert len(name) == 200 and name.endswith(".pdf")
