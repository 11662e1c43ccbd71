"""A line that labels the trainings a person took and lists them ("Training: Safe Pass, Manual
Handling", "Courses: Fire Warden; Food Hygiene", "Tickets: H2S Alive, Fall Protection"): each item is a course the person holds, named
as written when the taxonomy does not know it, as the items of a skills list are. A training
section of its own lines is not read so: its lines mix courses with providers, places and the
course's content. What is inside brackets there (a provider, a year) is no item."""
from __future__ import annotations

import re

from adapters.embedded.parsing.sections import Section
from adapters.embedded.parsing.skills import listed_skills
from domain.ports.documents import SkillExtractor
from domain.resumes import SkillEntry
from domain.skills import SkillKind

_BRACKETED = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
# The label says trainings and nothing else ("Training", "Courses attended"); a label of a kind of
# training ("Competency based training: Milestone, Walk the talk") lists programmes' names.
_TRAININGS_LABEL = re.compile(r"^(?:(?:short|relevant|professional|other|safety)\s+)?(?:trainings?|courses?|tickets?)"
                              r"(?:\s+(?:courses?|completed|attended|taken))?$", re.IGNORECASE)


def inline_training_lists(sections: list[Section]) -> list[str]:
    """The lists after the label of the training sections opened by a labelled line alone."""
    return [_BRACKETED.sub("", s.text) for s in sections
            if s.name == "certifications" and s.heading.partition(":")[2].strip()
            and _TRAININGS_LABEL.match(s.heading.partition(":")[0].strip(" \t-*•"))
            and len(s.text.splitlines()) == 1 and s.text.strip() == s.heading.partition(":")[2].strip()]


def with_inline_trainings(skills: list[SkillEntry], lists: list[str], extractor: SkillExtractor) -> list[SkillEntry]:
    if not lists:
        return skills
    held = {s.name.casefold() for s in skills}
    listed = listed_skills(lists, extractor, keep_unknown=True, only=SkillKind.CERTIFICATION)
    return [*skills, *(s for s in listed if s.name.casefold() not in held)]
