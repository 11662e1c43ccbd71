"""A removal or role change on DynamoDB that finds the person's item changed under it reads
again; when it never settles, the caller hears a CONFLICT, never "done" for a change that was
not made. The race is forced by an adapter whose every attempt finds the item moved."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from adapters.aws.dynamodb import organization_members as members_module
from adapters.aws.dynamodb.organization_members import DynamoOrganizationMembers
from domain.errors import Conflict
from domain.users import OrganizationRole


class _AlwaysMoved(DynamoOrganizationMembers):
    attempts = 0

    async def _remove_once(self, *args, **kwargs):
        self.attempts += 1
        raise members_module._Moved

    async def _set_role_once(self, *args, **kwargs):
        self.attempts += 1
        raise members_module._Moved


async def test_a_removal_that_never_settles_is_a_conflict_not_a_success():
    members = _AlwaysMoved(table=object())  # type: ignore[arg-type]
    with pytest.raises(Conflict) as refused:
        await members.remove("org-1", "user-2", datetime.now(UTC), "removed")
    assert refused.value.extensions["reason"] == "CHANGED_MEANWHILE" and members.attempts == members_module._ATTEMPTS


async def test_a_role_change_that_never_settles_is_a_conflict():
    members = _AlwaysMoved(table=object())  # type: ignore[arg-type]
    with pytest.raises(Conflict):
        await members.set_role("org-1", "user-2", OrganizationRole.OWNER)
