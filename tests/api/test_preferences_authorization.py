"""Job-search preferences (desired titles, places, pay, how good a match must be to notify)
belong to candidates: an employer or an administrator calling updatePreferences is refused
with FORBIDDEN, and nothing is stored or queued for matching."""
from __future__ import annotations

from tests.admin_helpers import admin_token

UPDATE = "mutation($i: PreferencesInput!){ updatePreferences(input: $i){ preferences { locations } } }"
MINE = "{ me { preferences { locations } } }"


async def test_only_candidates_may_set_preferences(app, client):
    employer, _ = await client.employer()
    admin, _ = await admin_token(app, client)
    for token in (employer, admin):
        body = await client.execute(UPDATE, {"i": {"locations": ["Oslo"], "desiredTitles": ["Nurse"]}}, token)
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
        assert "candidates" in body["errors"][0]["message"].lower()
        assert (await client.data(MINE, token=token))["me"]["preferences"]["locations"] == []
    candidate, _ = await client.candidate()
    assert (await client.data(UPDATE, {"i": {"locations": ["Oslo"]}}, candidate))["updatePreferences"] == {
        "preferences": {"locations": ["Oslo"]}}
