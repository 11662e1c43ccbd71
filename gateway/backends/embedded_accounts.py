"""The embedded adapters of the account lifecycle and notification channels:
one-time tokens, devices, erasure, and the outbox with its dispatcher (SMTP when
TALENTGRAPH_SMTP_URL is set, a log sink otherwise; SMS and push always log here)."""
from __future__ import annotations

from adapters.embedded.notifications.dispatcher import OutboxDispatcher
from adapters.embedded.notifications.log_sink import LogSender
from adapters.embedded.sqlite.account_store import SqliteAccountStore
from adapters.embedded.sqlite.account_tokens import SqliteOneTimeTokenRepository
from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.devices import SqliteDeviceRepository
from adapters.embedded.sqlite.inbox import SqliteInbox
from adapters.embedded.sqlite.invitations import SqliteInvitationRepository
from adapters.embedded.sqlite.match_digests import SqliteMatchDigests
from adapters.embedded.sqlite.organization_members import SqliteOrganizationMembers
from adapters.embedded.sqlite.outbox import SqliteOutbox, SqliteOutboxNotifier
from adapters.embedded.sqlite.rate_buckets import shared_buckets
from adapters.embedded.sqlite.work_queue import SqliteWorkQueue
from domain.channels import Channel
from domain.ports.events import EventBus
from domain.services.candidate_naming import CandidateNames, NamingSender
from domain.services.match_digests import MatchDigestSender
from gateway.adapter_sets import AccountAdapters
from gateway.config import Settings
from gateway.mail_caps import mail_caps


def email_sender(settings: Settings, names: CandidateNames | None = None):
    """SMTP when configured, naming a team's notice's candidate as it is sent; else the log
    sender, which names nobody (logs outlive an erasure)."""
    if settings.smtp_url:
        from adapters.embedded.notifications.smtp import SmtpEmailSender

        sender = SmtpEmailSender(settings.smtp_url, settings.mail_from)
        return NamingSender(sender, names) if names is not None else sender
    return LogSender(Channel.EMAIL, bodies_kept=settings.outbox_keeps_delivered_bodies)


def embedded_account_adapters(db: Database, settings: Settings, events: EventBus,
                              queue: SqliteWorkQueue, names: CandidateNames | None = None) -> AccountAdapters:
    kept = settings.outbox_keeps_delivered_bodies
    inbox = SqliteInbox(db)
    # Inbox entries go in the outbox's own transactions.
    outbox = SqliteOutbox(db, keep_delivered_bodies=kept, inbox=inbox)
    devices = SqliteDeviceRepository(db)
    dispatcher = OutboxDispatcher(
        outbox,
        {Channel.EMAIL: email_sender(settings, names), Channel.SMS: LogSender(Channel.SMS, bodies_kept=kept),
         Channel.PUSH: LogSender(Channel.PUSH, bodies_kept=kept)},
        devices.remove,
        max_attempts=settings.outbox_max_attempts,
        backoff_seconds=settings.outbox_backoff_seconds,
        poll_seconds=settings.outbox_poll_seconds,
        send_digests=MatchDigestSender(SqliteMatchDigests(db, outbox)).send_closed_days,
    )
    return AccountAdapters(
        notifier=SqliteOutboxNotifier(db, outbox, devices, events=events, inbox_limit=settings.inbox_limit,
                                      caps=mail_caps(settings, shared_buckets(db))),
        inbox=inbox,
        devices=devices,
        account_tokens=SqliteOneTimeTokenRepository(db),
        account_store=SqliteAccountStore(db, queue),
        invitations=SqliteInvitationRepository(db),
        organization_members=SqliteOrganizationMembers(db, queue),
        outbox_dispatcher=dispatcher,
    )
