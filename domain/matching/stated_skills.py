"""The skills the taxonomy knows that a résumé's own words state, whether or not it lists them.

The parser lists a résumé's skills from its skills section when it has one, and from its text
only when it has none: a teacher whose skills section names software is then not taken to know
the "Mathematics" of her title and degree, nor an auditor the "Statutory audits" of his duties.
A job that asks for such a skill finds it here: the extractor reads the résumé's words as it
reads prose (its rules for words with an everyday sense apply), and a skill counts as stated
where the words around it do not deny it or only wish for it ("no experience of HACCP",
"working towards ACCA"), as a requirement no taxonomy names is found (mentioned_skills.py).
Only skills of the work: the products a person uses are what a skills section lists, and prose
names products by everyday words too ("Chef de Partie", "test software").
A degree's subject ("BSc Mathematics": mathematics) is read as a list's item is, being a name.
Not a credential: a licence or registration is a gate, and a sentence is no proof of it."""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from domain.matching.function_words import a_function_word
from domain.matching.mentioned_skills import mention_text, stated_words
from domain.matching.word_forms import stem_text
from domain.ports.documents import SkillExtractor
from domain.skills import SkillKind, normalise

# A skill's name before a place or a team names where the person was, not what they did: "drove
# the statutory audit team", "delivered meals to the dementia care unit", "Porter in Intensive
# Care Unit", "cleaned wound care clinic rooms". Clinics in the plural with nothing pointing at
# one of them are sessions held, the work itself: "ran phlebotomy clinics", "wound care clinics
# twice a week" (but "cleaned the phlebotomy clinics").
_PLACE_AFTER = re.compile(r"[ \t]+(?:team|unit|clinic|ward|department|dept|home|centre|center|services?|firm|company|"
                          r"office|room|division|section|facility|hub|suite|wing|building|site|floor)s?\b", re.IGNORECASE)
_SESSIONS_AFTER = re.compile(r"[ \t]+clinics\b", re.IGNORECASE)
_POINTING_BEFORE = re.compile(r"\b(?:the|a|an|our|their|his|her|its|this|these|those|my|your)[ \t]+(?:[\w'-]+[ \t]+){0,2}\Z",
                              re.IGNORECASE)


def _names_a_place(text: str, start: int, end: int) -> bool:
    if not _PLACE_AFTER.match(text, end):
        return False
    return not _SESSIONS_AFTER.match(text, end) or bool(_POINTING_BEFORE.search(text[max(0, start - 60):start]))


def stated_skills(text: str, skills: SkillExtractor | None, subjects: Sequence[str] = ()) -> Mapping[str, str]:
    """Each taxonomy skill (canonical name) `text` states, with the words that state it, and
    those the subjects of its degrees name."""
    if skills is None:
        return {}
    out: dict[str, str] = {}
    for subject in subjects:
        for m in skills.mentions(subject, skills_context=True):
            if skills.kind(m.name) is SkillKind.SKILL:
                out.setdefault(m.name, subject[m.start:m.end])
    if not text.strip():
        return out
    clauses = mention_text(text)
    stems = stem_text(clauses)
    for m in skills.mentions(text):
        if m.name in out or not _as_named(text[m.start:m.end], m.name, skills) or _names_a_place(text, m.start, m.end):
            continue
        key = normalise(text[m.start:m.end])
        if key and (words := stated_words(clauses, (f" {key} ",), stems)) is not None:
            out[m.name] = words
    return out


def _as_named(written: str, name: str, skills: SkillExtractor) -> bool:
    """Whether prose names the skill by `written`: a skill of the work (a product is what a
    skills section lists; prose names products by everyday words too: "Chef de Partie", "test
    software", "Sep 2020"), in words of its own name or in two words or more (one everyday word
    the taxonomy files under another name, "transport" for logistics or "design" for thinking
    creatively, says too little), and not a word of another language ("com" of a Portuguese
    résumé is "with")."""
    if skills.kind(name) is not SkillKind.SKILL or a_function_word(written):
        return False
    return len(written.split()) > 1 or normalise(written) == normalise(name)
