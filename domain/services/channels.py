"""Where a person's notifications may go: their chosen channels per kind, a phone number
proven by a code, and the devices push goes to."""
from __future__ import annotations

from datetime import timedelta

from domain.account_tokens import Purpose
from domain.channels import (
    MAX_DEVICE_TOKEN_LENGTH,
    Channel,
    ChannelPreferences,
    Device,
    DevicePlatform,
    normalise_phone,
)
from domain.clock import Clock, new_id
from domain.errors import BadUserInput, NotFound, RateLimited
from domain.events import PreferencesUpdated
from domain.messages import PHONE_CODE
from domain.ports.accounts import DeviceRepository, UserRepository
from domain.ports.events import EventBus
from domain.ports.notifications import Notifier
from domain.services.one_time_tokens import IssueLimit, OneTimeTokens
from domain.services.preference_writes import write_preferences
from domain.users import Preferences, User

MAX_CODE_ATTEMPTS = 5


class NotificationChannels:
    def __init__(
        self,
        users: UserRepository,
        devices: DeviceRepository,
        tokens: OneTimeTokens,
        notifier: Notifier,
        events: EventBus,
        clock: Clock,
        code_ttl: timedelta = timedelta(minutes=10),
        limit: IssueLimit = IssueLimit(),
    ) -> None:
        self._users = users
        self._devices = devices
        self._tokens = tokens
        self._notifier = notifier
        self._events = events
        self._clock = clock
        self._code_ttl = code_ttl
        self._limit = limit

    async def choose(self, user: User, changes: dict[str, list[Channel]]) -> User:
        """Changes the channels of the kinds given (new_match, application_update, account)."""
        if any(Channel.PUSH in kinds for kinds in changes.values()) and not (await self._devices.for_users([user.id]))[0]:
            # As SMS without a proven number: a channel chosen that can reach no one would leave
            # the person believing they will be told, when nothing but the inbox will.
            raise BadUserInput(
                "Push notifications need a device: the app registers one with registerDevice once you allow"
                " notifications on it; choose PUSH after that, or EMAIL or SMS meanwhile.",
                field="channels",
            )

        def chosen(fresh: User) -> Preferences:
            channels = fresh.preferences.channels.model_copy(
                update={k: list(dict.fromkeys(v)) for k, v in changes.items()})
            channels = ChannelPreferences.model_validate(channels.model_dump()).replacing(
                fresh.preferences.channels, self._clock.now())
            if channels.uses(Channel.SMS) and not fresh.phone_verified:
                raise BadUserInput(
                    "Text messages need a verified phone number: call requestPhoneVerification, then verifyPhone"
                    " with the code, before choosing SMS.",
                    field="channels",
                )
            return fresh.preferences.model_copy(update={"channels": channels})

        fresh, preferences = await write_preferences(
            self._users, user.id, chosen, needs_phone=lambda p: p.channels.uses(Channel.SMS))
        await self._events.publish(PreferencesUpdated(user_id=user.id))
        return fresh.model_copy(update={"preferences": preferences})

    async def request_phone_verification(self, user: User, phone: str) -> str:
        number = normalise_phone(phone)
        wait = await self._tokens.wait_before_next(user.id, Purpose.VERIFY_PHONE, self._limit)
        if wait > 0:
            raise RateLimited(
                f"A code was sent recently; use it, or ask again in {max(1, round(wait))} seconds.",
                retry_after_seconds=wait,
            )
        code = await self._tokens.issue_code(user.id, Purpose.VERIFY_PHONE, self._code_ttl, target=number)
        await self._notifier.send([PHONE_CODE.render(
            user.id, user.name, code=code, minutes=str(int(self._code_ttl.total_seconds() // 60)),
            only_channel=Channel.SMS, recipient=number,
        )])
        return number

    async def verify_phone(self, user: User, code: str) -> User:
        token = await self._tokens.redeem_code(
            user.id, Purpose.VERIFY_PHONE, code, MAX_CODE_ATTEMPTS,
            how_to_ask="call requestPhoneVerification(phone: \"+44 20 7946 0958\") with your number in international"
                       " form to have a code texted to it, then send that code to verifyPhone",
        )
        await self._users.set_phone(user.id, token.target, True)
        return user.model_copy(update={"phone": token.target, "phone_verified": True})

    async def remove_phone(self, user: User) -> User:
        def without_sms(fresh: User) -> Preferences:
            channels = fresh.preferences.channels
            return fresh.preferences.model_copy(update={"channels": ChannelPreferences(**{
                kind: [c for c in getattr(channels, kind) if c is not Channel.SMS]
                for kind in ("new_match", "application_update", "account")
            }, earlier_choices=channels.earlier_choices)})

        # The phone goes first: SMS chosen from another tab meanwhile is refused, not kept.
        await self._users.set_phone(user.id, None, False)
        fresh, preferences = await write_preferences(self._users, user.id, without_sms)
        return fresh.model_copy(update={"phone": None, "phone_verified": False, "preferences": preferences})

    async def register_device(self, user: User, session_id: str | None, platform: DevicePlatform, token: str) -> Device:
        token = (token or "").strip()
        if not token or len(token) > MAX_DEVICE_TOKEN_LENGTH or not token.isprintable():
            raise BadUserInput(
                f"`token` must be the push token your platform gave the app (1 to {MAX_DEVICE_TOKEN_LENGTH}"
                " printable characters).",
                field="token",
            )
        return await self._devices.add(Device(
            id=new_id(), user_id=user.id, platform=platform, token=token, session_id=session_id,
            created_at=self._clock.now(),
        ))

    async def remove_device(self, user: User, device_id: str) -> None:
        (devices,) = await self._devices.for_users([user.id])
        if device_id not in {d.id for d in devices}:
            raise NotFound("You have no device with that id; list them with `me { devices { id } }`.")
        await self._devices.remove(device_id)
