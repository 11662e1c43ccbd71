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


# Invented English postings and résumé lines of many trades, with the French, Spanish, Italian
# and Dutch words English borrows (kitchens' terms, surnames, places and restaurants' names).
ENGLISH = [
    "Chef de Partie. A busy a la carte restaurant in Leeds seeks a Chef de Partie to run a section.",
    "Sous Chef wanted at La Taverna del Porto, a family restaurant in Bath. Mise en place, a la carte "
    "and table d'hote menus, soupe du jour and a daily plat du jour.",
    "Commis Chef - garde manger and pâtisserie section, creme brulee, tarte tatin, crêpes as a dessert.",
    "Registered Nurse for a busy surgical ward at St Mary's in Manchester. A caring team, as always.",
    "Care Assistant. Supporting Mrs de la Cruz and Mr van der Berg in a small care home in Derby.",
    "HGV Class 1 driver, nights, based in San Jose Way depot, Luton. Tachograph and a clean licence.",
    "Electrician: rewires, consumer units, a new EV charger install in Las Palmas Close, Bristol.",
    "Barista at Café de Flore, Brighton: espresso, latte art, a till and a queue out the door.",
    "Accounts Assistant. Purchase ledger, sales ledger, VAT returns as a team of four in Leeds.",
    "Welder fabricator, MIG and TIG, in a steel works in Port Talbot. Die cast parts and a press shop.",
    "Hairdresser, a salon on Rue de la Paix Street in Hove; colour, cuts, a la mode styles.",
    "Maths teacher, Key Stage 3 and 4, at Ecole de Leeds (an independent school) in Roundhay.",
    "Plumber: a boiler swap at Casa Del Sol, a bathroom in Villa Rosa, emergency call outs.",
    "Software developer: Python, Django, Postgres. A small team in Manchester building a la carte APIs.",
    "Pharmacy technician at Boots in Glasgow; dispensing, a methadone clinic, stock as required.",
]


def test_english_with_borrowed_french_spanish_and_dutch_words_is_english_or_unknown_never_another():
    for text in ENGLISH:
        assert text_language(text) in ("en", None), text


def test_english_texts_of_a_few_sentences_are_read_as_english():
    for text in ENGLISH[:2] + ENGLISH[3:5] + ENGLISH[8:9]:
        assert text_language(f"{text} We are looking for someone with the right skills and your experience.") == "en", text


def test_words_shared_by_several_languages_do_not_decide():
    # "a", "as", "de", "la", "in", "e", "o", "die", "van": words of many languages.
    assert text_language("a de la as in e o die van a de la") is None
    assert text_language("Chef de Partie a la carte") is None


def test_a_web_address_or_email_does_not_read_as_portuguese():
    assert text_language("Contact: ana.silva@mail.com, www.example.com, jobs.example.com") is None


def test_real_sentences_of_other_languages_are_still_read():
    assert text_language("Buscamos un cocinero con experiencia en cocina mediterránea para nuestro restaurante "
                         "en Valencia. Se ofrece contrato indefinido y buen ambiente de trabajo.") == "es"
    assert text_language("Procuramos um enfermeiro com experiência em cuidados intensivos para o nosso hospital "
                         "em Lisboa. Oferecemos contrato sem termo e formação contínua.") == "pt"
    assert text_language("Wir suchen eine Pflegefachkraft für unsere Station in Hamburg. Du hast eine "
                         "abgeschlossene Ausbildung und bist gern im Team.") == "de"
    assert text_language("Nous recherchons un chef de partie pour notre brasserie à Lyon. Vous avez deux ans "
                         "d'expérience et le sens du travail en équipe.") == "fr"
    assert text_language("Cerchiamo un saldatore con esperienza nella saldatura TIG per la nostra officina di "
                         "Milano. Il contratto è a tempo indeterminato.") == "it"
    assert text_language("Wij zoeken een ervaren loodgieter voor onze klanten in Utrecht. Je werkt zelfstandig "
                         "en hebt een rijbewijs.") == "nl"
    assert text_language("Szukamy kierowcy autobusu do pracy w Warszawie. Oferujemy umowę o pracę oraz "
                         "szkolenia dla nowych pracowników.") == "pl"


def test_a_short_polish_cv_is_read_by_its_lower_case_i_and_english_capital_i_is_not_polish():
    assert text_language("Główna księgowa, Warszawa, 2017 - obecnie. Pełna księgowość, deklaracje VAT i CIT, "
                         "sprawozdania finansowe i płace.") == "pl"
    assert text_language("I drove buses for the council and I trained new drivers in the depot.") == "en"


# Résumés written as lists, as many are: titles, places and duties with hardly a function word.
def test_a_resume_of_lists_is_read_from_the_letters_and_endings_only_its_language_writes():
    assert text_language("Fisioterapeuta - Bilbao - 2020 - 2024\nRehabilitación, electroterapia, "
                         "valoración funcional, prevención de lesiones") == "es"
    assert text_language("Técnica de radiologia - Coimbra\nRealização de exames, proteção radiológica, "
                         "gestão de equipamentos") == "pt"
    assert text_language("Tischlerin - Kassel\nMöbelbau, Montage von Küchen, Fensterreparatur, "
                         "Oberflächenbehandlung") == "de"
    assert text_language("Ébéniste - Rennes\nFabrication de meubles, pose de cuisines, finitions à la "
                         "cire, menuiserie intérieure, atelier de lutherie\nCAP Ébéniste; BP Menuisier, "
                         "première année chez Maître Lefèvre") == "fr"


def test_letters_do_not_outweigh_a_list_whose_few_function_words_are_english():
    # Two towns in Germany on an English line: its one English word decides against them.
    assert text_language("Forklift driver and loader - Köln - Düsseldorf - Lübeck") in ("en", None)
    # One marked word is no lead.
    assert text_language("Barista - Café Müller, Leeds") is None


def test_letters_settle_a_list_whose_function_words_lead_too_little():
    # Two German function words ("seit", "im") against one English "of" in a degree's name.
    text = ("Zimmerin - Freiburg - seit 2019\nDachstuhlbau, Holzrahmenbau, Montage im Außenbereich, "
            "Bauleitung\nBachelor of Engineering Holztechnik")
    assert text_language(text) == "de"
