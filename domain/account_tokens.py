"""Single-use secrets sent to people (links in mails, codes in texts). Only a hash is kept:
whoever reads the store cannot use what it holds."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime
from enum import Enum

from pydantic import BaseModel


class Purpose(str, Enum):
    VERIFY_EMAIL = "verify_email"
    RESET_PASSWORD = "reset_password"
    VERIFY_PHONE = "verify_phone"
    CHANGE_EMAIL = "change_email"       # proves the new address
    UNDO_EMAIL_CHANGE = "undo_email_change"  # sent to the old address, which it gives back


class OneTimeToken(BaseModel):
    id: str
    user_id: str
    purpose: Purpose
    token_hash: str
    # What the secret proves: the email address or phone number it was sent to.
    target: str | None = None
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None = None
    attempts: int = 0


def new_link_secret() -> str:
    return secrets.token_urlsafe(32)


def new_code(digits: int = 6) -> str:
    return f"{secrets.randbelow(10 ** digits):0{digits}d}"


def hash_secret(secret: str, salt: str = "") -> str:
    """Link secrets carry 256 bits, so a plain sha256 is enough; short codes are salted with
    their token's id so one table of hashes cannot serve for every row."""
    return hashlib.sha256(f"{salt}:{secret}".encode()).hexdigest()


def same_hash(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())
