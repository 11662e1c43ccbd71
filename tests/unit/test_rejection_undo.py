"""Which stages a rejection can be taken back to, and until when (domain/rejection_undo.py)."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from domain.applications import ApplicationEvent, ApplicationStatus
from domain.rejection_undo import REJECTION_UNDO_WINDOW, stages_back_from_rejection, undo_window_passed

S = ApplicationStatus
START = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


def _history(*statuses: ApplicationStatus) -> list[ApplicationEvent]:
    return [ApplicationEvent(status=status, at=START + timedelta(days=n)) for n, status in enumerate(statuses)]


def test_back_to_the_stage_rejected_at_or_an_earlier_one():
    history = _history(S.SUBMITTED, S.SCREENING, S.INTERVIEW, S.REJECTED)
    assert stages_back_from_rejection(history, history[-1].at) == [S.SUBMITTED, S.SCREENING, S.INTERVIEW]
    rejected_on_arrival = _history(S.SUBMITTED, S.REJECTED)
    assert stages_back_from_rejection(rejected_on_arrival, rejected_on_arrival[-1].at) == [S.SUBMITTED]


def test_only_within_the_window_of_the_latest_rejection():
    history = _history(S.SUBMITTED, S.SCREENING, S.REJECTED)
    rejected = history[-1].at
    assert stages_back_from_rejection(history, rejected + REJECTION_UNDO_WINDOW) == [S.SUBMITTED, S.SCREENING]
    late = rejected + REJECTION_UNDO_WINDOW + timedelta(seconds=1)
    assert stages_back_from_rejection(history, late) == []
    assert undo_window_passed(history, late) and not undo_window_passed(history, rejected)
    # Taken back, then rejected again: the window runs from the latest rejection.
    again = _history(S.SUBMITTED, S.SCREENING, S.REJECTED, S.SCREENING, S.REJECTED)
    assert stages_back_from_rejection(again, again[-1].at + timedelta(days=29)) == [S.SUBMITTED, S.SCREENING]


def test_nothing_to_take_back_unless_the_latest_move_is_a_rejection():
    assert stages_back_from_rejection(_history(S.SUBMITTED, S.SCREENING), START) == []
    assert stages_back_from_rejection(_history(S.SUBMITTED, S.WITHDRAWN), START) == []
    assert stages_back_from_rejection(_history(S.REJECTED), START) == []
    assert not undo_window_passed(_history(S.SUBMITTED, S.HIRED), START + timedelta(days=400))
