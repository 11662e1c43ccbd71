"""A job's skills after its title or description changed. The skills read from the old words
(domain.job_skills.description_skills) are replaced by those read from the new words; the
ones the employer listed themselves stay. Which is which is not stored: a skill on the job
that the old words do not yield was listed by the employer. A list made only of the employer's
skills (posted with a list, extraction never ran) is left as it is, as at posting."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from domain.job_skills import description_skills
from domain.jobs import Job
from domain.ports.documents import SkillExtractor


def reread_skills(before: Job, after: Job, skills: SkillExtractor, most: int,
                  identity: Callable[[str], str]) -> dict[str, list[str]]:
    """`required_skills` and `nice_to_have_skills` for `after`, or {} when its words did not
    change."""
    if (before.title, before.description) == (after.title, after.description):
        return {}
    old = description_skills(before.title, before.description, skills, most)
    new = description_skills(after.title, after.description, skills, most)
    old_read = {identity(s) for s in old[0] + old[1]}
    required = _reread(before.required_skills, old_read, new[0], most, identity)
    taken = {identity(s) for s in required}
    nice = _reread(before.nice_to_have_skills, old_read, new[1], most, identity)
    return {"required_skills": required, "nice_to_have_skills": [s for s in nice if identity(s) not in taken]}


def _reread(current: Sequence[str], old_read: set[str], new_read: Sequence[str], most: int,
            identity: Callable[[str], str]) -> list[str]:
    listed = [s for s in current if identity(s) not in old_read]
    if len(listed) == len(current) and current:
        return list(current)  # the employer's own list: nothing in it was read from the words
    out, seen = [], set()
    for name in [*listed, *new_read]:
        if identity(name) not in seen:
            seen.add(identity(name))
            out.append(name)
    return out[:most]
