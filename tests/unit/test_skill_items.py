"""Skill lists cut as people write them, names kept apart from versions and notes."""
import pytest

from adapters.embedded.parsing.skill_items import and_parts, section_items
from adapters.embedded.parsing.skill_names import candidates, outside_and_inside, without_version


@pytest.mark.parametrize("text, items", [
    ("Knife skills · Pastry · Food costing", ["Knife skills", "Pastry", "Food costing"]),
    ("Forklift | Pallet jack | Inventory control", ["Forklift", "Pallet jack", "Inventory control"]),
    ("Phlebotomy; Vital signs; Charting", ["Phlebotomy", "Vital signs", "Charting"]),
    ("Welding / Brazing / Soldering", ["Welding", "Brazing", "Soldering"]),
    ("Payroll\nBudgeting\nForecasting", ["Payroll", "Budgeting", "Forecasting"]),
    ("Drywall    Framing    Roofing", ["Drywall", "Framing", "Roofing"]),
    ("Tools: CI/CD, TCP/IP, A/B testing", ["CI/CD", "TCP/IP", "A/B testing"]),
])
def test_list_items_are_cut_at_every_separator_people_use(text, items):
    assert section_items(text)[0] == items


def test_a_list_inside_brackets_is_kept_whole_and_its_items_read_too():
    items, _ = section_items("Office suite (Writer, Calc), Bookkeeping")
    assert items == ["Office suite (Writer, Calc)", "Writer", "Calc", "Bookkeeping"]


def test_a_line_a_pdf_wrapped_inside_a_list_is_joined_again():
    text = ("Menu planning, Allergen control, Stock rotation, Food safety auditing, Banquet\n"
            "service, Cost control")
    items, _ = section_items(text)
    assert "Banquet service" in items and "Cost control" in items


@pytest.mark.parametrize("written, name", [
    ("Kotlin 1.9", "Kotlin"), ("SolidWorks 2022", "SolidWorks"), ("Photoshop CS6", "Photoshop"),
    ("Visio Professional", "Visio"), ("Node 18.x", "Node"), ("Revit", "Revit"), ("2019", "2019"),
])
def test_versions_and_editions_are_kept_apart_from_the_name(written, name):
    assert without_version(written) == name


def test_a_bracketed_note_or_acronym_is_kept_apart_and_tried_as_well():
    assert outside_and_inside("Portuguese (fluent)") == ("Portuguese", "fluent")
    assert outside_and_inside("Forklift (licensed") == ("Forklift", "licensed")
    assert candidates("Certified Welding Inspector (CWI)")[:3] == [
        "Certified Welding Inspector (CWI)", "Certified Welding Inspector", "CWI"]


def test_and_splits_an_item_into_its_parts():
    assert and_parts("Sewing and Pattern cutting") == ["Sewing", "Pattern cutting"]


@pytest.mark.parametrize("item, parts", [
    ("CLP Siemens S7-1200 e S7-300", ["CLP Siemens S7-1200", "S7-300"]),
    ("Autómatas Siemens S7-1200 y S7-300", ["Autómatas Siemens S7-1200", "S7-300"]),
    ("Français et anglais", ["Français", "anglais"]),
    ("Vitamin E and Zinc", ["Vitamin E", "Zinc"]),  # a capital "E" is a name's, not a joiner
])
def test_and_in_the_languages_skills_are_listed_in_joins_two_items(item, parts):
    assert and_parts(item) == parts
