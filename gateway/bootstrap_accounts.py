"""Part of wire(): the account lifecycle (verification, password reset, sessions, erasure,
notification channels) from the backend's account adapters."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from domain.clock import Clock
from domain.messages import Links
from domain.ports.accounts import DeviceRepository, PasswordHasher
from domain.ports.notifications import DeliveryDispatcher
from domain.services.channels import NotificationChannels
from domain.services.email_change import EmailChange
from domain.services.erasure import AccountErasure, ResumeVectors
from domain.services.invitations import InvitationService
from domain.services.one_time_tokens import OneTimeTokens
from domain.services.organization_closing import FINISH_CLOSING, ClosesJobs, OrganizationClosing
from domain.services.organization_inbox import FORGET_ORGANIZATION_INBOX, OrganizationInbox
from domain.services.organization_members import OrganizationMemberService
from domain.services.password_reset import SEND_PASSWORD_RESET, PasswordReset
from domain.services.sessions import SessionService
from domain.services.verification import EmailVerification
from gateway.adapter_sets import Adapters
from gateway.auth.common_passwords import password_policy
from gateway.config import Settings
from gateway.workers import WorkHandler


@dataclass
class AccountLifecycle:
    verification: EmailVerification
    password_reset: PasswordReset
    sessions: SessionService
    erasure: AccountErasure
    channels: NotificationChannels
    devices: DeviceRepository
    invitations: InvitationService
    organization_members: OrganizationMemberService
    email_change: EmailChange
    organization_closing: OrganizationClosing
    # The outbox's dispatcher; None where the backend delivers itself.
    dispatcher: DeliveryDispatcher | None = None

    def work_handlers(self) -> dict[str, WorkHandler]:
        reset = self.password_reset
        members = self.organization_members
        closing = self.organization_closing
        handlers = {
            FINISH_CLOSING: WorkHandler(handle=lambda p: closing.finish(p["organization_id"])),
            SEND_PASSWORD_RESET: WorkHandler(handle=lambda p: reset.deliver(p.get("user_id"))),
            FORGET_ORGANIZATION_INBOX: WorkHandler(
                handle=lambda p: members.finish_leaving(p["user_id"], p["organization_id"])),
        }
        # A backend whose outbox is the work queue (AWS: SQS) delivers through the workers.
        queued = self.dispatcher.work if self.dispatcher is not None else {}
        handlers.update({kind: WorkHandler(handle=handle) for kind, handle in queued.items()})
        return handlers


def wire_accounts(
    settings: Settings, adapters: Adapters, hasher: PasswordHasher, clock: Clock, resume_vectors: ResumeVectors,
    mailbox_key: bytes, jobs: ClosesJobs,
) -> AccountLifecycle:
    accounts, repos = adapters.accounts, adapters.repositories
    notifier = accounts.notifier
    tokens = OneTimeTokens(accounts.account_tokens, clock)
    links = Links(settings.public_base_url)
    devices = accounts.devices
    dispatcher = accounts.outbox_dispatcher
    closing = OrganizationClosing(repos.organizations, repos.jobs, jobs, accounts.invitations, clock)
    return AccountLifecycle(
        verification=EmailVerification(
            repos.users, tokens, notifier, links, ttl=timedelta(hours=settings.email_verification_hours)
        ),
        password_reset=PasswordReset(
            repos.users, repos.sessions, devices, hasher, tokens, notifier, adapters.queue, links, clock,
            adapters.events, ttl=timedelta(minutes=settings.password_reset_minutes), passwords=password_policy(),
        ),
        sessions=SessionService(repos.sessions, devices, clock, adapters.events),
        erasure=AccountErasure(
            accounts.account_store, repos.resumes, adapters.blobs, hasher, adapters.events,
            vectors=resume_vectors, demographics=adapters.admin.demographics, inbox=accounts.inbox,
            members=accounts.organization_members, staging=adapters.documents.upload_staging, clock=clock,
            closing=closing,
        ),
        channels=NotificationChannels(repos.users, devices, tokens, notifier, adapters.events, clock),
        devices=devices,
        invitations=InvitationService(
            accounts.invitations, repos.users, notifier, links, clock, ttl=timedelta(hours=settings.invitation_hours),
            mailbox_key=mailbox_key, organizations=repos.organizations,
        ),
        organization_members=OrganizationMemberService(
            repos.users, repos.organizations, accounts.organization_members, notifier, adapters.events, clock,
            OrganizationInbox(accounts.inbox, repos.applications, repos.jobs),
        ),
        email_change=EmailChange(
            repos.users, repos.sessions, devices, hasher, tokens, notifier, adapters.events, links, clock,
            ttl=timedelta(hours=settings.email_verification_hours)),
        organization_closing=closing,
        dispatcher=dispatcher,
    )
