"""Job-search preferences (desired titles, places, pay) belong to candidates: an administrator
calling updatePreferences is refused with FORBIDDEN, and an employer (who may set only how good
a match must be to notify: test_recruiter_notify_floors.py) with BAD_USER_INPUT naming the
field; nothing is stored."""
from __future__ import annotations

from tests.admin_helpers import admin_token

UPDATE = "mutation($i: PreferencesInput!){ updatePreferences(input: $i){ preferences { locations } } }"
MINE = "{ me { preferences { locations } } }"


async def test_only_candidates_may_set_job_search_preferences(app, client):
    employer, _ = await client.employer()
    admin, _ = await admin_token(app, client)
    for token, code in ((employer, "BAD_USER_INPUT"), (admin, "FORBIDDEN")):
        body = await client.execute(UPDATE, {"i": {"locations": ["Oslo"], "desiredTitles": ["Nurse"]}}, token)
        assert body["errors"][0]["extensions"]["code"] == code
        assert "candidate" in body["errors"][0]["message"].lower()
        assert (await client.data(MINE, token=token))["me"]["preferences"]["locations"] == []
    candidate, _ = await client.candidate()
    assert (await client.data(UPDATE, {"i": {"locations": ["Oslo"]}}, candidate))["updatePreferences"] == {
        "preferences": {"locations": ["Oslo"]}}
