"""A language's level as CVs write it, wherever it stands beside the language: in a languages
line of several ("English (native), Spanish (fluent)"), in running text ("fluent in Spanish",
"native English speaker"), in the words of English, German, French and Spanish CVs, as a
CEFR grade or a LinkedIn-style proficiency. Each language keeps its level as written."""
from datetime import date

import pytest

from adapters.embedded.parsing.language_levels import level_beside
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.skills import SkillKind


@pytest.fixture(scope="module")
def parser() -> RuleBasedResumeParser:
    return RuleBasedResumeParser(EmbeddedSkillExtractor(), today=lambda: date(2026, 12, 1))


def language_levels(parser: RuleBasedResumeParser, body: str) -> dict[str, str | None]:
    text = "Maria Gonzalez\nmaria.gonzalez@example.org\n\n" + body + "\n"
    return {s.name: s.level for s in parser.parse_text(text).skills if s.kind is SkillKind.LANGUAGE}


@pytest.mark.parametrize("line, expected", [
    ("English (native), Spanish (fluent)", {"English": "native", "Spanish": "fluent"}),
    ("Polish (native), English (fluent)", {"Polish": "native", "English": "fluent"}),
    ("English - fluent, Spanish - conversational", {"English": "fluent", "Spanish": "conversational"}),
    ("Spanish (professional working proficiency), German (A2), Italian (mother tongue)",
     {"Spanish": "professional working proficiency", "German": "A2", "Italian": "mother tongue"}),
    ("French (bilingual), Portuguese (basic), Arabic (intermediate)",
     {"French": "bilingual", "Portuguese": "basic", "Arabic": "intermediate"}),
])
def test_every_language_of_a_languages_line_keeps_its_level(parser, line, expected):
    assert language_levels(parser, "LANGUAGES\n" + line) == expected


def test_a_language_met_first_in_running_text_takes_the_level_its_list_gives(parser):
    found = language_levels(parser, "SUMMARY\nNurse who cares for Spanish-speaking families.\n\nLANGUAGES\nSpanish (fluent)")
    assert found == {"Spanish": "fluent"}


def test_levels_in_running_text_are_read_beside_their_language(parser):
    found = language_levels(parser, "SUMMARY\nBilingual nurse, fluent in Spanish and a native English speaker. "
                                    "Conversational French.\n\nEXPERIENCE\nStaff Nurse, Mercy Hospital, 2019 - Present")
    assert found == {"Spanish": "fluent", "English": "native", "French": "Conversational"}


@pytest.mark.parametrize("text, level", [
    ("Spanish (fluent)", "fluent"), ("Spanish: advanced", "advanced"), ("Spanish – C1", "C1"),
    ("German B2", "B2"), ("English (upper-intermediate)", "upper-intermediate"),
    ("English (full professional proficiency)", "full professional proficiency"),
    ("Deutsch fließend", "fließend"), ("Englisch: verhandlungssicher", "verhandlungssicher"),
    ("Französisch (Grundkenntnisse)", "Grundkenntnisse"), ("Deutsch – Muttersprache", "Muttersprache"),
    ("Anglais courant", "courant"), ("Espagnol (langue maternelle)", "langue maternelle"),
    ("Inglés avanzado", "avanzado"), ("Inglés (básico)", "básico"), ("Español nativo", "nativo"),
])
def test_a_level_after_the_language_in_each_cv_language(text, level):
    language_end = text.index(" ")
    assert level_beside(text, 0, language_end) == level


@pytest.mark.parametrize("text, level", [
    ("fluent Spanish", "fluent"), ("native English speaker", "native"), ("fluent in French", "fluent"),
    ("basic German", "basic"), ("C2 English", "C2"), ("business fluent English", "business fluent"),
])
def test_a_level_before_the_language(text, level):
    start = text.rindex(" ") + 1 if not text.endswith("speaker") else text.index("English")
    end = start + len(text[start:].split()[0])
    assert level_beside(text, start, end) == level


@pytest.mark.parametrize("text", ["Spanish cuisine", "Spanish-speaking families", "English and maths", "Spanish (Mexico)"])
def test_words_that_are_no_level_give_none(text):
    assert level_beside(text, 0, len(text.split()[0].split("-")[0])) is None
