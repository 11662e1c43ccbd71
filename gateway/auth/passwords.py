"""argon2id password hashes (argon2-cffi's defaults follow RFC 9106's recommendations)."""
from __future__ import annotations

from argon2 import DEFAULT_MEMORY_COST, DEFAULT_TIME_COST
from argon2 import PasswordHasher as _Argon2
from argon2.exceptions import InvalidHashError, VerificationError


class Argon2PasswordHasher:
    def __init__(self, time_cost: int | None = None, memory_cost: int | None = None) -> None:
        self._argon2 = _Argon2(
            time_cost=DEFAULT_TIME_COST if time_cost is None else time_cost,
            memory_cost=DEFAULT_MEMORY_COST if memory_cost is None else memory_cost,
        )

    def hash(self, password: str) -> str:
        return self._argon2.hash(password)

    def verify(self, password_hash: str, password: str) -> bool:
        try:
            return self._argon2.verify(password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, password_hash: str) -> bool:
        return self._argon2.check_needs_rehash(password_hash)
