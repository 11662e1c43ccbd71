"""The list of common and breached passwords new passwords are checked against
(`domain.passwords.PasswordPolicy`), read once per process: about 56,000 entries, each folded
as `domain.passwords.comparable` folds a password. Where it comes from: ATTRIBUTION.md."""
from __future__ import annotations

import gzip
from functools import cache
from importlib.resources import files

from domain.passwords import PasswordPolicy


@cache
def common_passwords() -> frozenset[str]:
    data = files(__package__).joinpath("common-passwords.txt.gz").read_bytes()
    return frozenset(gzip.decompress(data).decode().split("\n")) - {""}


def password_policy() -> PasswordPolicy:
    return PasswordPolicy(common_passwords())
