"""Dates, job headers, licences and schooling lines with a long run of spaces (a PDF's columns
flattened) are read in time linear in their length: the patterns try a run of blanks from its start
only and take it whole, not once per space or per way of splitting it. Each call runs in its own
process, so that a pattern gone quadratic again fails its bound rather than hanging the suite."""
from __future__ import annotations

import subprocess
import sys

import pytest

GAP = "' ' * 40_000"

CALLS = {
    "a year, a gap, a word": ("dates import find_ranges", f"find_ranges('Staff Nurse 2019' + {GAP} + 'Leeds')"),
    "a month, a gap, a word": ("dates import find_ranges", f"find_ranges('Jan' + {GAP} + 'x')"),
    "a tenure after a gap": ("experience import _DURATION_AFTER", f"_DURATION_AFTER.sub('', {GAP} + 'x', count=1)"),
    "a gap after a tenure": ("dates import DURATION", f"DURATION.fullmatch('2 years' + {GAP} + 'x')"),
    "an examination, a gap, a grade": ("education_parts import exam_in_subjects", f"exam_in_subjects('GCSE Maths' + {GAP} + 'A')"),
    "a school and its year, a gap": ("education_entry_ends import _DATE_TAIL",
                                     f"_DATE_TAIL.search('University of Leeds, 2019' + {GAP} + 'x')"),
    "a title, a gap, an employer": ("job_titles import split_title_company", f"split_title_company(['Manager' + {GAP} + 'Acme Ltd'])"),
    "a rank, a gap, a word": ("work_units import title_without_its_unit", f"title_without_its_unit('Second Officer' + {GAP} + 'x')"),
    "a ward, a gap, a word": ("work_units import employer_without_its_unit", f"employer_without_its_unit('Ward 7' + {GAP} + 'x')"),
    "a licence class, a gap": ("driving_licences import classes_named", f"classes_named('Licences', 'Class B' + {GAP} + 'x')"),
    "a school, a gap, enrolment": ("education_words import CJK_ENROLMENT", f"CJK_ENROLMENT.search('東京大学' + {GAP} + 'x')"),
    "a board, a gap": ("education import _BOARD", f"_BOARD.match('CBSE' + {GAP} + 'x')"),
    "a degree's class, a gap": ("education_fields import field_of", f"field_of('BSc Nursing (' + {GAP} + 'x)')"),
    "a subject, a gap, a word": ("education_fields import _subject", f"_subject('Nursing' + {GAP} + 'x')"),
    "a credential, a gap": ("education_bodies import awarding_body", f"awarding_body(['CPA Ontario', 'Chartered' + {GAP} + 'x'])"),
}


@pytest.mark.parametrize("name", CALLS)
def test_a_long_run_of_spaces_does_not_hang(name):
    imported, call = CALLS[name]
    code = f"from adapters.embedded.parsing.{imported}\n{call}\n"
    # A guard, not a benchmark: minutes or hours before (quadratic or cubic), under a second now.
    try:
        done = subprocess.run([sys.executable, "-c", code], timeout=30, capture_output=True, text=True)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{name}: not read within 30 s")
    assert done.returncode == 0, done.stderr


def test_the_dates_still_read_as_they_did():
    from adapters.embedded.parsing.dates import DURATION, RANGE

    def ends(text):
        m = RANGE.search(text)
        return m and (m.group(1), m.group(2))

    assert ends("03/2022      11/2022") == ("03/2022", "11/2022")  # a wide gap alone
    assert ends("2019\t2021") == ("2019", "2021")
    assert ends("2019 \t 2021") == ("2019", "2021")
    assert ends("2019  2021") is None  # two spaces part no range
    assert ends("2019   to date") == ("2019", "date")  # "to" is tried before a gap alone ...
    assert ends("2019   a la fecha") == ("2019", "a la fecha")  # ... "a" after it
    assert ends("2019 a la fecha") == ("2019", "la fecha")
    assert ends("2019 \t a la fecha") == ("2019", "la fecha")
    assert ends("marzo de 2019 - actualidad") == ("marzo de 2019", "actualidad")
    assert ends("Jan, 2019 – Mar 2020") == ("Jan, 2019", "Mar 2020")
    assert DURATION.fullmatch("3 years , and 4 months") and DURATION.fullmatch("(2 yrs)")


def test_the_job_and_school_patterns_still_read_as_they_did():
    from adapters.embedded.parsing.education import _BOARD
    from adapters.embedded.parsing.job_halves import _TITLE_THEN_BRACKET
    from adapters.embedded.parsing.job_titles import split_title_company

    assert _BOARD.match("Maharashtra State Board") and _BOARD.match("x\tboard") and _BOARD.match("   board")
    assert not _BOARD.match("\t board")
    assert _TITLE_THEN_BRACKET.match("Dental Hygienist   (Peachtree Dental Group)").group("title") == "Dental Hygienist"
    assert _TITLE_THEN_BRACKET.match(" (x)").group("title") == " "
    assert split_title_company(["Staff Nurse at Royal Infirmary"]) == ("Staff Nurse", "Royal Infirmary")
