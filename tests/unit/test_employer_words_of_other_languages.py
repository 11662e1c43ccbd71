"""An employer's line is told by the words that name an organisation in Spanish, Portuguese,
French, Italian and German too ("Escuela", "Clínica", "Universität"), and a title word inside
such a name is its namesake's ("Escola Estadual Professor Caetano"): the other line of the
header is the title."""
from adapters.embedded.parsing.experience import parse_experience
from adapters.embedded.parsing.job_titles import COMPANY_WORDS, split_title_company


def test_organisation_words_of_other_languages_name_employers():
    for name in ("Escuela Primaria Benito Juárez", "Clínica Alemana", "Universität Hamburg", "Lycée Victor Hugo",
                 "Fundación Once", "Empresa Municipal de Transportes"):
        assert COMPANY_WORDS.search(name), name
    assert not COMPANY_WORDS.search("Enfermera Jefe de Turno")


def test_a_namesakes_title_in_the_employers_name_does_not_make_it_the_title():
    assert split_title_company(["Escola Estadual Professor Caetano", "Professor de Matemática – 8º ano"]) == (
        "Professor de Matemática – 8º ano", "Escola Estadual Professor Caetano")
    assert split_title_company(["Colegio Doctor Luis Agote", "Profesora de Inglés"]) == (
        "Profesora de Inglés", "Colegio Doctor Luis Agote")


def test_employer_over_title_over_dates_in_spanish():
    jobs = parse_experience("Clínica Santa María\nTécnico en Enfermería\nMarzo 2017 – Actual\n")[0]
    assert [(e.title, e.company) for e in jobs] == [("Técnico en Enfermería", "Clínica Santa María")]
