"""The per-address mail caps of the settings, over a backend's shared token buckets (the
rate limiter's: the SQLite file's, or DynamoDB's), so every process counts against one cap."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from domain.ports.mail_caps import TakesTokens
from domain.services.recipient_caps import RecipientMailCaps
from gateway.config import Settings


def mail_caps(settings: Settings, open_buckets: Callable[[str, Any], TakesTokens]) -> RecipientMailCaps:
    return RecipientMailCaps(open_buckets, settings.mail_cap_per_recipient_hour,
                             settings.mail_cap_per_recipient_hour_default)
