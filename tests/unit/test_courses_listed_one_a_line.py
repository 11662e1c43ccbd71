"""A training section written one course a line keeps the courses the taxonomy does not know,
named as written, when a line is shaped like a course (a course's word in the résumé's language,
a level, a duration, an awarding body after a dash); a sentence about training is no course."""
import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.parsing.training_lines import courses_listed
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor


@pytest.mark.parametrize("line, course", [
    ("Safeguarding Adults Level 3", "Safeguarding Adults Level 3"),
    ("Direção Defensiva – SENAI", "Direção Defensiva"),
    ("Sertifikat Juru Las 6G SMAW - BNSP", "Sertifikat Juru Las 6G SMAW"),
    ("Manipulador de alimentos (10 h)", "Manipulador de alimentos"),
    ("• Biosafety Level 2 Laboratory Practice, icddr,b, 2018", "Biosafety Level 2 Laboratory Practice"),
    ("Intervention en situation de crise suicidaire – AQPS", "Intervention en situation de crise suicidaire"),
    ("Patentino F-Gas (Regolamento CE 303/2008)", "Patentino F-Gas"),
    ("Fire safety training provided by employer", "Fire safety training"),
])
def test_a_line_shaped_like_a_course_is_the_course_as_written(line, course):
    assert courses_listed([line]) == [course]


@pytest.mark.parametrize("line", [
    "Completed a two-day course on fire safety. Very useful.",
    "Attended workshop on GST",
    "Red Cross, 2019",
    "Hand Hygiene",  # no course's shape: it may be a skill, a provider, a place
    "2019",
    "More courses planned for next year",
])
def test_a_line_not_shaped_like_a_course_is_none(line):
    assert courses_listed([line]) == []


def test_the_parser_keeps_unknown_courses_of_a_training_section_beside_known_ones():
    tax = SkillTaxonomy(["Basic Life Support (BLS)"], {"basic life support": (0, False), "bls": (0, True)},
                        [frozenset()], [frozenset()], kinds=[SkillKind.CERTIFICATION])
    parser = RuleBasedResumeParser(TaxonomySkillExtractor(tax))
    text = ("Olivia Bennett\nolivia.bennett@example.com\n\nTRAINING\nSafeguarding Adults Level 3\n"
            "Basic Life Support – Resuscitation Council UK\nDireção Defensiva – SENAI\n")
    skills = {s.name: s.kind for s in parser.parse_text(text).skills}
    assert skills.get("Safeguarding Adults Level 3") is SkillKind.CERTIFICATION
    assert skills.get("Direção Defensiva") is SkillKind.CERTIFICATION
    assert "Basic Life Support" not in skills or "Basic Life Support (BLS)" not in skills  # not twice


def test_a_course_in_a_tool_already_held_is_the_tool_not_a_second_entry():
    tax = SkillTaxonomy(["Primavera P6"], {"primavera p6": (0, False)}, [frozenset()], [frozenset()],
                        kinds=[SkillKind.SKILL])
    parser = RuleBasedResumeParser(TaxonomySkillExtractor(tax))
    text = ("Emre Yilmaz\nemre@example.com\n\nSKILLS\nPrimavera P6\n\nCOURSES\nPrimavera P6 Eğitimi\n"
            "İş Güvenliği Uzmanlığı C Sınıfı\n")
    names = [s.name for s in parser.parse_text(text).skills]
    assert "Primavera P6 Eğitimi" not in names and "İş Güvenliği Uzmanlığı C Sınıfı" in names


def test_under_a_heading_calling_them_courses_a_plain_name_alone_is_a_course():
    text = "Direção Defensiva\nHand Hygiene\nRed Cross\nMumbai\nSt John Ambulance, 2019"
    assert courses_listed([text], ["CURSOS"]) == ["Direção Defensiva", "Hand Hygiene"]
    assert courses_listed([text], ["CERTIFICATES"]) == []  # no shape, under a heading of certificates
    assert courses_listed(["CTM"], ["Quality Based trainings: CTM"]) == []  # a labelled list, not a section


def test_a_line_listing_courses_between_commas_gives_each_shaped_like_one():
    line = "Immediate Life Support (ILS), Safeguarding Adults Level 3, Moving and Handling"
    assert courses_listed([line]) == ["Immediate Life Support (ILS)", "Safeguarding Adults Level 3"]
