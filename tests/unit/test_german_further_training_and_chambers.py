"""German schooling lists name further training and retraining to a qualification
("Fortbildung zur ...", "Weiterbildung zum ...", "Umschulung") beside the Ausbildung, and the
chambers that examine them ("IHK Stuttgart", "Handwerkskammer", "Zahnärztekammer") where a
school would stand: each is an entry of its own, with its own year."""
from adapters.embedded.parsing.education import parse_education
from adapters.embedded.parsing.education_words import DEGREE, INSTITUTION


def _entries(text):
    return [(e.institution, e.degree, e.graduation_year) for e in parse_education(text)]


def test_further_training_is_a_qualification_and_a_chamber_its_institution():
    assert DEGREE.search("Weiterbildung zum Industriemeister Metall") and DEGREE.search("Umschulung zur Bürokauffrau")
    assert INSTITUTION.search("IHK Stuttgart") and INSTITUTION.search("Ärztekammer Westfalen-Lippe")
    assert not DEGREE.search("Weiterbildungen")  # a heading of the list, no qualification


def test_dates_on_the_left_the_chamber_under_the_training():
    assert _entries("2019 – 2020   Weiterbildung zum Industriemeister Metall\n              IHK Region Stuttgart\n"
                    "2012 – 2015   Ausbildung zum Industriemechaniker\n              Gewerbliche Schule Göppingen\n") == [
        ("IHK Region Stuttgart", "Weiterbildung zum Industriemeister Metall", 2020),
        ("Gewerbliche Schule Göppingen", "Ausbildung zum Industriemechaniker", 2015)]
