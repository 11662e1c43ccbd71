"""Layouts and names of more countries (fictional résumés): "Staff Nurse, Acute Medical Unit" over
its employer under the dates; a German ward ("Intensivstation") after the title; a title with
its ward over "Employer, Village | dates"; a title over "Employer | Town, State | dates" with
the next job laid out alike; honorifics before a name ("Smt.", "C.P.") and letters listed in
brackets after it ("(B.Pharm, FPCPharm)")."""
from adapters.embedded.parsing.experience import parse_experience
from adapters.embedded.parsing.name_titles import without_title
from adapters.embedded.parsing.post_nominals import split_trailing_letters
from adapters.embedded.parsing.work_units import a_unit


def _jobs(text):
    return [(e.title, e.company) for e in parse_experience(text)[0]]


def test_a_title_and_its_note_under_the_dates_has_its_employer_below():
    assert _jobs("Sep 2021 – Present\nStaff Nurse, Acute Medical Unit\nSheffield Teaching Hospitals NHS Foundation Trust\n\n"
                 "Aug 2020 – Aug 2021\nHealthcare Assistant\nBupa Care Homes, Rotherham") == [
        ("Staff Nurse", "Sheffield Teaching Hospitals NHS Foundation Trust"), ("Healthcare Assistant", "Bupa Care Homes")]
    assert _jobs("06.2018 – obecnie\nKierowca C+E, transport międzynarodowy\nGirteka Logistics, Gdańsk\n")[0][1] == \
        "Girteka Logistics"
    # a line that names no employer stays the job's description
    assert _jobs("04/2017 – heute\nKoch, Restaurant Zur Post\nZubereitung von Speisen\n") == [("Koch", "Restaurant Zur Post")]


def test_a_german_ward_is_a_unit_not_the_employer():
    assert a_unit("Intensivstation") and not a_unit("Deutsche Bahn")
    assert _jobs("seit 10/2019     Pflegefachfrau, Intensivstation\n                 Universitätsklinikum Leipzig\n") == [
        ("Pflegefachfrau", "Universitätsklinikum Leipzig")]


def test_a_title_with_its_ward_over_an_employer_in_an_unknown_village():
    assert _jobs("Staff Nurse, General Ward\nMatha Hospital, Thellakom      15/05/2017 – 31/05/2019")[0][0] == "Staff Nurse"


def test_each_title_over_its_employer_and_town_cells():
    assert _jobs("Sous Chef\nBellagio Hotel & Casino | Las Vegas, NV | 2019 - Present\n"
                 "Line Cook\nWynn Las Vegas | Las Vegas, NV | 2015 - 2019") == [
        ("Sous Chef", "Bellagio Hotel & Casino"), ("Line Cook", "Wynn Las Vegas")]


def test_honorifics_of_india_and_mexico_are_no_part_of_the_name():
    assert without_title("SMT. ANJALI THOMAS")[0] == "ANJALI THOMAS"
    assert without_title("C.P. MARÍA FERNANDA LÓPEZ GARCÍA")[0] == "MARÍA FERNANDA LÓPEZ GARCÍA"
    assert without_title("Sri Lanka Ports")[0] == "Sri Lanka Ports"


def test_letters_listed_in_brackets_after_a_name():
    assert split_trailing_letters("ADEBAYO OLUWASEUN GRACE (B.Pharm, FPCPharm)") == (
        "ADEBAYO OLUWASEUN GRACE", ["B.Pharm", "FPCPharm"])
    assert split_trailing_letters("John Smith (Leeds, UK)") is None
    assert split_trailing_letters("John Smith (NY, USA)") is None
