"""Blobs in S3, keyed by the sha256 of their content, encrypted at rest (SSE-KMS with the
configured key, else SSE-S3), handed out to browsers as presigned GET URLs. Trash copies
(BlobStore.quarantine) are objects under trash/, made by a server-side copy."""
from __future__ import annotations

import hashlib
import re
from typing import Any

from botocore.exceptions import ClientError

from adapters.aws.clients import error_code
from domain.errors import NotFound, TransientFailure
from domain.ports.blobs import TrashCopy

_HEX = set("0123456789abcdef")
_MISSING = {"NoSuchKey", "404", "NotFound"}
_HOLDER = re.compile(r"^[0-9A-Za-z_-]{1,64}$")


def encryption_arguments(kms_key_id: str | None) -> dict[str, str]:
    if kms_key_id:
        return {"ServerSideEncryption": "aws:kms", "SSEKMSKeyId": kms_key_id}
    return {"ServerSideEncryption": "AES256"}


def blob_key(sha256: str) -> str:
    if len(sha256) != 64 or not set(sha256) <= _HEX:
        raise NotFound("No document has that key.")
    return f"blobs/{sha256[:2]}/{sha256}"


TRASH_PREFIX = "trash/"


def trash_key(sha256: str, holder: str) -> str:
    if not _HOLDER.match(holder):
        raise ValueError(f"a trash holder is an id, not {holder!r}")
    blob_key(sha256)  # refuses malformed keys
    return f"{TRASH_PREFIX}{sha256[:2]}/{sha256}/{holder}"


class S3BlobStore:
    def __init__(self, s3: Any, bucket: str, kms_key_id: str | None = None, url_seconds: int = 900) -> None:
        self._s3 = s3
        self._bucket = bucket
        self._kms_key_id = kms_key_id
        self._url_seconds = url_seconds

    async def put(self, data: bytes, content_type: str) -> str:
        sha256 = hashlib.sha256(data).hexdigest()
        if not await self.exists(sha256):
            # A PUT is atomic in S3: readers see the old state or the whole new object.
            await self._s3.put_object(
                Bucket=self._bucket, Key=blob_key(sha256), Body=data, ContentType=content_type,
                ChecksumAlgorithm="SHA256", **encryption_arguments(self._kms_key_id),
            )
        return sha256

    async def get(self, key: str) -> bytes:
        try:
            response = await self._s3.get_object(Bucket=self._bucket, Key=blob_key(key))
            async with response["Body"] as body:
                return await body.read()
        except ClientError as error:
            if error_code(error) in _MISSING:
                raise NotFound("The document is no longer stored.") from None
            raise TransientFailure(f"S3 GetObject failed: {error_code(error)}") from error

    async def delete(self, key: str) -> None:
        await self._s3.delete_object(Bucket=self._bucket, Key=blob_key(key))

    async def exists(self, key: str) -> bool:
        return await self._exists_at(blob_key(key))

    async def download_url(self, key: str, filename: str | None = None) -> str:
        """A presigned GET URL, valid for the configured time, that names the file on download."""
        params: dict[str, str] = {"Bucket": self._bucket, "Key": blob_key(key)}
        if filename:
            safe = filename.replace('"', "").replace("\\", "")
            params["ResponseContentDisposition"] = f'attachment; filename="{safe}"'
        return await self._s3.generate_presigned_url("get_object", Params=params, ExpiresIn=self._url_seconds)

    async def _exists_at(self, key: str) -> bool:
        try:
            await self._s3.head_object(Bucket=self._bucket, Key=key)
        except ClientError as error:
            if error_code(error) in _MISSING:
                return False
            raise
        return True

    async def _copied(self, source: str, target: str) -> bool:
        """A server-side copy (one atomic write of the target); False when source is missing."""
        try:
            await self._s3.copy_object(
                Bucket=self._bucket, Key=target, CopySource={"Bucket": self._bucket, "Key": source},
                **encryption_arguments(self._kms_key_id),
            )
        except ClientError as error:
            if error_code(error) in _MISSING:
                return False
            raise TransientFailure(f"S3 CopyObject failed: {error_code(error)}") from error
        return True

    async def quarantine(self, key: str, holder: str) -> bool:
        # S3 has no rename: copy, then delete the original. Readers meanwhile still see it;
        # a crash between the two leaves both, which a second run treats as already moved.
        trash = trash_key(key, holder)
        if await self._exists_at(trash) or not await self._copied(blob_key(key), trash):
            return False
        await self._s3.delete_object(Bucket=self._bucket, Key=blob_key(key))
        return True

    async def restore(self, key: str, holder: str) -> bool:
        trash = trash_key(key, holder)
        if not await self._copied(trash, blob_key(key)):
            return False
        await self._s3.delete_object(Bucket=self._bucket, Key=trash)
        return True

    async def purge(self, key: str, holder: str) -> None:
        await self._s3.delete_object(Bucket=self._bucket, Key=trash_key(key, holder))

    async def trash_copies(self) -> list[TrashCopy]:
        found: list[TrashCopy] = []
        listing: dict[str, Any] = {"Bucket": self._bucket, "Prefix": TRASH_PREFIX}
        while True:
            page = await self._s3.list_objects_v2(**listing)
            for entry in page.get("Contents", []):
                # The copy's own write time: CopyObject writes a new object.
                _, _, sha256, holder = entry["Key"].split("/", 3)
                if len(sha256) == 64 and _HOLDER.match(holder):
                    found.append(TrashCopy(sha256, holder, entry["LastModified"]))
            if not page.get("IsTruncated"):
                return found
            listing["ContinuationToken"] = page["NextContinuationToken"]
