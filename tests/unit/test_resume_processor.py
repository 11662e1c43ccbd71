"""The resume pipeline's processing step, with fakes for storage, extraction and parsing."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from domain.errors import DocumentRejected, TransientFailure
from domain.resumes import Resume, ResumeStatus
from domain.services.resume_processing import ResumeProcessor
from tests.fakes.accounts import RecordingEventBus
from tests.fakes.blobs import InMemoryBlobStore
from tests.fakes.resumes import FakeResumes, RecordingIndexer, ScriptedExtractor, WordParser


def uploaded(status: ResumeStatus = ResumeStatus.UPLOADED) -> Resume:
    return Resume(id="r1", owner_id="u1", filename="cv.pdf", content_type="application/pdf", size_bytes=3,
                  sha256="abc", status=status, uploaded_at=datetime(2026, 1, 1, tzinfo=UTC))


def processor(resume: Resume, extractor: ScriptedExtractor):
    resumes, events, indexer = FakeResumes(resume), RecordingEventBus(), RecordingIndexer()
    service = ResumeProcessor(resumes, InMemoryBlobStore({"abc": b"pdf"}), extractor, WordParser(), events, indexer)
    return service, resumes, events, indexer


async def test_a_readable_resume_is_parsed_indexed_and_announced():
    service, resumes, events, indexer = processor(uploaded(), ScriptedExtractor("Dana Reyes\nPython Docker"))
    await service.process("r1")
    stored = resumes.rows["r1"]
    assert stored.status is ResumeStatus.PARSED
    assert [s.name for s in stored.parsed.skills] == ["Python", "Docker"]
    assert indexer.indexed == ["r1"]
    assert events.names() == ["ResumeParsed", "ResumeProcessed"]


async def test_a_rejected_document_fails_with_its_reason_and_is_not_retried():
    service, resumes, events, indexer = processor(uploaded(), ScriptedExtractor(DocumentRejected("the PDF is encrypted")))
    await service.process("r1")
    assert (resumes.rows["r1"].status, resumes.rows["r1"].failure_reason) == (ResumeStatus.FAILED, "the PDF is encrypted")
    assert indexer.indexed == [] and events.names() == ["ResumeProcessed"]


async def test_a_transient_failure_propagates_so_the_queue_retries_it():
    service, resumes, *_ = processor(uploaded(), ScriptedExtractor(TransientFailure("worker pool restarting")))
    with pytest.raises(TransientFailure):
        await service.process("r1")
    assert resumes.rows["r1"].status is ResumeStatus.PROCESSING


async def test_running_again_after_success_changes_nothing():
    extractor = ScriptedExtractor("Dana Reyes\nPython")
    service, resumes, events, indexer = processor(uploaded(), extractor)
    await service.process("r1")
    await service.process("r1")
    assert extractor.calls == 1 and indexer.indexed == ["r1"] and len(events.published) == 2


async def test_giving_up_then_a_requeue_by_an_admin_processes_the_resume_again():
    extractor = ScriptedExtractor(TransientFailure("down"), "Dana Reyes\nPython")
    service, resumes, *_ = processor(uploaded(), extractor)
    with pytest.raises(TransientFailure):
        await service.process("r1")
    await service.give_up("r1", "down")
    assert resumes.rows["r1"].status is ResumeStatus.FAILED
    await service.process("r1")  # the requeued dead letter
    assert resumes.rows["r1"].status is ResumeStatus.PARSED and resumes.rows["r1"].failure_reason is None


async def test_an_empty_text_fails_with_a_reason_a_person_can_act_on():
    service, resumes, *_ = processor(uploaded(), ScriptedExtractor("   "))
    await service.process("r1")
    assert "No text was found" in resumes.rows["r1"].failure_reason


async def test_the_matching_work_is_handed_over_with_the_parsed_state_not_after_it():
    """Stored in one transaction: a crash after PARSED cannot lose the match (a rerun stops at PARSED)."""
    from domain.services.matching_triggers import MATCH_RESUME, MatchingWork

    resumes, events = FakeResumes(uploaded()), RecordingEventBus()
    service = ResumeProcessor(resumes, InMemoryBlobStore({"abc": b"pdf"}), ScriptedExtractor("Dana Reyes\nPython"),
                              WordParser(), events, RecordingIndexer(), matching=MatchingWork())
    await service.process("r1")
    owner = resumes.rows["r1"].owner_id
    # The owner's recomputation from all their resumes, keyed by the owner.
    assert [(w.kind, w.payload, w.dedupe_key) for w in resumes.work] == [
        (MATCH_RESUME, {"resume_id": "r1", "user_id": owner}, f"{MATCH_RESUME}:owner:{owner}")]
