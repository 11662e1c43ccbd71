"""A preferred place the gazetteer does not hold is taken as typed (a county, a small town, a
postcode, another language's name, a place with its working mode); only an obvious typo of a
known place is refused, with its suggestion. Over GraphQL."""
from __future__ import annotations

import pytest

PREFERENCES = ("mutation($i: PreferencesInput!){ updatePreferences(input: $i){"
               " preferences { locations } } }")
REAL = ["UK Remote", "Remote UK only", "UK-wide", "Onsite London", "London (Hybrid)", "SW1A 1AA", "LS1 4AP", "10115",
        "Leeds LS1", "Cornwall", "Yorkshire", "Greater London", "Isle of Wight", "Bay Area", "DACH region",
        "St Albans", "Guildford", "Truro", "Kendal", "Angleterre", "Cymru", "東京", "Kosovo", "Remote-first",
        "Hybrid-Leeds"]


async def test_real_places_the_gazetteer_does_not_hold_are_taken_as_typed(client):
    token, _ = await client.candidate()
    for places in (REAL[:12], REAL[12:]):  # at most 20 a time
        chosen = await client.data(PREFERENCES, {"i": {"locations": places}}, token)
        assert chosen["updatePreferences"]["preferences"]["locations"] == places


@pytest.mark.parametrize(("typo", "meant"), [("Manchster", "Manchester, United Kingdom"),
                                             ("Lndon", "London, United Kingdom")])
async def test_an_obvious_typo_of_a_known_place_is_refused_with_its_suggestion(client, typo, meant):
    token, _ = await client.candidate()
    body = await client.execute(PREFERENCES, {"i": {"locations": [typo]}}, token)
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "locations"}
    assert f"Did you mean \"{meant}\"" in error["message"]


@pytest.mark.parametrize(("sent", "meant"), [
    (["asdkjhaskdjh"], None),  # kept, it switched the location part of every match off
    (["Lisboa", "Lisbao"], "Lisboa, Portugal"),  # two letters swapped
])
async def test_what_reads_as_no_place_is_refused_without_repeating_it(client, sent, meant):
    token, _ = await client.candidate()
    (error,) = (await client.execute(PREFERENCES, {"i": {"locations": sent}}, token))["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "locations"}
    assert "not a place we know" in error["message"] and "with its country" in error["message"]
    assert sent[-1] not in error["message"]
    if meant is not None:
        assert f"Did you mean \"{meant}\"" in error["message"] and "place 2 of those sent" in error["message"]
    me = await client.data("{ me { preferences { locations } } }", None, token)
    assert not (me["me"]["preferences"] or {}).get("locations")
