"""Splits a resume into its sections. A line opens a section when it looks like a heading
(short, no sentence, in capitals, title case or ending with a colon) and its words name a
section (headings.py: families of wording, not a list of headings)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from adapters.embedded.parsing.dates import find_ranges
from adapters.embedded.parsing.education_labels import labelled_field
from adapters.embedded.parsing.education_words import DEGREE, INSTITUTION
from adapters.embedded.parsing.form_layout import a_form
from adapters.embedded.parsing.heading_languages import foreign_meaning, meaning_in_its_language
from adapters.embedded.parsing.headings import (
    WEAK_SKILL_HEADS,
    heading_shaped,
    meaning,
    words_of,
)
from adapters.embedded.parsing.job_headings import names_the_jobs
from adapters.embedded.parsing.job_titles import COMPANY_WORDS, title_score
from adapters.embedded.parsing.layout_headings import Looks, content_meaning

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


def _looks_like_heading(text: str, had_colon: bool, emphasised: bool = False) -> bool:
    if not heading_shaped(text):
        return False
    words = text.split()
    if had_colon or emphasised or text.isupper() or len(words) <= 2:
        return True
    return all(w[0].isupper() or not w[0].isalpha() or w.lower() in _SMALL for w in words)


def _sentence_case_foreign_heading(text: str) -> bool:
    """French, Spanish, Italian, Portuguese, Dutch and Polish write headings in sentence case
    ("Istruzione e formazione"): short, capitalised, and opened by a heading noun."""
    return (heading_shaped(text) and len(text.split()) <= 4 and text[:1].isupper()
            and foreign_meaning(text) is not None)


def heading_of(line: str, inside: str | None = None, emphasised: bool = False) -> tuple[str, str] | None:
    """(section name, rest of the line) when the line opens a section: "SKILLS", "Education:",
    "Clinical Experience", "Technical Skills: Java, SQL". `inside`: the section the line is in;
    `emphasised`: set in bold or larger type, which makes a heading of any case."""
    stripped = line.strip()
    bulleted = stripped[:1] in _BULLETS and stripped[1:2] in (" ", "\t")
    # An "o" is a bullet only before its item: "Carta de condução", "Curso" keep their last letter.
    stripped = _NUMBERING.sub("", stripped.lstrip(_BULLETS + _ORNAMENT).rstrip(_BULLETS.replace("o", "") + _ORNAMENT)).strip()
    if not stripped or len(stripped) > 200 or (bulleted and not stripped.isupper()):
        return None
    head, sep, rest = stripped.partition(":")
    head = head.strip(_ORNAMENT)
    if sep and not head:
        return None
    if not rest.strip() and names_the_jobs(head):
        return "experience", ""
    if not _looks_like_heading(head, bool(sep), emphasised and not rest.strip()) and \
            not _sentence_case_foreign_heading(head):
        return None
    words = words_of(head)
    name = meaning_in_its_language(head)
    if rest.strip() and inside in _ENTRY_SECTIONS and not _credentials_listed(head, name, rest):
        return None  # a labelled field of an entry, not a new section
    if rest.strip() and inside == "education" and DEGREE.search(head) and INSTITUTION.search(rest):
        return None  # "National Certificate: Contact Centre Operations, Durban University ...": an entry
    if rest.strip() and inside == "education" and not head.isupper() and labelled_field(stripped):
        return None  # "Course: Diploma in Welding" under "Institution: ...": a field of the entry
    if name == "entry-label":
        # "Roles and Responsibilities" inside a job belongs to it; elsewhere it ends a list
        ends_a_list = any(w.startswith(("responsibilit", "role", "duties")) for w in words)
        name = "other" if inside == "skills" and len(words) <= 3 and ends_a_list else None
    if name is None:
        return None
    plain = head.isupper() or (sep and not rest.strip()) or len(words) == 1 or emphasised
    strong = any(w.startswith(("skill", "competenc", "proficienc", "expertise")) for w in words) \
        or words in (["tech", "stack"], ["technology", "stack"], ["technical", "stack"]) \
        or (len(words) == 2 and words[0].startswith("language"))  # a developer's "Tech Stack"; "Language Ability"
    # (words_of reads Latin letters only: a Cyrillic heading has none, and no weak English head)
    if name == "skills" and words and words[-1].startswith(WEAK_SKILL_HEADS) and not plain and not strong:
        return None
    if name == "languages":
        name = "skills"  # languages are skills of the LANGUAGE kind
    return name, rest.strip()


_LISTED_ITEMS = re.compile(r"[,;]|\b(?:19|20)\d\d\b")


def _credentials_listed(head: str, name: str | None, rest: str) -> bool:
    """"TRAINING: Driver CPC, 2022; ADR" after a job opens the person's training, not a field
    of the job: a heading of credentials or schooling in capitals, or followed by a list of
    them (items, years) rather than a sentence about the job."""
    if name not in ("certifications", "education"):
        return False
    return head.isupper() or bool(_LISTED_ITEMS.search(rest))


def names_languages(heading: str) -> bool:
    """The heading ("LANGUAGES", "Sprachen: Deutsch, Englisch") opens a languages section, which
    heading_of files under skills: it lists languages, not the person's other skills."""
    head = _NUMBERING.sub("", heading.strip().strip(_BULLETS + _ORNAMENT)).partition(":")[0].strip(_ORNAMENT)
    return (meaning(words_of(head)) or foreign_meaning(head)) == "languages"


