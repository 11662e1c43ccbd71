"""A job still held is written "present" in the résumé's own language, with or without its
accents and a full stop; such a job stays in the list, and the years total counts the jobs
listed, no more and no fewer. A job whose dates cannot be read is kept without them."""
from datetime import date

import pytest

from adapters.embedded.parsing.dates import Month, find_ranges
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor

TODAY = date(2025, 3, 31)


@pytest.mark.parametrize("now", [
    "présent", "Présent.", "present", "actuel", "aujourd'hui", "Aujourd’hui", "aujourdhui", "à ce jour",
    "a ce jour", "en cours", "actualidad", "la actualidad", "hoy", "actualmente", "atual", "atualmente",
    "oggi", "in corso", "attuale", "derzeit", "bis heute", "heden", "huidig", "nu", "obecnie", "nadal",
    "nuvarande", "pågående", "pagaende", "dags dato", "nå", "Present.", "ONGOING",
])
def test_a_range_left_open_in_any_common_language_runs_to_today(now):
    [found] = find_ranges(f"04/2021 – {now}")
    assert found.start == Month(2021, 4) and found.current


@pytest.mark.parametrize("text, start", [
    ("septembre 2019 – présent", Month(2019, 9)),
    ("Sept. 2019 – présent", Month(2019, 9)),
    ("März 2020 bis heute", Month(2020, 3)),
    ("out. 2018 – atual", Month(2018, 10)),
    ("giugno 2016 - in corso", Month(2016, 6)),
    ("wrzesień 2017 – obecnie", Month(2017, 9)),
    ("maart 2015 – heden", Month(2015, 3)),
    ("janv. 2014 – aujourd'hui.", Month(2014, 1)),
    ("depuis mars 2020", Month(2020, 3)),
])
def test_month_names_of_other_languages_start_a_range(text, start):
    [found] = find_ranges(text)
    assert found.start == start and found.current


def test_month_names_of_other_languages_end_a_range():
    [found] = find_ranges("févr. 2012 – déc. 2015")
    assert (found.start, found.end) == (Month(2012, 2), Month(2015, 12))
    [found] = find_ranges("Ene 2018 - Dic 2020")
    assert (found.start, found.end) == (Month(2018, 1), Month(2020, 12))


@pytest.fixture
def parser() -> RuleBasedResumeParser:
    tax = SkillTaxonomy(["Python"], {"python": (0, False)}, [frozenset()], [frozenset()], kinds=[SkillKind.TOOL])
    return RuleBasedResumeParser(TaxonomySkillExtractor(tax), today=lambda: TODAY)


def _resume(current_line: str, earlier_line: str) -> str:
    return ("Inès Moreau\ninesm@example.org\n\nEXPERIENCE\n"
            f"{current_line}\nLed the pastry section.\n\n{earlier_line}\nRan the grill station.\n")


@pytest.mark.parametrize("now", ["présent", "Aujourd'hui", "en curso", "tuttora", "momenteel", "Present.",
                                 "presente.", "dziś", "nåværende", "fortlaufend"])
def test_the_current_job_stays_listed_and_counted(parser, now):
    parsed = parser.parse_text(_resume(
        f"Pastry Chef – Hotel Miramar, Nice   (03/2021 – {now})",
        "Commis Chef – Trattoria Bellavista, Roma   (01/2018 – 02/2021)"))
    titles = [e.title for e in parsed.experience]
    assert titles == ["Pastry Chef", "Commis Chef"]
    assert parsed.experience[0].current and parsed.experience[0].start_date == "2021-03"
    assert parsed.total_years_experience == 7.2  # Jan 2018 to Mar 2025


def test_a_job_whose_end_cannot_be_read_is_kept_without_dates_and_lowers_confidence(parser):
    parsed = parser.parse_text(_resume(
        "Barista – Café Lindqvist, Malmö   (05/2022 – tbc)",
        "Waiter – Restaurante Sol, Sevilla   (06/2019 – 04/2022)"))
    assert [e.title for e in parsed.experience] == ["Barista", "Waiter"]
    assert parsed.experience[0].start_date is None and not parsed.experience[0].current
    assert parsed.total_years_experience == 2.9  # the waiter's months alone: the total counts the dated jobs
    readable = parser.parse_text(_resume(
        "Barista – Café Lindqvist, Malmö   (05/2022 – 12/2024)",
        "Waiter – Restaurante Sol, Sevilla   (06/2019 – 04/2022)"))
    assert parsed.confidence.experience < readable.confidence.experience


def test_a_full_stop_after_a_closed_range_keeps_the_job_in_the_list(parser):
    parsed = parser.parse_text(_resume("Sommelier, Weingut Keller, Mainz, 2019 – 2023.",
                                       "Kellner, Gasthof Adler, Ulm, 2015 – 2018."))
    assert [e.company for e in parsed.experience] == ["Weingut Keller", "Gasthof Adler"]
    assert parsed.total_years_experience == 7.0


def test_a_date_in_a_sentence_about_the_job_makes_no_job_of_its_own(parser):
    parsed = parser.parse_text(_resume("Pastry Chef – Hotel Miramar, Nice   (03/2021 – 12/2024)\n"
                                       "Promoted in Mar 2022 – led the team",
                                       "Commis Chef – Trattoria Bellavista, Roma   (01/2018 – 02/2021)"))
    assert [e.title for e in parsed.experience] == ["Pastry Chef", "Commis Chef"]
