"""Taking a rejection back: a hiring team that rejected an application (a slip of the hand, a
decision reconsidered once the shortlist fell through) may move it back into the pipeline, to
the stage it was rejected at or an earlier one, within REJECTION_UNDO_WINDOW of the rejection.

Not further than the stage it was rejected at: a rejection taken back undoes that decision,
it does not skip the candidate past stages they never went through. Not later than the window:
a candidate told weeks ago that they were not taken has moved on, and hearing the opposite out
of the blue reads as a mistake; the team can invite them to another opening instead. Not once
the candidate erased their account (nothing of them is left to move on with)."""
from __future__ import annotations

from datetime import datetime, timedelta

from domain.applications import ApplicationEvent, ApplicationStatus

REJECTION_UNDO_WINDOW = timedelta(days=30)

# The pipeline's stages in order; a rejection can be taken back to one no later than where it was made.
PIPELINE_STAGES = (
    ApplicationStatus.SUBMITTED,
    ApplicationStatus.SCREENING,
    ApplicationStatus.INTERVIEW,
    ApplicationStatus.OFFER,
)


def stage_rejected_at(history: list[ApplicationEvent]) -> ApplicationStatus | None:
    """The stage the application was in when it was rejected; None unless its latest event is a
    rejection made from a stage of the pipeline."""
    if len(history) < 2 or history[-1].status is not ApplicationStatus.REJECTED:
        return None
    before = history[-2].status
    return before if before in PIPELINE_STAGES else None


def stages_back_from_rejection(history: list[ApplicationEvent], now: datetime) -> list[ApplicationStatus]:
    """The stages a hiring team may move a rejected application back to now: the one it was
    rejected at and those before it, while the rejection is younger than the window."""
    stage = stage_rejected_at(history)
    if stage is None or now - history[-1].at > REJECTION_UNDO_WINDOW:
        return []
    return list(PIPELINE_STAGES[:PIPELINE_STAGES.index(stage) + 1])


def undo_window_passed(history: list[ApplicationEvent], now: datetime) -> bool:
    """Whether the application was rejected, from a stage, longer ago than the window allows
    taking it back."""
    return stage_rejected_at(history) is not None and now - history[-1].at > REJECTION_UNDO_WINDOW
