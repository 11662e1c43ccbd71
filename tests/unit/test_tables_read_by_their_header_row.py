"""Tables whose header row names the columns: a work history of more than two cells a row
("Ship | Type | Rank | Company | Period") and an education table whose school or award the word
lists do not know, with a header such as "Institution | Qualification | Year completed"."""
from adapters.embedded.parsing.education import parse_education
from adapters.embedded.parsing.experience import parse_experience


def test_a_work_table_of_many_cells_reads_title_and_employer_by_its_header():
    text = ("Ship | Type | Rank | Company | Period\n"
            "MT Coral Bay | Chemical Tanker | Chief Officer | Nordhavn Shipping AS | Feb 2020 - Mar 2023\n"
            "MV Sable Dawn | Container Ship | Second Officer | Kestrel Lines Ltd | Jun 2016 - Dec 2019\n")
    entries, _ = parse_experience(text)
    assert [(e.title, e.company) for e in entries] == [
        ("Chief Officer", "Nordhavn Shipping AS"), ("Second Officer", "Kestrel Lines Ltd")]


def test_an_education_row_of_unknown_names_reads_by_its_header():
    text = ("Institution\tQualification\tYear completed\n"
            "Varsity of Tswane\tBCom Law\t2015\n"
            "Moremi Tech\tHonours in Actuarial Practice\t2017\n")
    rows = [(e.institution, e.degree, e.graduation_year) for e in parse_education(text)]
    assert rows == [("Varsity of Tswane", "BCom Law", 2015), ("Moremi Tech", "Honours in Actuarial Practice", 2017)]
