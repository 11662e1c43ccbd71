"""Each job's town, written beside its title and employer, is kept as the job's location; a
town's name that is the employer's own word ("Reading Borough Council", "Sale Sharks") stays
the employer's and names no place (fictional résumés, trades and countries of all kinds)."""
import pytest

from adapters.embedded.parsing.experience import parse_experience
from domain.resumes import ParsedResume


def _job(text: str) -> tuple[str | None, str | None, str | None]:
    [entry], _ = parse_experience(text + "\n- Did the daily work of the role\n")
    return entry.title, entry.company, entry.location


@pytest.mark.parametrize("text, job", [
    # UK
    ("Staff Nurse, Royal Infirmary, Leeds — 2019–2022", ("Staff Nurse", "Royal Infirmary", "Leeds")),
    ("Plumber, British Gas, Bristol | 2015 – 2020", ("Plumber", "British Gas", "Bristol")),
    ("Receptionist — Premier Inn — Bath — 2016 – 2018", ("Receptionist", "Premier Inn", "Bath")),
    ("Electrician, Balfour Beatty, Glasgow, Scotland | 2011 – 2015",
     ("Electrician", "Balfour Beatty", "Glasgow, Scotland")),
    ("Teaching Assistant\nSt Mary's Primary School, Sale\n2014 – 2017",
     ("Teaching Assistant", "St Mary's Primary School", "Sale")),
    # US
    ("Driver, DHL, Columbus, OH | 2017 - 2019", ("Driver", "DHL", "Columbus, OH")),
    ("Forklift Operator, Amazon, Mobile, AL | 2018 – 2021", ("Forklift Operator", "Amazon", "Mobile, AL")),
    ("Mechanic, Ford Motor Company, Dearborn, Michigan | 2010 - 2012",
     ("Mechanic", "Ford Motor Company", "Dearborn, Michigan")),
    ("Welder - Independence Steel - Independence, MO - 2012 - 2016",
     ("Welder", "Independence Steel", "Independence, MO")),
    ("Regional Truck Driver    Mar 2019 – Present\nFedEx Freight, Memphis, TN",
     ("Regional Truck Driver", "FedEx Freight", "Memphis, TN")),
    # India
    ("Staff Nurse, Fortis Hospital, Bengaluru, Karnataka | 2015 – 2019",
     ("Staff Nurse", "Fortis Hospital", "Bengaluru, Karnataka")),
    ("Sales Executive | Reliance Retail | Mumbai | 2016 – 2018", ("Sales Executive", "Reliance Retail", "Mumbai")),
    ("Teacher at Kendriya Vidyalaya, Pune, 2012 – 2016", ("Teacher", "Kendriya Vidyalaya", "Pune")),
    ("Driver in Gati Ltd., Delhi from Aug-2015 to Mar-2018", ("Driver", "Gati Ltd.", "Delhi")),
    # Germany
    ("Buchhalter, Müller GmbH, München | 2015 - 2018", ("Buchhalter", "Müller GmbH", "München")),
    ("Krankenpfleger | Charité | Berlin | 2012 – 2016", ("Krankenpfleger", "Charité", "Berlin")),
    ("Koch, Hotel Bayerischer Hof, München, Bayern | 2010 – 2013",
     ("Koch", "Hotel Bayerischer Hof", "München, Bayern")),
    ("01/2016 – 12/2019\nBuchhalterin, Schmidt & Partner, Hamburg", ("Buchhalterin", "Schmidt & Partner", "Hamburg")),
    # Spain
    ("Enfermera, Hospital La Paz, Madrid | 2012 - 2016", ("Enfermera", "Hospital La Paz", "Madrid")),
    ("Profesora, Colegio San José, Sevilla, España | 2011 – 2016",
     ("Profesora", "Colegio San José", "Sevilla, España")),
    ("Conductor | Alsa | Oviedo | 2009 – 2012", ("Conductor", "Alsa", "Oviedo")),
    # Australia
    ("Carpenter, Lendlease, Sydney, NSW | 2014 – 2019", ("Carpenter", "Lendlease", "Sydney, NSW")),
    ("Miner, BHP, Newman, Western Australia | 2016 – 2018", ("Miner", "BHP", "Newman, Western Australia")),
    # the town on a line of its own, above or under the employer
    ("Site Manager\nMorgan Sindall\nCardiff, UK\n2017 - Present", ("Site Manager", "Morgan Sindall", "Cardiff, UK")),
    ("Staff Nurse | Royal Infirmary | 2019 – 2022\nLeeds, UK", ("Staff Nurse", "Royal Infirmary", "Leeds, UK")),
])
def test_the_town_beside_a_job_is_its_location(text, job):
    assert _job(text) == job


