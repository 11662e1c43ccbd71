"""Splits a resume into its sections by their headings."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

HEADINGS = {
    "summary": ["summary", "professional summary", "profile", "professional profile", "objective",
                "career objective", "objectives", "about me", "career summary", "overview",
                "executive summary", "personal statement", "profile summary"],
    "experience": ["experience", "work experience", "professional experience", "employment",
                   "employment history", "work history", "career history", "professional exposure",
                   "relevant experience", "internships", "internship", "experience details",
                   "professional background", "work profile", "job history"],
    "education": ["education", "educational qualification", "educational qualifications",
                  "academic qualification", "academic qualifications", "academics", "qualifications",
                  "academic profile", "academic background", "education and training",
                  "educational background", "scholastic profile", "academic details"],
    "skills": ["skills", "technical skills", "key skills", "skill set", "skillset", "core competencies",
               "competencies", "it skills", "computer skills", "personal skills", "technical skill",
               "personal skill", "soft skills", "areas of expertise", "expertise",
               "technical proficiency", "technical expertise", "skills and abilities", "tools",
               "technologies", "software skills", "professional skills", "other skills",
               "key competencies", "core skills", "strengths", "strength", "technical summary",
               "technical competencies", "professional competencies", "languages known", "software"],
    "certifications": ["certifications", "certification", "certificates", "licenses",
                       "licenses and certifications", "certifications and trainings", "trainings",
                       "training", "courses"],
    "projects": ["projects", "key projects", "academic projects", "personal projects",
                 "project details", "project", "major projects"],
    "other": ["additional information", "awards", "achievements", "hobbies", "interests",
              "personal details", "personal information", "links", "publications", "languages",
              "references", "declaration", "activities", "extra curricular activities",
              "co curricular activities", "personal traits", "areas of interest", "volunteering",
              "hobby", "rewards", "rewards and recognitions", "awards and recognitions",
              "roles and responsibilities", "responsibilities", "honors", "honours"],
}
_LOOKUP = {h: name for name, hs in HEADINGS.items() for h in hs}
_CLEAN = re.compile(r"[^a-z ]+")


@dataclass
class Section:
    name: str
    heading: str
    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines).strip()


def heading_of(line: str) -> tuple[str, str] | None:
    """(section name, rest of the line) when the line opens a section: "SKILLS", "Education:",
    "Technical Skills: Java, SQL"."""
    stripped = line.strip().strip("•●❖▪*#-_=~|").strip()
    if not stripped or len(stripped) > 80:
        return None
    head, sep, rest = stripped.partition(":")
    key = " ".join(_CLEAN.sub(" ", head.lower().replace("&", " and ")).split())
    if key not in _LOOKUP:
        return None
    if not sep and len(stripped) > 45:
        return None
    return _LOOKUP[key], rest.strip()


def split_sections(text: str) -> tuple[list[str], list[Section]]:
    """The lines before the first heading (the header block) and the sections in order."""
    header: list[str] = []
    sections: list[Section] = []
    for line in text.splitlines():
        found = heading_of(line)
        if found:
            name, rest = found
            sections.append(Section(name, line.strip(), [rest] if rest else []))
        elif sections:
            sections[-1].lines.append(line)
        else:
            header.append(line)
    return header, sections


def section_texts(sections: list[Section]) -> dict[str, str]:
    out: dict[str, list[str]] = {}
    for s in sections:
        if s.text and s.name != "other":
            out.setdefault(s.name, []).append(s.text)
    return {k: "\n\n".join(v) for k, v in out.items()}
