"""A job ad's skill spans (JobAdSpan) and how a duty's span is widened to what is asked with it:
the readiness before it ("willing to travel", "comfortable working at heights") and an object
two joined duties share ("checking and restocking drug trolleys"), as labelled spans mark them."""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class JobAdSpan:
    """Where a job ad names a skill (a taxonomy name, or a requirement phrase holding it) and
    the skills it yields, as the job will list them."""
    start: int
    end: int
    names: tuple[str, ...]


# "willing to travel": the readiness is part of what is asked, as labelled spans mark it; the
# skills named stay those of the duty.
_WILLING = re.compile(r"\b(?:willing|willingness|prepared|readiness|happy|comfortable|keen|confident)\s+to\s+$",
                      re.IGNORECASE)
# "comfortable working at heights": before an -ing duty the readiness needs no "to".
_AT_EASE = re.compile(r"\b(?:comfortable|confident)\s+(?:with\s+)?$", re.IGNORECASE)
_ING = re.compile(r"[A-Za-z]{3,}ing\b")


def with_willingness(text: str, spans: list[JobAdSpan]) -> list[JobAdSpan]:
    out = []
    for s in spans:
        willing = _WILLING.search(text, max(0, s.start - 20), s.start) or (
            _ING.match(text, s.start) and _AT_EASE.search(text, max(0, s.start - 20), s.start))
        out.append(JobAdSpan(willing.start(), s.end, s.names) if willing else s)
    return outermost(out)  # "Confident" read as a quality is the readiness's first word


_LONE_GERUND = re.compile(r"[A-Za-z]{3,}ing")
_JOINED_GERUND = re.compile(r"\s+(?:and|or)\s+[A-Za-z]{3,}ing\s+\S")


def one_object_shared(text: str, spans: list[JobAdSpan]) -> list[JobAdSpan]:
    """"checking and restocking drug trolleys": a lone -ing word joined by "and" or "or" to an
    -ing word with an object shares that object, one span as labelled spans mark it; each keeps
    the skills it names."""
    out: list[JobAdSpan] = []
    for s in spans:
        last = out[-1] if out else None
        joined = _JOINED_GERUND.match(text, last.end) if last else None
        if last and joined and joined.end() <= s.end and _LONE_GERUND.fullmatch(text, last.start, last.end) \
                and text[last.end:s.start].strip().lower() in ("and", "or"):
            out[-1] = JobAdSpan(last.start, s.end, (*last.names, *s.names))
        else:
            out.append(s)
    return out


def outermost(spans: list[JobAdSpan]) -> list[JobAdSpan]:
    """Less the spans inside a longer one: "knife" of "knife skills" is a fragment of the skill
    as written, not a second skill."""
    return [s for s in spans if not any(o.start <= s.start and s.end <= o.end and (o.end - o.start) > (s.end - s.start)
                                        for o in spans)]
