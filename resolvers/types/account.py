"""Account types: sign-in sessions, push devices, and notification channel choices."""
from __future__ import annotations

from datetime import datetime

import strawberry

from domain.channels import Channel as _Channel
from domain.channels import ChannelPreferences, Device
from domain.channels import DevicePlatform as _DevicePlatform
from domain.email_change_pending import PendingEmailChange
from domain.sessions import Session
from resolvers.context import Info

strawberry.enum(_Channel, name="NotificationChannel")
NotificationChannel = _Channel
strawberry.enum(_DevicePlatform, name="DevicePlatform")
DevicePlatform = _DevicePlatform


def current_session_id(info: Info) -> str | None:
    """The session of the access token this request was made with (None for tokens that
    are not ours, such as Cognito's)."""
    return info.context.session_id


@strawberry.type(name="Session", description="A device signed in to the account: one refresh-token family.")
class SessionType:
    id: strawberry.ID
    device: str | None = strawberry.field(description="The client's User-Agent when it signed in.")
    ip: str | None = strawberry.field(description="The address of the last sign-in or refresh.")
    created_at: datetime
    last_used_at: datetime = strawberry.field(description="The last sign-in or refresh of this session.")
    expires_at: datetime
    current: bool = strawberry.field(description="Whether this request was made with this session.")

    @classmethod
    def from_domain(cls, session: Session, current_id: str | None) -> SessionType:
        return cls(
            id=strawberry.ID(session.id), device=session.device, ip=session.ip, created_at=session.created_at,
            last_used_at=session.last_used_at, expires_at=session.expires_at, current=session.id == current_id,
        )


@strawberry.type(name="Device", description="A device push notifications go to.")
class DeviceType:
    id: strawberry.ID
    platform: DevicePlatform
    created_at: datetime

    @classmethod
    def from_domain(cls, device: Device) -> DeviceType:
        return cls(id=strawberry.ID(device.id), platform=device.platform, created_at=device.created_at)


@strawberry.type(name="NotificationChannels", description="Where each kind of notification goes.")
class NotificationChannelsType:
    new_match: list[NotificationChannel]
    application_update: list[NotificationChannel]
    account: list[NotificationChannel]

    @classmethod
    def from_domain(cls, channels: ChannelPreferences) -> NotificationChannelsType:
        return cls(
            new_match=channels.new_match, application_update=channels.application_update, account=channels.account
        )


_OFF = " [] or null turns it off; left out, it keeps its channels."


@strawberry.input(description="The channels for each kind given; kinds left out keep theirs. [] or null turns a kind"
                  " off (no email, text message or push of that kind).")
class NotificationChannelsInput:
    new_match: list[NotificationChannel] | None = strawberry.field(
        default=strawberry.UNSET, description="Jobs (or candidates) newly matched to you." + _OFF)
    application_update: list[NotificationChannel] | None = strawberry.field(
        default=strawberry.UNSET,
        description="Moves of applications you sent, or that your organization received." + _OFF)
    account: list[NotificationChannel] | None = strawberry.field(
        default=strawberry.UNSET,
        description="Other messages about your account, such as changes to your organization membership"
        " (email verification, password resets and phone codes are sent whatever this says)." + _OFF)

    def changes(self) -> dict[str, list]:
        return {
            name: list(getattr(self, name) or [])
            for name in ("new_match", "application_update", "account")
            if getattr(self, name) is not strawberry.UNSET
        }


@strawberry.type(name="PendingEmailChange",
                 description="An address change asked for (requestEmailChange) whose link has not been opened.")
class PendingEmailChangeType:
    new_email: str = strawberry.field(description="The address asked for.")
    requested_at: datetime
    expires_at: datetime = strawberry.field(description="When the link stops working.")

    @classmethod
    def from_domain(cls, pending: PendingEmailChange) -> PendingEmailChangeType:
        return cls(new_email=pending.new_email, requested_at=pending.requested_at, expires_at=pending.expires_at)
