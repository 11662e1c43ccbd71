"""A job's header read part by part from what each part is: an occupation word that opens a
firm's name is the name's ("Baker McKenzie"); a speciality or shift between the title and the
employer is neither; a state named by its full name, short or long, is where the job was; and a
lone town's name that is also a common word of work is no place without its region."""
import pytest

from adapters.embedded.parsing.experience import parse_experience


def _job(text: str) -> tuple[str | None, str | None, str | None]:
    [entry], _ = parse_experience(text + "\n- Did the daily work of the role\n")
    return entry.title, entry.company, entry.location


@pytest.mark.parametrize("text, job", [
    ("Paralegal, Baker McKenzie\nJan 2019 - Mar 2021", ("Paralegal", "Baker McKenzie", None)),
    ("Legal Secretary, Mason Frank International | 2016 - 2018",
     ("Legal Secretary", "Mason Frank International", None)),
    # an occupation word that ends the title, or is followed by another, is still the title's
    ("Pastry Baker, Greggs | 2019 - 2021", ("Pastry Baker", "Greggs", None)),
    ("Welder Fabricator, Cammell Laird | 2012 - 2015", ("Welder Fabricator", "Cammell Laird", None)),
])
def test_an_occupation_word_opening_a_firms_name_is_the_firms(text, job):
    assert _job(text) == job


@pytest.mark.parametrize("text, job", [
    ("Nurse Practitioner - Orthopaedics - Mayo Clinic\nJan 2019 - Mar 2021",
     ("Nurse Practitioner", "Mayo Clinic", None)),
    ("Staff Nurse, Cardiology, Apollo Hospitals | 2015 - 2019", ("Staff Nurse", "Apollo Hospitals", None)),
    ("Clerk | Accounts Payable | Unilever | 2017 - 2020", ("Clerk", "Unilever", None)),
    ("Waiter - Front of House - The Ivy | 2014 - 2016", ("Waiter", "The Ivy", None)),
    ("Security Guard | G4S | Night shift | 2018 - 2020", ("Security Guard", "G4S", None)),
    ("Staff Nurse - Paediatric Oncology - Great Ormond Street Hospital | 2011 - 2014",
     ("Staff Nurse", "Great Ormond Street Hospital", None)),
    ("Accounts Assistant | Finance Department | Safaricom PLC | 2016 - 2019",
     ("Accounts Assistant", "Safaricom PLC", None)),
    # names that end like a field are employers' own; a department with only its town is the employer
    ("Officer, Los Angeles Police Department, Los Angeles — 2010 – 2018",
     ("Officer", "Los Angeles Police Department", "Los Angeles")),
    ("Driver | XPO Logistics | Columbus, OH | 2019 - 2021", ("Driver", "XPO Logistics", "Columbus, OH")),
])
def test_a_speciality_between_title_and_employer_is_neither(text, job):
    assert _job(text) == job


@pytest.mark.parametrize("text, job", [
    ("Driver, DHL, Ohio\nJan 2019 - Mar 2021", ("Driver", "DHL", "Ohio")),
    ("Warehouse Operative | DHL, Iowa | 2019 - 2021", ("Warehouse Operative", "DHL", "Iowa")),
    ("Miner | Rio Tinto | Utah | 2010 - 2014", ("Miner", "Rio Tinto", "Utah")),
    ("Pharmacist, Emzor, Ogun | 2016 - 2020", ("Pharmacist", "Emzor", "Ogun")),
])
def test_a_state_by_its_full_name_is_the_jobs_place_however_short(text, job):
    assert _job(text) == job


@pytest.mark.parametrize("text, job", [
    ("Technician | Canon | Mobile\nJan 2019 - Mar 2021", ("Technician", "Canon", None)),
    ("Cashier | Tesco | Reading | 2015 - 2017", ("Cashier", "Tesco", None)),
    # with its region, or after the employer's comma, the town is confirmed
    ("Technician | Canon | Mobile, AL | 2019 - 2021", ("Technician", "Canon", "Mobile, AL")),
    ("Cashier, Tesco, Reading | 2015 - 2017", ("Cashier", "Tesco", "Reading")),
    # a town that is no common word still needs nothing beside it
    ("Receptionist — Premier Inn — Bath — 2016 – 2018", ("Receptionist", "Premier Inn", "Bath")),
    ("Sales Executive | Reliance Retail | Mumbai | 2016 – 2018", ("Sales Executive", "Reliance Retail", "Mumbai")),
])
def test_a_lone_town_that_is_a_common_word_needs_its_region(text, job):
    assert _job(text) == job
