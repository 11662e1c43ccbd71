"""A job's skills read from its own words: the title and description through the same
extractor as résumés, requirement prose ("active RN license, BLS and ACLS certification")
giving required skills and certifications, sentences marked as a plus giving nice-to-haves;
and the employer's own list kept as spelled unless the taxonomy only fixes its case or knows
it by a short, better-known name."""
from __future__ import annotations

import re

from domain.ports.documents import SkillExtractor
from domain.skills import SkillKind, normalise, tokens

_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")
_NICE = re.compile(r"\b(?:a plus|plus\b|preferred|nice to have|nice-to-have|bonus|desirable|"
                   r"advantage|advantageous|ideally|is welcome|would be great)\b", re.I)


def description_skills(title: str, description: str, skills: SkillExtractor,
                       limit: int) -> tuple[list[str], list[str]]:
    """(required, nice to have) named in the job's text, in order of mention, each once."""
    required: list[str] = []
    nice: list[str] = []
    seen: set[str] = set()
    for sentence in [title, *_SENTENCE.split(description)]:
        target = nice if _NICE.search(sentence) else required
        for mention in skills.mentions(sentence):
            name = _as_spelled(sentence[mention.start:mention.end], mention.name, skills)
            key = normalise(mention.name)
            if key not in seen:
                seen.add(key)
                target.append(name)
    return required[:limit], nice[:limit]


def employer_spelling(written: str, skills: SkillExtractor) -> str:
    """An employer's skill as they spelled it, unless the taxonomy's name is the same words
    in another case or a short better-known name for an abbreviation ("k8s" -> "Kubernetes");
    never a longer product name ("NetSuite" stays, not "Oracle NetSuite")."""
    canonical = skills.canonical(written)
    return written if canonical is None else _as_spelled(written, canonical, skills)


def _as_spelled(written: str, canonical: str, skills: SkillExtractor) -> str:
    if normalise(canonical) == normalise(written):
        return canonical
    mine, theirs = set(tokens(written)), set(tokens(canonical))
    if skills.kind(canonical) is SkillKind.TOOL and not (mine & theirs) and len(theirs) <= 2:
        return canonical
    return written
