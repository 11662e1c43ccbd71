"""The embedded, rule-based ResumeParser: sections, contact, experience, education, skills."""
from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from datetime import date

from adapters.embedded.parsing.confidence import confidence_of, unsure_contact_left_empty
from adapters.embedded.parsing.contact import parse_contact
from adapters.embedded.parsing.contact_separators import glyphs_as_bullets
from adapters.embedded.parsing.dates import find_ranges, total_years
from adapters.embedded.parsing.degree_abbreviations import degree_abbreviations_bracketed
from adapters.embedded.parsing.document_title_lines import document_title_lines_joined
from adapters.embedded.parsing.dot_leaders import leaders_as_gaps
from adapters.embedded.parsing.driving_licences import classes_named, names_a_driving_licence
from adapters.embedded.parsing.education import parse_education
from adapters.embedded.parsing.education_words import INSTITUTION
from adapters.embedded.parsing.europass_labels import europass_labels_read
from adapters.embedded.parsing.experience import parse_experience
from adapters.embedded.parsing.graded_subjects import without_graded_subjects
from adapters.embedded.parsing.headline_job import headline_job, headline_title
from adapters.embedded.parsing.inline_trainings import inline_training_lists, with_inline_trainings
from adapters.embedded.parsing.job_lines import jobs_without_heading
from adapters.embedded.parsing.labels_before_bars import labels_before_bars_read
from adapters.embedded.parsing.layout_headings import Looks
from adapters.embedded.parsing.linkedin_export import name_block_first
from adapters.embedded.parsing.markdown_text import plain_of_markdown
from adapters.embedded.parsing.page_furniture import without_page_furniture
from adapters.embedded.parsing.personal_details import names_personal_details, personal_details_apart
from adapters.embedded.parsing.repaired_text import repaired
from adapters.embedded.parsing.sections import Section, names_languages, section_texts, split_sections
from adapters.embedded.parsing.site_export import read_site_export
from adapters.embedded.parsing.skills import resume_skills
from adapters.embedded.parsing.summary_jobs import dated_jobs_in_summary
from adapters.embedded.parsing.text_columns import read_columns
from adapters.embedded.parsing.training_lines import listed_courses, with_courses
from adapters.embedded.parsing.unheaded import sections_by_content
from domain.document_layout import LineLook
from domain.ports.documents import SkillExtractor
from domain.registered_professions import with_professions_written
from domain.resumes import EducationEntry, ParsedResume

_LICENSING = re.compile(r"licen|certif|registration|credential|ticket|permit|endorse|rating|trade\s+test|^\s*$", re.IGNORECASE)