@pytest.mark.parametrize("text, employer", [
    ("Housing Officer, Reading Borough Council | 2016 - 2019", "Reading Borough Council"),
    ("Reading Borough Council - Housing Officer - 2016 - 2019", "Reading Borough Council"),
    ("Housing Officer\nReading Borough Council\n2016 – 2019", "Reading Borough Council"),
    ("Lecturer, Bath Spa University | 2010 - 2014", "Bath Spa University"),
    ("Physiotherapist, Sale Sharks | 2019 - 2021", "Sale Sharks"),
    ("Staff Nurse, Hope Hospital | 2005 - 2008", "Hope Hospital"),
    ("Paramedic, Mobile Medical | 2011 - 2013", "Mobile Medical"),
    ("Violinist, Eugene Symphony | 2001 - 2009", "Eugene Symphony"),
    ("Ground Handler, Split Airport | 2014 - 2016", "Split Airport"),
    ("Infirmière, Nice Hospital | 2014 - 2016", "Nice Hospital"),
    ("Bartender, Phoenix Bar & Grill | 2013 – 2016", "Phoenix Bar & Grill"),
    ("Security Officer | Reading Festival | 2019 – 2020", "Reading Festival"),
    ("Teacher, Delhi Public School | 2016 - 2019", "Delhi Public School"),
    ("Porter, Bath Royal United Hospital | 2012 – 2019", "Bath Royal United Hospital"),
])
def test_a_town_in_the_employers_own_name_is_no_location(text, employer):
    _, company, location = _job(text)
    assert (company, location) == (employer, None)


@pytest.mark.parametrize("text, employer, town", [
    ("Cashier, Tesco, Reading | 2014 - 2016", "Tesco", "Reading"),
    ("Cashier, Tesco, Reading, Berkshire | 2014 - 2016", "Tesco", "Reading, Berkshire"),
    ("Warehouse Supervisor   Tesco, Reading   2016 – 2019", "Tesco", "Reading"),
    ("Lecturer, Bath Spa University, Bath | 2010 - 2014", "Bath Spa University", "Bath"),
    ("Dental Hygienist | Eugene Family Dental | Eugene, OR | 2015 – 2019", "Eugene Family Dental", "Eugene, OR"),
    ("Chef | Nice Cafe | Perth, WA | 2016 – 2018", "Nice Cafe", "Perth, WA"),
    ("Nurse, Hope Hospital, Melbourne, VIC | 2016 – 2018", "Hope Hospital", "Melbourne, VIC"),
    ("Firefighter\nAurora Fire Department\nAurora, CO\n2010 – 2018", "Aurora Fire Department", "Aurora, CO"),
])
def test_the_same_word_after_a_separator_is_the_town(text, employer, town):
    _, company, location = _job(text)
    assert (company, location) == (employer, town)


@pytest.mark.parametrize("text, employer, town", [
    # a pipe's part holding an employer and its town is no town alone: the employer keeps its name
    ("Staff Nurse | Hope Hospital, Salford | Manchester | 2016 – 2019", "Hope Hospital", "Manchester"),
    ("Ground Handler | Split Airport, Croatia | Split | 2016 – 2019", "Split Airport", "Split"),
])
def test_an_employer_and_its_town_between_pipes_is_the_employer(text, employer, town):
    _, company, location = _job(text)
    assert (company, location) == (employer, town)


def test_a_place_line_is_not_left_in_the_description():
    [entry], _ = parse_experience("Staff Nurse | Royal Infirmary | 2019 – 2022\nLeeds, UK\n- Ran the ward\n")
    assert entry.description == "- Ran the ward"


def test_a_resume_stored_before_jobs_had_places_reads_with_none():
    stored = ('{"name": "Ada", "experience": [{"title": "Nurse", "company": "Royal Infirmary", '
              '"start_date": "2019", "end_date": null, "current": true, "description": null}]}')
    [job] = ParsedResume.model_validate_json(stored).experience
    assert job.location is None
    assert job.model_dump()["location"] is None


def test_a_town_that_trails_off_into_a_dash_is_read_without_it():
    [entry], _ = parse_experience("Systems Engineer\nInfosys Limited -  Chennai, Tamil Nadu -\nJune 2015 to March 2018\n")
    assert (entry.company, entry.location) == ("Infosys Limited", "Chennai, Tamil Nadu")


@pytest.mark.parametrize("text, job", [
    ("Chef de Partie (Nights), The Savoy (London) | 2019 – 2022", ("Chef de Partie (Nights)", "The Savoy", "London")),
    ("Krankenschwester (Vollzeit) | Charité (Berlin) | 03/2015 – 02/2019",
     ("Krankenschwester (Vollzeit)", "Charité", "Berlin")),
    ("Software Engineer at Google, Mountain View, CA   2016 – 2019", ("Software Engineer", "Google", "Mountain View, CA")),
])
def test_a_place_the_gazetteer_confirms_leaves_the_employers_name(text, job):
    assert _job(text) == job


def test_a_unit_before_a_district_is_no_town():
    [entry], _ = parse_experience("Staff Nurse, Royal Infirmary (ICU, Leeds) | 2016 – 2019\n- Ran the ward\n")
    assert entry.location is None
