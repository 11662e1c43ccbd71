"""An employer followed, after its comma, by a town too small for the gazetteer of town names
("Ford España, Almussafes", "Jansen Techniek B.V., Erp"): the town is where the job was, not
part of the employer's name. Fictional work histories."""
import pytest

from adapters.embedded.parsing.experience import parse_experience

HEADERS = {
    "a town of the small-town table": ("Line Supervisor\nMotores Levante S.L.U. Ibérica, Almussafes\n2015 - 2020",
                                       ("Line Supervisor", "Motores Levante S.L.U. Ibérica", "Almussafes")),
    "a village after a Dutch legal form": ("Monteur\nJansen Techniek B.V., Erp\n2015 - 2020",
                                           ("Monteur", "Jansen Techniek B.V.", "Erp")),
    "a town in capitals": ("SHIFT SUPERVISOR                 FEB 2014 – DEC 2018\nHARTLAND MINING PLC, MARIKANA",
                           ("SHIFT SUPERVISOR", "HARTLAND MINING PLC", "MARIKANA")),
    "a town's name with a particle": ("Carretillera | Logística Turia S.A., Riba-roja de Túria | 2012 – 2016",
                                      ("Carretillera", "Logística Turia S.A.", "Riba-roja de Túria")),
    "a smaller town with its province": ("PLUMBER, JOURNEYPERSON\nLakeside Mechanical Ltd., Sherwood Park, AB   Mar 2016 – Present",
                                         ("PLUMBER, JOURNEYPERSON", "Lakeside Mechanical Ltd.", "Sherwood Park, AB")),
    "a town with 'City' after it": ("Ward Nurse\nBayview Medical Center, Taguig City\nJun 2016 – Dec 2018",
                                    ("Ward Nurse", "Bayview Medical Center", "Taguig City")),
}


@pytest.mark.parametrize("case", HEADERS)
def test_the_small_town_is_where_the_job_was(case):
    text, (title, company, place) = HEADERS[case]
    entries, _ = parse_experience(text)
    assert [(e.title, e.company, e.location) for e in entries] == [(title, company, place)]


def test_a_title_and_its_ward_over_the_employer():
    entries, _ = parse_experience("Staff Nurse, Intensive Care Unit          Jan 2019 – Present\n"
                                  "Bayview Medical Center, Taguig City\n- Ventilated patients")
    assert [(e.title, e.company) for e in entries] == [("Staff Nurse", "Bayview Medical Center")]


@pytest.mark.parametrize("header", ["Analyst\nHarbour Freight Partners, Advisory\n2015 - 2020",
                                    "Accountant\nBarrett, Doyle and Sons\n2015 - 2020"])
def test_a_word_that_is_no_town_stays_in_the_employer(header):
    entries, _ = parse_experience(header)
    assert entries[0].company == header.splitlines()[1]
