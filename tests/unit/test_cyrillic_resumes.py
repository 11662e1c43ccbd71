"""A résumé written in Russian or Ukrainian (fictional): its headings open their sections
("ОПЫТ РАБОТЫ", "Освіта", "Ключевые навыки"), its skills in Cyrillic are kept as written,
its schools and degrees are read, and a Ukrainian "Мета" heading is no "Металлург"."""
from datetime import date

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.parsing.sections import heading_of
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor

RESUME = """Коваленко Олена Іванівна
Бухгалтер
olena.kovalenko@example.ua | +380 67 123 4567

ДОСВІД РОБОТИ
Головний бухгалтер, ТОВ «Агросвіт», Полтава
березень 2018 – н.в.

Бухгалтер, ПП «Мрія»
вересень 2013 – лютий 2018

ОСВІТА
Магістр обліку і аудиту, Полтавський національний університет, 2013

НАВИЧКИ
1С: Бухгалтерія; Податкова звітність; Облік заробітної плати
"""


@pytest.mark.parametrize("heading, name", [
    ("ОПЫТ РАБОТЫ", "experience"), ("Образование", "education"), ("Ключевые навыки", "skills"),
    ("Сертификаты", "certifications"), ("ДОСВІД РОБОТИ", "experience"), ("Освіта", "education"),
])
def test_russian_and_ukrainian_headings(heading, name):
    assert heading_of(heading) == (name, "")


@pytest.mark.parametrize("line", ["Металлург", "Методист"])
def test_a_job_title_opening_like_a_heading_word_is_no_heading(line):
    assert heading_of(line) is None


def test_a_ukrainian_resume_gives_its_jobs_school_and_skills():
    parsed = RuleBasedResumeParser(EmbeddedSkillExtractor(), today=lambda: date(2026, 1, 1)).parse_text(RESUME)
    assert [(e.title, e.start_date, e.end_date) for e in parsed.experience] == [
        ("Головний бухгалтер", "2018-03", None), ("Бухгалтер", "2013-09", "2018-02")]
    assert [(e.degree, e.institution, e.graduation_year) for e in parsed.education] == [
        ("Магістр обліку і аудиту", "Полтавський національний університет", 2013)]
    assert {"Податкова звітність", "Облік заробітної плати"} <= {s.name for s in parsed.skills}
