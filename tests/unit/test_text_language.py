"""Which language a résumé or job ad is written in, read from its function words."""
from domain.text_language import text_language


def test_each_language_is_read_from_its_function_words():
    assert text_language("Looking after the garden and the orchard for a family in the valley, with the tools and a van.") == "en"
    assert text_language("Pflege der Gärten und der Obstwiese für eine Familie mit den Werkzeugen und einem Transporter, auch im Winter.") == "de"
    assert text_language("Entretien des jardins et du verger pour une famille dans la vallée, avec les outils et une camionnette.") == "fr"
    assert text_language("Cuidado de los jardines y del huerto para una familia en el valle, con las herramientas y una furgoneta.") == "es"
    assert text_language("Cura dei giardini e del frutteto per una famiglia nella valle, con gli attrezzi e un furgone.") == "it"
    assert text_language("Opieka nad ogrodami i sadem dla rodziny w dolinie, z narzędziami oraz samochodem dostawczym.") == "pl"


def test_too_few_words_or_none_known_is_no_language():
    assert text_language("") is None
    assert text_language("Python, Django, AWS") is None
    assert text_language("XYZ 123 qwerty zxcv") is None


def test_a_list_of_skills_in_english_among_german_sentences_stays_german():
    text = ("Betreuung der Kunden und die Wartung der Anlagen, mit einer Ausbildung als Mechaniker und "
            "drei Jahren Erfahrung in der Werkstatt. Skills: Hydraulics, Pneumatics, Welding")
    assert text_language(text) == "de"
