"""How a job's skills are indexed for the skills filter, and the index keys a search's skills
are looked up under (every spelling the taxonomy knows)."""
from __future__ import annotations

from domain.jobs import JobFilter
from domain.ports.documents import SkillExtractor
from domain.skill_alternatives import alternatives
from domain.skill_name_parts import named_parts
from domain.skills import normalise


def skill_key(name: str) -> str:
    """How a job's skill is indexed for the skills filter: its own spelling, folded to the
    taxonomy's lookup key. The taxonomy is not asked here, so the index never goes stale
    when the taxonomy changes; the filter side widens to every spelling instead."""
    return normalise(name)


def skill_keys(names: list[str]) -> list[str]:
    """The index keys of a job's skills, each once, none empty; a requirement any of several
    skills meets ("ACCA or CIMA") under each of them too, and an entry that grades, holds or
    notes a skill ("HACCP Level 2", "Food hygiene (HACCP)") under the names inside it, so a
    search for one finds it."""
    every = [*names, *(part for name in names for part in alternatives(name))]
    every += [part for name in every for part in named_parts(name)]
    return sorted({key for key in map(skill_key, every) if key})


def wanted_spellings(names: list[str], skills: SkillExtractor) -> list[frozenset[str]]:
    """For each skill a search asks for, the index keys any of which satisfies it: every
    spelling the taxonomy knows for that skill, so "BLS" finds a job listing "Basic Life
    Support (BLS)" and the other way round."""
    wanted: list[frozenset[str]] = []
    for name in names:
        keys = frozenset(k for k in _every_spelling(name.strip(), skills) if k)
        if keys and keys not in wanted:
            wanted.append(keys)
    return wanted


def _every_spelling(name: str, skills: SkillExtractor) -> set[str]:
    """The spellings of the skill `name` is the name of, and of the skill the extractor reads
    the whole of `name` as: the taxonomy may hold one abbreviation twice ("HACCP" the method,
    and as written in a list the HACCP certificate), and a job lists either."""
    every = set(skills.spellings(name)) | {skill_key(name)}
    for mention in skills.mentions(name, skills_context=True):
        if mention.start == 0 and mention.end == len(name):
            every |= skills.spellings(mention.name)
    # A job's skill is indexed as written, where an ampersand is no token ("Moving & Handling" is
    # "moving handling"); the taxonomy reads it as "and": each spelling is asked for both ways.
    return every | {_without_and(key) for key in every if "and" in key.split()}


def _without_and(key: str) -> str:
    return " ".join(word for word in key.split() if word != "and")


def filter_spellings(job_filter: JobFilter) -> list[frozenset[str]]:
    """The filter's skills as index keys: the service's widened spellings, or (for a filter
    that did not pass through it) each skill's own key."""
    if job_filter.skill_spellings is not None:
        return job_filter.skill_spellings
    return [frozenset({key}) for key in skill_keys(job_filter.skills or [])]
