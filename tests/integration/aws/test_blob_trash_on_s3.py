"""The trash on S3 (moto): the bucket's lifecycle rule expires deletions' trash copies (the
backstop where no worker sweeps), and the worker's sweep, which on AWS goes by age alone (SQS
cannot say what is pending), leaves a young copy and finishes an old one."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from domain.services.trash_sweep import TrashSweep
from tests.fakes.account_lifecycle import FakeResumeShas


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at


@pytest.fixture
async def bucket(aws_clients, aws_names):
    from adapters.aws.provision import ensure_bucket

    s3 = await aws_clients.get("s3")
    await ensure_bucket(s3, "us-east-1", aws_names["bucket"], None)
    return s3, aws_names["bucket"]


async def test_the_bucket_expires_trash_copies_well_after_the_sweep_would_have(bucket):
    from adapters.aws.provision import TRASH_DAYS
    from gateway.config import Settings

    s3, name = bucket
    rules = (await s3.get_bucket_lifecycle_configuration(Bucket=name))["Rules"]
    (trash,) = [rule for rule in rules if rule.get("Filter", {}).get("Prefix") == "trash/"]
    assert trash["Status"] == "Enabled" and trash["Expiration"]["Days"] == TRASH_DAYS
    sweep_bound = timedelta(hours=Settings.model_fields["trash_max_age_hours"].default)
    assert timedelta(days=TRASH_DAYS) >= sweep_bound * 3  # the sweep puts back what rows use; the rule cannot
    assert any(rule.get("Filter", {}).get("Prefix") == "incoming/" for rule in rules)  # kept beside it


async def test_the_sweep_on_s3_finishes_an_old_copy_and_leaves_a_young_one(bucket):
    from adapters.aws.s3.blob_store import S3BlobStore

    s3, name = bucket
    blobs = S3BlobStore(s3, name)
    key = await blobs.put(b"a file a crashed deletion left", "text/plain")
    assert await blobs.quarantine(key, "deadbeef")

    young = TrashSweep(blobs, FakeResumeShas(), Clock(datetime.now(UTC)), None, timedelta(hours=24))
    assert await young.sweep() == 0
    assert [copy.holder for copy in await blobs.trash_copies()] == ["deadbeef"]

    old = TrashSweep(blobs, FakeResumeShas(), Clock(datetime.now(UTC) + timedelta(days=2)), None, timedelta(hours=24))
    assert await old.sweep() == 1
    assert await blobs.trash_copies() == [] and not await blobs.exists(key)
