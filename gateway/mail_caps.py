"""The per-recipient caps of the settings (mail per address, SMS per number, push per device),
over a backend's shared token buckets (the rate limiter's: the SQLite file's, or DynamoDB's),
so every process counts against one cap."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from domain.ports.mail_caps import TakesTokens
from domain.services.recipient_caps import ChannelCaps, RecipientMailCaps
from gateway.config import Settings


def mail_caps(settings: Settings, open_buckets: Callable[[str, Any], TakesTokens]) -> RecipientMailCaps:
    return RecipientMailCaps(
        open_buckets, settings.mail_cap_per_recipient_hour, settings.mail_cap_per_recipient_hour_default,
        sms=ChannelCaps(settings.sms_cap_per_recipient_hour_default, settings.sms_cap_per_recipient_hour),
        push=ChannelCaps(settings.push_cap_per_recipient_hour_default, settings.push_cap_per_recipient_hour))
