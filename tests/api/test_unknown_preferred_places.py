"""A preferred place the platform cannot read is refused (BAD_USER_INPUT on `locations`),
naming it and the nearest known places, and nothing of the change is kept; every place it
can read is accepted as before, and a place stored under earlier rules still loads and may
be sent back. Over GraphQL, on both backends."""
from __future__ import annotations

import json
import sqlite3

from tests.aws_backend import aws_client, aws_settings  # noqa: F401
from tests.graphql_client import raw_id
from tests.resume_choice_helpers import backend  # noqa: F401

PREFERENCES = ("mutation($i: PreferencesInput!){ updatePreferences(input: $i){"
               " preferences { locations desiredTitles } } }")
MINE = "{ me { preferences { locations desiredTitles } } }"


async def test_an_unknown_place_is_refused_with_the_nearest_known_ones_and_nothing_changes(backend):
    token, _ = await backend.candidate()
    await backend.data(PREFERENCES, {"i": {"locations": ["Leeds"], "desiredTitles": ["Nurse"]}}, token)
    body = await backend.execute(
        PREFERENCES, {"i": {"locations": ["York", "Manchster"], "desiredTitles": ["Staff Nurse"]}}, token)
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "locations"}
    assert "place 2 of those sent" in error["message"] and "Manchester, United Kingdom" in error["message"]
    assert "Manchster" not in error["message"]  # the value is not repeated (values_not_repeated)
    assert "country" in error["message"]
    # Nothing half-written: the titles sent beside the place were not kept either.
    mine = (await backend.data(MINE, None, token))["me"]["preferences"]
    assert mine == {"locations": ["Leeds"], "desiredTitles": ["Nurse"]}


async def test_places_in_any_spelling_language_or_shape_are_accepted(backend):
    token, _ = await backend.candidate()
    places = ["München", "Wien", "Київ", "São Paulo", "Deutschland", "Remote", "Harrogate, UK", "Austin, TX",
              "Springfield IL", "Bayern"]
    chosen = await backend.data(PREFERENCES, {"i": {"locations": places}}, token)
    assert chosen["updatePreferences"]["preferences"]["locations"] == places


async def test_a_place_stored_under_earlier_rules_loads_and_may_be_sent_back(client, settings):
    token, user = await client.candidate()
    await client.data(PREFERENCES, {"i": {"locations": ["Leeds"]}}, token)
    with sqlite3.connect(settings.database_path) as db:
        db.execute("UPDATE users SET preferences = json_set(preferences, '$.locations', json(?)) WHERE id = ?",
                   (json.dumps(["Atlantis"]), raw_id(user["id"])))
    assert (await client.data(MINE, None, token))["me"]["preferences"]["locations"] == ["Atlantis"]
    kept = await client.data(PREFERENCES, {"i": {"locations": ["Atlantis", "Leeds"]}}, token)
    assert kept["updatePreferences"]["preferences"]["locations"] == ["Atlantis", "Leeds"]
    other = await client.data(PREFERENCES, {"i": {"desiredTitles": ["Nurse"]}}, token)
    assert other["updatePreferences"]["preferences"]["locations"] == ["Atlantis", "Leeds"]
