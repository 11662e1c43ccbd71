"""Issuing, revoking and checking partner API keys. The key is shown once, at issue; only
its sha256 is kept (a 256-bit random key needs no slow hash: it cannot be guessed)."""
from __future__ import annotations

import hashlib
import secrets

from domain.clock import Clock, new_id
from domain.errors import BadUserInput, NotFound
from domain.ports.api_keys import ApiKey, ApiKeyRepository

KEY_PREFIX = "tgk_"


def hash_api_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


class ApiKeyService:
    def __init__(self, keys: ApiKeyRepository, clock: Clock) -> None:
        self._keys = keys
        self._clock = clock

    async def issue(self, partner: str, issued_by: str | None) -> tuple[str, ApiKey]:
        partner = partner.strip()
        if not partner or len(partner) > 100:
            raise BadUserInput("Give the partner a name of 1 to 100 characters.", field="partner")
        key = KEY_PREFIX + secrets.token_urlsafe(32)
        api_key = ApiKey(
            id=new_id(), partner=partner, prefix=key[: len(KEY_PREFIX) + 6], created_at=self._clock.now(),
            created_by=issued_by,
        )
        await self._keys.add(api_key, hash_api_key(key))
        return key, api_key

    async def revoke(self, key_id: str) -> ApiKey:
        revoked = await self._keys.revoke(key_id, self._clock.now())
        if revoked is None:
            raise NotFound("No API key has this id.")
        return revoked

    async def list(self) -> list[ApiKey]:
        return await self._keys.list()

    async def authenticate(self, key: str) -> ApiKey | None:
        """The active key, or None for an unknown or revoked one."""
        if not key.startswith(KEY_PREFIX) or len(key) > 200:
            return None
        found = await self._keys.by_hash(hash_api_key(key))
        return found if found is not None and found.active else None
