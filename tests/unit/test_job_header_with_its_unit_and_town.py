"""A job's header that names the ward, unit or department before the employer and the town
after it ("Staff Nurse, Ward 7 / Royal Infirmary NHS Trust, Leeds — 2018 – 2021"): the title,
then the organisation as the employer; neither the unit nor the town (fictional résumés)."""
import pytest

from adapters.embedded.parsing.experience import parse_experience


@pytest.mark.parametrize("header, title, company", [
    ("Staff Nurse, Ward 7 / Royal Infirmary NHS Trust, Leeds — 2018 – 2021",
     "Staff Nurse", "Royal Infirmary NHS Trust"),
    ("Healthcare Assistant, Ward 12 / Aintree University Hospital, Liverpool — Mar 2016 – Jan 2018",
     "Healthcare Assistant", "Aintree University Hospital"),
    ("Registered Nurse, ICU / St Vincent's Hospital, Sydney — 2015 – 2020",
     "Registered Nurse", "St Vincent's Hospital"),
    ("Porter, Estates Department / Ninewells Hospital, Dundee — 2011 – 2013", "Porter", "Ninewells Hospital"),
    ("Teaching Assistant, Year 2 / Oakfield Primary School, Reading — 2015 – 2017",
     "Teaching Assistant", "Oakfield Primary School"),
    ("Staff Nurse, Ward 7, Royal Infirmary NHS Trust, Leeds — 2018 – 2021", "Staff Nurse", "Royal Infirmary NHS Trust"),
    ("Paramedic | Hazardous Area Response Unit | Welsh Ambulance Service | Cardiff | 2016 – 2021",
     "Paramedic", "Welsh Ambulance Service"),
    ("Analyst, Risk Team / Barclays, London — 2016 – 2019", "Analyst", "Barclays"),
    ("Firefighter, Station 12, London Fire Brigade, London — 2010 – 2020", "Firefighter", "London Fire Brigade"),
    ("Staff Nurse, Royal Infirmary NHS Trust / Ward 7, Leeds — 2018 – 2021", "Staff Nurse", "Royal Infirmary NHS Trust"),
])
def test_the_unit_and_the_town_are_no_employer(header, title, company):
    [entry], _ = parse_experience(header + "\n- Cared for up to eight patients a shift\n")
    assert (entry.title, entry.company) == (title, company)


@pytest.mark.parametrize("header, title, company", [
    ("HGV Driver, Eddie Stobart, Carlisle — 2015 – 2019", "HGV Driver", "Eddie Stobart"),
    ("Sous Chef, The Ivy, London, 2019–present", "Sous Chef", "The Ivy"),
    ("Sous Chef | The Ivy | London | 2019 – present", "Sous Chef", "The Ivy"),
    ("Warehouse Operative, Amazon, Doncaster — 2014 – 2016", "Warehouse Operative", "Amazon"),
    ("Enfermera, Hospital Clínic, Barcelona — 2015 – 2019", "Enfermera", "Hospital Clínic"),
    ("Software Engineer, Unit4, Utrecht — 2019 – 2022", "Software Engineer", "Unit4"),
    ("Analyst, Allen & Overy / Freshfields, London — 2012 – 2014", "Analyst", "Allen & Overy / Freshfields"),
    # employers whose names end in a word a unit may end in
    ("Officer, Los Angeles Police Department, Los Angeles — 2010 – 2018", "Officer", "Los Angeles Police Department"),
    ("Usher, ATG Theatres, London — 2015 – 2016", "Usher", "ATG Theatres"),
    ("Cashier, Wing Stop, Dallas — 2019 – 2021", "Cashier", "Wing Stop"),
])
def test_title_employer_town_and_dates_in_other_trades(header, title, company):
    [entry], _ = parse_experience(header + "\n- Planned and delivered the daily work\n")
    assert (entry.title, entry.company) == (title, company)


@pytest.mark.parametrize("header, title, company", [
    ("Royal Infirmary NHS Trust, Leeds — Staff Nurse, Ward 7 — 2018 – 2021", "Staff Nurse", "Royal Infirmary NHS Trust"),
    ("Staff Nurse - Ward 7 - Royal Infirmary NHS Trust - Leeds - 2018 - 2021", "Staff Nurse", "Royal Infirmary NHS Trust"),
    ("Brightwater Foods Ltd, Hull — Manager, Sales Team — 2018 – 2021", "Manager, Sales Team", "Brightwater Foods Ltd"),
])
def test_a_numbered_unit_after_the_title_is_no_part_of_it(header, title, company):
    [entry], _ = parse_experience(header + "\n")
    assert (entry.title, entry.company) == (title, company)


@pytest.mark.parametrize("text, title, company", [
    ("Staff Nurse, Ward 7\nRoyal Infirmary NHS Trust, Leeds — 2018 – 2021", "Staff Nurse", "Royal Infirmary NHS Trust"),
    ("Staff Nurse, Ward 7 / Royal Infirmary NHS Trust,\nLeeds — 2018 – 2021", "Staff Nurse", "Royal Infirmary NHS Trust"),
    ("Staff Nurse\nWard 7 / Royal Infirmary NHS Trust, Leeds — 2018 – 2021", "Staff Nurse", "Royal Infirmary NHS Trust"),
    ("Pharmacist\nBoots UK, Nottingham\n2014 – 2020", "Pharmacist", "Boots UK"),
    ("Thames Water, Reading\nPipe Fitter\n2016 – 2021", "Pipe Fitter", "Thames Water"),
    ("Técnico de Contabilidade\nDeloitte, Porto\njan. 2019 – atual", "Técnico de Contabilidade", "Deloitte"),
    # a US state (or another country's region) by its code or a short name after the town
    ("Charge Nurse, Intensive Care Unit\nRiverside Methodist Hospital, Columbus, OH | March 2019 - Present",
     "Charge Nurse", "Riverside Methodist Hospital"),
    ("Line Cook\nThe Capital Grille, Dallas, TX | 2017 - 2020", "Line Cook", "The Capital Grille"),
    ("Electrician\nDowner Group, Perth, WA | 2016 - 2021", "Electrician", "Downer Group"),
    ("Welder\nLincoln Fabrication, Dayton, Ohio | 2012 - 2018", "Welder", "Lincoln Fabrication"),
])
def test_the_town_after_the_employer_on_its_own_line_is_no_part_of_it(text, title, company):
    [entry], _ = parse_experience(text + "\n- Kept the records up to date\n")
    assert (entry.title, entry.company) == (title, company)
