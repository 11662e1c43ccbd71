"""Job dates as résumés of many countries write them: a month and year joined by a slash or a
hyphen (Brazil's "jan/2018", India's "Jan-2018"), the ISO year-month ("2018-04", "2018/04"),
East Asian year-month with its characters ("2018年4月"), a day before the month's name
("1 Jan 2018") and the words for "to" and "now" of the languages those résumés are written in."""
from datetime import date

import pytest

from adapters.embedded.parsing.dates import Month, find_ranges
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor

_TAXONOMY = SkillTaxonomy(["Python"], {"python": (0, False)}, [frozenset()], [frozenset()], kinds=[SkillKind.TOOL])


@pytest.mark.parametrize("text, start, end", [
    ("fev/2016 – nov/2019", Month(2016, 2), Month(2019, 11)),
    ("Aug-2012 to Sept-2015", Month(2012, 8), Month(2015, 9)),
    ("2014-09 – 2017-06", Month(2014, 9), Month(2017, 6)),
    ("2014/09 - 2017/06", Month(2014, 9), Month(2017, 6)),
    ("2014年9月 ～ 2017年6月", Month(2014, 9), Month(2017, 6)),
    ("3 Feb 2014 - 28 Nov 2016", Month(2014, 2), Month(2016, 11)),
    ("12th March 2011 – 30th June 2013", Month(2011, 3), Month(2013, 6)),
    ("de 2009 a 2012", Month(2009, None), Month(2012, None)),
    ("2009 até 2012", Month(2009, None), Month(2012, None)),
])
def test_closed_ranges_of_other_countries(text, start, end):
    [found] = find_ranges(text)
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize("text, start", [
    ("out/2020 – atual", Month(2020, 10)),
    ("Mar-2021 - Till Date", Month(2021, 3)),
    ("2019-11 – heute", Month(2019, 11)),
    ("2019年11月 - 至今", Month(2019, 11)),
    ("2019年11月～現在", Month(2019, 11)),
    ("2019.11 - 현재", Month(2019, 11)),
])
def test_open_ranges_of_other_countries(text, start):
    [found] = find_ranges(text)
    assert found.start == start and found.current


@pytest.mark.parametrize("text", ["2010-11", "BSc 2010-2013", "Batch 2008-12"])
def test_a_short_academic_year_is_still_two_years(text):
    [found] = find_ranges(text)
    assert found.end is not None and found.end.month is None and found.start.month is None


def test_a_job_dated_month_slash_year_is_dated_and_counted():
    text = ("Rafael Costa\nrafael@example.com\n\nEXPERIÊNCIA\nEletricista — Construtora Horizonte\n"
            "fev/2016 – nov/2019\n\nAuxiliar de Eletricista — Obras Rápidas\nmar/2013 – jan/2016\n")
    parser = RuleBasedResumeParser(TaxonomySkillExtractor(_TAXONOMY), today=lambda: date(2026, 1, 1))
    parsed = parser.parse_text(text)
    assert [(e.title, e.company, e.start_date, e.end_date) for e in parsed.experience] == [
        ("Eletricista", "Construtora Horizonte", "2016-02", "2019-11"),
        ("Auxiliar de Eletricista", "Obras Rápidas", "2013-03", "2016-01")]
    assert parsed.total_years_experience == pytest.approx(6.8, abs=0.1)


@pytest.mark.parametrize("text, start", [
    ("June 2019 onwards", Month(2019, 6)), ("2017 onward", Month(2017, None)), ("03/2016 – cont.", Month(2016, 3)),
    ("Aug 2015 - contd", Month(2015, 8)),
])
def test_onwards_and_continued_leave_a_range_open(text, start):
    [found] = find_ranges(text)
    assert found.start == start and found.current


@pytest.mark.parametrize("text, start, end", [
    ("Maret 2017 – Agustus 2019", Month(2017, 3), Month(2019, 8)),  # Indonesian
    ("сентябрь 2016 – май 2019", Month(2016, 9), Month(2019, 5)),  # Russian
    ("вересень 2016 – червень 2019", Month(2016, 9), Month(2019, 6)),  # Ukrainian
])
def test_month_names_of_indonesian_russian_and_ukrainian(text, start, end):
    [found] = find_ranges(text)
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize("text", ["Maret 2017 - Sekarang", "март 2017 – н.в.", "март 2017 – по настоящее время"])
def test_now_in_indonesian_and_russian(text):
    [found] = find_ranges(text)
    assert found.start == Month(2017, 3) and found.current


@pytest.mark.parametrize("text, length", [
    ("2018 - Devam ediyor", len("2018 - Devam ediyor")),  # Turkish "ongoing", both words
    ("03/2019 - hiện tại", len("03/2019 - hiện tại")),  # Vietnamese "now"
])
def test_a_range_open_to_now_takes_the_whole_word_for_now(text, length):
    [found] = find_ranges(text)
    assert found.end is None and found.span == (0, length)
