"""A training or courses section written one course a line ("Safeguarding Adults Level 3",
"Direção Defensiva – SENAI", "Sertifikat K3 Umum - BNSP", "Manipulador de alimentos (10 h)"):
the courses the taxonomy does not know are the person's credentials too, named as written.
A line is read as a course only when it is shaped like one: a course's or certificate's word
in one of the languages résumés are written in, a level or a grade, a duration, an awarding
body after a dash, or the course's initials in brackets. What follows the name on its line
(the body, a town, the year) is no part of it, and a sentence about the training is no course."""
from __future__ import annotations

import re

from adapters.embedded.parsing.inline_trainings import says_about_courses
from domain.credential_shape import CREDENTIAL_WORDS
from domain.ports.documents import SkillExtractor
from domain.resumes import SkillEntry
from domain.skills import SkillKind

_MARKS = " \t-*•●▪■◆➢►✓◦·»›▸▹➤➔→⇒✔★☆◇○❯‣⁃∙◾▫□✦✧⦿>"
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


def courses_listed(texts: list[str]) -> list[str]:
    """The courses named one a line in training sections' texts, as written."""
    courses: list[str] = []
    for text in texts:
        for line in text.splitlines():
            course = _course_on(line)
            if course and course.casefold() not in {c.casefold() for c in courses}:
                courses.append(course)
    return courses


def _course_on(line: str) -> str | None:
    line = _NUMBERED.sub("", line.strip(_MARKS)).strip(_MARKS)
    if not line or line.endswith(":") or len(line.split()) > 14 or re.search(r"[.!?]\s+\S", line):
        return None
    name, body = ([p.strip() for p in _BODY_DASH.split(line, maxsplit=1)] + [""])[:2]
    name = _PROVIDER_WORDS.sub("", name.split(",")[0]).strip()
    name = _YEAR_AFTER.sub("", _NOTE_BRACKET.sub("", _LONG_BRACKET.sub("", name))).strip(" ,;:")
    # Course names are written in sentence case in many languages ("Manipulador de alimentos"):
    # a capital first, and no sentence about the courses.
    if not name or not 1 <= len(name.split()) <= MAX_COURSE_WORDS or not (name[0].isupper() or name[0].isdigit()) \
            or says_about_courses(name) or _TOOK.match(name):
        return None
    shaped = _COURSE_WORDS.search(name) or CREDENTIAL_WORDS.search(name) or _GRADED.search(line) \
        or _INITIALS_BRACKET.search(name) or _an_awarding_body(body)
    return name if shaped else None


def _an_awarding_body(body: str) -> bool:
    """"BNSP", "AQPS", "Irish Heart Foundation", "IHRM Kenya": a short name after the dash."""
    words = body.split()
    return 1 <= len(words) <= 5 and words[0][:1].isupper() and not re.search(r"\d", body)


def with_courses(skills: list[SkillEntry], courses: list[str], extractor: SkillExtractor) -> list[SkillEntry]:
    """The courses the skills do not hold yet, by name or by the taxonomy's name for them."""
    held = {_plain(s.name) for s in skills}
    # ("Primavera P6 Eğitimi", "AutoCAD course": the training in a tool held is the tool)
    added = [SkillEntry(name=c, kind=SkillKind.CERTIFICATION) for c in courses
             if _plain(c) not in held and _plain(_COURSE_WORDS.sub(" ", c)) not in held and extractor.canonical(c) is None]
    return [*skills, *added]


def _plain(name: str) -> str:
    return " ".join(re.sub(r"\([^()]*\)", " ", name).casefold().split())
