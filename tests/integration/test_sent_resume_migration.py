"""Migration 60 marks the résumés organizations received before it (domain.resumes.Resume.
sent_to_employer): the one an application holds and one a submission's event names (an
application sent again with another résumé), not one never sent; the marked ones then keep their
names when their bytes are uploaded again under another."""
from __future__ import annotations

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.resumes import SqliteResumeRepository
from adapters.embedded.sqlite.rows import to_text
from adapters.embedded.sqlite.users import SqliteUserRepository
from tests.integration.contract.repository_backends import a_job, a_resume, a_user, an_application, at
from tests.integration.old_database import add_application_as_before, add_job_as_before, database_before

_SENT_TO_EMPLOYER = 60


async def test_resumes_sent_before_are_marked_and_keep_their_names(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = await database_before(path, _SENT_TO_EMPLOYER)
    candidate = a_user()
    await SqliteUserRepository(old).add(candidate)
    applied, in_history, unsent = (a_resume(candidate.id, minute=m) for m in (0, 1, 2))
    for resume in (applied, in_history, unsent):
        await SqliteResumeRepository(old).add(resume, max_per_owner=5)
    job = a_job("o1")
    await add_job_as_before(old, job)
    await add_application_as_before(old, *an_application(job.id, candidate.id, applied.id))
    other_job = a_job("o1", minute=1)
    await add_job_as_before(old, other_job)
    reopened, first_event = an_application(other_job.id, candidate.id, applied.id)
    await add_application_as_before(old, reopened, first_event)
    await old.execute(
        "INSERT INTO application_events(application_id, status, at, by_user_id, resume_id) VALUES (?,?,?,?,?)",
        (reopened.id, "SUBMITTED", to_text(at(1)), candidate.id, in_history.id))
    await old.close()

    migrated = Database(path)
    await migrated.open()
    try:
        resumes = SqliteResumeRepository(migrated)
        read = await resumes.get_many([applied.id, in_history.id, unsent.id])
        assert [r.sent_to_employer for r in read] == [True, True, False]
        for resume, kept in ((applied, "cv.pdf"), (in_history, "cv.pdf"), (unsent, "Renamed.pdf")):
            again = a_resume(candidate.id, sha256=resume.sha256, minute=5).model_copy(update={"filename": "Renamed.pdf"})
            assert (await resumes.add(again, max_per_owner=5))[0].filename == kept
    finally:
        await migrated.close()
