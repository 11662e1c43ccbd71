"""A season alone dates a job ("Summer 2022": seasonal and student work is written so), and a
year may lead a month written without its nought ("2021/7", as Japanese CVs write it)."""
import asyncio

from adapters.embedded.parsing.dates import Month, find_ranges
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from adapters.reference_data.packaged import packaged_reference_data
from domain.installed_reference_data import install_reference_data


def test_a_season_alone_is_a_range_of_its_months():
    (found,) = find_ranges("Winter 2016")
    assert (found.start, found.end) == (Month(2016, 1), Month(2016, 3))
    (found,) = find_ranges("Deckhand, Bluewater Charters (Summer 2020)")
    assert (found.start, found.end) == (Month(2020, 6), Month(2020, 8))


def test_a_season_inside_a_sentence_dates_nothing():
    assert find_ranges("Volunteered at the summer 2019 festival and more") == []


def test_a_year_before_a_month_without_its_nought():
    (found,) = find_ranges("2021/7 – 2023/11  Hokuriku Logistics Co., Ltd.")
    assert (found.start, found.end) == (Month(2021, 7), Month(2023, 11))


def test_each_seasonal_job_is_kept():
    install_reference_data(packaged_reference_data())
    text = ("Ilse Vermeer\nilse.vermeer@example.org\n\nEXPERIENCE\n"
            "Grape Picker — Domaine Rocheval, Beaune\nAutumn 2022\nHand-picked grapes for the harvest.\n\n"
            "Ski Lift Attendant — Alpenbahn Kaprun\nWinter 2021 – Spring 2022\nLoaded chairlifts.\n\n"
            "Lifeguard — Zandvoort Beach Club\nSummer 2020\nWatched the swimmers.\n")
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(text))
    assert [(e.title, e.company) for e in parsed.experience] == [
        ("Grape Picker", "Domaine Rocheval"), ("Ski Lift Attendant", "Alpenbahn Kaprun"),
        ("Lifeguard", "Zandvoort Beach Club")]
    assert (parsed.experience[0].start_date, parsed.experience[0].end_date) == ("2022-09", "2022-11")


def test_a_forms_from_and_to_labels():
    (found,) = find_ranges("From: 02 May 2016 To: Present")
    assert (found.start, found.end) == (Month(2016, 5), None)
    (found,) = find_ranges("From: 10 January 2012 To: 30 April 2016")
    assert (found.start, found.end) == (Month(2012, 1), Month(2016, 4))


def test_a_long_run_of_blanks_is_read_in_one_pass_and_a_season_after_it_still_counts():
    # Each way of splitting a run of blanks between the separators was once tried again: 800
    # blanks took over a minute. Read from the line's end, this returns at once.
    from adapters.embedded.parsing.dates import find_ranges

    assert find_ranges("- Supported residents" + " " * 20_000 + "x") == []
    (season,) = find_ranges("Fruit Picker, Haygrove Ltd" + " " * 20_000 + "Summer 2021")
    assert (season.start.year, season.start.month, season.end.month) == (2021, 6, 8)
