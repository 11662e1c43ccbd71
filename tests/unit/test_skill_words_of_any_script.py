"""Words are read whole in any script (invented lines): a letter outside ASCII no longer cuts a
word in two, so the pieces are never read as one-letter skills ("język" gave "j" and "zyk",
"j" the J language), and accents do not decide a match ("electricien" typed without one)."""
import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.skills import folded, normalise, tokens


def test_a_word_with_letters_outside_ascii_is_one_token() -> None:
    assert tokens("Rozbiór mięsa, język angielski") == ["rozbior", "miesa", "jezyk", "angielski"]
    assert tokens("Ярослав знает C++ и .NET") == ["ярослав", "знает", "c++", "и", "net"]


def test_accents_are_folded_and_letters_without_a_base_kept() -> None:
    assert folded("Électricien") == "electricien"
    assert folded("Łódź") == "łodz"
    assert normalise("Führerschein  Klasse C") == "fuhrerschein klasse c"


@pytest.mark.parametrize("line, unwanted", [
    ("Sprzedaż, obsługa klienta, język angielski", "J"),
    ("Języki: polski, angielski", "J"),
    ("Umiejętności: ważenie, pakowanie", "W"),
])
def test_no_one_letter_skill_from_a_word_cut_at_an_accent(line: str, unwanted: str) -> None:
    extractor = EmbeddedSkillExtractor()
    assert unwanted not in extractor.extract(line, skills_context=True)
    assert unwanted not in extractor.extract(line)


def test_a_trade_word_matches_with_or_without_its_accents() -> None:
    extractor = EmbeddedSkillExtractor()
    for line in ("Compétences : électricien, soudeur", "Competences: electricien, soudeur"):
        assert {"Electrical installation", "Welding"} <= set(extractor.extract(line, skills_context=True))


def test_a_german_licence_name_still_reads_as_the_licence() -> None:
    found = EmbeddedSkillExtractor().extract("Führerschein Klasse C", skills_context=True)
    assert "HGV licence Class 2 (C)" in found
    assert "C" not in found


@pytest.mark.parametrize("line, wanted", [
    ("熟悉Java和Python开发", {"Java", "Python"}),
    ("Javaエンジニアとして5年", {"Java"}),
    ("精通Java、Spring Boot和MySQL", {"Java", "Spring Boot", "MySQL"}),
    ("Java개발자 Python", {"Java", "Python"}),
    ("Ｊａｖａ, Ｐｙｔｈｏｎ", {"Java", "Python"}),
])
def test_a_latin_name_written_against_a_script_without_spaces_is_still_read(line: str, wanted: set[str]) -> None:
    # Han, kana and Hangul stay outside words, so the Latin name beside them is a word of its own.
    assert wanted <= set(EmbeddedSkillExtractor().extract(line, skills_context=True))
