"""A training or courses section written one course a line ("Safeguarding Adults Level 3",
"Direção Defensiva – SENAI", "Sertifikat K3 Umum - BNSP", "Manipulador de alimentos (10 h)"):
the courses the taxonomy does not know are the person's credentials too, named as written.
A line is read as a course only when it is shaped like one: a course's or certificate's word
in one of the languages résumés are written in, a level or a grade, a duration, an awarding
body after a dash, or the course's initials in brackets. What follows the name on its line
(the body, a town, the year) is no part of it, and a sentence about the training is no course."""
from __future__ import annotations

import re
from dataclasses import dataclass

from adapters.embedded.parsing.education_words import INSTITUTION
from adapters.embedded.parsing.inline_trainings import says_about_courses
from adapters.embedded.parsing.job_titles import COMPANY_WORDS
from adapters.embedded.parsing.work_places import a_place_name
from domain.credential_shape import CREDENTIAL_WORDS, a_score
from domain.ports.documents import SkillExtractor
from domain.resumes import SkillEntry
from domain.skills import SkillKind

_MARKS = " \t-*•●▪■◆➢►✓◦·»›▸▹➤➔→⇒✔★☆◇○❯‣⁃∙◾▫□✦✧⦿>"
# The year (or years) of a dates column before the course, a wide gap or a tab after it ("2018
# Schweißerprüfung ..."): when it was taken, no part of its name.
_DATES_COLUMN = re.compile(r"^(?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)?\d\d)?(?:\t|[ ]{2,})(?=\S)")

_NUMBERED = re.compile(r"^(?:\d{1,2}[.)]|[a-z][.)])\s+")
_BODY_DASH = re.compile(r"\s+[–—-]\s+")
# A provider named after the course in words ("... conducted by IIT", "... at Red Cross").
_PROVIDER_WORDS = re.compile(r"\s+(?:by|from|at|conducted|organi[sz]ed|offered|held|provided|given|attended|completed|"
                             r"undertaken|through|via|von|por|par|oleh)\s.*$",
                             re.IGNORECASE)
_YEAR_AFTER = re.compile(r"(?:[\s,]+\(?|\s*\()(?:19|20)\d\d\)?$")
# A bracket that dates or times the course ("(2019)", "(10 h)", "(berlaku s/d 2026)", "(valid
# to 2027)") rather than naming it ("(NRP)", "(ISO 15189)").
_NOTE_BRACKET = re.compile(r"\s*\((?=[^()]*\d)(?=[^()]*(?:\b[a-zà-ÿ]+\b|\b(?:19|20)\d\d\b))[^()]*\)")
_LONG_BRACKET = re.compile(r"\s*\((?:[^()\s]+\s+){3,}[^()]*\)")  # the initials spelled out, a provider
_COURSE_WORDS = re.compile(
    r"\b(?:courses?|training|trainings|awareness|induction|refresher|workshop|module|programme|program|"
    r"e-learning|diploma|curso|cursos|corso|corsi|formação|formation|formazione|capacitação|capacitación|"
    r"pelatihan|sertifikat|sertifika\w*|certificado|certificat|certificato|zertifikat|lehrgang|schulung|"
    r"szkolenie|cursus|eğitimi|abilitazione|patentino|diplôme|habilitation|titulación|carné|carnê)\b",
    re.IGNORECASE)
# A level, grade, class or category with its number ("Level 3", "niveau 1", "Kelas II", "C Sınıfı"),
# a duration ("10 h", "20 horas") or a welding position ("6G", "3G").
_GRADED = re.compile(
    r"\b(?:level|niveau|nível|nivel|livello|stufe|poziom|kelas|class|grade|category|categoria|categoría)\s*"
    r"(?:[0-9]+|[IVX]+|[A-E])\b|\b[A-E]\s+sınıfı\b|\b\d+\s*(?:h|hrs?|hours?|horas|ore|uur|saat|jam|godz)\b|"
    r"\b[1-6][GF]\b", re.IGNORECASE)
_INITIALS_BRACKET = re.compile(r"\([A-Z][A-Z\d&-]{1,7}\)")
MAX_COURSE_WORDS = 7
# A line that tells of taking a course ("Attended workshop on GST", "Completed fire training").
_TOOK = re.compile(r"^(?:attended|completed|participated|underwent|undergone|undertook|trained|received|obtained|"
                   r"passed|took|did)\b", re.IGNORECASE)


