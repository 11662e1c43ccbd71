"""A narrow sidebar on the left (contact, skills, tickets) beside the main column that opens
with the name: read as two columns, the name's column first; label and value rows stay rows."""
from __future__ import annotations

from adapters.embedded.parsing.text_columns import read_columns

SIDEBAR = """\
DETAILS             AMARA OKAFOR
07700 900 118       Hotel Receptionist
Manchester          PROFILE
                    Warm, organised receptionist.
LANGUAGES
English             EXPERIENCE
Igbo                Receptionist
French (basic)      Midland Hotel, Manchester
                    2019 - present
SYSTEMS             Concierge Assistant
Opera PMS           Lowry Hotel, Salford
Fidelio             2016 - 2019
"""

LABELS = """\
Name:          Tomasz Zieliński
Phone:         +48 601 223 874
E-mail:        tomasz@example.org
Address:       ul. Długa 5, Gdańsk
Born:          12.03.1990
Nationality:   Polish
Licence:       C+E
"""


def test_the_main_column_with_the_name_first() -> None:
    lines = [line.strip() for line in read_columns(SIDEBAR).split("\n") if line.strip()]
    assert lines[0] == "AMARA OKAFOR"
    assert lines.index("Lowry Hotel, Salford") < lines.index("DETAILS")
    assert lines.index("Fidelio") > lines.index("DETAILS")


def test_label_and_value_rows_stay_rows() -> None:
    assert read_columns(LABELS) == LABELS
