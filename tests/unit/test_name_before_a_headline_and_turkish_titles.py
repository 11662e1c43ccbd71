"""The name before a comma and a headline ("OLUWASEUN ADEYEMI, Certified Boilermaker"); a
document's title in another language is no name ("ÖZGEÇMİŞ", "ŻYCIORYS"); a Turkish job title's
head keeps its possessive ending ("Çekici Şoförü") and a Turkish legal form names the employer."""
import asyncio

from adapters.embedded.parsing.contact import parse_contact
from adapters.embedded.parsing.job_titles import COMPANY_WORDS
from adapters.embedded.parsing.occupations import occupation_words
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from adapters.reference_data.packaged import packaged_reference_data
from domain.installed_reference_data import install_reference_data


def test_a_name_then_a_comma_and_a_headline():
    install_reference_data(packaged_reference_data())
    lines = ["OLUWASEUN ADEYEMI, Certified Boilermaker", "Calgary, AB | 403-555-0117"]
    assert parse_contact("\n".join(lines), lines).name == "Oluwaseun Adeyemi"


def test_a_surname_first_name_is_still_read_so():
    install_reference_data(packaged_reference_data())
    lines = ["Okafor, Chiamaka Grace", "chiamaka@example.org"]
    assert parse_contact("\n".join(lines), lines).name == "Okafor, Chiamaka Grace"


def test_a_documents_title_in_another_language_is_no_name():
    install_reference_data(packaged_reference_data())
    for title in ("ÖZGEÇMİŞ", "ŻYCIORYS"):
        lines = [title, "", "Ayşe Demir", "ayse.demir@example.org"]
        assert parse_contact("\n".join(lines), lines).name == "Ayşe Demir"


def test_a_turkish_title_and_employer():
    assert occupation_words("Çekici Şoförü") == {"şoför"}
    assert COMPANY_WORDS.search("Yıldız Depoculuk A.Ş.")
    install_reference_data(packaged_reference_data())
    text = ("Ayşe Demir\nayse.demir@example.org\n\nİŞ DENEYİMİ\n"
            "2019 – Halen    Yıldız Depoculuk A.Ş.    Çekici Şoförü\nYurt içi taşımacılık.\n")
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(text))
    assert [(e.title, e.company) for e in parsed.experience] == [("Çekici Şoförü", "Yıldız Depoculuk A.Ş.")]
