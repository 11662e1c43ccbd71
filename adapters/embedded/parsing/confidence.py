"""How sure the rule-based parser is of each field, from what it had to go on; a field below
the bar is left empty rather than guessed."""
from __future__ import annotations

from adapters.embedded.parsing.contact import Contact
from domain.resumes import EducationEntry, ExperienceEntry, ParsedConfidence, SkillEntry

# Below this the parser keeps a field empty.
MIN_CONFIDENCE = 0.5


def contact_confidence(contact: Contact) -> dict[str, float]:
    name = 0.0
    if contact.name:
        words = contact.name.split()
        name = 0.9 if contact.name_line == 0 else 0.75 if (contact.name_line or 0) <= 2 else 0.55
        if len(words) == 1:
            name -= 0.3  # one word: a heading or a place as often as a name
    phone = 0.0
    if contact.phone:
        phone = 0.9 if (contact.phone_at or 0) < 600 else 0.6
    location = 0.0
    if contact.location:
        location = 0.85 if contact.location_labelled else 0.65
    return {"name": name, "email": 0.95 if contact.email else 0.0, "phone": phone, "location": location}


def skills_confidence(skills: list[SkillEntry], from_sections: bool, known: int) -> float:
    if not skills:
        return 0.0
    share_known = known / len(skills)
    base = 0.7 if from_sections else 0.5
    return round(min(0.95, base + 0.25 * share_known), 2)


def experience_confidence(entries: list[ExperienceEntry], had_section: bool) -> float:
    if not entries:
        return 0.0
    complete = sum(1 for e in entries if e.title and e.company and e.start_date) / len(entries)
    return round((0.5 if had_section else 0.3) + 0.45 * complete, 2)


def education_confidence(entries: list[EducationEntry], had_section: bool) -> float:
    if not entries:
        return 0.0
    complete = sum(1 for e in entries if e.institution and e.degree) / len(entries)
    return round((0.5 if had_section else 0.3) + 0.45 * complete, 2)


def confidence_of(contact: Contact, skills: list[SkillEntry], known_skills: int, skills_listed: bool,
                  experience: list[ExperienceEntry], education: list[EducationEntry],
                  sections: set[str]) -> ParsedConfidence:
    fields = contact_confidence(contact)
    if not _holds_anything_of_a_resume(contact, skills, experience, education, sections):
        fields["name"] = 0.0  # a shopping or to-do list: its first line is an item, not a person
    return ParsedConfidence(
        **fields,
        skills=skills_confidence(skills, skills_listed, known_skills),
        experience=experience_confidence(experience, "experience" in sections),
        education=education_confidence(education, "education" in sections),
    )


def _holds_anything_of_a_resume(contact: Contact, skills: list[SkillEntry], experience: list[ExperienceEntry],
                                education: list[EducationEntry], sections: set[str]) -> bool:
    """A contact detail, a section, a job, a school or a skill: a document with none of them
    (a list uploaded by mistake) is no résumé, and so names no one."""
    return bool(contact.email or contact.phone or skills or experience or education or sections - {"other"})


def unsure_contact_left_empty(contact: Contact, confidence: ParsedConfidence) -> Contact:
    """A contact detail the parser is unsure of is not reported."""
    if confidence.name < MIN_CONFIDENCE:
        contact.name = None
    if confidence.location < MIN_CONFIDENCE:
        contact.location = None
    return contact



