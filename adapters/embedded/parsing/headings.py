"""What a heading means: its words matched against families of wording by their stems, so
that "Clinical Experience", "Employment Record", "Technical Proficiencies" and "Licences &
Registrations" open the section they name without a list of every heading ever written.

A heading is short and names its section by a head noun ("X Experience", "Y Skills"); the
other words are modifiers of any profession. A line is read as a heading only when it also
looks like one (see sections.py)."""
from __future__ import annotations

import re

# Stems (a word starting with one belongs to the family), most specific family first.
FAMILIES: dict[str, tuple[str, ...]] = {
    "certifications": ("licen", "certif", "credential", "registration", "accreditation",
                       "endorsement", "clearance", "training", "course", "permit", "seminar",
                       "workshop", "tickets", "cpd"),
    "education": ("educat", "academ", "schooling", "degree", "scholastic",
                  "qualification"),
    "experience": ("experien", "employ", "work", "career", "job", "position", "internship",
                   "appointment", "assignment", "placement", "history",
                   "background", "record", "rotation", "residency", "apprenticeship"),
    "skills": ("skill", "competenc", "proficienc", "expertise", "strength", "abilit", "tool",
               "technolog", "software", "capabilit", "aptitude", "stack", "literacy",
               "knowledge"),
    "languages": ("language",),
    "summary": ("summary", "profile", "objective", "overview", "about", "statement",
                "philosophy", "introduction"),
    "projects": ("project", "portfolio"),
    "other": ("contact", "award", "achievement", "hobb", "interest", "personal", "link", "publication",
              "reference", "referee", "declaration", "activit", "extra", "volunteer", "honou", "honor",
              "reward", "recognition", "membership", "affiliation", "information", "detail",
              "conference", "presentation", "patent", "leisure"),
}
# Stems that modify a heading's head noun but never are one ("Work Experience", "Career
# History"): a skill line such as "Social Work" or "Career Counselling" is no heading.
_MODIFIER_ONLY = ("work", "career", "job", "professional", "industry")
_CONNECTORS = {"of", "in", "the", "my", "our", "a", "an", "for", "to", "with"}
_WORD = re.compile(r"[a-zà-ÿ][a-zà-ÿ'’-]*")
# Head nouns that a more telling word before them overrides: "Skills Summary" is a skills
# section, "Academic Background" education, "Employment History" experience.
_WEAK_HEADS = ("summary", "profile", "overview", "background", "history", "detail",
               "information", "record")
_SUMMARY_OVERRIDES = {"skills", "education", "certifications", "languages", "projects"}


_FAMILY_STEMS = [(family, re.compile("|".join(map(re.escape, stems)))) for family, stems in FAMILIES.items()]


def _family(word: str) -> str | None:
    for family, stems in _FAMILY_STEMS:
        if stems.match(word):
            return family
    return None


family_of_word = _family


def _weak(word: str) -> bool:
    return word.startswith(_WEAK_HEADS)


# Words after a heading's head noun: "Languages Known", "About Me", "Positions Held".
_TRAILING = {"me", "known", "held", "undertaken", "completed", "obtained", "attended", "acquired",
             "gained", "spoken", "so", "far", "to", "date", "set", "sets"}
# Labels inside an entry, never section headings: "Description of Project", "Tool Used",
# "Roles and Responsibilities", "Team Size".
_ENTRY_LABELS = ("description", "responsibilit", "role", "duties", "used", "client", "environment",
                 "team", "size", "duration", "title", "bachelor", "master", "diploma", "board",
                 "universit", "college", "institut")
_INSTITUTION_WORDS = {"school", "schools"}
_SERVICE_AS_JOBS = ("military", "national", "army", "sea", "seagoing", "sea-going", "shipboard", "onboard")
# Head nouns that name a skills section only when the heading is plainly one ("TOOLS",
# "Software:"), being ordinary words of degree and company names otherwise.
WEAK_SKILL_HEADS = ("technolog", "tool", "software", "abilit", "strength", "stack", "capabilit")


def _part_meaning(words: list[str]) -> str | None:
    words = [w for w in words if w not in _CONNECTORS]
    while len(words) > 1 and words[-1] in _TRAILING:
        words = words[:-1]
    if not words:
        return None
    head_word = words[-1]
    head = None if head_word.startswith(_MODIFIER_ONLY) else _family(head_word)
    modifiers = [f for w in words[:-1] if (f := _family(w)) and f != "other" and not _weak(w)]
    if head is None and head_word.startswith("development") and \
            any(w in ("professional", "continuing", "continuous") for w in words[:-1]):
        return "certifications"  # "Continuing Professional Development", not "Business Development"
    if head is None and head_word.startswith("test") and "trade" in words[:-1]:
        return "certifications"  # "Trade Test(s)": the South African trade qualification
    if head is None and head_word == "service" and words[0] in _SERVICE_AS_JOBS:
        # "National Service" (Singapore, Israel...): a posting like a job; a seafarer's "Sea
        # Service" lists the ships served on, each a job
        return "experience"
    if head is None:
        return None
    if _weak(head_word) and modifiers:
        if head == "summary" and modifiers[0] not in _SUMMARY_OVERRIDES:
            return "summary"
        return modifiers[0]
    if head == "education" and head_word.startswith("qualification"):
        # "Professional Qualifications" are licences and memberships (ACCA, CEng); "Key
        # Qualifications" are skills; "Summary of Qualifications" (US) is the person's
        # summary; plain or academic ones are education
        if words[0] in ("summary", "highlights"):
            return "summary"
        if "professional" in words[:-1]:
            return "certifications"
        if any(w in ("technical", "key", "core") for w in words[:-1]):
            return "skills"
    return head


def meaning(words: list[str]) -> str | None:
    """The section a heading's words name, or None. Parts joined by "and" ("Education and
    Training", "Licences & Certifications") take the first part that names a section, but
    education whichever place it has beside training or certificates."""
    parts: list[list[str]] = []
    current: list[str] = []
    for w in words:
        if w in ("and", "or"):
            parts.append(current)
            current = []
        else:
            current.append(w)
    parts.append(current)
    if any(w.startswith(_ENTRY_LABELS) or w in _INSTITUTION_WORDS for w in words):
        return "entry-label"
    found = [m for part in parts if (m := _part_meaning(part))]
    if not found:
        return None
    if found[0] == "certifications" and "education" in found:
        return "education"  # "Training & Education": the schools and what they awarded
    return found[0] if found[0] != "other" or len(found) == 1 else found[1]


MAX_HEADING_WORDS = 6
MAX_HEADING_CHARS = 60


_TRANSLATION_AFTER = re.compile(r"\s*\(([^\W\d_][^()\d,;]{2,40})\)\s*$")


def heading_shaped(text: str) -> bool:
    """Short, and no sentence, list, date or address; a translation in brackets after it
    ("PENDIDIKAN (EDUCATION)") is read as more of its words, one after a slash as a heading of
    its own."""
    text = _TRANSLATION_AFTER.sub(r" \1", text)
    halves = text.split(" / ")
    if len(halves) == 2 and all(h.strip() for h in halves):
        # "KINH NGHIỆM LÀM VIỆC / WORK EXPERIENCE": a heading and its translation after a slash
        return all(heading_shaped(h) for h in halves)
    words = text.split()
    if not 1 <= len(words) <= MAX_HEADING_WORDS or len(text) > MAX_HEADING_CHARS:
        return False
    return not re.search(r"[.!?;,]$|[,;(]|\d{3,}|@|https?:", text)


def words_of(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("&", " and "))
