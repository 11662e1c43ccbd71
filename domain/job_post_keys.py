"""A client's key for one job post: the same post sent twice (a double click, a retry after
a timeout) stores one job, and the repeat gets that job back. Content alone cannot say it is
a repeat: two identical openings are legitimate, so only the client knows."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from domain.errors import BadUserInput, Conflict
from domain.jobs import Job

_LONGEST = 200
# What a repeat must match: the job as posted, less what each attempt makes anew.
_PER_ATTEMPT = {"id", "posted_at", "updated_at"}


@dataclass(frozen=True)
class PostKey:
    poster_id: str
    key: str
    fingerprint: str


@dataclass(frozen=True)
class EarlierPost:
    """The job an earlier post with the same key stored, and what that post asked for."""

    job_id: str
    fingerprint: str


def post_key(poster_id: str, key: str | None, job: Job) -> PostKey | None:
    if key is None:
        return None
    if not key.strip() or len(key) > _LONGEST or not key.isprintable():
        raise BadUserInput(
            f"`idempotencyKey` must be 1 to {_LONGEST} printable characters (a UUID made once per post"
            " the user means, sent again with every retry of it).", field="idempotencyKey")
    content = job.model_dump(mode="json", exclude=_PER_ATTEMPT)
    fingerprint = hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()
    return PostKey(poster_id=poster_id, key=key, fingerprint=fingerprint)


def key_reused(earlier: EarlierPost) -> Conflict:
    return Conflict(
        "This `idempotencyKey` was already used for a different job; a key names one post. Make a new"
        " key for a new job (or send the first post's input again to get its job back).",
        field="idempotencyKey", reason="IDEMPOTENCY_KEY_REUSED", jobId=earlier.job_id,
    )


def key_job_gone(earlier: EarlierPost) -> Conflict:
    # Its job was deleted after the first post: handing back a job that does not exist, or
    # posting again under a key that already answered once, would both mislead the client.
    return Conflict(
        "The job first posted with this `idempotencyKey` no longer exists (it was deleted); nothing was"
        " posted now. To post it again, send the post with a new key.",
        field="idempotencyKey", reason="IDEMPOTENCY_KEY_JOB_GONE", jobId=earlier.job_id,
    )
