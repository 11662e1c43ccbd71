"""The skill a requirement phrase the taxonomy does not know names, as a skill is listed:
"Venepuncture competencies" is venepuncture (words after a skill that only say it is had:
competencies, skills, experience, knowledge...), "administer medication" is medication
administration where the taxonomy knows it so; and a phrase that is a duty or a fragment
rather than a skill's name ("lead our kitchen brigade of 8", "40t articulated vehicles and
load": a number, "our", a dangling "and") names none. Other duties are kept as written, as
before: labelled job-ad skill spans count many ("track progress through the sales cycle")."""
from __future__ import annotations

import re

from domain.ports.documents import SkillExtractor
from domain.skill_kinds import SkillKind

_HAD_WORDS = frozenset("competencies competency competences competence skills skill experience knowledge "
                       "abilities ability expertise proficiency understanding background training".split())
# A verb that opens a duty and the noun naming the same activity after its object.
_ACTIVITY = {"administer": "administration", "manage": "management", "operate": "operation",
             "maintain": "maintenance", "install": "installation", "prepare": "preparation",
             "deliver": "delivery", "supervise": "supervision", "assess": "assessment", "plan": "planning",
             "develop": "development", "analyse": "analysis", "analyze": "analysis", "handle": "handling",
             "process": "processing", "monitor": "monitoring", "inspect": "inspection", "test": "testing",
             "train": "training", "clean": "cleaning", "control": "control", "audit": "auditing",
             "record": "recording", "calibrate": "calibration", "coordinate": "coordination",
             "schedule": "scheduling", "design": "design", "repair": "repair", "provide": "provision"}
_DETERMINERS = frozenset("a an the our your their my his her its this these those all any".split())
# Whose: a duty of this job ("lead our kitchen brigade", "define your own role"), no skill's name.
_POSSESSIVES = frozenset("our your their my his her its".split())
# A verb with only its particle ("lift up" of "lift up to 25kg") lost what it does, as has a
# phrase ending in a preposition.
_NOT_A_NAME = re.compile(r"\d|^(?:and|or|of|to|with)\b|\b(?:and|or|of|to|with|for|in|up|down|off|out)$",
                         re.IGNORECASE)


# When or for how long the post is worked: "Weekend barista", "Night porter", "Seasonal pickers"
# name the post and its hours, no skill.
_WHEN_WORKED = frozenset("weekend weekends weekday weekdays evening evenings night nights morning mornings "
                         "afternoon afternoons overnight daytime seasonal temporary temp casual relief "
                         "part-time full-time summer christmas holiday sunday saturday".split())


def named_skill(written: str, skills: SkillExtractor) -> str | None:
    """The skill `written` (a requirement phrase with no taxonomy skill inside) names, as it
    will be listed, or None when it names none."""
    words = written.split()
    if len(words) > 1 and words[0].lower() in _WHEN_WORKED:
        # the rest, where the taxonomy knows it ("Weekend barista": Barista); else a post. A
        # product is no such rest: "Temporary works" is a discipline, not Microsoft Works.
        rest = skills.canonical(" ".join(words[1:]))
        if rest is None or skills.kind(rest) is not SkillKind.TOOL:
            return rest
    kept = words
    while len(kept) > 1 and kept[-1].lower().strip(".,;:") in _HAD_WORDS:
        kept = kept[:-1]
    if kept is not words and skills.canonical(" ".join(kept)):
        return " ".join(kept)
    activity = _as_activity(kept, skills)
    if activity:
        return activity
    if any(w.lower() in _POSSESSIVES for w in kept) or _NOT_A_NAME.search(" ".join(kept)):
        return None
    return " ".join(kept)


def _as_activity(words: list[str], skills: SkillExtractor) -> str | None:
    """"administer medication" -> the taxonomy's "Medication administration"."""
    noun = _ACTIVITY.get(words[0].lower()) if len(words) > 1 else None
    if noun is None:
        return None
    rest = [w for w in words[1:] if w.lower() not in _DETERMINERS]
    if not rest:
        return None
    forms = [rest, [*rest[:-1], rest[-1][:-1]] if rest[-1].lower().endswith("s") else [*rest[:-1], rest[-1] + "s"]]
    for form in forms:
        canonical = skills.canonical(" ".join([*form, noun]))
        if canonical:
            return canonical
    return None
