"""Entries stored under an earlier release's rules (an emoji-only place) are checked only when
sent again: a change to another preference is not refused for a field it never touched."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from domain.errors import BadUserInput
from domain.preference_changes import merged_preferences
from domain.users import Preferences, Role, User


def _user(**preferences) -> User:
    return User(id="u", email="u@example.org", name="U", role=Role.CANDIDATE, password_hash="x",
                created_at=datetime(2026, 1, 1, tzinfo=UTC),
                preferences=Preferences(**preferences))


def test_a_stored_entry_without_letters_does_not_block_another_change():
    user = _user(locations=["🏖️"], desired_titles=["Nurse", "★"])
    merged = merged_preferences(user, {"notify_min_score": 0.5})
    assert (merged.notify_min_score, merged.locations, merged.desired_titles) == (0.5, ["🏖️"], ["Nurse", "★"])


def test_a_field_sent_again_is_checked_and_named():
    user = _user(locations=["🏖️"], desired_titles=["Nurse"])
    with pytest.raises(BadUserInput) as refused:
        merged_preferences(user, {"desired_titles": ["Nurse", "🚑"]})
    assert refused.value.extensions["field"] == "desiredTitles"
    assert merged_preferences(user, {"locations": ["Leeds"]}).locations == ["Leeds"]
