"""Stands in for a resume its owner deleted after applying with it: the application still
lists, with a resume that says so and holds nothing (no file, no parsed data). An error would
not do: `Application.resume` is non-null, so its null would spread to the whole job's list of
applications, or to the candidate's `me`."""
from __future__ import annotations

from domain.applications import Application
from domain.resumes import Resume, ResumeStatus


def deleted_resume(application: Application) -> Resume:
    return Resume(
        id=application.resume_id or f"deleted-{application.id}",
        owner_id=application.candidate_id or f"erased-{application.id}",  # as anonymised_user
        filename="(deleted)",
        content_type="application/octet-stream",
        size_bytes=0,
        sha256="",  # no file: ResumeType gives no download link for it
        status=ResumeStatus.DELETED,  # not FAILED: nothing went wrong in processing
        uploaded_at=application.created_at,
    )
