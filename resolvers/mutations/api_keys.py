"""Admins issue and revoke partner API keys; partners use them to run trusted documents."""
from __future__ import annotations

from datetime import datetime

import strawberry

from domain.ports.api_keys import ApiKey
from domain.services.api_keys import ApiKeyService
from resolvers.context import Info
from resolvers.ids import MADE_ID, plain_id
from resolvers.permissions import IsAdmin, signed_in


@strawberry.type(name="ApiKey", description="A partner's API key. The key itself is shown only once, when issued.")
class ApiKeyType:
    id: strawberry.ID
    partner: str
    prefix: str = strawberry.field(description="The key's first characters, to tell keys apart.")
    created_at: datetime
    revoked_at: datetime | None
    active: bool

    @classmethod
    def from_domain(cls, key: ApiKey) -> ApiKeyType:
        return cls(
            id=strawberry.ID(key.id), partner=key.partner, prefix=key.prefix, created_at=key.created_at,
            revoked_at=key.revoked_at, active=key.active,
        )


@strawberry.type
class IssuedApiKey:
    key: str = strawberry.field(description="Send as `X-API-Key`. Store it now: it cannot be shown again.")
    api_key: ApiKeyType


def _service(info: Info) -> ApiKeyService:
    return info.context.services.api_keys


@strawberry.type
class ApiKeyMutations:
    @strawberry.mutation(permission_classes=[IsAdmin], description="Admins: a new API key for a partner.")
    async def issue_api_key(self, info: Info, partner: str) -> IssuedApiKey:
        key, api_key = await _service(info).issue(partner, signed_in(info).id)
        return IssuedApiKey(key=key, api_key=ApiKeyType.from_domain(api_key))

    @strawberry.mutation(permission_classes=[IsAdmin], description="Admins: the key stops working at once.")
    async def revoke_api_key(self, info: Info, id: strawberry.ID) -> ApiKeyType:
        key_id = plain_id(id, "an API key", "`apiKeys { id }`", form=MADE_ID)
        return ApiKeyType.from_domain(await _service(info).revoke(key_id))


@strawberry.type
class ApiKeyQueries:
    @strawberry.field(permission_classes=[IsAdmin], description="Admins: every partner API key, newest first.")
    async def api_keys(self, info: Info) -> list[ApiKeyType]:
        return [ApiKeyType.from_domain(key) for key in await _service(info).list()]