def split_sections(text: str, looks: Looks | None = None) -> tuple[list[str], list[Section]]:
    """The lines before the first heading (the header block) and the sections in order.
    looks: how the lines are set, where the document says (DOCX, PDF)."""
    looks = looks or Looks(())
    header: list[str] = []
    sections: list[Section] = []
    by_look: set[int] = set()
    lines = text.splitlines()
    form = a_form(lines)
    for index, line in enumerate(lines):
        inside = sections[-1].name if sections else None
        # (on a form every line is a labelled field: one whose label names a section opens it,
        # as nothing else there would)
        found = heading_of(line, None if form else inside, looks.emphasised(line))
        if found and found[0] == inside and not found[1] and not _emphatic(line) and \
                names_languages(line.strip()) == names_languages(sections[-1].heading):
            # a sub-heading of the same section ("Key Technical Skills") is its content; a
            # languages heading after a skills list ("Sprachen") opens its own
            found = None
        if found and (_first_job_title(found, line, sections, lines[index + 1:]) or _an_item_run_on(found, line, sections)
                      or _a_jobs_own_label(found, line, sections) or _a_details_field(found, line, sections)
                      or _first_entry_labelled(found, line, sections)
                      or _a_credential_run_on(found, line, sections, lines[index + 1:])):
            found = None
        if found:
            name, rest = found
            sections.append(Section(name, line.strip(), [rest] if rest else []))
        elif _heading_by_look(line, looks, sections, header):
            by_look.add(len(sections))
            sections.append(Section("other", line.strip()))
        elif sections:
            sections[-1].lines.append(line)
        else:
            header.append(line)
    return header, _named_by_content(sections, by_look, looks)


def _first_job_title(found: tuple[str, str], line: str, sections: list[Section], after: list[str]) -> bool:
    """"Software" or "Training" written right under the experience heading, over an employer
    and the dates, is the first job's title: a heading there would leave the experience empty.
    A heading in capitals or with a colon, or one over schooling, still opens its section.
    Further down the jobs, where the headings are set in capitals or with a colon, a plain line
    that names an occupation ("Early Years Educator", "Training Officer") over an employer and
    dates is the next job's title too."""
    if not sections or sections[-1].name != "experience" or found[1] or _emphatic(line) or \
            found[0] == "experience":
        return False
    if any(t.strip() for t in sections[-1].lines) and \
            not (title_score(line.strip()) > 0 and all(_emphatic(s.heading) for s in sections)):
        return False
    following = [t.strip() for t in after if t.strip()][:3]
    if any(DEGREE.search(t) or INSTITUTION.search(t) for t in following):
        return False
    return any(find_ranges(t) for t in following)


# What a job achieved, labelled inside its entry ("Key achievements:", "Highlights:").
_A_JOBS_OWN_LABEL = re.compile(r"^(?:key\s+|main\s+|notable\s+|selected\s+)?(?:achievements?|accomplishments?|highlights|"
                               r"results|successes|contributions)\s*:\s*$", re.IGNORECASE)


def _a_jobs_own_label(found: tuple[str, str], line: str, sections: list[Section]) -> bool:
    """"Key achievements:" right under a job's header or duties (no blank line between), in
    the jobs' section, not in capitals: a label of that job's list, not a section of awards
    that would take every later job with it."""
    if not sections or sections[-1].name != "experience" or found[0] != "other" or found[1]:
        return False
    items = sections[-1].lines
    return bool(items) and bool(items[-1].strip()) and not line.strip().isupper() \
        and _A_JOBS_OWN_LABEL.match(line.strip()) is not None


def _a_details_field(found: tuple[str, str], line: str, sections: list[Section]) -> bool:
    """"Home Language: Sesotho" or "Driver's Licence: Code 10" among a personal-details
    block's labelled lines, its value beside it: one more field of the form, not a section
    that would take the address and the rest of the block with it (one in capitals still is)."""
    if not sections or sections[-1].name != "other" or not found[1] or line.partition(":")[0].strip().isupper():
        return False
    from adapters.embedded.parsing.personal_details import names_personal_details  # it reads Section from here

    # Right under a labelled line: a blank line ends the form's run of fields.
    items = sections[-1].lines
    return bool(items) and ":" in items[-1] and names_personal_details(sections[-1].heading)


