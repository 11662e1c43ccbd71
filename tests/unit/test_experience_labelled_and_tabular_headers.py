"""Two common layouts of a job's header (fictional résumés): lines that label their halves
("Organisation :", "Designation :"), read by their labels whatever the words suggest; and the
tabular CV of Germany and the Netherlands, dates first, then "Title, Employer, Town" in words
the title lists do not know, with the duties indented under it — the duties are no employer."""
import pytest

from adapters.embedded.parsing.education import parse_education
from adapters.embedded.parsing.experience import parse_experience


@pytest.mark.parametrize("text, expected", [
    ("Organisation : Kaveri Grain Traders\nDesignation : Billing Assistant\nDuration : Jan 2015 to Mar 2018\n",
     [("Billing Assistant", "Kaveri Grain Traders")]),
    ("Designation: Store Keeper\nCompany Name: Deccan Hardware Merchants\nPeriod: 2011 - 2014\n"
     "Duties: stock registers, GRN entry\n\n"
     "Company: Lakshmi Builders, Mysuru\nRole: Site Supervisor\nDuration: 2014 to till date\n",
     [("Store Keeper", "Deccan Hardware Merchants"), ("Site Supervisor", "Lakshmi Builders")]),
])
def test_labelled_lines_say_which_is_the_title_and_which_the_employer(text, expected):
    entries, _ = parse_experience(text)
    assert [(e.title, e.company) for e in entries] == expected


@pytest.mark.parametrize("text, expected", [
    ("03/2016 – heute   Altenpflegerin, Diakonie Seniorenzentrum Haus am See, Hamburg\n"
     "                  Grundpflege, Behandlungspflege, Dokumentation\n"
     "08/2013 – 02/2016 Pflegehelferin, Johanniter Pflegedienst, Kiel\n",
     [("Altenpflegerin", "Diakonie Seniorenzentrum Haus am See", "Hamburg"),
      ("Pflegehelferin", "Johanniter Pflegedienst", "Kiel")]),
    ("2015 – heden   Monteur, Installatiebedrijf Jansen, Eindhoven\n"
     "               Onderhoud cv-ketels en warmtepompen\n"
     "2011 – 2015    Leerling-monteur, Bouwbedrijf Pietersen, Tilburg\n",
     [("Monteur", "Installatiebedrijf Jansen", "Eindhoven"),
      ("Leerling-monteur", "Bouwbedrijf Pietersen", "Tilburg")]),
])
def test_a_title_employer_and_town_beside_the_dates_is_the_whole_header(text, expected):
    entries, _ = parse_experience(text)
    assert [(e.title, e.company, e.location) for e in entries] == expected
    assert "Grundpflege" in (entries[0].description or "") or "cv-ketels" in (entries[0].description or "")


def test_the_year_and_marks_after_a_school_are_no_part_of_its_name():
    [master, bachelor] = parse_education("M.Sc. Chemistry from Osmania University in 2009 with 71%\n"
                                         "B.Sc. from Nizam College in 2007, First Division\n")
    assert (master.institution, master.graduation_year) == ("Osmania University", 2009)
    assert (bachelor.institution, bachelor.graduation_year) == ("Nizam College", 2007)


def test_duties_that_run_on_after_the_dates_on_the_same_line_are_the_description():
    text = ("Line Cook — Harbour Grill, Whitby — 2019 to present. Prep for 120 covers a night, running the grill "
            "section on weekends, training two commis chefs and keeping HACCP logs for the whole kitchen.\n"
            "Kitchen Porter — The Anchor, York — 2016 to 2019. Washing up and basic prep.\n")
    entries, _ = parse_experience(text)
    assert [(e.title, e.company, e.start_date) for e in entries] == [
        ("Line Cook", "Harbour Grill", "2019"), ("Kitchen Porter", "The Anchor", "2016")]
    assert (entries[0].description or "").startswith("Prep for 120 covers")
    assert entries[1].description == "Washing up and basic prep."
