"""The list of common and breached passwords new passwords are checked against
(`domain.passwords.PasswordPolicy`), read once per process: about 56,000 entries, each folded
as `domain.passwords.comparable` folds a password. Where it comes from: ATTRIBUTION.md."""
from __future__ import annotations

import gzip
from collections.abc import Iterator, Set
from functools import cache
from importlib.resources import files

from domain.passwords import PasswordPolicy


@cache
def common_passwords() -> frozenset[str]:
    data = files(__package__).joinpath("common-passwords.txt.gz").read_bytes()
    return frozenset(gzip.decompress(data).decode().split("\n")) - {""}


class _ReadOnFirstCheck(Set[str]):
    """The list, read when a password is first checked rather than at start-up (~20-40 ms and
    5.7 MB a process, which most API processes never need: passwords are set rarely)."""

    def __contains__(self, item: object) -> bool:
        return item in common_passwords()

    def __iter__(self) -> Iterator[str]:
        return iter(common_passwords())

    def __len__(self) -> int:
        return len(common_passwords())


def password_policy() -> PasswordPolicy:
    return PasswordPolicy(_ReadOnFirstCheck())
