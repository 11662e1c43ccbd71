"""The Notifier: turns each message into deliveries on the channels the person chose for
that kind of message, to their addresses, and keeps them in the outbox."""
from __future__ import annotations

from domain.channels import Channel, Device
from domain.ports.accounts import DeviceRepository, UserRepository
from domain.ports.notifications import Delivery, Message, Outbox
from domain.users import User


class ChannelNotifier:
    def __init__(self, users: UserRepository, devices: DeviceRepository, outbox: Outbox) -> None:
        self._users = users
        self._devices = devices
        self._outbox = outbox

    async def send(self, messages: list[Message]) -> None:
        if not messages:
            return
        user_ids = list(dict.fromkeys(m.user_id for m in messages))
        users = dict(zip(user_ids, await self._users.get_many(user_ids)))
        devices = dict(zip(user_ids, await self._devices.for_users(user_ids)))
        deliveries: list[Delivery] = []
        for message in messages:
            user = users.get(message.user_id)
            if user is not None:
                deliveries.extend(self._deliveries(message, user, devices.get(user.id, [])))
        await self._outbox.enqueue(deliveries)

    @staticmethod
    def _deliveries(message: Message, user: User, devices: list[Device]) -> list[Delivery]:
        channels = [message.only_channel] if message.only_channel else user.preferences.channels.for_kind(message.kind)
        short = message.short or message.subject
        out: list[Delivery] = []

        def add(channel: Channel, recipient: str, text: str, html: str | None = None, device_id: str | None = None) -> None:
            key = None
            if message.dedupe_key:
                key = f"{message.dedupe_key}:{channel.value}:{device_id or recipient}"
            out.append(Delivery(
                user_id=user.id, channel=channel, recipient=recipient, kind=message.kind,
                subject=message.subject, text=text, html=html, data=message.data, dedupe_key=key,
                device_id=device_id,
            ))

        for channel in dict.fromkeys(channels):
            if channel is Channel.EMAIL:
                add(channel, message.recipient or user.email, message.text, message.html)
            elif channel is Channel.SMS:
                phone = message.recipient or (user.phone if user.phone_verified else None)
                if phone:
                    add(channel, phone, short)
            elif channel is Channel.PUSH:
                for device in devices:
                    add(channel, device.token, short, device_id=device.id)
        return out