class RuleBasedResumeParser:
    """Implements domain.ports.documents.ResumeParser. `today` is injected so that "Present"
    means the same thing in a test as it does in production."""

    def __init__(self, skills: SkillExtractor, today: Callable[[], date] = date.today) -> None:
        self._skills = skills
        self._today = today

    async def parse(self, text: str, looks: Sequence[LineLook] = ()) -> ParsedResume:
        return self.parse_text(text, looks)

    def _names_a_skill(self, text: str) -> bool:
        return self._skills.canonical(text) is not None

    def parse_text(self, text: str, looks: Sequence[LineLook] = ()) -> ParsedResume:
        text = repaired(html.unescape(text)).replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
        export = read_site_export(text)
        text = export.conventional_text() if export is not None else text
        text = name_block_first(europass_labels_read(without_page_furniture(leaders_as_gaps(text))))
        text = document_title_lines_joined(labels_before_bars_read(text))
        if not looks:
            text = read_columns(plain_of_markdown(text))  # documents with looks were read column by column already
        header, sections = jobs_without_heading(*sections_by_content(*split_sections(text, Looks(looks))))
        # A contact or personal-details section (a sidebar, a German Lebenslauf) adds to the header,
        # and so do its labelled lines that fell into another section.
        contact_lines = [line for s in sections if s.name == "other" and names_personal_details(s.heading)
                         for line in s.lines] + personal_details_apart(sections)
        top = header + contact_lines if any(h.strip() for h in header) else contact_lines
        contact = parse_contact(text, [glyphs_as_bullets(line) for line in top])
        experience_text = "\n".join(s.text for s in sections if s.name == "experience")
        # (a blank line between two schooling sections: the second's first line is no detail of the first's last entry)
        education_text = degree_abbreviations_bracketed("\n\n".join(s.text for s in sections if s.name == "education"))
        skills_texts = [s.text for s in sections if s.name == "skills" and not names_languages(s.heading)]
        # A languages section alone is no skills section: the other skills are then read from the text
        language_texts = [s.text for s in sections if s.name == "skills" and names_languages(s.heading)]
        # Unknown credentials are kept as written from licence sections, not from trainings
        licence_texts = [classes_named(s.heading, s.text) if names_a_driving_licence(s.heading) else s.text
                         for s in sections if s.name == "certifications" and _licensing(s.heading)]
        training_texts = [s.text for s in sections if s.name == "certifications" and not _licensing(s.heading)]
        training_headings = [s.heading for s in sections if s.name == "certifications" and not _licensing(s.heading)]
        # "Qualifications" lists tickets beside degrees ("- ADR", "- Driver CPC"): the credentials
        # it lists are read as a training list's are; its degrees are no credential the taxonomy knows.
        listing_texts = [*training_texts, *(without_graded_subjects(s.text) for s in sections
                                            if s.name == "education" and _lists(s.heading))]
        entries, ranges = parse_experience(experience_text)
        if export is not None:  # the export's jobs are its company pairs; their dates are in the descriptions
            entries = export.entries()
            ranges = [r for e in entries for r in find_ranges(e.description or "")]
        elif not entries:  # no experience section, or one that gave no job: the summary may tell them,
            # and so may that section's own sentences (a paragraph taken for jobs with no heading)
            told_in = [*header, *(s.text for s in sections if s.name in ("summary", "experience"))]
            entries, told = dated_jobs_in_summary("\n".join(told_in), self._names_a_skill)
            ranges = [*ranges, *told]  # their dates count toward the years of experience too
        current = headline_job(header, contact.name_line, entries, self._names_a_skill) \
            if export is None and any(h.strip() for h in header) else None
        entries = [current, *entries] if current else entries
        section_names = {s.name for s in sections}
        if not entries and (alone := headline_title(header, contact.name_line,
                                                     "education" in section_names and "experience" not in section_names)):
            entries = [alone]
        education = parse_education(education_text) + _courses_at_schools(training_texts, education_text)
        organisations = [e.company for e in entries if e.company] + \
            [e.institution for e in education if e.institution] + _schools_in_brackets(education_text)
        texts = section_texts(sections)
        # Beside a skills section, the jobs' descriptions (not their titles: a "Journeyman
        # Electrician" job is no licence), the summary and the schooling still name credentials
        # and a trade's skills (skills.resume_skills).
        # The person's own name names no skill either ("Jane Doe" is no DOE, Design of Experiments).
        names = [*organisations, contact.name, *([contact.name_written] if contact.name_written else [])] \
            if contact.name else organisations
        skills = resume_skills(skills_texts, licence_texts, _without_headings(text, sections), self._skills, names,
                               (*contact.letters_after_name, *contact.letters_after_headline), listing_texts,
                               language_texts, [*(e.description for e in entries if e.description),
                                                texts.get("summary") or ""],
                               "\n".join(header), education_text)
        skills = with_inline_trainings(skills, inline_training_lists(sections), self._skills)
        skills = with_courses(skills, listed_courses(training_texts, training_headings), self._skills)
        skills = with_professions_written(skills, "\n".join(header), self._skills)
        known = sum(1 for s in skills if self._skills.canonical(s.name))
        confidence = confidence_of(contact, skills, known, any(t.strip() for t in skills_texts),
                                   entries, education, section_names)
        contact = unsure_contact_left_empty(contact, confidence)
        return ParsedResume(
            name=contact.name, email=contact.email, phone=contact.phone, location=contact.location,
            summary=texts.get("summary"),
            skills=skills,
            experience=entries,
            education=education,
            total_years_experience=export.years(total_years(ranges, self._today())) if export is not None
            else total_years(ranges, self._today()),
            confidence=confidence,
            sections=texts,
        )


def _courses_at_schools(training_texts: list[str], education_text: str) -> list[EducationEntry]:
    """A vocational qualification listed under "Training" with the school that taught it
    ("Certificate III in Electrotechnology, TAFE Queensland, 2015", "NVQ Level 2 Health and
    Social Care, Bristol College, 2017") is education too, as trades write it; a course with
    no school ("Care Certificate, 2018", "First Aid at Work") stays a credential only."""
    taught = [e for e in parse_education("\n".join(training_texts))
              if e.institution and e.degree and INSTITUTION.search(e.institution)]
    return [e for e in taught if e.degree and e.degree.casefold() not in education_text.casefold()]


_BRACKETED = re.compile(r"\(([^()]+)\)")


def _schools_in_brackets(education_text: str) -> list[str]:
    """The university a college answers to, in brackets on its line ("Government College of
    Nursing – 2017 (Kerala University of Health Sciences)"): a name, whose words ("Health
    Sciences") name no skill of the person's."""
    return [m.group(1).strip() for m in _BRACKETED.finditer(education_text) if INSTITUTION.search(m.group(1))]


def _lists(heading: str) -> bool:
    """A heading under which credentials are listed as well as schooling ("Qualifications",
    "Education & Certifications"), not schooling alone ("Education")."""
    return bool(re.search(r"qualifi|certifi|licen[cs]|ticket|training|course", heading, re.I))


def _licensing(heading: str) -> bool:
    return bool(_LICENSING.search(heading)) or names_a_driving_licence(heading)


# "Email tyrone@...", "Phone (205) ...", "Mobile: +44 ...": the label of a contact detail names no skill.
_CONTACT_LABEL = re.compile(r"\b(?:e-?mail|phone|mobile|tel|cell|whatsapp)\b\.?\s*:?\s*(?=[\w.+-]+@|[+(]?\d)", re.IGNORECASE)


def _without_headings(text: str, sections: Sequence[Section]) -> str:
    """The text with its section headings blanked: "CLINICAL EXPERIENCE" names no skill (it
    read as Oracle Clinical); a heading's own content ("Summary: CDL driver") is kept."""
    heads = {s.heading.partition(":")[0].strip() for s in sections if s.heading.strip()}
    lines = []
    for line in _CONTACT_LABEL.sub(" ", text).split("\n"):
        head, colon, rest = line.strip().partition(":")
        if head.strip() in heads:
            line = " " * (len(line) - len(rest)) + rest if colon else ""
        lines.append(line)
    return "\n".join(lines)
