"""The BlobStore contract: content-addressed, idempotent, and honest about missing blobs; on
the file store, S3 and the in-memory fake the unit tests use."""
from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime, timedelta

import pytest

from domain.errors import NotFound
from tests.fakes.blobs import InMemoryBlobStore
from tests.integration.contract.conftest import BACKENDS


@pytest.fixture(params=[*BACKENDS, "fake"])
async def blobs(request, tmp_path, aws_clients, aws_names):
    if request.param == "fake":
        return InMemoryBlobStore()
    if request.param == "embedded":
        from adapters.embedded.blob_store import FileBlobStore

        return FileBlobStore(tmp_path / "blobs")
    from adapters.aws.provision import ensure_bucket
    from adapters.aws.s3.blob_store import S3BlobStore

    bucket = aws_names["bucket"]
    s3 = await aws_clients.get("s3")
    await ensure_bucket(s3, "us-east-1", bucket, None)
    return S3BlobStore(s3, bucket)


async def test_a_stored_blob_is_keyed_by_the_sha256_of_its_bytes(blobs):
    data = b"%PDF-1.4 a resume"
    key = await blobs.put(data, "application/pdf")
    assert key == hashlib.sha256(data).hexdigest()
    assert await blobs.get(key) == data
    assert await blobs.exists(key)


async def test_storing_the_same_bytes_twice_gives_the_same_key(blobs):
    first = await blobs.put(b"same bytes", "text/plain")
    second = await blobs.put(b"same bytes", "text/plain")
    assert first == second
    assert await blobs.get(first) == b"same bytes"


async def test_a_deleted_blob_is_gone_and_reading_it_says_not_found(blobs):
    key = await blobs.put(b"short-lived", "text/plain")
    await blobs.delete(key)
    assert not await blobs.exists(key)
    with pytest.raises(NotFound):
        await blobs.get(key)


async def test_a_key_that_is_not_a_sha256_is_not_found_rather_than_a_path(blobs):
    with pytest.raises(NotFound):
        await blobs.get("../../etc/passwd")


async def test_deleting_a_missing_blob_is_not_an_error(blobs):
    await blobs.delete("0" * 64)
    assert not await blobs.exists("0" * 64)


async def test_a_quarantined_blob_is_gone_until_restored(blobs):
    key = await blobs.put(b"quarantined", "text/plain")
    assert await blobs.quarantine(key, "holder1")
    assert not await blobs.exists(key)
    with pytest.raises(NotFound):
        await blobs.get(key)
    assert await blobs.restore(key, "holder1")
    assert await blobs.get(key) == b"quarantined"
    assert not await blobs.restore(key, "holder1")  # the trash copy went back, none is left


async def test_a_purged_blob_cannot_be_restored(blobs):
    key = await blobs.put(b"purged", "text/plain")
    assert await blobs.quarantine(key, "holder1")
    await blobs.purge(key, "holder1")
    assert not await blobs.restore(key, "holder1")
    assert not await blobs.exists(key)
    await blobs.purge(key, "holder1")  # again: nothing to do, no error


async def test_quarantining_a_missing_blob_moves_nothing(blobs):
    assert not await blobs.quarantine("0" * 64, "holder1")
    assert not await blobs.restore("0" * 64, "holder1")


async def test_restoring_over_a_newer_put_of_the_same_bytes_keeps_them(blobs):
    key = await blobs.put(b"uploaded twice", "text/plain")
    assert await blobs.quarantine(key, "holder1")
    await blobs.put(b"uploaded twice", "text/plain")
    assert await blobs.restore(key, "holder1")
    assert await blobs.get(key) == b"uploaded twice"


async def test_each_holder_has_its_own_trash_copy(blobs):
    key = await blobs.put(b"two deletions", "text/plain")
    assert await blobs.quarantine(key, "first")
    await blobs.put(b"two deletions", "text/plain")
    assert await blobs.quarantine(key, "second")
    await blobs.purge(key, "first")
    assert await blobs.restore(key, "second")
    assert await blobs.get(key) == b"two deletions"


async def test_a_holder_never_replaces_its_own_trash_copy(blobs):
    # A second run of one deletion must not move a newer file into the copy the first purges.
    key = await blobs.put(b"run twice", "text/plain")
    assert await blobs.quarantine(key, "holder1")
    await blobs.put(b"run twice", "text/plain")
    assert not await blobs.quarantine(key, "holder1")
    assert await blobs.exists(key)
    await blobs.purge(key, "holder1")
    assert await blobs.get(key) == b"run twice"


async def test_the_trash_lists_each_copy_with_its_holder_until_it_is_restored_or_purged(blobs):
    key = await blobs.put(b"listed in the trash", "text/plain")
    assert await blobs.trash_copies() == []
    before = datetime.now(UTC) - timedelta(seconds=5)  # S3 keeps whole seconds
    assert await blobs.quarantine(key, "first")
    await blobs.put(b"listed in the trash", "text/plain")
    assert await blobs.quarantine(key, "second")
    copies = await blobs.trash_copies()
    assert sorted((copy.key, copy.holder) for copy in copies) == [(key, "first"), (key, "second")]
    assert all(before <= copy.moved_at <= datetime.now(UTC) + timedelta(seconds=5) for copy in copies)
    await blobs.purge(key, "first")
    assert [(copy.key, copy.holder) for copy in await blobs.trash_copies()] == [(key, "second")]
    assert await blobs.restore(key, "second")
    assert await blobs.trash_copies() == []


async def test_a_file_moved_to_the_trash_is_dated_by_the_move_not_by_its_upload(tmp_path):
    from adapters.embedded.blob_store import FileBlobStore

    blobs = FileBlobStore(tmp_path / "blobs")
    key = await blobs.put(b"uploaded long ago", "text/plain")
    long_ago = (datetime.now(UTC) - timedelta(days=30)).timestamp()
    (path,) = list((tmp_path / "blobs").rglob(key))
    os.utime(path, (long_ago, long_ago))
    assert await blobs.quarantine(key, "holder1")
    (copy,) = await blobs.trash_copies()
    assert copy.moved_at > datetime.now(UTC) - timedelta(minutes=1)
