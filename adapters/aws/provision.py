"""`talentgraph provision --backend aws`: creates what the AWS backend needs, idempotently
(each step checks or tolerates "already exists"), so it is safe to run on every deploy."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from botocore.exceptions import ClientError

from adapters.aws.clients import AwsClients, error_code
from adapters.aws.events.replica_sweep import SweptReplicas, sweep_dead_replicas
from adapters.aws.s3.blob_store import TRASH_PREFIX

log = logging.getLogger(__name__)

STAGED_UPLOAD_DAYS = 1
# The backstop for deletions' trash copies (docs/deploy-aws.md): well past the worker's sweep
# (trash_max_age_hours), which puts a copy back when a row still uses its bytes; the rule
# cannot tell, so it only removes what the sweep could not reach (no worker running).
TRASH_DAYS = 7


@dataclass(frozen=True)
class Names:
    table: str
    bucket: str
    queue: str
    dead_letter_queue: str
    topic: str
    event_bus: str
    kms_key_id: str | None = None
    max_attempts: int = 3
    lease_seconds: int = 120


async def ensure_bucket(s3: Any, region: str, bucket: str, kms_key_id: str | None) -> None:
    try:
        create: dict[str, Any] = {"Bucket": bucket}
        if region != "us-east-1":
            create["CreateBucketConfiguration"] = {"LocationConstraint": region}
        await s3.create_bucket(**create)
    except ClientError as error:
        if error_code(error) not in ("BucketAlreadyOwnedByYou", "BucketAlreadyExists"):
            raise
    rule: dict[str, Any] = {"SSEAlgorithm": "aws:kms", "KMSMasterKeyID": kms_key_id} if kms_key_id \
        else {"SSEAlgorithm": "AES256"}
    await s3.put_bucket_encryption(Bucket=bucket, ServerSideEncryptionConfiguration={
        "Rules": [{"ApplyServerSideEncryptionByDefault": rule, "BucketKeyEnabled": bool(kms_key_id)}]})
    await s3.put_public_access_block(Bucket=bucket, PublicAccessBlockConfiguration={
        "BlockPublicAcls": True, "IgnorePublicAcls": True, "BlockPublicPolicy": True, "RestrictPublicBuckets": True})
    await s3.put_bucket_lifecycle_configuration(Bucket=bucket, LifecycleConfiguration={"Rules": [{
        "ID": "expire-unconfirmed-direct-uploads", "Status": "Enabled", "Filter": {"Prefix": "incoming/"},
        "Expiration": {"Days": STAGED_UPLOAD_DAYS},
    }, {
        "ID": "expire-deletion-trash-copies", "Status": "Enabled", "Filter": {"Prefix": TRASH_PREFIX},
        "Expiration": {"Days": TRASH_DAYS},
    }]})


async def ensure_queues(sqs: Any, names: Names) -> tuple[str, str]:
    """(work queue URL, dead-letter queue URL); the work queue redrives after max_attempts."""
    dead_url = (await sqs.create_queue(
        QueueName=names.dead_letter_queue, Attributes={"MessageRetentionPeriod": str(14 * 86400)}))["QueueUrl"]
    dead_arn = (await sqs.get_queue_attributes(
        QueueUrl=dead_url, AttributeNames=["QueueArn"]))["Attributes"]["QueueArn"]
    attributes = {
        "VisibilityTimeout": str(names.lease_seconds),
        "MessageRetentionPeriod": str(4 * 86400),
        "RedrivePolicy": json.dumps({"deadLetterTargetArn": dead_arn, "maxReceiveCount": str(names.max_attempts)}),
    }
    try:
        url = (await sqs.create_queue(QueueName=names.queue, Attributes=attributes))["QueueUrl"]
    except ClientError as error:
        if error_code(error) not in ("QueueAlreadyExists", "QueueNameExists"):
            raise
        url = (await sqs.get_queue_url(QueueName=names.queue))["QueueUrl"]
        await sqs.set_queue_attributes(QueueUrl=url, Attributes=attributes)
    return url, dead_url


async def ensure_topic(sns: Any, topic: str) -> str:
    return (await sns.create_topic(Name=topic))["TopicArn"]  # CreateTopic is idempotent


async def ensure_event_bus(events: Any, sqs: Any, bus: str) -> SweptReplicas:
    """The bus, and the queues and rules of replicas that died without removing them swept."""
    try:
        await events.create_event_bus(Name=bus)
    except ClientError as error:
        if error_code(error) != "ResourceAlreadyExistsException":
            raise
    return await sweep_dead_replicas(events, sqs, bus)


async def provision(clients: AwsClients, names: Names, *, create_table: Any = None,
                    search_index: Any = None) -> dict[str, str]:
    """Everything, in dependency order; returns what was ensured, for the log."""
    done: dict[str, str] = {}
    if create_table is not None:
        await create_table(await clients.get("dynamodb"), names.table)
        done["table"] = names.table
    await ensure_bucket(await clients.get("s3"), clients.connection.region, names.bucket, names.kms_key_id)
    done["bucket"] = names.bucket
    sqs = await clients.get("sqs")
    done["queue"], done["dead_letter_queue"] = await ensure_queues(sqs, names)
    done["topic"] = await ensure_topic(await clients.get("sns"), names.topic)
    swept = await ensure_event_bus(await clients.get("events"), sqs, names.event_bus)
    done["event_bus"] = names.event_bus
    done["dead_replica_queues_removed"] = str(swept.queues_removed)
    done["dead_replica_rules_removed"] = str(swept.rules_removed)
    done["replica_queues_without_heartbeat"] = str(swept.queues_without_heartbeat)
    if search_index is not None:
        await search_index.ensure_index()
        done["search_index"] = search_index.index
    return done
