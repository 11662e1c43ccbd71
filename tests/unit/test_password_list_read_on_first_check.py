"""The common-password list (56,000 entries, ~20-40 ms and 5.7 MB to read) is read when a
password is first checked, not when the services are built: most API processes start, and
serve, without ever setting a password."""
from __future__ import annotations

import pytest

from domain.errors import BadUserInput
from gateway.auth import common_passwords as module


def test_building_the_policy_reads_nothing_and_the_first_check_reads_the_list():
    module.common_passwords.cache_clear()
    policy = module.password_policy()
    assert module.common_passwords.cache_info().currsize == 0
    policy.check("correct horse battery staple tangerine")  # not in the list, but looked for
    assert module.common_passwords.cache_info().currsize == 1
    with pytest.raises(BadUserInput, match="commonly used"):
        policy.check("baseball20242024")