# A heading that names the section's lines as courses ("Mandatory Training", "Cursos", "Corsi ECM"),
# not as certificates or licences.
_COURSES_HEADING = re.compile(r"\b(?:trainings?|courses?|cursos?|corsi|cursussen|formations?|formação|formazione|"
                              r"pelatihan|kurs\w*|szkoleni\w*|schulung\w*|weiterbildung\w*|fortbildung\w*|"
                              r"eğitim\w*|cpd|workshops?|seminars?)\b", re.IGNORECASE)
MAX_PLAIN_COURSE_WORDS = 4
# Words of the bodies that give courses ("Red Cross", "St John Ambulance", "Heart Foundation").
_A_PROVIDER = re.compile(r"\b(?:cross|ambulance|foundation|association|council|society|agency|authority|ministry|"
                         r"federation|union|trust|services|academy|cruz\s+roja|croix-rouge|croce\s+rossa)\b", re.IGNORECASE)


@dataclass(frozen=True)
class ListedCourse:
    name: str  # as written
    kind: SkillKind  # a credential's when issued so (credential_shaped_course), else a skill's


def courses_listed(texts: list[str], headings: list[str] | None = None) -> list[str]:
    return [c.name for c in listed_courses(texts, headings)]


def listed_courses(texts: list[str], headings: list[str] | None = None) -> list[ListedCourse]:
    """The courses named one a line in training sections' texts, as written. Under a heading
    that calls them courses, a short plain name alone on its line ("Direção Defensiva", "Hand
    Hygiene") is a course too, unless it names a school, a business or a place (a provider)."""
    courses: list[ListedCourse] = []
    for k, text in enumerate(texts):
        # (not a heading with its own list after a colon: "Quality Based trainings: CTM" names no course)
        called_courses = headings is not None and k < len(headings) and not headings[k].partition(":")[2].strip() \
            and _COURSES_HEADING.search(headings[k]) is not None
        for line in text.splitlines():
            for course in _courses_on(line, called_courses):
                if course.name.casefold() not in {c.name.casefold() for c in courses}:
                    courses.append(course)
    return courses


def _courses_on(line: str, called_courses: bool) -> list[ListedCourse]:
    """A line's course, or the courses of a line that lists them between commas ("Immediate Life
    Support (ILS), Safeguarding Adults Level 3, Moving and Handling"), each shaped like one."""
    line = _NUMBERED.sub("", line.strip(_MARKS)).strip(_MARKS)
    if not line or line.endswith(":") or len(line.split()) > 14 or re.search(r"[.!?]\s+\S", line):
        return []
    parts = [p.strip() for p in _comma_parts(line) if p.strip()]
    if len(parts) > 1 and not _BODY_DASH.search(line):
        courses = [(c, p) for p in parts if (c := _course_on(p))]
        # ("Defibrillator training, valid to 2026": a part that is no course is a note on those before it)
        notes = " ".join(p for p in parts if p not in {written for _, written in courses})
        return [ListedCourse(c, _kind_of(c, f"{p} {notes}")) for c, p in courses]
    course = _course_on(line) or (_plain_course(line) if called_courses else None)
    return [ListedCourse(course, _kind_of(course, line))] if course else []


# What says a course's certificate is a credential: a word of licensing or certifying in the
# languages résumés are written in ("Sertifikat", "Patentino", "Carné"), its level, grade or
# class, a welding position; and on its line, a body that issued it after a dash, a number,
# an expiry ("valid to 2027").
_CERTIFYING = re.compile(r"\b(?:certif\w*|sertifi\w*|zertifi\w*|licen[cs]\w*|registration|registered|chartered|"
                         r"diplom\w*|patentino|abilitazione|habilitation|titulaci[oó]n|carn[éê]|permis|uprawnieni\w*)\b",
                         re.IGNORECASE)
_ISSUED = re.compile(r"\b(?:valid|expir\w*|renew\w*|berlaku|válid[oa]|valable|gültig|scadenza)\b|"
                     r"\b(?:no|nr|number)\.?\s*:?\s*\d|\b(?!(?:19|20)\d\d\b)\d{4,}\b|#\s*\d", re.IGNORECASE)
