"""A small seeded fuzzing run of the served schema inside the test suite (`make fuzz` runs the
big one): every broken envelope and multipart form once per role, then 40 generated operations
per role (valid and invalid, subscriptions over the websocket), about 300 requests. Any HTTP
5xx, INTERNAL_SERVER_ERROR or error without `extensions.code` fails it, printed minimised.
Reproduce with the same FUZZ_SEED."""
from __future__ import annotations

import os

from tests.fuzz.actors import ROLES
from tests.fuzz.campaign import run_campaign

EXAMPLES_PER_ROLE = int(os.environ.get("FUZZ_TEST_EXAMPLES", "40"))
SEED = int(os.environ.get("FUZZ_SEED", "20261201"))


def test_no_operation_gets_a_server_error(tmp_path):
    campaign = run_campaign(tmp_path / "data", SEED, EXAMPLES_PER_ROLE, seconds=20, run_id="t")
    print(campaign.report())
    assert all(campaign.total_sent(role) > 0 for role in ROLES)
    assert not campaign.failures, campaign.report()
