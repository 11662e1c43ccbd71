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
# What a line says about its courses rather than a course: a conjunction, "to", "more",
# "none", "ongoing" first, or a finite verb ("will complete", "is pending").
_FILLER_START = re.compile(r"^(?:and|or|but|nor|so|to|more|most|none|nothing|no|ongoing|pending|etc|plus|also|"
                           r"other|others|further|various|several|some|many|currently|still|yet|not)\b",
                           re.IGNORECASE)
_A_VERB = re.compile(r"\b(?:is|are|was|were|be|been|being|am|will|shall|would|should|can|could|may|might|must|"
                     r"have|has|had|do|does|did|want|wants|hope|hoping|plan|planning|intend|looking)\b",
                     re.IGNORECASE)
_COURSE_WORD = re.compile(r"\b(?:courses?|training|trainings|certificate|certification|certified|awareness|"
                          r"induction|ticket|card|licen[cs]e|diploma|level\s+\d|module|workshop|refresher|"
                          r"passport|safety|first\s+aid|cpr|programme|program)\b", re.IGNORECASE)
_SMALL_WORDS = frozenset("a an and & of in on for the to with at by or".split())


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
    return [*skills, *(s for s in listed if s.name.casefold() not in held
                       and (extractor.canonical(s.name) is not None or a_course_name(s.name)))]


def a_course_name(item: str) -> bool:
    """"Safe Feeding course", "Oral Care in Practice": a course named as written has a course's
    word or is written as a name, its words capitalised; "to be completed in", "None yet", "but
    keen to learn", "more as required" are what the line says about the courses, not courses."""
    words = item.split()
    if not words or says_about_courses(item):
        return False
    if _COURSE_WORD.search(item):
        return True
    content = [w for w in words if w.casefold() not in _SMALL_WORDS]
    capitalised = [w for w in content if w[:1].isupper() or w[:1].isdigit()]
    return bool(content) and words[0][:1].isupper() and len(capitalised) * 3 >= len(content) * 2


def says_about_courses(item: str) -> bool:
    """"to be completed in", "None yet", "more as required": what a line says about the courses."""
    return bool(_FILLER_START.match(item) or _A_VERB.search(item) or item.rstrip().endswith("."))
