"""A desired title or preferred place made only of emoji or symbols names nothing, and would count
as a preference no job meets (a place no job is in puts every onsite job outside the preferred
places): refused as a blank entry is, with what to send instead."""
from __future__ import annotations

import json
import sqlite3

import pytest

from tests.graphql_client import raw_id

PREFERENCES = "mutation($i: PreferencesInput!){ updatePreferences(input: $i){ preferences { locations desiredTitles } } }"


@pytest.mark.parametrize(("sent", "field"), [
    ({"locations": ["Leeds", "🏥"]}, "locations"), ({"desiredTitles": ["🚚"]}, "desiredTitles"),
    ({"desiredTitles": ["Driver", "★ ★"]}, "desiredTitles"),
])
async def test_an_entry_without_letters_or_digits_is_refused(client, sent, field):
    token, _ = await client.candidate()
    (error,) = (await client.execute(PREFERENCES, {"i": sent}, token))["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": field}
    assert "letters or digits" in error["message"]


async def test_emoji_beside_words_are_kept(client):
    token, _ = await client.candidate()
    chosen = await client.data(PREFERENCES, {"i": {"desiredTitles": ["HGV Driver 🚚"], "locations": ["Leeds"]}}, token)
    assert chosen["updatePreferences"]["preferences"] == {"locations": ["Leeds"], "desiredTitles": ["HGV Driver 🚚"]}


async def test_an_entry_stored_under_earlier_rules_does_not_refuse_another_change(client, settings):
    """A place of emoji alone, stored before such places were refused, is kept and named by no
    error when the person changes something else."""
    token, user = await client.candidate()
    await client.data(PREFERENCES, {"i": {"desiredTitles": ["Nurse"], "locations": ["Leeds"]}}, token)
    with sqlite3.connect(settings.database_path) as db:
        db.execute("UPDATE users SET preferences = json_set(preferences, '$.locations', json(?)) WHERE id = ?",
                   (json.dumps(["🏖️"]), raw_id(user["id"])))
    changed = await client.data(
        "mutation($i: PreferencesInput!){ updatePreferences(input: $i){ preferences { locations notifyMinScore } } }",
        {"i": {"notifyMinScore": 0.5}}, token)
    assert changed["updatePreferences"]["preferences"] == {"locations": ["🏖️"], "notifyMinScore": 0.5}
