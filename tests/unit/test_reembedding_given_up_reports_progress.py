"""A résumé's re-embedding given up on (buried after its last attempt) is reported as ended, so
it does not hold every open job's rescoring after a model switch on a backend whose queue
cannot say what is pending (SQS); on SQLite a dead item no longer counts as pending either."""
from __future__ import annotations

from types import SimpleNamespace

from domain.services.resume_reembedding import REEMBED_RESUME
from gateway.bootstrap_matching import resume_vector_work_handlers
from tests.fakes.resumes import RecordingProgress


async def test_a_reembedding_given_up_on_is_reported_as_progress():
    progress = RecordingProgress()
    unused = SimpleNamespace()
    handlers = resume_vector_work_handlers(unused, unused, unused, unused, unused, None, progress)  # type: ignore[arg-type]
    on_dead = handlers[REEMBED_RESUME].on_dead
    assert on_dead is not None
    await on_dead({"resume_id": "r1"}, "the file could not be read three times")
    assert progress.reported == ["r1"]


def test_without_progress_to_report_nothing_is_done_when_one_is_given_up_on():
    unused = SimpleNamespace()
    handlers = resume_vector_work_handlers(unused, unused, unused, unused, unused, None)  # type: ignore[arg-type]
    assert handlers[REEMBED_RESUME].on_dead is None
