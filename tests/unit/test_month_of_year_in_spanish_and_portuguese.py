"""Dates as Spanish, Portuguese and Polish résumés write them: the month joined to its year by
"de" ("marzo de 2019", "março de 2020", "1 de junio de 2021"), and a start after "desde",
"a partir de", "od" or "ab" that leaves the job open. The month is read, never dropped."""
import pytest

from adapters.embedded.parsing.dates import Month, find_ranges
from adapters.embedded.parsing.experience import parse_experience


@pytest.mark.parametrize("text, start, end", [
    ("marzo de 2019 - actualidad", Month(2019, 3), None),
    ("março de 2020 – atualmente", Month(2020, 3), None),
    ("de janeiro de 2019 até o momento", Month(2019, 1), None),
    ("dezembro de 2015 a março de 2018", Month(2015, 12), Month(2018, 3)),
    ("junio del 2018 - presente", Month(2018, 6), None),
    ("1 de marzo de 2019 - 30 de junio de 2021", Month(2019, 3), Month(2021, 6)),
    ("desde enero de 2019", Month(2019, 1), None),
    ("a partir de maio de 2021", Month(2021, 5), None),
    ("od stycznia 2019", Month(2019, 1), None),
    ("ab 03/2019", Month(2019, 3), None),
])
def test_the_month_and_the_open_end_are_read(text, start, end):
    [found] = find_ranges(text)
    assert (found.start, found.end) == (start, end)


def test_a_job_dated_with_de_keeps_its_month():
    [entry], _ = parse_experience("Enfermera, Hospital Universitario La Paz, Madrid\nmayo de 2017 – actualidad\n")
    assert (entry.title, entry.company, entry.start_date, entry.current) == \
        ("Enfermera", "Hospital Universitario La Paz", "2017-05", True)
