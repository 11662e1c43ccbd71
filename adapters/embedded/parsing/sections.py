"""Splits a resume into its sections. A line opens a section when it looks like a heading
(short, no sentence, in capitals, title case or ending with a colon) and its words name a
section (headings.py: families of wording, not a list of headings)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from adapters.embedded.parsing.headings import WEAK_SKILL_HEADS, meaning, words_of

MAX_HEADING_WORDS = 6
MAX_HEADING_CHARS = 60
_ORNAMENT = "#_=~|:*- \t"
_BULLETS = "•●❖▪·►➢■◆✓o-*"
# Sections whose entries carry labelled fields ("Project: X", "Tools used: Y").
_ENTRY_SECTIONS = ("experience", "projects")
_NUMBERING = re.compile(r"^(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]\s+", re.I)
_SMALL = {"and", "or", "of", "in", "the", "my", "a", "an", "for", "to", "with", "&"}


@dataclass
class Section:
    name: str
    heading: str
    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines).strip()


def _looks_like_heading(text: str, had_colon: bool) -> bool:
    words = text.split()
    if not 1 <= len(words) <= MAX_HEADING_WORDS or len(text) > MAX_HEADING_CHARS:
        return False
    if re.search(r"[.!?;,]$|[,;(]|\d{3,}|@|https?:", text):
        return False
    if had_colon or text.isupper() or len(words) <= 2:
        return True
    return all(w[0].isupper() or not w[0].isalpha() or w.lower() in _SMALL for w in words)


def heading_of(line: str, inside: str | None = None) -> tuple[str, str] | None:
    """(section name, rest of the line) when the line opens a section: "SKILLS", "Education:",
    "Clinical Experience", "Technical Skills: Java, SQL". `inside`: the section the line is in."""
    stripped = line.strip()
    bulleted = stripped[:1] in _BULLETS and stripped[1:2] in (" ", "\t")
    stripped = _NUMBERING.sub("", stripped.strip(_BULLETS + _ORNAMENT)).strip()
    if not stripped or len(stripped) > 200 or (bulleted and not stripped.isupper()):
        return None
    head, sep, rest = stripped.partition(":")
    head = head.strip(_ORNAMENT)
    if sep and not head:
        return None
    if not _looks_like_heading(head, bool(sep)):
        return None
    if rest.strip() and inside in _ENTRY_SECTIONS:
        return None  # a labelled field of an entry, not a new section
    words = words_of(head)
    name = meaning(words)
    if name == "entry-label":
        # "Roles and Responsibilities" inside a job belongs to it; elsewhere it ends a list
        ends_a_list = any(w.startswith(("responsibilit", "role", "duties")) for w in words)
        name = "other" if inside == "skills" and len(words) <= 3 and ends_a_list else None
    if name is None:
        return None
    plain = head.isupper() or (sep and not rest.strip()) or len(words) == 1
    if name == "skills" and words[-1].startswith(WEAK_SKILL_HEADS) and not plain:
        return None
    if name == "languages":
        name = "skills"  # languages are skills of the LANGUAGE kind
    return name, rest.strip()


def split_sections(text: str) -> tuple[list[str], list[Section]]:
    """The lines before the first heading (the header block) and the sections in order."""
    header: list[str] = []
    sections: list[Section] = []
    for line in text.splitlines():
        inside = sections[-1].name if sections else None
        found = heading_of(line, inside)
        if found and found[0] == inside and not found[1] and not _emphatic(line):
            found = None  # a sub-heading of the same section ("Key Technical Skills") is its content
        if found:
            name, rest = found
            sections.append(Section(name, line.strip(), [rest] if rest else []))
        elif sections:
            sections[-1].lines.append(line)
        else:
            header.append(line)
    return header, sections


def _emphatic(line: str) -> bool:
    text = line.strip().strip(_BULLETS + _ORNAMENT)
    return text.isupper() or line.rstrip().endswith(":")


def section_texts(sections: list[Section]) -> dict[str, str]:
    out: dict[str, list[str]] = {}
    for s in sections:
        if s.text and s.name != "other":
            out.setdefault(s.name, []).append(s.text)
    return {k: "\n\n".join(v) for k, v in out.items()}
