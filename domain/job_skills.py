"""A job's skills read from its own words: the title and description through the same
extractor as résumés (domain.job_ad_spans), requirement prose ("active RN license, BLS and ACLS
certification") giving required skills and certifications, sentences marked as a plus giving
nice-to-haves, alternatives any one of which meets a requirement kept together."""
from __future__ import annotations

import re

from domain.duty_requirements import kept_names
from domain.job_ad_alternatives import alternative_runs
from domain.job_ad_duty_spans import JobAdSpan
from domain.job_ad_items import is_credential
from domain.job_ad_sections import work_text
from domain.job_ad_spans import job_ad_mentions
from domain.licence_classes import licence_class
from domain.ports.documents import SkillExtractor
from domain.requirement_marks import clause_marks, lines_under_labels, marked_nice
from domain.skill_alternatives import any_of
from domain.skill_display import a_bare_letter
from domain.skills import SkillKind, normalise, tokens

_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")
# Words shortened with a stop that the sentence goes on after: "Cat. C, C+E", "Kat. CE", "incl. ADR".
_SHORTENED = re.compile(r"\b(?:cat|cats|kat|no|nos|incl|approx|min|max|e\.g|i\.e|cf|ca|inkl|bzw|z\.b)\.$",
                        re.IGNORECASE)


def _sentences(line: str) -> list[str]:
    """The sentences of a line, not cut after a shortened word ("Cat. C, C+E required")."""
    out: list[str] = []
    for piece in _SENTENCE.split(line):
        if out and _SHORTENED.search(out[-1]):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def description_skills(title: str, description: str, skills: SkillExtractor,
                       limit: int) -> tuple[list[str], list[str]]:
    """(required, nice to have) named in the job's text, in order of mention, each once."""
    required: list[str] = []
    nice: list[str] = []
    seen: set[str] = set()
    occupation = _title_noun(title)
    sentences = [(sentence, label) for line, label in lines_under_labels(work_text(description))
                 for sentence in _sentences(line)]
    for i, (sentence, label) in enumerate([(title, None), *sentences]):
        marks = clause_marks(sentence)
        if label is not None and not any(nice for _, nice in marks):
            marks = [(len(sentence), label)]  # a line under "Desirable:" is as desirable as the label says
        for start, names in _requirements(sentence, occupation, skills, _TITLE_TAIL.sub("", title),
                                                  label is not None, i == 0):
            target = nice if marked_nice(marks, start) else required
            keys = [_identity(name, skills) for name in names]
            if len(names) == 1 and keys[0] and keys[0] not in seen:
                seen.add(keys[0])
                target.append(names[0])
            elif len(names) > 1 and any(keys) and any_of(keys) not in seen:
                seen.add(any_of(keys))
                target.append(any_of(names))
    return required[:limit], nice[:limit]


def _requirements(sentence: str, occupation: str, skills: SkillExtractor, job_title: str,
                  labelled: bool = False, title: bool = False) -> list[tuple[int, tuple[str, ...]]]:
    """What a sentence asks for, in order, each where it is written: a skill, or alternatives
    any one of which meets the requirement ("ACCA qualified (or ACA/CIMA)"); spellings of one
    skill once. Read over the whole sentence, so a clause's items keep the list around them."""
    spans = [s for s in job_ad_mentions(sentence, skills, labelled=labelled, title=title)
             if not _names_the_occupation(sentence[s.start:s.end], occupation, s, skills)]
    named = [_distinct(_kept_names(sentence, s, skills, job_title), skills) for s in spans]
    runs = alternative_runs(sentence, [(s.start, s.end) for s in spans],
                            lambda i: is_credential(sentence[spans[i].start:spans[i].end], skills))
    out: list[tuple[int, tuple[str, ...]]] = []
    for run in runs:
        if len(run) > 1 and all(len(named[i]) == 1 for i in run):
            out.append((spans[run[0]].start, _distinct([named[i][0] for i in run], skills)))
            continue
        for i in run:
            # a list of classes joined by "or" ("Category C or CE") names alternatives too
            if len(named[i]) > 1 and _ALTERNATIVE_LIST.search(sentence[spans[i].start:spans[i].end]):
                out.append((spans[i].start, named[i]))
            else:
                out.extend((spans[i].start, (name,)) for name in named[i])
    return [(start, names) for start, names in out if names]


# "or" in the languages licence class lists are read in (licence_classes.py), and no "and".
_ALTERNATIVE_LIST = re.compile(r"^(?!.*\b(?:and|und|et|y|e|en|og|och)\b).*\b(?:or|oder|ou|o|of|eller|lub|tai|vagy)\b",
                               re.IGNORECASE)


def _kept_names(sentence: str, span: JobAdSpan, skills: SkillExtractor, job_title: str) -> list[str]:
    """Less a bare letter read alone ("C" of a class list is no programming language), a duty
    phrase the taxonomy does not know (as its object, if the taxonomy knows that), and the job's
    own title (matched as the title, no skill of the job), but for a credential named as it is."""
    kept = []
    for name in span.names:
        canonical = skills.canonical(name)
        if a_bare_letter(name, skills.kind(canonical) if canonical else None):
            continue
        if tokens(name) == tokens(job_title) and not is_credential(name, skills) \
                and (canonical is None or skills.kind(canonical) is not SkillKind.CERTIFICATION):
            continue
        at = sentence.lower().find(name.lower(), span.start, span.end)  # "happy to [work alone]"
        kept.extend(kept_names(name, skills, sentence[:at if at >= 0 else span.start], at > span.start))
    return kept


def _distinct(names: list[str], skills: SkillExtractor) -> tuple[str, ...]:
    out: dict[str, str] = {}
    for name in names:
        out.setdefault(_identity(name, skills), name)
    return tuple(out.values())


def _identity(name: str, skills: SkillExtractor) -> str:
    """One key for every spelling of a skill: the taxonomy's name, or for a driving licence
    its class ("Category CE", "Führerschein Klasse CE", "C+E licence" alike)."""
    canonical = skills.canonical(name)
    if canonical is None or skills.kind(canonical) is SkillKind.CERTIFICATION:
        licence = licence_class(canonical or name)
        if licence:
            return licence
        if canonical and _other_initials(name, canonical):
            return normalise(name)
    return normalise(canonical or name)


_POST_NOMINAL = re.compile(r"^[A-Z]{2,6}$")


def _other_initials(written: str, canonical: str) -> bool:
    """"RMN" and "RNLD", which the taxonomy files under the register that holds them (NMC
    registration), are distinct credentials, each asked for in its own right; initials the
    credential's own name holds ("RN" of "Registered Nurse (RN)") spell the same one."""
    return _POST_NOMINAL.match(written) is not None and written.lower() not in tokens(canonical)


_TITLE_TAIL = re.compile(r"\s*(?:[(\[,|/]|\s[-–—]\s).*$")


def _title_noun(title: str) -> str:
    """The word that names the occupation: the last of the title before any qualifier
    ("Head Chef (Nights) - Leeds" -> "chef")."""
    words = tokens(_TITLE_TAIL.sub("", title))
    return words[-1] if words else ""


def _names_the_occupation(written: str, occupation: str, span: JobAdSpan, skills: SkillExtractor) -> bool:
    """"Chef" in a Head Chef's ad is the job, not the configuration tool of the same name: a
    one-word product that is the title's occupation word names no skill."""
    if not occupation or tokens(written) != [occupation]:
        return False
    return all(skills.kind(skills.canonical(n) or n) is SkillKind.TOOL for n in span.names)

