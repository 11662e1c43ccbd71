"""The argon2id cost is a setting: the hashes the app stores carry the configured passes and
memory (the seam tests use to sign up hundreds of people quickly), and production refuses a
cost below OWASP's floor."""
from __future__ import annotations

import pytest

from gateway.config import Settings
from gateway.startup import StartupFailure, refuse_unsafe_production_settings
from tests.account_helpers import quick_password_hashing


@pytest.fixture
def settings(settings):
    return quick_password_hashing(settings)


async def test_stored_password_hashes_carry_the_configured_cost(app, client):
    await client.register("CANDIDATE", email="cost@example.com")
    user = await app.state.services.adapters.repositories.users.get_by_email("cost@example.com")
    assert user is not None and user.password_hash.startswith("$argon2id$v=19$m=1024,t=1,")


@pytest.mark.parametrize("cheap", [{"password_hash_time_cost": 1}, {"password_hash_memory_kib": 1024}])
def test_production_refuses_a_password_hash_cost_below_the_floor(cheap):
    with pytest.raises(StartupFailure, match="refused in production"):
        refuse_unsafe_production_settings(Settings(environment="production", **cheap))


def test_production_takes_the_default_cost_and_a_dearer_one():
    refuse_unsafe_production_settings(Settings(environment="production"))
    refuse_unsafe_production_settings(Settings(environment="production", password_hash_time_cost=4,
                                               password_hash_memory_kib=128 * 1024))
