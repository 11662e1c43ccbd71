"""Direct-to-S3 resume uploads: the client POSTs the file straight to S3 with a presigned
form, then confirms; the staged object is read back and goes through the same checks as
a multipart upload before it becomes a resume. Staged objects live under `incoming/`,
which a bucket lifecycle rule expires after a day (see provision.py)."""
from __future__ import annotations

from typing import Any

from botocore.exceptions import ClientError

from adapters.aws.clients import error_code
from adapters.aws.s3.blob_store import encryption_arguments
from domain.ports.direct_uploads import PresignedUpload

INCOMING_PREFIX = "incoming/"


class S3UploadStaging:
    def __init__(self, s3: Any, bucket: str, kms_key_id: str | None = None, url_seconds: int = 900) -> None:
        self._s3 = s3
        self._bucket = bucket
        self._kms_key_id = kms_key_id
        self._url_seconds = url_seconds

    async def presign(self, key: str, max_bytes: int) -> PresignedUpload:
        encryption = encryption_arguments(self._kms_key_id)
        fields = {"x-amz-server-side-encryption": encryption["ServerSideEncryption"]}
        if "SSEKMSKeyId" in encryption:
            fields["x-amz-server-side-encryption-aws-kms-key-id"] = encryption["SSEKMSKeyId"]
        # The size cap is enforced by S3 itself: a larger body is refused before it is stored.
        conditions: list[Any] = [{k: v} for k, v in fields.items()]
        conditions.append(["content-length-range", 1, max_bytes])
        post = await self._s3.generate_presigned_post(
            Bucket=self._bucket, Key=INCOMING_PREFIX + key, Fields=fields, Conditions=conditions,
            ExpiresIn=self._url_seconds,
        )
        return PresignedUpload(url=post["url"], fields=post["fields"], key=key, expires_in=self._url_seconds)

    async def size(self, key: str) -> int | None:
        try:
            head = await self._s3.head_object(Bucket=self._bucket, Key=INCOMING_PREFIX + key)
        except ClientError as error:
            if error_code(error) in ("404", "NoSuchKey", "NotFound"):
                return None
            raise
        return int(head["ContentLength"])

    async def read(self, key: str, first_bytes: int | None = None) -> bytes:
        extra = {"Range": f"bytes=0-{first_bytes - 1}"} if first_bytes else {}
        response = await self._s3.get_object(Bucket=self._bucket, Key=INCOMING_PREFIX + key, **extra)
        async with response["Body"] as body:
            return await body.read()

    async def discard(self, key: str) -> None:
        await self._s3.delete_object(Bucket=self._bucket, Key=INCOMING_PREFIX + key)

    async def discard_owner(self, owner_id: str) -> None:
        listing: dict[str, Any] = {"Bucket": self._bucket, "Prefix": f"{INCOMING_PREFIX}{owner_id}/"}
        while True:
            page = await self._s3.list_objects_v2(**listing)
            for staged in page.get("Contents", []):
                await self._s3.delete_object(Bucket=self._bucket, Key=staged["Key"])
            if not page.get("IsTruncated"):
                return
            listing["ContinuationToken"] = page["NextContinuationToken"]
