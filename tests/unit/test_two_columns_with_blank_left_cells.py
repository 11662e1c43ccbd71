"""Two columns laid out with spaces where the left column is blank on some lines (the right
one runs longer there, or the left leaves a gap between its sections): those lines belong to
the right column, and the block is still read column by column (fictional résumé)."""
from adapters.embedded.parsing.text_columns import read_columns

TEXT = """\
PROFILE                                  SKILLS
Midwife with 9 years on labour wards.    Antenatal care
                                         Neonatal resuscitation
EXPERIENCE                               Breastfeeding support
Senior Midwife
Korle Bu Teaching Hospital               LANGUAGES
2019 – Present                           English, Twi, Ga
"""


def test_right_cells_alone_on_their_lines_stay_in_the_right_column():
    lines = [line.strip() for line in read_columns(TEXT).split("\n") if line.strip()]
    assert lines == ["PROFILE", "Midwife with 9 years on labour wards.", "EXPERIENCE", "Senior Midwife",
                     "Korle Bu Teaching Hospital", "2019 – Present", "SKILLS", "Antenatal care",
                     "Neonatal resuscitation", "Breastfeeding support", "LANGUAGES", "English, Twi, Ga"]


HEADER_IN_COLUMNS = """\
KWAME ASANTE                             kwame.asante@example.com
Electrician                              +233 20 555 0142
                                         Kumasi, Ghana
PROFILE                                  SKILLS
Electrician with 8 years in mining.      Motor rewinding
                                         Cable jointing
EXPERIENCE                               Panel wiring
Maintenance Electrician
Gold Fields Ghana                        LICENCES
2018 – Present                           Energy Commission Electrical Wiring Licence
"""


def test_contact_details_in_the_right_column_at_the_top_stay_with_the_name():
    lines = [line.strip() for line in read_columns(HEADER_IN_COLUMNS).split("\n") if line.strip()]
    assert lines[:5] == ["KWAME ASANTE", "kwame.asante@example.com", "Electrician", "+233 20 555 0142", "Kumasi, Ghana"]
    assert lines[5:8] == ["PROFILE", "Electrician with 8 years in mining.", "EXPERIENCE"]