def _first_entry_labelled(found: tuple[str, str], line: str, sections: list[Section]) -> bool:
    """"Trade Test: Fitter – INDLELA, 2014" right under "QUALIFICATIONS": a labelled entry of
    schooling or credentials, first under their heading, is its content (a heading there would
    leave the section empty), unless set in capitals as a heading of its own."""
    if not sections or not found[1] or _emphatic(line.partition(":")[0]) or any(t.strip() for t in sections[-1].lines):
        return False
    kinds = ("education", "certifications")
    return sections[-1].name in kinds and found[0] in kinds and found[0] != sections[-1].name


def _an_item_run_on(found: tuple[str, str], line: str, sections: list[Section]) -> bool:
    """"CWB All Position" right under "Red Seal Welder" in a TICKETS list: where every heading
    is written in capitals or with a colon, a plain line that runs on from a list's item (no
    blank line between) is one more item of the list, not a jobs' or schools' heading (one of
    unknown words, "Roles and Responsibilities", still opens a section)."""
    if not sections or sections[-1].name not in ("certifications", "skills") or found[0] not in ("experience", "education") \
            or found[1] or _emphatic(line):
        return False
    items = sections[-1].lines
    return bool(items) and bool(items[-1].strip()) and all(_emphatic(s.heading) for s in sections)


# One credential's name, ending in its singular head noun: "Care Certificate", "Food Hygiene Card".
_ONE_CREDENTIAL = re.compile(r"^\w[\w'’&-]*(?:\s+[\w'’&-]+){0,3}\s+(?:certificate|licen[cs]e|card|ticket|permit|passport)$",
                             re.IGNORECASE)


def _a_credential_run_on(found: tuple[str, str], line: str, sections: list[Section], after: list[str]) -> bool:
    """"Care Certificate" right under "NVQ Level 3 Health and Social Care", a blank line after
    it: one credential's name that runs on from a list of schooling, credentials or skills and
    would head an empty section is the list's last item, not a heading (one in capitals or with
    a colon still is)."""
    if not sections or found[1] or _emphatic(line) or sections[-1].name not in ("education", "certifications", "skills"):
        return False
    items = sections[-1].lines
    return bool(items) and bool(items[-1].strip()) and (not after or not after[0].strip()) \
        and _ONE_CREDENTIAL.match(line.strip()) is not None


_CONTACT_DETAIL = re.compile(r"@|\d[\d\s().-]{7,}\d")


_FUNCTION_WORDS = frozenset("i me my we our you your where what how have has had the a an of "
                            "and or in on at to for with is are was do did".split())


def _could_be_a_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 4 and all(
        w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() and w.lower() not in _FUNCTION_WORDS
        for w in words)


def _heading_by_look(line: str, looks: Looks, sections: list[Section], header: list[str]) -> bool:
    """Set like the recognised headings and shaped like one. In the header block, not what
    could be the person's name (often set the same way) unless the contact details below the
    name have been read already."""
    if not looks or not any(h.strip() for h in [*header, *(s.heading for s in sections)]):
        return False
    text = line.strip().strip(_BULLETS + _ORNAMENT)
    if not sections and _could_be_a_name(text) and not any(_CONTACT_DETAIL.search(h) for h in header):
        return False
    return looks.like_a_heading(line) and heading_shaped(text) and \
        meaning(words_of(text)) != "entry-label"


def _named_by_content(sections: list[Section], by_look: set[int], looks: Looks) -> list[Section]:
    """Sections opened by look alone take the meaning of their lines; one whose lines belong
    to the section it stands in (a job title set like the headings) is that section's content."""
    out: list[Section] = []
    for index, section in enumerate(sections):
        if index in by_look:
            name = content_meaning(section.lines)
            previous = out[-1] if out else None
            entry_within = previous is not None and previous.name in ("experience", "education") and \
                name not in ("experience", "education", "certifications") and not looks.larger(section.heading) \
                and (name != "skills" or _reads_like_an_entry(section.heading))
            if previous is not None and (name == previous.name or entry_within):
                # Within a skills list a line set like a heading labels a group ("Clinical").
                label = f"{section.heading.rstrip(':')}:" if previous.name == "skills" else section.heading
                previous.lines.extend([label, *section.lines])
                continue
            section.name = name
        out.append(section)
    return out


def _reads_like_an_entry(heading: str) -> bool:
    """A bold line that is a job or a school ("Senior Pharmacist", "BSc Nursing", "Acme Ltd"),
    not the heading of a list ("What I'm Good At")."""
    return title_score(heading) > 0 or bool(COMPANY_WORDS.search(heading) or DEGREE.search(heading)
                                            or INSTITUTION.search(heading) or find_ranges(heading))


def _emphatic(line: str) -> bool:
    text = line.strip().strip(_BULLETS + _ORNAMENT)
    return text.isupper() or line.rstrip().endswith(":")


def section_texts(sections: list[Section]) -> dict[str, str]:
    out: dict[str, list[str]] = {}
    for s in sections:
        if s.text and s.name != "other":
            out.setdefault(s.name, []).append(s.text)
    return {k: "\n\n".join(v) for k, v in out.items()}
