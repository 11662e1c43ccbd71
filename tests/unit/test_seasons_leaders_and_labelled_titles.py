"""Dates and headers seen in a fourth blind probe, with examples of their own: a season written in
the CV's language ("Verano 2018", "Sommer 2019"), also opening its line before the job; "till
present time"; leader dots between a title and its dates; a title labelled under its employer
("Position: Shift Baker"); a list item's employer over "Cargo:"; and a title, a dash and its
field ("Police Constable – Firearms Unit") beside the dates with its employer on a line of its own."""
import asyncio

from adapters.embedded.parsing.dates import Month, find_ranges
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from adapters.reference_data.packaged import packaged_reference_data
from domain.installed_reference_data import install_reference_data


def _jobs(text: str) -> list[tuple[str | None, str | None]]:
    install_reference_data(packaged_reference_data())
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(text))
    return [(e.title, e.company) for e in parsed.experience]


def test_a_season_in_the_cvs_language_is_a_range_of_its_months():
    (found,) = find_ranges("Socorrista, Club Náutico de Alicante (Verano 2018)")
    assert (found.start, found.end) == (Month(2018, 6), Month(2018, 8))
    (found,) = find_ranges("Erntehelfer, Obsthof Brandl  Sommer 2019")
    assert (found.start, found.end) == (Month(2019, 6), Month(2019, 8))
    (found,) = find_ranges("Hiver 2020 – Printemps 2021")
    assert (found.start.year, found.end.year if found.end else None) == (2020, 2021)


def test_a_season_opening_its_line_before_the_job():
    (found,) = find_ranges("Printemps 2017 : Vendangeur – Château Lafleur")
    assert (found.start, found.end) == (Month(2017, 3), Month(2017, 5))
    (found,) = find_ranges("Summer 2016 – Lifeguard, Bondi Pavilion")
    assert (found.start, found.end) == (Month(2016, 6), Month(2016, 8))


def test_a_season_inside_a_sentence_still_dates_nothing():
    assert find_ranges("Verano 2018 fue mi primer trabajo en la costa") == []


def test_till_present_time_leaves_the_range_open():
    (found,) = find_ranges("March 2016 - till present time")
    assert (found.start, found.end) == (Month(2016, 3), None)


def test_leader_dots_part_a_title_from_its_dates():
    text = ("Donal Byrne\ndonal.byrne@example.ie\n\nEXPERIENCE\n"
            "Line Cook ............................................ 2016 – 2019\n"
            "Harbour Grill, Cork\nGrill and sauce section.\n\n"
            "Kitchen Porter . . . . . . . . . . . . . . 2014 – 2016\n"
            "The Oyster Tavern, Kinsale\nWashing up.\n")
    assert _jobs(text) == [("Line Cook", "Harbour Grill"), ("Kitchen Porter", "The Oyster Tavern")]


def test_a_labelled_title_under_an_employer_with_its_town():
    text = ("Leena Virtanen\nleena.virtanen@example.fi\n\nWork experience\n\n"
            "March 2015 - June 2019\nNordic Bakery Oy, Tampere\nPosition: Shift Baker\n"
            "Duties: dough preparation and oven work.\n")
    (job,) = _jobs(text)
    assert job[0] == "Shift Baker" and job[1] is not None and job[1].startswith("Nordic Bakery Oy")


def test_a_list_items_employer_over_its_labelled_title():
    text = ("Rafael Costa Lima\nrafael.lima@example.com.br\n\nEXPERIÊNCIA PROFISSIONAL\n"
            "• Supermercado Bom Preço – Recife/PE\n  Cargo: Repositor\n  Período: 01/2019 – 12/2021\n"
            "  Atividades: reposição de gôndolas.\n\n"
            "• Padaria Pão Quente – Olinda/PE\n  Cargo: Atendente\n  Período: 03/2017 – 12/2018\n")
    jobs = _jobs(text)
    assert [t for t, _ in jobs] == ["Repositor", "Atendente"]
    assert [c.split(" –")[0] if c else c for _, c in jobs] == ["Supermercado Bom Preço", "Padaria Pão Quente"]


def test_a_title_dash_its_field_under_its_employer():
    text = ("Gareth Rhys Owen\ngareth.owen@example.co.uk\n\nEMPLOYMENT\n\n"
            "Thames Valley Police, Oxford\n"
            "Police Constable – Firearms Unit                    May 2016 – Present\n"
            "Armed response patrols.\n")
    (job,) = _jobs(text)
    assert job[0] == "Police Constable – Firearms Unit"
    assert job[1] is not None and job[1].startswith("Thames Valley Police")


def test_a_title_dash_its_field_over_its_employer():
    text = ("Inès Moreau\nines.moreau@example.fr\n\nEXPÉRIENCE\n\n"
            "Paralegal – Droit social                            Janv. 2019 – à ce jour\n"
            "Cabinet Lefèvre et Roux, Nantes\n"
            "Rédaction de conclusions.\n")
    (job,) = _jobs(text)
    assert job[0] == "Paralegal – Droit social"
    assert job[1] is not None and job[1].startswith("Cabinet Lefèvre et Roux")


def test_a_duties_line_above_is_no_employer_of_the_next_job():
    text = ("Owen Pryce\nowen.pryce@example.co.uk\n\nEXPERIENCE\n"
            "2018 – 2022    Forklift Driver, Norland Foods\n"
            "               Loading and unloading of trailers, stock rotation\n"
            "2015 – 2018    Warehouse Operative, Baxter Supplies\n"
            "               Picking and packing of online orders\n")
    assert _jobs(text) == [("Forklift Driver", "Norland Foods"), ("Warehouse Operative", "Baxter Supplies")]
