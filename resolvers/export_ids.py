"""A data export's ids as the API shows them: the global ID of each object that is a Node
(and of notifications), the plain id of sessions and devices, as `me` lists them. The
audited operations in the export name their targets as the requests sent them (API ids), so
the rest of the document must too, or one object appears under two ids in one file and
neither `node(id:)` nor the apps' screens could be matched to half of them."""
from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel

from domain.data_export import (
    DataExportDocument,
    ExportedApplication,
    ExportedJob,
    ExportedMatch,
    ExportedMove,
    ExportedNotification,
)
from resolvers.ids import to_global_id
from resolvers.types.notification import NOTIFICATION_TYPE

M = TypeVar("M", bound=BaseModel)
# The links a notification's data holds, by key, and the type each names (as Notification's
# matchId, jobId and applicationId fields show them).
_NOTIFICATION_LINKS = {"matchId": "Match", "jobId": "Job", "applicationId": "Application"}


def with_api_ids(document: DataExportDocument) -> DataExportDocument:
    account = document.account
    organization = account.organization
    return document.model_copy(update={
        "account": _with(account, id=to_global_id("User", account.id), organization=(
            _with(organization, id=to_global_id("Organization", organization.id)) if organization else None)),
        "resumes": [_with(r, id=to_global_id("Resume", r.id)) for r in document.resumes],
        "applications": [_application(a) for a in document.applications],
        "matches": [_match(m) for m in document.matches],
        "notifications": [_notification(n) for n in document.notifications],
    })


def _with(model: M, **changes: object) -> M:
    return model.model_copy(update=changes)


def _resume_id(raw: str | None) -> str | None:
    return to_global_id("Resume", raw) if raw else None


def _job(job: ExportedJob) -> ExportedJob:
    return _with(job, id=to_global_id("Job", job.id))


def _application(application: ExportedApplication) -> ExportedApplication:
    return _with(application, id=to_global_id("Application", application.id), job=_job(application.job),
                 resume_id=_resume_id(application.resume_id),
                 history=[_move(m) for m in application.history])


def _move(move: ExportedMove) -> ExportedMove:
    return _with(move, resume_id=_resume_id(move.resume_id))


def _match(match: ExportedMatch) -> ExportedMatch:
    return _with(match, id=to_global_id("Match", match.id), job=_job(match.job),
                 resume_id=to_global_id("Resume", match.resume_id))


def _notification(notification: ExportedNotification) -> ExportedNotification:
    data = {key: (to_global_id(_NOTIFICATION_LINKS[key], str(value))
                  if key in _NOTIFICATION_LINKS and value not in (None, "") else value)
            for key, value in notification.data.items()}
    return _with(notification, id=to_global_id(NOTIFICATION_TYPE, notification.id), data=data)
