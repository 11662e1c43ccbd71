"""A parsed resume embedded again after the way its vector is made changed: its text read
again from the stored file, its vector made anew from the stored parse, then its candidate
recomputed; resumes not parsed (their pending processing embeds them the new way), deleted or
no longer readable are left as they are."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from domain.errors import DocumentRejected, TransientFailure
from domain.resumes import ParsedResume, Resume, ResumeStatus, SkillEntry
from domain.services.resume_reembedding import ResumeReembedding
from tests.fakes.blobs import InMemoryBlobStore
from tests.fakes.resumes import (
    FakeResumes,
    RecordingIndexer,
    RecordingProgress,
    RecordingRecomputations,
    ScriptedExtractor,
)

STORED_PARSE = ParsedResume(name="Dana Reyes", skills=[SkillEntry(name="Python")])


def a_resume(status: ResumeStatus = ResumeStatus.PARSED) -> Resume:
    return Resume(id="r1", owner_id="u1", filename="cv.pdf", content_type="application/pdf", size_bytes=3,
                  sha256="abc", status=status, uploaded_at=datetime(2026, 1, 1, tzinfo=UTC),
                  parsed=STORED_PARSE if status is ResumeStatus.PARSED else None)


def reembedding(*resumes: Resume, extractor: ScriptedExtractor | None = None):
    indexer, recomputations = RecordingIndexer(), RecordingRecomputations()
    extractor = extractor or ScriptedExtractor("Dana Reyes\nPython developer")
    service = ResumeReembedding(FakeResumes(*resumes), InMemoryBlobStore({"abc": b"pdf"}), extractor, indexer, recomputations)
    return service, indexer, recomputations, extractor


async def test_a_parsed_resume_is_embedded_from_its_file_again_then_its_candidate_recomputed():
    service, indexer, recomputations, _ = reembedding(a_resume())
    await service.reembed("r1")
    assert indexer.indexed == ["r1"] and indexer.texts == ["Dana Reyes\nPython developer"]
    assert indexer.parsed == [STORED_PARSE]  # the stored parse: nothing parsed anew, nothing shown changes
    assert recomputations.candidates == ["u1"]


@pytest.mark.parametrize("status", [ResumeStatus.UPLOADED, ResumeStatus.PROCESSING, ResumeStatus.FAILED])
async def test_a_resume_not_parsed_is_left_to_its_own_processing(status):
    service, indexer, recomputations, extractor = reembedding(a_resume(status))
    await service.reembed("r1")
    assert (indexer.indexed, recomputations.candidates, extractor.calls) == ([], [], 0)


async def test_a_deleted_resume_is_nothing_to_do():
    service, indexer, recomputations, _ = reembedding()
    await service.reembed("r1")
    assert (indexer.indexed, recomputations.candidates) == ([], [])


@pytest.mark.parametrize("answer", [DocumentRejected("the PDF is encrypted"), "   "])
async def test_a_file_no_longer_readable_keeps_the_vector_it_has(answer):
    service, indexer, recomputations, _ = reembedding(a_resume(), extractor=ScriptedExtractor(answer))
    await service.reembed("r1")
    assert (indexer.indexed, recomputations.candidates) == ([], [])


async def test_a_transient_failure_propagates_so_the_queue_retries_it():
    service, *_ = reembedding(a_resume(), extractor=ScriptedExtractor(TransientFailure("extraction restarting")))
    with pytest.raises(TransientFailure):
        await service.reembed("r1")


@pytest.mark.parametrize("resumes, answer", [
    ((a_resume(),), "Dana Reyes\nPython developer"), ((), "unused"), ((a_resume(ResumeStatus.FAILED),), "unused"),
    ((a_resume(),), DocumentRejected("the PDF is encrypted"))], ids=["embedded", "deleted", "not-parsed", "refused"])
async def test_every_run_that_ended_is_reported_as_progress_after_its_work(resumes, answer):
    progress, recomputations = RecordingProgress(), RecordingRecomputations()
    service = ResumeReembedding(FakeResumes(*resumes), InMemoryBlobStore({"abc": b"pdf"}), ScriptedExtractor(answer),
                                RecordingIndexer(), recomputations, progress)
    await service.reembed("r1")
    assert progress.reported == ["r1"]


async def test_a_run_that_failed_is_not_reported_it_runs_again():
    progress = RecordingProgress()
    service = ResumeReembedding(FakeResumes(a_resume()), InMemoryBlobStore({"abc": b"pdf"}),
                                ScriptedExtractor(TransientFailure("extraction restarting")), RecordingIndexer(),
                                RecordingRecomputations(), progress)
    with pytest.raises(TransientFailure):
        await service.reembed("r1")
    assert progress.reported == []
