"""The skills a resume lists: items of its skills and licences sections, normalised through the
taxonomy, each with its kind; with no skills section, the taxonomy skills its text names
outside the names of its employers and schools."""
from __future__ import annotations

import re
from collections.abc import Iterable

from adapters.embedded.parsing.credentials import credential_as_written
from adapters.embedded.parsing.dates import month_number
from adapters.embedded.parsing.graded_subjects import without_exam_subjects, without_graded_subjects
from adapters.embedded.parsing.pending_credentials import without_pending_credentials
from adapters.embedded.parsing.skill_items import and_parts, bracketed_and_parts, section_items
from adapters.embedded.parsing.skill_mentions import FoundSkills, add_mentions, prose_lists_read
from adapters.embedded.parsing.skill_names import (
    A_LEVEL_OR_COLUMN,
    A_STATUS,
    DATED_NOTE,
    STATUS_TAIL,
    a_cited_code,
    candidates,
    outside_and_inside,
    without_version,
    without_version_unless_a_code,
)
from domain.country_names import names_a_country_or_region
from domain.licence_classes import class_lists
from domain.ports.documents import SkillExtractor
from domain.resumes import SkillEntry
from domain.skill_display import display_name
from domain.skills import SkillKind, normalise

_FILLER = re.compile(r"^(?:and|or|etc|with|using|like|such as|basic|good|knowledge of|"
                     r"working knowledge of|familiar with|proficient in|experience in|expertise in)\b",
                     re.I)
# "X skills" names a skill ("Knife skills", "Communication skills") unless X is a group's word.
_SKILL_GROUP = re.compile(r"^(?:(?:technical|soft|hard|core|key|other|professional|personal|additional|"
                          r"general|transferable|it|computer|software|clinical|language|relevant)\s+){1,2}"
                          r"skills$", re.IGNORECASE)
_CATEGORY = re.compile(r"^(?:[\w/-]+\s+){0,2}(?:tools|languages|systems|technologies|frameworks|"
                       r"databases|platforms|packages|utilities|ides?|servers|methodologies|software)$", re.I)
_NOT_A_SKILL = re.compile(r"//|www\.|@|\.com\b|^\W*\d[\d\W]*$|\b(?:19|20)\d\d\b", re.I)
MAX_ITEM_WORDS = 4
# A qualification's title: "Level 3 Food Safety and Hygiene", "Certificate III in Hospitality",
# "NVQ 2 in Health and Social Care". Its "and" joins one subject, so it is not split there, and
# is kept whole as written (up to _QUALIFICATION_WORDS) when the taxonomy does not know it.
_QUALIFICATION = re.compile(r"^(?:[\w&]+\s+){0,2}?(?:level\s+\d+\b|(?:nvq|svq)\s*(?:level\s*)?\d+\b|"
                            r"(?:certificate|diploma|award)\s+(?:(?:[ivx]+|\d+)\s+)?(?:in|of)\s)", re.I)
_QUALIFICATION_WORDS = 10
# A list of credentials that shares its last word: "Hazmat (H), Tanker (N) and Doubles/Triples (T)
# endorsements", "PADI Open Water and Rescue Diver certifications", "Class B & C licences". Each item
# is a credential of that word ("Tanker endorsement"); a part before "with" stands alone
# ("CDL Class A with ..."). A bracketed code beside an item ("(H)") is the endorsement's letter.
# The list's end is tried only where a run of spaces starts, and only on a line ending in such a
# word (_ENDS_IN_A_SHARED_HEAD, a quick look first): each item's end tried against each space of a
# gap of 10,000 took 6 s (quadratic).
_HEADS = r"(?:endorsements|certifications|certificates|licen[cs]es|ratings|tickets|cards|permits)"
_SHARED_HEAD = re.compile(
    r"^(?P<lead>.*?\bwith\s+)?(?P<list>[^:]+?(?:,|\s(?:and|&|or)\s)[^:]*?)(?<!\s)\s+"
    r"(?P<head>" + _HEADS + r")\.?$",
    re.IGNORECASE)
_ENDS_IN_A_SHARED_HEAD = re.compile(r"\s" + _HEADS + r"\.?$", re.IGNORECASE)
_LIST_PARTS = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&|or)\s+", re.IGNORECASE)
_CODE = re.compile(r"\s*[(\[][A-Z0-9]{1,3}[)\]]")


