"""A role in a regulated profession other than the job's (a registered nurse's years for a
midwife's post, a paramedic's for a nurse's): related work, on another register, not the
job's own. Such years count in part (relevant_years.RELATED_SHARE), never in full.

A title names a regulated profession where the taxonomy knows the profession's registration
("registered midwife", "registered nurse": `registration`); no list of professions is kept here.
Two professions are another's when neither title names the other's, and neither is a field of
the other's register (a mental health nurse is a nurse: the phrases end with one word)."""
from __future__ import annotations

from collections.abc import Callable

from domain.ports.documents import SkillExtractor
from domain.skills import SkillKind, tokens

_LONGEST = 3


def professions_named(title: str, registration: Callable[[str], str | None]) -> dict[str, str]:
    """The regulated professions a title names, phrase -> the registration, the longest phrases
    first, each word read once ("Community Midwife" -> midwife)."""
    words = tokens(title)
    taken = [False] * len(words)
    found: dict[str, str] = {}
    for size in range(_LONGEST, 0, -1):
        for at in range(len(words) - size + 1):
            if any(taken[at:at + size]):
                continue
            phrase = " ".join(words[at:at + size])
            known = registration(f"registered {phrase}")
            if known is not None:
                taken[at:at + size] = [True] * size
                found[phrase] = known
    return found


def another_register(held_title: str, job_title: str, registration: Callable[[str], str | None]) -> bool:
    """Whether a held title names a regulated profession and the job's title another one."""
    held = professions_named(held_title, registration)
    job = professions_named(job_title, registration)
    if not held or not job or set(held.values()) & set(job.values()):
        return False
    return not any(h.split()[-1] == j.split()[-1] for h in held for j in job)


def registration_named(name: str, skills: SkillExtractor | None) -> str | None:
    """The credential the taxonomy knows by `name` ("registered midwife"), if one."""
    known = skills.canonical(name) if skills is not None else None
    return known if known is not None and skills is not None and skills.kind(known) is SkillKind.CERTIFICATION \
        else None
