"""A work history table whose first row names its columns: the title and the employer are
read by their columns' order, whatever words they hold."""
from __future__ import annotations

from adapters.embedded.parsing.experience import parse_experience

EMPLOYER_FIRST = """\
Period                   Employer                         Position
Feb 2021 – Till Date     Radisson Blu, Jaipur             Demi Chef de Partie
Aug 2018 – Jan 2021      Fairmont Jaipur                  Commis II
"""

TITLE_FIRST = """\
Dates\tJob Title\tCompany
2019 - 2022\tKalavan Operator\tAtlas Copco Services
2016 - 2019\tHelper Grade B\tMRF Tyres
"""


def test_employer_column_before_the_title_column() -> None:
    entries, _ = parse_experience(EMPLOYER_FIRST)
    assert [(e.title, e.company) for e in entries] == [
        ("Demi Chef de Partie", "Radisson Blu"), ("Commis II", "Fairmont Jaipur")]


def test_title_column_before_the_employer_column() -> None:
    entries, _ = parse_experience(TITLE_FIRST)
    assert [(e.title, e.company) for e in entries] == [
        ("Kalavan Operator", "Atlas Copco Services"), ("Helper Grade B", "MRF Tyres")]