def listed_skills(sections: list[str], extractor: SkillExtractor, found: FoundSkills | None = None,
                  *, keep_unknown: bool = True, only: SkillKind | None = None,
                  credentials_as_written: bool = False) -> list[SkillEntry]:
    """Taxonomy names where the taxonomy knows the item (display_name decides which spelling
    is shown); short unknown items as written when keep_unknown (a resume's own skills are
    worth keeping even when the taxonomy lacks them); long items yield the skills they name."""
    found = found or FoundSkills()
    for text in sections:
        text = _class_lists_read(text, extractor, found, only)
        text = _shared_heads_read(text, extractor, found, only)
        items, prose = section_items(text, lambda item: extractor.canonical(item) is not None)
        for whole in items:
            if only is SkillKind.CERTIFICATION:  # "Care Certificate (2017)": when it was earned
                whole = DATED_NOTE.sub("", whole).strip() or whole
                whole = STATUS_TAIL.sub("", whole).strip() or whole
            for item in _items_of(whole, extractor):
                item = _without_an_ability(item, extractor)
                if only is SkillKind.CERTIFICATION and not _known(item, extractor) and (code := a_cited_code(item)):
                    found.add(code, SkillKind.CERTIFICATION)  # a training by its regulation ("NR-10 – Segurança ...")
                    continue
                if _NOT_A_SKILL.search(without_version(item)) or _a_category(item, extractor) or _SKILL_GROUP.match(item) \
                        or A_LEVEL_OR_COLUMN.match(item.strip()):
                    continue
                if credentials_as_written and not _a_known_credential(item, extractor) and \
                        credential_as_written(item):
                    found.add(without_version(outside_and_inside(item)[0]) if "(" not in item else item,
                              SkillKind.CERTIFICATION)
                    continue
                if keep_unknown and only is None and _a_qualification_with_and(item) and not _known(item, extractor):
                    found.add(without_version(item), SkillKind.CERTIFICATION)
                    continue
                if not _add_item(item, extractor, found, keep_unknown, only) or \
                        (credentials_as_written and not _known(item, extractor) and _a_known_credential(item, extractor)):
                    prose.append(item)  # "Driver CPC card": the credential named inside it
        for line in prose:
            if only is SkillKind.CERTIFICATION and (code := a_cited_code(line)):
                found.add(code, SkillKind.CERTIFICATION)  # a long line of a training by its regulation
            # a licences list is a list: "BLS – American Heart Association" names BLS as one
            add_mentions(line, extractor, found, only, in_a_list=only is SkillKind.CERTIFICATION)
    return list(found.entries.values())


# "Able to use Excel", "Confident using Sage", "Can operate a forklift": the words of ability
# before a skill's name are no part of it
_ABILITY = re.compile(r"^(?:(?:i\s+)?(?:am\s+)?(?:able\s+to|can|know\s+how\s+to|(?:confident|competent|proficient|experienced|"
                      r"skilled|familiar|comfortable|good)(?:\s+(?:in|with|at))?)\s+)?"
                      r"(?:use|using|operate|operating)\s+(?:of\s+)?(?:(?:a|an|the)\s+)?(?=\S)", re.IGNORECASE)


def _without_an_ability(item: str, extractor: SkillExtractor) -> str:
    """The skill an item names after its words of ability, when what follows them is one skill's
    name whole ("Able to use Excel" is Excel; "Use Go to script builds" stays as written, so
    that "Go" there names no language)."""
    m = _ABILITY.match(item.strip())
    if m is None:
        return item
    rest = item.strip()[m.end():]
    matched, canonical = _match(rest, extractor)
    return rest if canonical and normalise(matched) == normalise(rest) else item


def _a_category(item: str, extractor: SkillExtractor) -> bool:
    """"Operating systems", "Development tools", "Software" alone on its line: a group's label,
    unless the taxonomy knows it as tools, systems or software of a trade ("Power tools",
    "HVAC systems", "Accounting software"); the group's word alone is always a label."""
    if not _CATEGORY.match(item):
        return False
    return not (len(item.split()) > 1 and re.search(r"\b(?:tools|systems|software)$", item, re.I)
                and _known(item, extractor))