_A_LEVEL = re.compile(r"\b(?:level|niveau|nível|nivel|livello|stufe|poziom|kelas|class|grade|category|categoria|categoría)"
                      r"\s*(?:[0-9]+|[IVX]+|[A-E])\b|\b[A-E]\s+sınıfı\b|\b[1-6][GF]\b", re.IGNORECASE)


def _comma_parts(text: str) -> list[str]:
    """`text` parted at its commas outside brackets ("Welding test (135, 141), First aid"), in one
    pass: a lookahead for the closing bracket at each comma would read a long line once a comma."""
    parts, depth, start = [], 0, 0
    for at, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0:
            parts.append(text[start:at])
            start = at + 1
    return [*parts, text[start:]]


def _kind_of(name: str, line: str) -> SkillKind:
    """An awareness module, an induction, a course named alone ("Dementia awareness", "Fire
    Safety Training") is a training the person took, kept as one of their skills; a
    certificate, licence or registration, or a course whose line names who issued it, a number
    or an expiry, is a credential."""
    name_and_body = _BODY_DASH.split(line, maxsplit=1)
    issued_by_a_body = len(name_and_body) == 2 and _an_awarding_body(name_and_body[1].split(",")[0].strip())
    credential = CREDENTIAL_WORDS.search(name) or _CERTIFYING.search(name) or _A_LEVEL.search(name) \
        or _INITIALS_BRACKET.search(name) or issued_by_a_body or _ISSUED.search(line)
    return SkillKind.CERTIFICATION if credential else SkillKind.SKILL


def _course_on(line: str) -> str | None:
    line = _DATES_COLUMN.sub("", line)
    name, body = ([p.strip() for p in _BODY_DASH.split(line, maxsplit=1)] + [""])[:2]
    name = _PROVIDER_WORDS.sub("", _comma_parts(name)[0]).strip()
    name = _YEAR_AFTER.sub("", _NOTE_BRACKET.sub("", _LONG_BRACKET.sub("", name))).strip(" ,;:")
    # Course names are written in sentence case in many languages ("Manipulador de alimentos"):
    # a capital first, and no sentence about the courses.
    if not _a_name_of_a_course(name, MAX_COURSE_WORDS) or a_score(name):  # "Rating: 84.20%": a result
        return None
    shaped = _COURSE_WORDS.search(name) or CREDENTIAL_WORDS.search(name) or _GRADED.search(line) \
        or _INITIALS_BRACKET.search(name) or _an_awarding_body(body)
    return name if shaped else None


def _plain_course(line: str) -> str | None:
    name = _YEAR_AFTER.sub("", line).strip(" ,;:")
    if "," in name or re.search(r"\d", name) or not _a_name_of_a_course(name, MAX_PLAIN_COURSE_WORDS) \
            or INSTITUTION.search(name) or COMPANY_WORDS.search(name) or _A_PROVIDER.search(name) or a_place_name(name):
        return None
    return name


def _a_name_of_a_course(name: str, most_words: int) -> bool:
    return bool(name) and 1 <= len(name.split()) <= most_words and (name[0].isupper() or name[0].isdigit()) \
        and not says_about_courses(name) and not _TOOK.match(name)


def _an_awarding_body(body: str) -> bool:
    """"BNSP", "AQPS", "Irish Heart Foundation", "IHRM Kenya": a short name after the dash."""
    words = body.split()
    return 1 <= len(words) <= 5 and words[0][:1].isupper() and not re.search(r"\d", body)


def with_courses(skills: list[SkillEntry], courses: list[ListedCourse], extractor: SkillExtractor) -> list[SkillEntry]:
    """The courses the skills do not hold yet, by name or by the taxonomy's name for them."""
    held = {_plain(s.name) for s in skills}
    # ("Primavera P6 Eğitimi", "AutoCAD course": the training in a tool held is the tool)
    added = [SkillEntry(name=c.name, kind=c.kind) for c in courses
             if _plain(c.name) not in held and _plain(_COURSE_WORDS.sub(" ", c.name)) not in held
             and extractor.canonical(c.name) is None]
    return [*skills, *added]


def _plain(name: str) -> str:
    return " ".join(re.sub(r"\([^()]*\)", " ", name).casefold().split())
