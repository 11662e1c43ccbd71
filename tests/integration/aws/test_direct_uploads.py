"""Direct-to-S3 resume uploads against moto: presigned POST, then confirm through the same
checks as a multipart upload (ResumeService.upload)."""
from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest

from domain.errors import BadUserInput, NotFound
from domain.users import Role, User

RESUME = b"Ada Lovelace\nada@example.com\n\nSkills\nPython, PostgreSQL\n"


@pytest.fixture
async def uploads(aws_clients, aws_names):
    from adapters.aws.dynamodb.repositories import dynamodb_repositories
    from adapters.aws.dynamodb.table import create_table
    from adapters.aws.provision import Names, ensure_bucket, ensure_queues
    from adapters.aws.s3.blob_store import S3BlobStore
    from adapters.aws.s3.upload_staging import S3UploadStaging
    from adapters.aws.sqs.work_queue import SqsWorkQueue
    from adapters.embedded.event_bus import InProcessEventBus
    from adapters.embedded.extraction.sniff import sniff_content_type
    from domain.clock import SystemClock
    from domain.services.direct_uploads import DirectUploadService
    from domain.services.resumes import ResumeService
    from domain.uploads import UploadRules

    s3, sqs, dynamodb = [await aws_clients.get(n) for n in ("s3", "sqs", "dynamodb")]
    await ensure_bucket(s3, "us-east-1", aws_names["bucket"], None)
    url, dead = await ensure_queues(sqs, Names(**aws_names))
    await create_table(dynamodb, aws_names["table"])
    repos = dynamodb_repositories(dynamodb, aws_names["table"])
    rules = UploadRules(max_bytes=4096, max_resumes_per_candidate=5)
    resumes = ResumeService(repos["resumes"], S3BlobStore(s3, aws_names["bucket"]), SqsWorkQueue(sqs, url, dead),
                            InProcessEventBus(), sniff_content_type, rules, SystemClock())
    staging = S3UploadStaging(s3, aws_names["bucket"])
    for user_id in ("cand1", "cand2"):  # a résumé is stored only for an account that exists
        await repos["users"].add(_candidate(user_id))
    return DirectUploadService(staging, resumes, rules), staging


def _candidate(user_id: str = "cand1") -> User:
    return User(id=user_id, email=f"{user_id}@example.com", name="Ada", role=Role.CANDIDATE, password_hash="x",
                created_at=datetime.now(UTC))


async def _post(ticket, filename: str, data: bytes) -> httpx.Response:
    async with httpx.AsyncClient() as http:
        return await http.post(ticket.url, data=ticket.fields, files={"file": (filename, data, "text/plain")})


async def test_a_file_posted_with_the_presigned_form_becomes_a_resume_on_confirm(uploads):
    service, staging = uploads
    owner = _candidate()
    ticket = await service.request(owner)
    assert (await _post(ticket, "cv.txt", RESUME)).status_code in (200, 204)
    resume = (await service.confirm(owner, ticket.key, "cv.txt")).resume
    assert (resume.filename, resume.content_type, resume.size_bytes) == ("cv.txt", "text/plain", len(RESUME))
    assert await staging.size(ticket.key) is None  # the staged copy is gone once confirmed


async def test_the_same_file_confirmed_again_is_the_resume_one_had(uploads):
    service, _ = uploads
    owner = _candidate()
    received = []
    for _ in range(2):
        ticket = await service.request(owner)
        assert (await _post(ticket, "cv.txt", RESUME)).status_code in (200, 204)
        received.append(await service.confirm(owner, ticket.key, "cv.txt"))
    first, again = received
    assert (first.already_had, again.already_had) == (False, True)
    assert again.resume.id == first.resume.id


async def test_the_presigned_form_asks_s3_to_encrypt_and_to_cap_the_size(uploads):
    service, _ = uploads
    ticket = await service.request(_candidate())
    assert ticket.fields["x-amz-server-side-encryption"] == "AES256"
    assert "policy" in {k.lower() for k in ticket.fields}


async def test_confirming_a_file_we_cannot_read_refuses_it_like_multipart_and_keeps_nothing(uploads):
    service, staging = uploads
    owner = _candidate()
    ticket = await service.request(owner)
    await _post(ticket, "x.bin", b"MZ\x90\x00" + bytes(range(256)))
    with pytest.raises(BadUserInput, match="PDF"):
        await service.confirm(owner, ticket.key, "x.bin")
    assert await staging.size(ticket.key) is None


async def test_confirming_before_posting_says_what_to_do(uploads):
    service, _ = uploads
    owner = _candidate()
    ticket = await service.request(owner)
    with pytest.raises(NotFound, match="POST the file"):
        await service.confirm(owner, ticket.key, None)


async def test_a_candidate_cannot_confirm_another_candidates_upload(uploads):
    service, _ = uploads
    ticket = await service.request(_candidate("cand1"))
    await _post(ticket, "cv.txt", RESUME)
    with pytest.raises(NotFound):
        await service.confirm(_candidate("cand2"), ticket.key, "cv.txt")


async def test_erasing_an_account_takes_the_files_it_posted_and_never_confirmed(uploads):
    """A staged file is a whole résumé: it goes with its owner's account, not a day later with
    the bucket's lifecycle rule; another person's staged file stays."""
    from domain.services.erasure import AccountErasure
    from tests.fakes.account_lifecycle import FakeAccountStore, FakeResumeShas
    from tests.fakes.accounts import RecordingEventBus
    from tests.fakes.blobs import InMemoryBlobStore
    from tests.unit.lifecycle_world import PASSWORD

    service, staging = uploads
    leaving, staying = _candidate("cand1"), _candidate("cand2")
    tickets = [await service.request(leaving) for _ in range(2)]
    kept = await service.request(staying)
    for ticket in (*tickets, kept):
        await _post(ticket, "cv.txt", RESUME)

    class Hasher:
        def verify(self, hashed: str, password: str) -> bool:
            return password == PASSWORD

    erasure = AccountErasure(FakeAccountStore(), FakeResumeShas(), InMemoryBlobStore(), Hasher(), RecordingEventBus(),
                             staging=staging)
    await erasure.delete_account(leaving, PASSWORD)

    assert [await staging.size(t.key) for t in tickets] == [None, None]
    assert await staging.size(kept.key) == len(RESUME)
