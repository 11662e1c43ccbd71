"""US layout: "Employer, Town, ST" over "Title, Line of business, dates". The words after the
title's comma ("Small Commercial", "Key Accounts") are a part of the job, not its employer:
the employer is the line above. Fictional jobs."""
import pytest

from adapters.embedded.parsing.experience import parse_experience


@pytest.mark.parametrize("employer, title, unit", [
    ("Northfield Mutual, Des Moines, IA", "Senior Underwriter", "Small Commercial"),
    ("Granite Savings Bank, Concord, NH", "Loan Officer", "Mortgage Lending"),
    ("Hollis Freight Systems, Reno, NV", "Account Manager", "Key Accounts"),
])
def test_the_employer_is_the_line_above(employer, title, unit):
    [entry], _ = parse_experience(f"{employer}\n{title}, {unit}, 04/2019 - Present\n")
    assert entry.company == employer.split(",")[0]
    assert entry.title is not None and entry.title.startswith(title)


def test_title_and_employer_beside_the_dates_stay_whole():
    [entry], _ = parse_experience("Warehouse Associate, Hollis Freight Systems, 2019 - 2022\n")
    assert (entry.title, entry.company) == ("Warehouse Associate", "Hollis Freight Systems")
