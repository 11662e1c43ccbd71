"""A résumé with no headings that writes its jobs and schools as sentences: a note in brackets
after a job's dates is no part of its employer, and schools written one sentence after another
in a paragraph are entries of their own (fictional résumés)."""
import time

import pytest

from adapters.embedded.parsing.education import parse_education
from adapters.embedded.parsing.experience import parse_experience


@pytest.mark.parametrize("line, title, company", [
    ("Audit Senior at Deloitte & Touche, Pretoria, Jan 2016 – Jan 2020 (SAICA training contract until Dec 2018).",
     "Audit Senior", "Deloitte & Touche"),
    ("Audit Senior at Deloitte & Touche, Pretoria, Jan 2016 – Jan 2020 (articles until 2018)",
     "Audit Senior", "Deloitte & Touche"),
    ("Nurse, Mercy Hospital 2015 - 2019 (maternity cover)", "Nurse", "Mercy Hospital"),
])
def test_a_note_after_the_dates_is_no_part_of_the_header(line, title, company):
    [entry] = parse_experience(line)[0]
    assert (entry.title, entry.company) == (title, company)


def test_schools_written_as_sentences_in_one_paragraph_are_each_an_entry():
    entries = parse_education("Bachelor of Accounting Sciences (Honours), University of Pretoria, 2015. "
                              "Postgraduate Diploma in Accounting, University of South Africa, 2016.")
    assert [(e.institution, e.graduation_year) for e in entries] == [
        ("University of Pretoria", 2015), ("University of South Africa", 2016)]


def test_long_runs_do_not_hang_the_rules():
    """Not a speed target: the sentence rule opens on a year, the note's on the dates' end."""
    from adapters.embedded.parsing.education import _SENTENCE_AFTER_A_YEAR
    from adapters.embedded.parsing.experience import _NOTE_AFTER_THE_DATES
    started = time.perf_counter()
    _SENTENCE_AFTER_A_YEAR.sub(r"\1\n", ("2015." + " " * 20_000 + "x") * 3 + "2016. " * 10_000)
    _NOTE_AFTER_THE_DATES.match(" (" + " " * 20_000 + "x")
    parse_experience("Nurse, Mercy Hospital 2015 - 2019 (" + " " * 20_000 + "x")
    assert time.perf_counter() - started < 3.0
