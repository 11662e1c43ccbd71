"""The older Europass form in Romanian, Italian, Spanish and Portuguese labels its fields as the
English one does, with accents or without ("Funcţia sau postul ocupat  Contabil"): each value
lands in its field, the label in none."""
from adapters.embedded.parsing.europass_labels import europass_labels_read

ROMANIAN = """Nume / Prenume  Popescu Andreea Elena
Perioada  01.03.2017 - prezent
Funcţia sau postul ocupat  Contabil
Numele şi adresa angajatorului  Banca Transilvania S.A., Cluj-Napoca
Tipul activităţii sau sectorul de activitate  Bancar
Perioada  09.2013 - 02.2017
Funcția sau postul ocupat  Contabil junior
Numele și adresa angajatorului  Expert Audit SRL, Cluj-Napoca
"""

ITALIAN = """Date  2015 - 2019
Lavoro o posizione ricoperti  Infermiere
Nome e indirizzo del datore di lavoro  Ospedale San Raffaele, Milano
Date  2012 - 2015
Lavoro o posizione ricoperti  Operatore socio-sanitario
Nome e indirizzo del datore di lavoro  Casa di Cura Igea, Milano
"""


def test_a_romanian_form_with_either_spelling_of_its_accents_gives_its_fields():
    read = europass_labels_read(ROMANIAN).splitlines()
    assert read[:4] == ["Name: Popescu Andreea Elena", "Dates: 01.03.2017 - prezent", "Title: Contabil",
                        "Employer: Banca Transilvania S.A."]
    assert "Title: Contabil junior" in read and "Employer: Expert Audit SRL" in read
    assert not any("Bancar" in line for line in read)  # the sector is no field of the record


def test_an_italian_form_gives_its_fields():
    read = europass_labels_read(ITALIAN).splitlines()
    assert ["Title: Infermiere", "Employer: Ospedale San Raffaele"] == read[1:3]


def test_the_romanian_forms_skill_labels_are_no_part_of_the_skills():
    from adapters.embedded.parsing.skill_items import section_items
    text = ("Limba(i) maternă(e)  română\n"
            "Competenţe şi aptitudini de utilizare a calculatorului  WinMentor, Microsoft Excel\n"
            "Permis(e) de conducere  Categoria B\n")
    assert section_items(text)[0] == ["română", "WinMentor", "Microsoft Excel", "Categoria B"]


def test_an_italian_licence_named_patente_stays_whole():
    from adapters.embedded.parsing.skill_items import section_items
    assert section_items("Patente B\n")[0] == ["Patente B"]
