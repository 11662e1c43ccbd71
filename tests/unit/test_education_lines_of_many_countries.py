"""Education lines as résumés of many countries write them (fictional): the years first
("2011 - 2015: Bachelor of Education, Kenyatta University", the German and French "2012 – 2015
Ausbildung zum Koch, Berufsschule München"); a school level as a label ("Secondary: ... High
School, 2010"); a qualification named after a school level ("Senior High School Certificate");
degrees and schools in the writer's own language (Diplôme, Lycée, Laurea, Licencjat)."""
import pytest

from adapters.embedded.parsing.education import parse_education


def rows(text: str) -> list[tuple[str | None, str | None, int | None]]:
    return [(e.degree, e.institution, e.graduation_year) for e in parse_education(text)]


def test_years_first_then_a_colon():
    assert rows("2011 - 2015: Bachelor of Education (Science), Kenyatta University\n"
                "2007 - 2010: Kenya Certificate of Secondary Education (KCSE), Alliance Girls High School") == [
        ("Bachelor of Education (Science)", "Kenyatta University", 2015),
        ("Kenya Certificate of Secondary Education (KCSE)", "Alliance Girls High School", 2010)]


def test_years_first_then_a_wide_gap():
    assert rows("2012 – 2015    Ausbildung zum Koch, Berufsschule Augsburg\n"
                "2008 – 2012    Realschulabschluss, Realschule am Dom, Augsburg") == [
        ("Ausbildung zum Koch", "Berufsschule Augsburg", 2015),
        ("Realschulabschluss", "Realschule am Dom", 2012)]


def test_a_year_first_and_degrees_and_schools_in_french():
    assert rows("2016  BTS Comptabilité et gestion, Lycée Jean Moulin, Nantes\n"
                "2014  Baccalauréat STMG, Lycée Jean Moulin") == [
        ("BTS Comptabilité et gestion", "Lycée Jean Moulin", 2016),
        ("Baccalauréat STMG", "Lycée Jean Moulin", 2014)]


@pytest.mark.parametrize("line, degree, school", [
    ("Laurea in Scienze Infermieristiche, Università di Bologna, 2013",
     "Laurea in Scienze Infermieristiche", "Università di Bologna"),
    ("Licencjat z pielęgniarstwa, Akademia Medyczna w Gdańsku, 2013",
     "Licencjat z pielęgniarstwa", "Akademia Medyczna w Gdańsku"),
    ("Diplôme d'État d'infirmier, IFSI Pitié-Salpêtrière, 2013",
     "Diplôme d'État d'infirmier", "IFSI Pitié-Salpêtrière"),
    ("Mestrado em Engenharia Civil, Universidade do Porto, 2013",
     "Mestrado em Engenharia Civil", "Universidade do Porto"),
])
def test_degrees_in_the_writers_language(line, degree, school):
    assert rows(line) == [(degree, school, 2013)]


def test_a_qualification_named_after_a_school_level_is_no_second_school():
    assert rows("Senior High School Certificate (WASSCE), Keta Secondary School, 2012") == [
        ("Senior High School Certificate (WASSCE)", "Keta Secondary School", 2012)]


def test_a_school_level_label_before_a_colon():
    assert rows("Tertiary: Bachelor of Science in Nursing, Manila Central University, 2014\n"
                "Secondary: Bulacan National High School, 2010") == [
        ("Bachelor of Science in Nursing", "Manila Central University", 2014),
        ("Secondary", "Bulacan National High School", 2010)]


@pytest.mark.parametrize("line, degree, school", [
    ("DEC en techniques policières, Cégep de Trois-Rivières, 2016", "DEC en techniques policières",
     "Cégep de Trois-Rivières"),
    ("SPM, SMK Seri Kembangan, 2016", "SPM", "SMK Seri Kembangan"),
    ("Gesellenbrief Anlagenmechaniker, Handwerkskammer Dresden, 2016", "Gesellenbrief Anlagenmechaniker",
     "Handwerkskammer Dresden"),
    ("Lisans, Ege Üniversitesi, 2016", "Lisans", "Ege Üniversitesi"),
])
def test_more_countries_qualifications_and_schools(line, degree, school):
    assert rows(line) == [(degree, school, 2016)]


def test_december_beside_a_school_is_no_quebec_diploma():
    assert rows("B.Sc Nursing, Madras Medical College, Dec 2016") == [("B.Sc Nursing", "Madras Medical College", 2016)]


def test_a_sentence_ending_in_the_year_gives_the_school_without_it():
    assert rows("12th Pass from Rajasthan Board of Secondary Education in 2011.") == [
        ("12th Pass", "Rajasthan Board of Secondary Education", 2011)]