def _shared_heads_read(text: str, extractor: SkillExtractor, found: FoundSkills, only: SkillKind | None) -> str:
    """Reads the lines that list credentials of one kind (see _SHARED_HEAD); returns the text
    with each such line reduced to its part before "with"."""
    lines = []
    for line in text.splitlines():
        line = _BRACKETED_LIST.sub(lambda b: _bracketed_list_read(b, extractor, found, only), line)
        stripped = line.strip(" \t-*•●▪■◦·")
        m = _SHARED_HEAD.match(stripped) if _ENDS_IN_A_SHARED_HEAD.search(stripped) else None
        if not m:
            lines.append(line)
            continue
        head = m.group("head").lower().removesuffix("s")
        items = [_CODE.sub("", item).strip(" .;") for item in _LIST_PARTS.split(m.group("list"))]
        for item in items:
            if item:
                _add_credential(item, head, extractor, found, only)
        if m.group("lead"):
            lines.append(re.sub(r"\s*\bwith\s*$", "", m.group("lead"), flags=re.IGNORECASE))
    return "\n".join(lines)


# The same list written in brackets after the credential it endorses: "Class A CDL – Tennessee
# (Hazmat, Tanker, Doubles/Triples endorsements)".
_BRACKETED_LIST = re.compile(r"\(([^()]+)\)")


def _bracketed_list_read(bracket: re.Match[str], extractor: SkillExtractor, found: FoundSkills,
                         only: SkillKind | None) -> str:
    """Reads a bracketed list of credentials sharing their word; the bracket then leaves the line."""
    m = _SHARED_HEAD.match(bracket.group(1).strip())
    if m is None or m.group("lead"):
        return bracket.group()
    head = m.group("head").lower().removesuffix("s")
    for item in _LIST_PARTS.split(m.group("list")):
        if item := _CODE.sub("", item).strip(" .;"):
            _add_credential(item, head, extractor, found, only)
    return ""


def _class_lists_read(text: str, extractor: SkillExtractor, found: FoundSkills, only: SkillKind | None) -> str:
    """Reads the lists of licence classes ("Class B, C and D licences", "HGV Class 1 and 2"),
    each class named in full (domain.licence_classes); returns the text without them, so that
    no bare code ("C", "2") is read as an item of its own."""
    if only not in (None, SkillKind.CERTIFICATION):
        return text
    lists = class_lists(text, lambda written: _a_known_credential_name(written, extractor),
                        about_licences=only is SkillKind.CERTIFICATION)
    for found_list in lists:
        for name in found_list.names:
            canonical = _known(name, extractor)
            found.add(display_name(name, canonical, SkillKind.CERTIFICATION) if canonical else name,
                      SkillKind.CERTIFICATION, canonical=canonical)
    for found_list in reversed(lists):
        text = text[:found_list.start] + ", " + text[found_list.end:]
    return text


def _a_known_credential_name(written: str, extractor: SkillExtractor) -> bool:
    canonical = extractor.canonical(written)
    return canonical is not None and extractor.kind(canonical) is SkillKind.CERTIFICATION


def _add_credential(item: str, head: str, extractor: SkillExtractor, found: FoundSkills, only: SkillKind | None) -> None:
    """"Tanker" of a list of endorsements: a credential when the taxonomy knows "Tanker
    endorsement" or "Tanker" as one, else each part of "Doubles/Triples", else one shaped like a
    credential with its word ("Scissor Lift ticket"). It is named as written ("Tanker"): what is
    shown is what the document says."""
    if only not in (None, SkillKind.CERTIFICATION) or not re.search(r"[A-Za-z]", item):
        return
    for name in (item, f"{item} {head}"):
        canonical = _known(name, extractor)
        if canonical and extractor.kind(canonical) is SkillKind.CERTIFICATION:
            found.add(display_name(item, canonical, SkillKind.CERTIFICATION), SkillKind.CERTIFICATION,
                      canonical=canonical)
            return
    parts = [p.strip() for p in item.split("/") if p.strip()]
    if len(parts) > 1:
        for part in parts:
            _add_credential(part, head, extractor, found, only)
    elif credential_as_written(f"{item} {head}"):
        found.add(item, SkillKind.CERTIFICATION)


def _a_qualification_with_and(item: str) -> bool:
    return bool(_QUALIFICATION.match(item) and re.search(r"\s(?:and|&)\s", item, re.I)
                and len(item.split()) <= _QUALIFICATION_WORDS and not re.search(r"[(%]", item))


def _items_of(whole: str, extractor: SkillExtractor) -> list[str]:
    """"Excel and PowerPoint" is two skills; "Health and safety", "Scaling and root planing"
    name one: a short item joined by "and" is split only when the taxonomy knows every part."""
    named = bracketed_and_parts(whole)
    if len(named) > 1 and all(_a_known_credential_name(p, extractor) for p in named):
        return named  # two credentials, each with its initials in brackets: the whole is known by the last alone
    if _known(whole, extractor) or _a_qualification_with_and(whole):
        return [whole]
    parts = and_parts(whole)
    if len(whole.split()) > MAX_ITEM_WORDS or all(_known(p, extractor) for p in parts):
        return parts
    return [whole]


