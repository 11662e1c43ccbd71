"""An address written without a label at the top of a résumé, under the name or among the
contact cells, gives the person's location: its town (fictional people)."""
import time

import pytest

from adapters.embedded.parsing.address_lines import town_of_an_address_line
from adapters.embedded.parsing.contact import parse_contact


@pytest.mark.parametrize("header, town", [
    ("ADEBAYO ADEYEMI, ACA\nLekki Phase 1, Lagos, Nigeria\nPhone: 0802 345 6789    Email: seun@example.com", "Lagos"),
    ("CHUKWUEMEKA OKAFOR\nNo. 14 Aba Road, Port Harcourt\n08034561278 || emeka@example.com", "Port Harcourt"),
    ("Marco Ferrante\nVia dei Mille 22, 40121 Bologna (BO)\nCell. 347 812 5590 – m@example.it", "Bologna"),
    ("Siobhan Callaghan\nApt 4, Glasnevin Court, Dublin 11 • 087 294 6610 • s@example.ie", "Dublin"),
    ("Liam Walsh\nTownsville QLD 4810  ‖  0412 903 558  ‖  liam@example.com.au", "Townsville"),
    ("Wanjiku Mwangi\nRegistered Midwife // Nairobi, Kenya // +254 722 418 093 // w@example.com", "Nairobi"),
    ("Mona Salem\nMobile: +20 100 445 7281   ✉ mona@example.com   Address: Nasr City, Cairo, Egypt", "Cairo"),
    ("Lucía Moreno\nC/ Sierpes 41, 3ºB · 41004 Sevilla\nTlf: 654 21 98 07 · l@example.es", "Sevilla"),
    ("Étienne Gagnon\nTrois-Rivières (Québec)  G9A 2K4   ·   819 555-3012   ·   e@example.ca", "Trois-Rivières"),
    ("Siriporn Kaewmanee\nPhuket 83150, Thailand   Tel: +66 81 592 7734", "Phuket"),
    ("Nguyen Thu Ha\nĐiện thoại: 0903 612 478 — Địa chỉ: Quận 1, TP. Hồ Chí Minh", "Hồ Chí Minh"),
])
def test_the_town_of_an_unlabelled_address_is_the_location(header, town):
    location = parse_contact(header, header.splitlines()).location
    assert location is not None and town in [part.strip() for part in location.split(",")]


@pytest.mark.parametrize("header", [
    "Sam Lee\nStaff Nurse, Royal Melbourne Hospital\nsam@example.com",
    "Sam Lee\nPlace of birth: Lagos, Nigeria\nsam@example.com",
    "Sam Lee\nNurse with 8 years in Lagos and Abuja, caring for patients\nsam@example.com",
    "Sam Lee\nWard Sister, 2015 - 2019, Lagos, Nigeria\nsam@example.com",
])
def test_a_headline_a_birthplace_or_a_job_is_no_address(header):
    assert parse_contact(header, header.splitlines()).location is None


def test_a_long_line_of_spaces_and_marks_does_not_hang_the_rule():
    """Not a speed target: every pattern over the line opens on its own mark or is anchored."""
    lines = ["Sam Lee", "Lagos" + " " * 20_000 + "x", "(" + " " * 20_000 + "," + "a " * 5_000 + ":",
             "Lekki" + " -" * 10_000 + " 1234"]
    started = time.perf_counter()
    town_of_an_address_line(lines, 0, "Sam Lee")
    assert time.perf_counter() - started < 2.0
