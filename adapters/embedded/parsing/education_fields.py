"""The subject a degree was studied in, read from the degree's own words."""
from __future__ import annotations

import re

from adapters.embedded.parsing.education_words import DEGREE, INSTITUTION, SUBJECT_NAME

# ("in", and its Spanish, French and Portuguese "en", "em": "Técnico Superior en Mecatrónica",
# "Tecnólogo em Gastronomia", "DEP en charpenterie-menuiserie")
_FIELD_IN = re.compile(r"\b(?:in|en|em)\s+((?:[A-Z&(][\w&(),.'-]*\s*)+)", re.I)
_FIELD_OF = re.compile(r"\bof\s+((?:[A-Z&(][\w&(),.'-]*\s*)+)", re.I)


# "(Hons)", "(Second Class Upper)", "(2:1)", "(Distinction)": the class of a degree, never its subject
# (Blanks before a word taken whole: a long run of them is read in one pass, not once per way of
# splitting it.)
HONOURS = re.compile(r"\(\s*+(?:(?:first|second|third|1st|2nd|3rd|upper|lower|with)?\s*+(?:class)?\s*+"
                      r"(?:hons?|honou?rs)\.?|(?:first|second|third|1st|2nd|3rd)\s+class(?:\s+(?:upper|lower)"
                      r"(?:\s+division)?)?(?:\s+honou?rs)?|[12]:[12]|distinction|merit|cum\s+laude|magna\s+cum\s+laude|"
                      r"summa\s+cum\s+laude)\s*\)", re.I)
# "Nursing (BSN)": the degree's own abbreviation after its subject
_ABBREVIATION_AFTER = re.compile(r"(?:(?<!\s)\s+)?\(([^()]+)\)$")  # (blanks from a run's start only)


def _subject(text: str) -> str:
    field = text.strip(" ,.-")
    abbreviation = _ABBREVIATION_AFTER.search(field)
    if abbreviation and (abbreviation.group(1).isupper() or DEGREE.fullmatch(abbreviation.group(1))):
        field = field[:abbreviation.start()].strip(" ,.-")
    if field.count("(") != field.count(")"):
        field = field.strip(" ,.-()")  # a bracket cut off by the line's parting: drop it whole
    return field


def _abbreviates(words: str, short: str) -> bool:
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", words) if w.lower() not in ("of", "and", "in"))
    return short.strip().isupper() and (initials.upper() == re.sub(r"[^A-Za-z]", "", short).upper()
                                        or bool(DEGREE.fullmatch(short.strip())))


# A qualification's level on a national framework ("(NQF 2)", "(AQF Level 3)", "(Level 3)"): no subject
_LEVEL_NOTE = re.compile(r"\(\s*(?:(?:nqf|aqf|eqf|rqf|qcf|scqf|nfq|nsqf)\s*(?:level\s*)?|level\s*)\d{1,2}\s*\)", re.I)
# "National Certificate: Mining Operations", "Diploma: Hospitality Management": the subject after the colon
_FIELD_AFTER_COLON = re.compile(r"^(?P<kind>[^:]{2,40}):\s*(?P<subject>[A-Z][^:()]+)$")


# A school-leaving examination named alone ("A-Levels", "GCSEs", "AS Level"): its subjects are
# listed apart, and "Levels" after the "A" is no field.
_EXAM_ALONE = re.compile(r"(?:\d{1,2}\s+)?(?:i?gcses?|(?:a|as|o)[- ]?levels?|(?:advanced\s+)?highers)", re.I)


# "Bachelor of Science, Accounting", "Master of Arts – History", "Master of Science - MS,
# Architecture": a degree named by its kind alone, then its subject after a comma or a dash (and
# the kind's own letters, if written)
_KIND_THEN_SUBJECT = re.compile(r"^(?:bachelor|master|associate|doctor)'?s?\s+of\s+(?:applied\s+|fine\s+)?"
                                r"(?:arts|sciences?|commerce|philosophy|laws)\s*(?:,|\s[–—-])\s*"
                                r"(?:[A-Z][A-Za-z.]{0,5}\s*,\s*)?(?P<subject>[^,–—\s][^,–—]*)$", re.I)


def field_of(degree: str) -> str | None:
    degree = _LEVEL_NOTE.sub(" ", HONOURS.sub(" ", degree)).strip()
    if _EXAM_ALONE.fullmatch(degree):
        return None
    kind_then_subject = _KIND_THEN_SUBJECT.match(degree)
    subject = kind_then_subject.group("subject").strip() if kind_then_subject else ""
    if SUBJECT_NAME.match(subject) and not DEGREE.search(subject) and not INSTITUTION.search(subject):
        return _subject(subject)
    m = _FIELD_IN.search(degree) or _FIELD_OF.search(degree)
    if m:
        field = _subject(m.group(1))
        return field if field and not DEGREE.fullmatch(field) else None
    colon = _FIELD_AFTER_COLON.match(degree)
    if colon and re.search(r"certificate|diploma|degree|qualification|course", colon.group("kind"), re.I) \
            and not DEGREE.search(colon.group("subject")):
        return colon.group("subject").strip(" ,.-")
    qualified = _qualified_subject(degree)
    if qualified is not None:
        return qualified or None
    m = re.search(r"\(([^)]+)\)|[-–,]\s*([A-Za-z][\w &]+)$", degree)
    if m and m.group(1) and _abbreviates(degree[:m.start()], m.group(1)):
        return None  # "Chartered Accountant (CA)": the degree's own short name
    if m:
        return (m.group(1) or m.group(2)).strip()
    # "BSc (Hons) Accounting and Finance": the named words after a degree's abbreviation are its
    # subject (after a word such as "Secondary" they are more of its name)
    lead = DEGREE.match(degree.strip())
    if lead and len(re.sub(r"[\s.]", "", lead.group(0))) > 6:
        return None
    rest = degree.strip()[lead.end():].strip(" ,.-") if lead else ""
    if rest and SUBJECT_NAME.match(rest) and not DEGREE.search(rest) and not INSTITUTION.search(rest):
        return rest
    return None


def _qualified_subject(degree: str) -> str | None:
    """"B.Sc. (Ed) Mathematics", "MSc (Eng) Civil Engineering": a bracket right after a
    degree's abbreviation qualifies the degree, and the subject is what follows it; with nothing
    after it, a word written out ("B.Tech (Mechanical)") is the subject, a shortened one ("MA
    (Econ)") names the degree's kind only (""). None when the degree has no such bracket."""
    written = degree.strip()
    lead = DEGREE.match(written)
    bracket = _QUALIFIER.match(written, lead.end()) if lead else None
    if not bracket:
        return None
    rest = bracket.group("rest").strip(" ,.-")
    if rest and SUBJECT_NAME.match(rest) and not DEGREE.search(rest) and not INSTITUTION.search(rest):
        return _subject(rest)
    if _shortened(bracket.group("qualifier")):
        return ""
    return None


def _shortened(word: str) -> bool:
    """"Ed", "Eng.", "Econ", "Agric": a word cut short, as a degree's kind is written."""
    bare = word.strip().lower()
    return bare.endswith(".") or bare in _DEGREE_KINDS


# A degree's kind in brackets after its abbreviation ("B.Sc. (Ed)", "BSc (Econ)", "MSc (Eng)")
_QUALIFIER = re.compile(r"\.?\s*\((?P<qualifier>[^()]{1,12})\)(?P<rest>.*)$")
_DEGREE_KINDS = frozenset("ed edu educ eng engg econ agric agr tech sc sci arts cantab oxon lond gen ord pass spl "
                          "med pharm comp admin mgmt mgt ba bs ma ms hons".split())
