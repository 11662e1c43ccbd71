"""Jobs set in ways of other countries: a seafarer's table naming the manning agency, an
employer under its title with a name particle or a legal form's dot, a title and employer in
two columns over the dates, and dates first with two spaces between the cells."""
import pytest

from adapters.embedded.parsing.experience import parse_experience


def _jobs(text: str) -> list[tuple[str | None, str | None, str | None]]:
    entries, _ = parse_experience(text)
    return [(e.title, e.company, e.start_date) for e in entries]


def test_a_manning_agency_column_is_the_employer():
    text = ("Rank | Vessel | Type | Manning Agency | From | To\n"
            "Bosun | MV Coral Dawn | Reefer | Stellar Crew Services | Apr 2019 | Jan 2021\n")
    assert _jobs(text) == [("Bosun", "Stellar Crew Services", "2019-04")]


def test_an_employer_with_a_name_particle_or_a_legal_forms_dot_stands_under_its_title():
    text = ("Customs Declarant                                        Mar 2021 – present\n"
            "Van den Berg Forwarding N.V., Antwerp\n"
            "Shipping Clerk                                           Jan 2018 – Feb 2021\n"
            "De Groot Cargo, Ghent\n")
    assert [j[:2] for j in _jobs(text)] == [("Customs Declarant", "Van den Berg Forwarding N.V."),
                                            ("Shipping Clerk", "De Groot Cargo")]


def test_a_title_and_its_employer_in_two_columns_over_the_dates():
    text = ("Night Auditor                                 Seri Pantai Resort\n"
            "(Jun 2020 - Present)\n"
            "Bell Captain                                  Hotel Melati\n"
            "(Feb 2017 - May 2020)\n")
    assert [j[:2] for j in _jobs(text)] == [("Night Auditor", "Seri Pantai Resort"), ("Bell Captain", "Hotel Melati")]


def test_dates_first_then_an_employer_and_a_title_two_spaces_apart():
    text = ("2020.10 - present  Hitachi Rail, Ltd.  Signalling Engineer\n"
            "2017.04 - 2020.09  Nippon Signal Co.  Assistant Engineer\n")
    assert [j[:2] for j in _jobs(text)] == [("Signalling Engineer", "Hitachi Rail, Ltd."),
                                            ("Assistant Engineer", "Nippon Signal Co.")]


def test_rows_of_two_cells_each_over_its_dates_are_no_two_columns_of_a_page():
    from adapters.embedded.parsing.text_columns import read_columns
    text = ("EXPERIENCE\n"
            "Night Auditor                                 Seri Pantai Resort\n"
            "(Jun 2020 - Present)\n"
            "Bell Captain                                  Hotel Melati, Melaka\n"
            "(Feb 2017 - May 2020)\n\n"
            "EDUCATION\n"
            "Diploma in Tourism                            Politeknik Merlimau\n"
            "(2014 - 2016)\n")
    assert read_columns(text) == text


def test_an_employer_with_its_town_in_a_column_over_the_dated_title():
    text = ("Prairie Gas Utilities                                     Regina, SK\n"
            "Gas Fitter                                                2015 – Present\n"
            "• Service calls, meter sets\n\n"
            "Northern Heating                                          Saskatoon, SK\n"
            "Apprentice Gas Fitter                                     2011 – 2015\n")
    entries, _ = parse_experience(text)
    assert [(e.title, e.company, e.location) for e in entries] == [
        ("Gas Fitter", "Prairie Gas Utilities", "Regina, SK"),
        ("Apprentice Gas Fitter", "Northern Heating", "Saskatoon, SK")]


@pytest.mark.parametrize("head", ["Zeitraum | Arbeitgeber | Position", "Période | Employeur | Poste",
                                  "Periodo | Empresa | Cargo"])
def test_a_piped_table_naming_its_columns_in_other_languages(head):
    text = (f"{head}\n"
            "03/2020 – 12/2023 | Stadtwerke Ulm | Elektroniker\n"
            "08/2016 – 02/2020 | Bauer Haustechnik | Monteur\n")
    assert [j[:2] for j in _jobs(text)] == [("Elektroniker", "Stadtwerke Ulm"), ("Monteur", "Bauer Haustechnik")]


@pytest.mark.parametrize("mark", ["➢", "►", "■"])
def test_a_one_line_job_opened_by_an_arrow_or_a_square_bullet(mark):
    text = (f"{mark} Pastry Cook – Vikings Buffet – Pasay City – April 2018 to Present\n"
            f"{mark} Baker – Goldilocks Bakeshop – Bacoor – May 2015 to March 2018\n")
    assert [j[:2] for j in _jobs(text)] == [("Pastry Cook", "Vikings Buffet"), ("Baker", "Goldilocks Bakeshop")]
