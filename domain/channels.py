"""How people want to be told things: per kind of notification, which channels (email, SMS,
push); the devices push goes to; and the phone numbers SMS goes to."""
from __future__ import annotations

from datetime import datetime, timedelta
from enum import Enum

import phonenumbers
from pydantic import BaseModel, Field

from domain.errors import BadUserInput
from domain.installed_reference_data import reference_data


class Channel(str, Enum):
    EMAIL = "EMAIL"
    SMS = "SMS"
    PUSH = "PUSH"


class NotificationKind(str, Enum):
    NEW_MATCH = "match"
    APPLICATION_UPDATE = "application"
    ACCOUNT = "account"


class DevicePlatform(str, Enum):
    IOS = "IOS"
    ANDROID = "ANDROID"
    WEB = "WEB"


_KIND_FIELDS = {
    NotificationKind.NEW_MATCH.value: "new_match",
    NotificationKind.APPLICATION_UPDATE.value: "application_update",
    NotificationKind.ACCOUNT.value: "account",
}
# How long a replaced choice is kept, and how many: a message is sent seconds after the event it
# tells of (a queue's retries, minutes); one sent later than this goes as chosen now.
KEEP_EARLIER_CHOICE = timedelta(days=1)
MOST_EARLIER_CHOICES = 20


class EarlierChoice(BaseModel):
    """The channels chosen until `until` (when the person changed them), kind by kind."""

    until: datetime
    new_match: list[Channel]
    application_update: list[Channel]
    account: list[Channel]


class ChannelPreferences(BaseModel):
    """Email by default for everything; SMS and push only when the person opts in. The choices
    replaced lately are kept (`earlier_choices`, oldest first), so that a message about an event
    goes as the person had chosen when it happened: turning email off stops the mail of later
    moves, not of those made while it was on and still queued."""

    new_match: list[Channel] = Field(default_factory=lambda: [Channel.EMAIL])
    application_update: list[Channel] = Field(default_factory=lambda: [Channel.EMAIL])
    account: list[Channel] = Field(default_factory=lambda: [Channel.EMAIL])
    earlier_choices: list[EarlierChoice] = Field(default_factory=list)

    def for_kind(self, kind: str, happened_at: datetime | None = None) -> list[Channel]:
        """The channels of `kind`, as chosen at `happened_at` when given: the oldest choice kept
        when that is before every kept change (the nearest known), the current one after them."""
        field = _KIND_FIELDS.get(kind)
        if field is None:
            return [Channel.EMAIL]
        if happened_at is not None:
            for choice in self.earlier_choices:
                if happened_at < choice.until:
                    return list(getattr(choice, field))
        return list(getattr(self, field))

    def replacing(self, earlier: ChannelPreferences, at: datetime) -> ChannelPreferences:
        """These channels, chosen at `at` in place of `earlier`'s, which are kept a while."""
        kept = [c for c in earlier.earlier_choices if c.until > at - KEEP_EARLIER_CHOICE]
        if all(getattr(self, f) == getattr(earlier, f) for f in _KIND_FIELDS.values()):
            return self.model_copy(update={"earlier_choices": kept})
        replaced = EarlierChoice(until=at, **{f: getattr(earlier, f) for f in _KIND_FIELDS.values()})
        return self.model_copy(update={"earlier_choices": [*kept, replaced][-MOST_EARLIER_CHOICES:]})

    def uses(self, channel: Channel) -> bool:
        return any(channel in chosen for chosen in (self.new_match, self.application_update, self.account))


class Device(BaseModel):
    id: str
    user_id: str
    platform: DevicePlatform
    token: str
    # The sign-in session that registered it: signing that session out removes the device.
    session_id: str | None = None
    created_at: datetime


MAX_DEVICE_TOKEN_LENGTH = 4096


def normalise_phone(raw: str) -> str:
    """E.164 (+15551234567), or BAD_USER_INPUT saying how to write it."""
    text = (raw or "").strip()
    # "00" is how the international prefix is dialled and written across most of Europe.
    dialled = "+" + text[2:] if text.startswith("00") else text
    try:
        number = phonenumbers.parse(dialled, None)
    except phonenumbers.NumberParseException:
        number = None
    if number is None:
        raise BadUserInput(
            f"'{text[:40]}' is not a valid phone number; give it in international form with the"
            " country code, such as +44 20 7946 0958.",
            field="phone",
        )
    if not phonenumbers.is_valid_number(number):
        # The country code was read: what is wrong is the rest of the number.
        raise BadUserInput(
            f"'{text[:40]}' is not a phone number that can exist {_where(number.country_code)}:"
            " check its digits (too few, too many, or not a number in use there).",
            field="phone",
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _where(country_code: int | None) -> str:
    if country_code is None:
        return "anywhere"
    regions = phonenumbers.region_codes_for_country_code(country_code)
    names = {country.alpha_2: country.common_name or country.name for country in reference_data().countries()}
    if len(regions) == 1 and regions[0] in names:
        return f"in {names[regions[0]]} (+{country_code})"
    return f"under country code +{country_code}"
