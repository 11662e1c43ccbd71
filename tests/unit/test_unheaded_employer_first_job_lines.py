"""A résumé with no headings whose jobs are one line each, "Employer, Title, dates": an
employer named like a school ("… University Hospital") beside a title is work, and a line
whose words tell neither half apart follows the order the other lines show (fictional)."""
import asyncio

from adapters.embedded.parsing.layout_headings import content_meaning
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


def _parse(text):
    return asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(text))


def test_a_university_hospital_beside_a_title_is_experience():
    lines = ["Ashcombe University Hospital Group, Ward Clerk, 2020 - present",
             "Ward rounds, discharge planning."]
    assert content_meaning(lines) == "experience"


def test_an_undecided_line_follows_the_order_of_the_others():
    text = ("Priya Hallworth\nDerby DE1 · 07700 900111 · priya.h@example.com\n\n"
            "Ashcombe University Hospitals NHS Trust, Healthcare Assistant (Band 3), 2020 - present\n"
            "Ward rounds, discharge planning.\n\n"
            "Kestrel Direct, Loader, 2016 - 2020\nParcel sorting on nights.\n")
    parsed = _parse(text)
    assert [(e.title, e.company) for e in parsed.experience] == [
        ("Healthcare Assistant (Band 3)", "Ashcombe University Hospitals NHS Trust"), ("Loader", "Kestrel Direct")]


def test_an_undecided_line_stays_as_written_without_evidence():
    text = ("Priya Hallworth\nDerby DE1 · 07700 900111 · priya.h@example.com\n\n"
            "Loader, Kestrel Direct, 2016 - 2020\nParcel sorting on nights.\n")
    parsed = _parse(text)
    assert [(e.title, e.company) for e in parsed.experience] == [("Loader", "Kestrel Direct")]
