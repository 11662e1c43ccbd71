"""A fourth blind probe's findings, with examples of their own: a two-column page whose one row
the text extraction squeezed to a single space between the columns; the initials of a
profession before a Latin American name ("Q.F. ...", "C.D. ..."); Latin America's professional
titles and specialties and Germany's chamber qualifications as degrees."""
import asyncio

from adapters.embedded.parsing.name_titles import without_title
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.parsing.text_columns import read_columns
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from adapters.reference_data.packaged import packaged_reference_data
from domain.installed_reference_data import install_reference_data


def _parse(text: str):
    install_reference_data(packaged_reference_data())
    return asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(text))


_TWO_COLUMNS = (
    "Marta Kowalczyk                                 Backend Developer\n"
    "marta.kowalczyk@example.pl                      Kraków, Poland\n"
    "EXPERIENCE                                      SKILLS\n"
    "Backend Developer                               Go, PostgreSQL, Redis\n"
    "Allegro, Poznań                                 gRPC, Kafka\n"
    "05/2020 – Present                               Docker, Terraform\n"
    "• Payment services handling 30M orders each day Kubernetes, Prometheus\n"
    "• On-call rotation for checkout                 Linux administration\n"
    "Junior Developer                                LANGUAGES\n"
    "Comarch S.A.                                    Polish (native)\n"
    "09/2017 – 04/2020                               English (C1)\n"
    "EDUCATION\n"
    "MSc in Computer Science\n"
    "AGH University of Science and Technology, 2017\n")


def test_a_row_squeezed_to_one_space_keeps_the_page_in_two_columns():
    text = read_columns(_TWO_COLUMNS)
    assert "• Payment services handling 30M orders each day\n" in text + "\n"
    assert text.index("Kubernetes, Prometheus") > text.index("09/2017 – 04/2020")


def test_the_jobs_of_a_squeezed_two_column_page():
    parsed = _parse(_TWO_COLUMNS)
    assert [(e.title, e.company) for e in parsed.experience][:2] == [
        ("Backend Developer", "Allegro"), ("Junior Developer", "Comarch S.A.")]


def test_a_labels_value_is_no_second_column():
    text = ("BIO-DATA\n\n"
            "Name               : Suresh Kumar Rai\n"
            "Father's Name      : Mohan Rai\n"
            "Date of Birth      : 2 June 1988\n"
            "Passport No.       : 12345678   Date of Expiry : 2030-01-01\n"
            "Permanent Address  : Ward No. 7, Dharan Sub-Metropolitan City, Sunsari, Nepal\n"
            "Contact No.        : +977 980 1112223\n"
            "Religion           : Hindu\n"
            "Height / Weight    : 5'7\" / 65 kg\n")
    assert read_columns(text) == text


def test_the_initials_of_a_profession_before_a_latin_american_name():
    assert without_title("Q.F. Rosa María Villanueva Chávez")[0] == "Rosa María Villanueva Chávez"
    assert without_title("C.D. Martín Ñahui Quispe")[0] == "Martín Ñahui Quispe"
    assert without_title("C.D. Ramesh Kumar")[0] == "C.D. Ramesh Kumar"  # initials of an Indian name


def test_professional_titles_and_chamber_qualifications_are_degrees():
    text = ("Rosa Villanueva\nrosa.villanueva@example.pe\n\nFORMACIÓN ACADÉMICA\n"
            "2012 – 2017  Título Profesional de Químico Farmacéutico\n"
            "             Universidad Nacional de Trujillo\n"
            "2018 – 2020  Segunda Especialidad en Farmacia Hospitalaria\n"
            "             Universidad Nacional de San Agustín\n")
    parsed = _parse(text)
    assert [(e.degree, e.institution, e.graduation_year) for e in parsed.education] == [
        ("Título Profesional de Químico Farmacéutico", "Universidad Nacional de Trujillo", 2017),
        ("Segunda Especialidad en Farmacia Hospitalaria", "Universidad Nacional de San Agustín", 2020)]
    german = _parse("Jonas Weber\njonas.weber@example.de\n\nAusbildung\n"
                    "2015 – 2017     Industriefachwirt (IHK), berufsbegleitend\n"
                    "                IHK Akademie Koblenz\n"
                    "2009            Realschulabschluss, Realschule Plus Andernach\n")
    assert [(e.degree, e.graduation_year) for e in german.education] == [
        ("Industriefachwirt (IHK)", 2017), ("Realschulabschluss", 2009)]