def _add_item(item: str, extractor: SkillExtractor, found: FoundSkills, keep_unknown: bool,
              only: SkillKind | None) -> bool:
    written, note = outside_and_inside(item)
    written = without_version(written)
    matched, canonical = _match(item, extractor)
    if canonical and only is not None and extractor.kind(canonical) is not only \
            and not (only is SkillKind.CERTIFICATION and extractor.kind(canonical) is SkillKind.SKILL
                     and normalise(matched) == normalise(written)):
        # A skill that is the whole item of a licences or training list ("Venepuncture",
        # "Manual handling": competencies nurses and carers list as trainings) is kept; a skill
        # named inside a credential's name is not a second entry.
        return False
    if canonical and note and written and matched == note and A_LEVEL_OR_COLUMN.match(note.strip()):
        return _add_item(written, extractor, found, keep_unknown, only)  # "SAP FICO (basic)": a level, not BASIC
    if canonical and note and written and matched in (note, without_version(note)) and not _spelled_out(written, note):
        # "Kitchen hygiene (HACCP)": the words before the bracket are the person's own skill, and
        # the bracket names a known one under its own name
        _add_item(written, extractor, found, keep_unknown, only)
        found.add(display_name(matched, canonical, extractor.kind(canonical)), extractor.kind(canonical),
                  canonical=canonical)
        return True
    if canonical:
        # what was written, as far as it named the skill ("OSHA 30" stays whole, "Java 17" is Java)
        written = matched if matched in (item, outside_and_inside(item)[0]) and _has_words(matched) else written
        if extractor.canonical(written) not in (None, canonical):
            written = matched  # "CPA (Australia)": the bracket names whose CPA, not a note on the US one
        kind = extractor.kind(canonical)
        level = note if kind is SkillKind.LANGUAGE else None
        found.add(display_name(written, canonical, kind), kind, level, canonical)
        if kind is not SkillKind.LANGUAGE:  # "Spanish (basic)": a level, not BASIC
            _add_bracketed(note, canonical, extractor, found, only)
        return True
    written = without_version_unless_a_code(outside_and_inside(item)[0])
    if keep_unknown and len(written.split()) <= MAX_ITEM_WORDS and not _FILLER.match(written) \
            and not _NOT_A_SKILL.search(written) and re.search(r"[^\W\d_]", written) and not _a_place_or_month(written) \
            and not A_STATUS.match(written):
        found.add(written, SkillKind.SKILL)
        return True
    return not keep_unknown and len(item.split()) <= MAX_ITEM_WORDS


def _a_place_or_month(item: str) -> bool:
    """"Maharashtra", "Deutschland", "September": a region, country or month alone names no
    skill (a skills section run on into an address or a date line)."""
    month = len(item) >= 4 and not item.isupper() and month_number(item) is not None  # "MAR" is a record
    return month or names_a_country_or_region(item)


def _spelled_out(words: str, abbreviation: str) -> bool:
    """"Rational Application Development (RAD)": the words are the bracket's abbreviation in full."""
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", words) if w.lower() not in ("of", "and", "the", "for"))
    return initials.upper() == re.sub(r"[^A-Za-z]", "", abbreviation).upper()


def _add_bracketed(note: str | None, beside: str, extractor: SkillExtractor, found: FoundSkills,
                   only: SkillKind | None) -> None:
    """"Food safety (HACCP)", "Python (Django)": a known skill in the brackets is the person's
    too; a level or a note there ("advanced", "5 years") names none."""
    if note and A_LEVEL_OR_COLUMN.match(note.strip()):
        return  # "SAP FICO (basic)": a level, not BASIC
    named = _known(note, extractor) if note else None
    if note and named and named != beside and (only is None or extractor.kind(named) is only):
        found.add(display_name(without_version(note), named, extractor.kind(named)), extractor.kind(named),
                  canonical=named)


def _match(item: str, extractor: SkillExtractor) -> tuple[str, str | None]:
    """(the spelling that the taxonomy knows, its canonical name), best spelling first."""
    for spelling in candidates(item):
        canonical = extractor.canonical(spelling)
        if canonical:
            return spelling, canonical
    return item, None


def _known(item: str, extractor: SkillExtractor) -> str | None:
    return _match(item, extractor)[1]


