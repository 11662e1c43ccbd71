"""A job's "Title, Employer" line under the previous job's description is the whole header:
that description's last sentence is never read as a title or an employer, though it ends in
a short capitalised word ("PLCs.", "ICU.", "HGVs.") that looks like an employer's "Inc."."""
import pytest

from adapters.embedded.parsing.experience import parse_experience

ELECTRICIAN = """Journeyman Electrician, Brightline Electric
Feb 2016 - Present
Installed conduit, panels and lighting; troubleshooting of motor controls and PLCs.

Apprentice Electrician, Lone Star Power
2012 - 2016
"""

NURSE = """Charge Nurse, Harbourside Hospital
2019 - Present
Led the night team and handled admissions from the ICU.

Staff Nurse, Riverside Clinic
2015 - 2019
"""

DRIVER = """Transport Supervisor, Meadow Freight Ltd
2020 - Present
Planned routes and checked the tachographs of our HGVs.

Class 1 Driver, Northgate Haulage
2014 - 2020
"""


@pytest.mark.parametrize("text, second", [
    (ELECTRICIAN, ("Apprentice Electrician", "Lone Star Power")),
    (NURSE, ("Staff Nurse", "Riverside Clinic")),
    (DRIVER, ("Class 1 Driver", "Northgate Haulage")),
], ids=["electrician", "nurse", "driver"])
def test_the_sentence_above_a_job_is_not_its_title_or_employer(text, second):
    entries, _ = parse_experience(text)
    assert [(e.title, e.company) for e in entries][1] == second
    assert entries[0].description is not None and entries[0].description.endswith(".")


def test_an_employer_ending_in_an_abbreviation_still_heads_its_job():
    entries, _ = parse_experience("Line Cook\nHarbour Foods Co.\n2018 - 2021\nGrill and prep.\n")
    assert [(e.title, e.company) for e in entries] == [("Line Cook", "Harbour Foods Co.")]
