"""Which resumes a candidate's matches come from: every parsed one (the best per job), or
the parsed primary alone; an unparsed or failed primary does not silence the others, nor
one in which nothing of a resume was recognised."""
from __future__ import annotations

from datetime import UTC, datetime

from domain.matches import Match, ScoreBreakdown
from domain.matching.resume_choice import best_per_pair, eligible, fingerprint
from domain.resumes import ParsedResume, Resume, ResumeStatus

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def a_resume(resume_id: str, status: ResumeStatus = ResumeStatus.PARSED, primary: bool = False,
             content: bool = True) -> Resume:
    parsed = ParsedResume(email=f"{resume_id}@example.org" if content else None) if status is ResumeStatus.PARSED else None
    return Resume(id=resume_id, owner_id="c", filename="cv.txt", content_type="text/plain", size_bytes=1,
                  sha256=resume_id * 4, status=status, uploaded_at=NOW, parsed=parsed, primary=primary)


def a_match(job: str, resume: str, score: float, candidate: str = "c") -> Match:
    return Match(id=f"{job}-{resume}", candidate_id=candidate, job_id=job, resume_id=resume, score=score,
                 breakdown=ScoreBreakdown(), created_at=NOW, updated_at=NOW)


def test_every_parsed_resume_is_eligible_when_none_is_primary():
    resumes = [a_resume("a"), a_resume("b"), a_resume("c", ResumeStatus.PROCESSING), a_resume("d", ResumeStatus.FAILED)]
    assert [r.id for r in eligible(resumes)] == ["a", "b"]


def test_a_parsed_primary_is_the_only_eligible_resume():
    assert [r.id for r in eligible([a_resume("a"), a_resume("b", primary=True)])] == ["b"]


def test_a_primary_not_parsed_yet_leaves_the_parsed_ones_eligible():
    resumes = [a_resume("a"), a_resume("b", ResumeStatus.PROCESSING, primary=True)]
    assert [r.id for r in eligible(resumes)] == ["a"]


def test_a_primary_with_nothing_of_a_resume_leaves_the_other_parsed_ones_eligible():
    # Marked while it was still processing, it parsed to nothing: read alone it would match
    # nothing and every match the other resumes earned would go.
    resumes = [a_resume("a"), a_resume("b", content=False), a_resume("c", primary=True, content=False)]
    assert [r.id for r in eligible(resumes)] == ["a", "b"]
    assert eligible([a_resume("c", primary=True, content=False)]) == []


def test_the_fingerprint_moves_with_an_upload_parsed_a_deletion_or_a_primary():
    base = [a_resume("a"), a_resume("b")]
    assert fingerprint(base) == fingerprint(list(reversed(base)))
    assert fingerprint(base) != fingerprint(base + [a_resume("c")])
    assert fingerprint(base) != fingerprint(base[:1])
    assert fingerprint(base) != fingerprint([base[0], a_resume("b", primary=True)])
    # A resume still processing reads nothing yet: nothing to recompute for it.
    assert fingerprint(base) == fingerprint(base + [a_resume("c", ResumeStatus.PROCESSING)])


def test_the_best_score_per_job_wins_whatever_the_order():
    matches = [a_match("j1", "a", 0.6), a_match("j1", "b", 0.8), a_match("j2", "a", 0.5), a_match("j2", "b", 0.3),
               a_match("j1", "x", 0.9, candidate="other")]
    for ordered in (matches, list(reversed(matches))):
        chosen = {(m.candidate_id, m.job_id): m.resume_id for m in best_per_pair(ordered)}
        assert chosen == {("c", "j1"): "b", ("c", "j2"): "a", ("other", "j1"): "x"}


def test_equal_scores_are_settled_by_resume_id_not_by_order():
    matches = [a_match("j1", "a", 0.7), a_match("j1", "b", 0.7)]
    assert [m.resume_id for m in best_per_pair(matches)] == [m.resume_id for m in best_per_pair(matches[::-1])] == ["b"]
