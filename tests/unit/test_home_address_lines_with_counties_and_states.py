"""An address line under the name with a street, a town of a few tens of thousands, its county
or state and a postcode ("14 Elm Row, Ilkley, West Yorkshire LS29 8AB"), a town and its state's
letters parted by a slash ("Campinas/SP"): the town and region are the résumé's location; a
headline with a slash is still no place (fictional résumés)."""
import asyncio

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


def _location(top: str) -> str | None:
    text = f"{top}\n\nEXPERIENCE\nCook, The Old Mill, 2019 - 2022\n"
    return asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(text)).location


@pytest.mark.parametrize(("top", "place"), [
    ("Ruth Adeyemi\n14 Elm Row, Ilkley, West Yorkshire LS29 8AB\n07700 900 456", "Ilkley, West Yorkshire"),
    ("Ruth Adeyemi\nAddress: 14 Elm Row, Ilkley, West Yorkshire LS29 8AB", "Ilkley, West Yorkshire"),
    ("Ruth Adeyemi\n2 Station Road, Tring HP23 5QX\nruth@example.com", "Tring"),
    ("Lucas Ferreira\nRua Barão de Itapura, 1200 – Campinas/SP\n(19) 99123-4567", "Campinas, SP"),
    ("Lucas Ferreira\nCampinas/SP | (19) 99123-4567", "Campinas, SP"),
])
def test_the_town_and_its_region_of_an_address_line(top, place):
    assert _location(top) == place


@pytest.mark.parametrize("top", ["Ruth Adeyemi\nSenior Cook / Chef\n07700 900 456",
                                 "Ruth Adeyemi\nHGV/LGV Driver | 07700 900 456"])
def test_a_headline_with_a_slash_is_no_place(top):
    assert _location(top) is None
