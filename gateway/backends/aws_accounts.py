"""The account-lifecycle, notification and gateway-edge adapters in AWS mode, all on the one
DynamoDB table (or SQS/SNS/SES): one-time tokens, devices, erasure, the notifier with its
queue-backed outbox, API keys, persisted queries, user administration and the rate-limit
buckets every replica shares (docs/dynamodb.md, docs/deploy-aws.md)."""
from __future__ import annotations

from typing import Any

from adapters.aws.dynamodb.access import DynamoTable
from adapters.aws.dynamodb.account_store import DynamoAccountStore
from adapters.aws.dynamodb.account_tokens import DynamoOneTimeTokenRepository
from adapters.aws.dynamodb.api_keys import DynamoApiKeyRepository
from adapters.aws.dynamodb.devices import DynamoDeviceRepository
from adapters.aws.dynamodb.inbox import DynamoInbox
from adapters.aws.dynamodb.invitations import DynamoInvitationRepository
from adapters.aws.dynamodb.match_digests import DynamoDigestOutbox, DynamoMatchDigests
from adapters.aws.dynamodb.organization_members import DynamoOrganizationMembers
from adapters.aws.dynamodb.persisted_queries import DynamoPersistedQueryCache
from adapters.aws.dynamodb.rate_buckets import shared_buckets
from adapters.aws.dynamodb.table import TTL_ATTRIBUTE
from adapters.aws.dynamodb.work_outbox import WorkWritten
from adapters.aws.notify.dedupe_ledger import DynamoDedupeLedger
from adapters.aws.notify.queued_outbox import QueuedDeliveries, QueuedOutbox, TopicEmailSender
from adapters.aws.notify.senders import SesEmailSender, SnsPushSender, SnsSmsSender
from domain.channels import Channel
from domain.ports.accounts import UserRepository
from domain.ports.events import EventBus
from domain.ports.notifications import ChannelSender
from domain.ports.queue import WorkQueue
from domain.services.candidate_naming import CandidateNames, NamingSender
from domain.services.match_digests import MatchDigestSender
from domain.services.notifications import ChannelNotifier
from gateway.adapter_sets import AccountAdapters, GatewayAdapters
from gateway.config import Settings
from gateway.mail_caps import mail_caps


def aws_account_adapters(settings: Settings, table: DynamoTable, users: UserRepository, queue: WorkQueue,
                         sns: Any, topic_arn: str, ses: Any | None, events: EventBus,
                         work_written: WorkWritten | None = None,
                         names: CandidateNames | None = None) -> AccountAdapters:
    aws = settings.aws
    devices = DynamoDeviceRepository(table)
    email = SesEmailSender(ses, aws.ses_sender) if ses is not None and aws.ses_sender \
        else TopicEmailSender(sns, topic_arn)
    senders: dict[Channel, ChannelSender] = {Channel.EMAIL: email, Channel.SMS: SnsSmsSender(sns),
                                             Channel.PUSH: SnsPushSender(sns)}
    if names is not None:  # a team's notice names its candidate as it is sent, looked up then
        senders = {channel: NamingSender(sender, names) for channel, sender in senders.items()}
    ledger = DynamoDedupeLedger(table.client, table.name, ttl_attribute=TTL_ATTRIBUTE)
    inbox = DynamoInbox(table)
    digests = MatchDigestSender(DynamoMatchDigests(table, work_written))
    return AccountAdapters(
        notifier=ChannelNotifier(users, devices, DynamoDigestOutbox(inbox, QueuedOutbox(queue)), inbox=inbox,
                                 events=events, inbox_limit=settings.inbox_limit,
                                 caps=mail_caps(settings, shared_buckets(table))),
        inbox=inbox,
        outbox_dispatcher=QueuedDeliveries(
            senders, ledger, devices.remove, users, send_digests=digests.send_closed_days),
        devices=devices,
        account_tokens=DynamoOneTimeTokenRepository(table),
        account_store=DynamoAccountStore(table, work_written),
        invitations=DynamoInvitationRepository(table),
        organization_members=DynamoOrganizationMembers(table, work_written),
    )


def aws_gateway_adapters(settings: Settings, table: DynamoTable) -> GatewayAdapters:
    return GatewayAdapters(
        api_keys=DynamoApiKeyRepository(table),
        persisted_queries=DynamoPersistedQueryCache(table, ttl_days=settings.aws.persisted_query_days),
        rate_buckets=shared_buckets(table),
    )
