"""A job's skills after its title or description changed, and which of them the employer typed.
The skills read from the old words (domain.job_skills.description_skills) are replaced by those
read from the new words; the ones the employer typed always stay. A list made only of typed
skills (posted with a list, extraction never ran) is left as it is, as at posting."""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from domain.job_skills import description_skills
from domain.jobs import Job
from domain.ports.documents import SkillExtractor

_LISTS = ("required_skills", "nice_to_have_skills")


def reread_skills(before: Job, after: Job, skills: SkillExtractor, most: int,
                  identity: Callable[[str], str]) -> dict[str, list[str]]:
    """`required_skills` and `nice_to_have_skills` for `after`, or {} when its words did not
    change."""
    if (before.title, before.description) == (after.title, after.description):
        return {}
    new = description_skills(after.title, after.description, skills, most)
    typed = typed_identities(before, identity)
    required = _reread(before.required_skills, typed, new[0], most, identity)
    taken = {identity(s) for s in required}
    nice = _reread(before.nice_to_have_skills, typed, new[1], most, identity)
    return {"required_skills": required, "nice_to_have_skills": [s for s in nice if identity(s) not in taken]}


def typed_identities(job: Job, identity: Callable[[str], str]) -> set[str]:
    """The skills of `job` the employer typed; all of them when that was never stored."""
    typed = job.typed_skills if job.typed_skills is not None else job.required_skills + job.nice_to_have_skills
    return {identity(s) for s in typed}


def typed_after(before: Job | None, after: Job, given: Mapping[str, Any],
                identity: Callable[[str], str]) -> list[str] | None:
    """Which of `after`'s skills the employer typed, `given` being the fields posted or changed.
    A list sent (not empty) is typed, except a skill already on the job as read from its words:
    a client sending back the list it read, plus one, does not make the read ones typed (they
    still go when the words change). A list sent empty is read from the words; a list not sent
    keeps what was typed in it. Unchanged lists keep what was stored, None included."""
    if before and not {*_LISTS} & given.keys() and all(getattr(before, k) == getattr(after, k) for k in _LISTS):
        return before.typed_skills
    was_typed = typed_identities(before, identity) if before else set()
    was_read = {identity(s) for s in before.required_skills + before.nice_to_have_skills} - was_typed \
        if before else set()
    out: list[str] = []
    for key in _LISTS:
        sent = bool(given.get(key))
        for name in getattr(after, key):
            skill = identity(name)
            if (skill not in was_read) if sent else (skill in was_typed):
                out.append(name)
    return out


def _reread(current: Sequence[str], typed: set[str], new_read: Sequence[str], most: int,
            identity: Callable[[str], str]) -> list[str]:
    listed = [s for s in current if identity(s) in typed]
    if len(listed) == len(current) and current:
        return list(current)  # the employer's own list: nothing in it was read from the words
    out, seen = [], set()
    for name in [*listed, *new_read]:
        if identity(name) not in seen:
            seen.add(identity(name))
            out.append(name)
    return out[:most]
