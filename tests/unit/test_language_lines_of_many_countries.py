"""A languages section as résumés of many countries write it (fictional): each language with
its level after a colon or a dash ("English: fluent", "Français : courant", "Polski –
ojczysty"), in the writer's own language ("Deutsch", "Anglais", "Kiswahili"). The language is
listed with its level; the level is no skill ("fluent", "courant", "Basic" as BASIC)."""
from datetime import date

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.skills import SkillKind


@pytest.fixture(scope="module")
def parser() -> RuleBasedResumeParser:
    return RuleBasedResumeParser(EmbeddedSkillExtractor(), today=lambda: date(2026, 12, 1))


def languages(parser: RuleBasedResumeParser, *lines: str, heading: str = "LANGUAGES") -> dict[str, tuple[SkillKind, str | None]]:
    text = "Noor Haddad\nnoor.haddad@example.org\n\n" + heading + "\n" + "\n".join(lines) + \
        "\n\nSKILLS\nCustomer service, Cash handling\n"
    return {s.name: (s.kind, s.level) for s in parser.parse_text(text).skills}


def test_a_level_after_a_colon_or_dash_is_the_languages_level_and_no_skill(parser):
    found = languages(parser, "English: fluent", "Arabic – native", "Spanish - basic")
    assert found["English"] == (SkillKind.LANGUAGE, "fluent")
    assert found["Arabic"] == (SkillKind.LANGUAGE, "native")
    assert found["Spanish"] == (SkillKind.LANGUAGE, "basic")
    assert not {"fluent", "native", "basic", "BASIC"} & set(found)


@pytest.mark.parametrize("line, language, level", [
    ("Français : courant", "Français", "courant"), ("Deutsch – Muttersprache", "Deutsch", "Muttersprache"),
    ("Englisch: verhandlungssicher", "Englisch", "verhandlungssicher"), ("Polski: ojczysty", "Polski", "ojczysty"),
    ("Inglés (B2)", "Inglés", "B2"), ("Kiswahili - fluent", "Kiswahili", "fluent"), ("Tagalog: native", "Tagalog", "native"),
])
def test_languages_named_in_the_writers_language_are_languages(parser, line, language, level):
    found = languages(parser, line, heading="LANGUES")
    assert found[language] == (SkillKind.LANGUAGE, level)
    assert level not in found


def test_the_shipped_taxonomy_knows_languages_by_their_names_in_other_languages():
    extractor = EmbeddedSkillExtractor()
    for written, english in [("Deutsch", "German"), ("Anglais", "English"), ("Español", "Spanish"),
                             ("Português", "Portuguese"), ("Kiswahili", "Swahili"), ("Filipino", "Tagalog"),
                             ("Yoruba", "Yoruba"), ("Mandarin", "Chinese")]:
        assert extractor.canonical(written) == english, written
        assert extractor.kind(english) is SkillKind.LANGUAGE


def test_a_place_named_like_a_language_in_another_language_is_no_language():
    extractor = EmbeddedSkillExtractor()
    for place in ("Bengal", "Polska", "Italia", "Albania"):
        canonical = extractor.canonical(place)
        assert canonical is None or extractor.kind(canonical) is not SkillKind.LANGUAGE, place