def _a_known_credential(item: str, extractor: SkillExtractor) -> bool:
    """The item is, or names, a credential the taxonomy knows ("FAA ATP Certificate")."""
    canonical = _known(item, extractor)
    if canonical is not None and extractor.kind(canonical) is SkillKind.CERTIFICATION:
        return True
    return any(extractor.kind(m.name) is SkillKind.CERTIFICATION for m in extractor.mentions(item))


def _has_words(text: str) -> bool:
    return bool(re.search(r"[A-Za-z]", text)) and "(" not in text


# "English: fluent", "Deutsch – Muttersprache", "Français : courant": a language, then its level
_LANGUAGE_AND_LEVEL = re.compile(r"(?P<language>[^\W\d_][^\W\d_'’-]*(?:\s[^\W\d_]+)?)\s*(?::|\s[-–—])\s*"
                                 # (a middle dot or bullet parts one language from the next: "Arabic: native · French: fluent")
                                 r"(?P<level>[^,;|()\n:·•]*[^\s,;|()\n:·•])")


def _levels_bracketed(text: str, extractor: SkillExtractor) -> str:
    """A languages section with each known language's level in brackets ("English (fluent)"),
    as _add_item reads a level: after a colon or dash the level was read as a label's item
    or a skill of its own ("fluent", "courant", "Basic" as the programming language)."""
    def bracketed(m: re.Match[str]) -> str:
        known = _known(m.group("language"), extractor)
        if known is None or extractor.kind(known) is not SkillKind.LANGUAGE:
            return m.group()
        return f"{m.group('language')} ({m.group('level').strip()})"
    return _LANGUAGE_AND_LEVEL.sub(bracketed, text)


def _without_names(text: str, names: Iterable[str]) -> str:
    """The text with employers' and schools' names blanked: "Swift Transportation" names no skill."""
    for name in sorted({n for n in names if n and len(n) > 2}, key=len, reverse=True):
        text = re.sub(re.escape(name), lambda m: " " * len(m.group()), text, flags=re.I)
    return text


def resume_skills(skill_sections: list[str], licence_sections: list[str], full_text: str,
                  extractor: SkillExtractor, organisations: Iterable[str] = (),
                  letters_after_name: Iterable[str] = (), training_sections: Iterable[str] = (),
                  language_sections: Iterable[str] = (), prose_sections: Iterable[str] = (),
                  headline: str = "", schooling: str = "") -> list[SkillEntry]:
    # A credential named as not held yet ("NMC application in progress") is read by none of the readers.
    def held(texts: Iterable[str]) -> list[str]:
        return [without_pending_credentials(t, extractor) for t in texts]
    skill_sections, licence_sections, training_sections, prose_sections = \
        held(skill_sections), held(licence_sections), held(training_sections), held(prose_sections)
    full_text, headline, schooling = held([full_text, headline, schooling])
    found = FoundSkills()
    if any(s.strip() for s in skill_sections):
        listed_skills(skill_sections, extractor, found)
        # A skills section is not all a person can do: the credentials and a trade's skills that
        # the work history and the summary name in their prose are theirs too (prose_lists_read).
        for text in prose_sections:
            prose_lists_read(_without_names(text, organisations), extractor, found)
        prose_lists_read(_without_names(without_graded_subjects(schooling), organisations), extractor, found, held=True)
    else:
        add_mentions(_class_lists_read(_without_names(without_exam_subjects(full_text), organisations), extractor,
                                       found, None),
                     extractor, found, prose=True)
    listed_skills([_levels_bracketed(s, extractor) for s in language_sections if s.strip()], extractor, found)
    # Licences and certifications: only what the taxonomy knows ("Illinois" or a licence
    # number beside a credential is no skill).
    # and the licences among the letters after the name ("MARIA GONZALEZ, RN").
    for text in licence_sections:
        listed_skills([text], extractor, found, keep_unknown=False, only=SkillKind.CERTIFICATION,
                      credentials_as_written=True)
    for text in training_sections:
        listed_skills([text], extractor, found, keep_unknown=False, only=SkillKind.CERTIFICATION)
    listed_skills([", ".join(letters_after_name)], extractor, found, keep_unknown=False, only=SkillKind.CERTIFICATION)
    # A title that is a registration ("Registered Nurse", "Chartered Accountant") under the name
    # is the credential the person works under, when the taxonomy knows it as one.
    add_mentions(_without_names(headline, organisations), extractor, found, SkillKind.CERTIFICATION)
    return list(found.entries.values())
