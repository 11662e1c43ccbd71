"""One credential's name ("Care Certificate") right under a list of schooling or credentials,
with a blank line after it, is the list's last item, not the heading of an empty section; a
line in capitals, or one with content under it ("Driving Licence" over "Full UK, clean"), still
opens a section."""
from adapters.embedded.parsing.sections import split_sections


def _sections(text: str) -> list[tuple[str, str]]:
    return [(s.name, s.heading) for s in split_sections(text)[1]]


def test_a_credential_run_on_from_the_list_is_its_item():
    text = ("Danielle Okonkwo\nd@example.com\n\nQUALIFICATIONS\nNVQ Level 3 Health and Social Care\n"
            "Care Certificate\n\nEDUCATION\nBarnfield College, Luton, 2017\n")
    [qualifications, education] = split_sections(text)[1]
    assert "Care Certificate" in qualifications.lines and education.heading == "EDUCATION"


def test_a_credential_heading_over_its_content_still_opens_a_section():
    text = "Sam Lee\ns@example.com\n\nSKILLS\nExcel\nDriving Licence\nFull UK, clean\n"
    assert _sections(text) == [("skills", "SKILLS"), ("certifications", "Driving Licence")]


def test_a_credential_heading_in_capitals_still_opens_a_section():
    text = "Sam Lee\ns@example.com\n\nSKILLS\nExcel\nFIRST AID CERTIFICATE\n\nEDUCATION\nX College, 2017\n"
    assert ("certifications", "FIRST AID CERTIFICATE") in _sections(text)
