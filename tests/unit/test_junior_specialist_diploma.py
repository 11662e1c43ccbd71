"""Ukraine's and Russia's vocational colleges award the "junior specialist" diploma (молодший
спеціаліст, младший специалист): a qualification, read as the entry's degree beside its college."""
from adapters.embedded.parsing.education import parse_education


def _entries(text):
    return [(e.institution, e.degree, e.graduation_year) for e in parse_education(text)]


def test_junior_specialist_is_the_degree_after_the_college():
    assert _entries("2010 – 2014   Kharkiv Railway College, Junior Specialist in Accounting\n") == [
        ("Kharkiv Railway College", "Junior Specialist in Accounting", 2014)]
    assert _entries("2001 – 2004  Одеський морський коледж, молодший спеціаліст\n") == [
        ("Одеський морський коледж", "молодший спеціаліст", 2004)]
