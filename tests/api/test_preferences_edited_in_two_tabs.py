"""Preferences edited at once from several tabs, each a different field: every change is kept
(none is written over by another tab's copy of the preferences as they were). Truly
concurrent requests, on both backends."""
from __future__ import annotations

import asyncio

from tests.served_backends import aws_client, aws_settings, served  # noqa: F401

UPDATE = "mutation($i: PreferencesInput!){ updatePreferences(input: $i){ id } }"
READ = "{ me { preferences { desiredTitles locations timeZone notifyMinScore employmentTypes } } }"


async def test_changes_to_different_fields_made_at_once_are_all_kept(served):
    client, _ = served
    token, _ = await client.candidate()
    for round_ in range(3):
        changes = [
            {"desiredTitles": [f"Theatre nurse {round_}"]},
            {"locations": [["Mombasa", "Nairobi", "Kampala"][round_], "Cardiff"]},
            {"timeZone": ["Africa/Nairobi", "Europe/London", "Asia/Dubai"][round_]},
            {"notifyMinScore": [0.61, 0.62, 0.63][round_]},
            {"employmentTypes": [["CONTRACT"], ["FULL_TIME"], ["PART_TIME"]][round_]},
        ]
        await asyncio.gather(*(client.data(UPDATE, {"i": change}, token) for change in changes))
        stored = (await client.data(READ, token=token))["me"]["preferences"]
        assert stored == {
            "desiredTitles": [f"Theatre nurse {round_}"], "locations": [["Mombasa", "Nairobi", "Kampala"][round_], "Cardiff"],
            "timeZone": changes[2]["timeZone"], "notifyMinScore": changes[3]["notifyMinScore"],
            "employmentTypes": changes[4]["employmentTypes"],
        }, round_
