"""A job's skills read from its own words: the title and description through the same
extractor as résumés, requirement prose ("active RN license, BLS and ACLS certification")
giving required skills and certifications, sentences marked as a plus giving nice-to-haves;
and the employer's own list kept as spelled unless the taxonomy only fixes its case or knows
it by a short, better-known name."""
from __future__ import annotations

import re
from dataclasses import dataclass

from domain.compound_skills import compound_mentions
from domain.credential_shape import coded_qualifications
from domain.job_ad_alternatives import alternative_runs
from domain.job_ad_items import is_credential, item_spans
from domain.job_ad_sections import work_text
from domain.jobs import JobFilter
from domain.licence_classes import class_lists, licence_class
from domain.personal_qualities import trait_spans
from domain.ports.documents import SkillExtractor
from domain.requirement_marks import clause_marks, lines_under_labels, marked_nice
from domain.requirement_names import named_skill
from domain.requirement_phrases import ACTION_VERBS, Phrase, base_forms, coordinated, requirement_phrases
from domain.skill_alternatives import alternatives, any_of
from domain.skill_name_parts import named_parts
from domain.skills import SkillKind, SkillMention, a_bare_letter, normalise, tokens

_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")

# A requirement phrase the taxonomy does not know is kept as written up to this many words.
MAX_PHRASE_SKILL_WORDS = 6


@dataclass(frozen=True)
class JobAdSpan:
    """Where a job ad names a skill (a taxonomy name, or a requirement phrase holding it) and
    the skills it yields, as the job will list them."""
    start: int
    end: int
    names: tuple[str, ...]


def _whole_phrase_name(text: str, phrase: Phrase, skills: SkillExtractor) -> str | None:
    """The taxonomy's name for the whole phrase ("operate a forklift" -> forklift operation)."""
    for form in [text[phrase.start:phrase.end], *base_forms(phrase)]:
        canonical = skills.canonical(form)
        if canonical and _named_whole(form, canonical, skills):
            return canonical
    return None


def _phrase_names(text: str, phrase: Phrase, inside: list[SkillMention], skills: SkillExtractor) -> tuple[str, ...]:
    """The taxonomy's name for the whole phrase ("operate a forklift" -> forklift operation),
    else the taxonomy skills inside it, else the phrase as written when short."""
    whole = _whole_phrase_name(text, phrase, skills)
    if whole:
        return (whole,)
    # "Lead payroll": the verb that opens the phrase says what to do with the skills after it.
    # Alone it stands for the phrase only as an activity ("Weld steel frames": welding), not
    # where the taxonomy knows it with an object of its own ("Lead our kitchen brigade" is not
    # "lead others", and no skill "Lead").
    verb = [m for m in inside if m.start == phrase.start and text[m.start:m.end] == phrase.words[0]
            and phrase.words[0].lower() in ACTION_VERBS]  # not a skill opening a list ("Xero or Sage")
    if len(inside) > len(verb) or any(_verb_and_object(phrase.words[0], m.name) for m in verb):
        inside = [m for m in inside if m not in verb]
    if inside:
        return tuple(_as_spelled(text[m.start:m.end], m.name, skills) for m in inside)
    if len(phrase.words) <= MAX_PHRASE_SKILL_WORDS:
        named = named_skill(text[phrase.start:phrase.end], skills)
        return (named,) if named else ()
    return ()


def _verb_and_object(verb: str, name: str) -> bool:
    """The taxonomy's name is the verb as written and more words ("lead others")."""
    words = tokens(name)
    return len(words) > 1 and words[0] == verb.lower()


def _named_whole(form: str, canonical: str, skills: SkillExtractor) -> bool:
    """The taxonomy names the whole phrase as prose would: an alias the taxonomy guards (a
    word with another everyday sense, such as "packing" for packaging engineering) counts only
    where the extractor's own rules for running text accept it."""
    found = skills.mentions(form)
    return any(m.name == canonical and m.start == 0 and m.end == len(form) for m in found)


def job_ad_mentions(text: str, skills: SkillExtractor, *, labelled: bool = False) -> list[JobAdSpan]:
    """The skills a job ad's text names: requirement phrases ("Ability to operate a
    forklift"), each one span with the taxonomy skills inside it, the taxonomy's names
    elsewhere, and items named as a résumé's list names them ("• ADR", "CSCS card, IPAF").
    `labelled`: the text is a line of a list a label above it opened ("Desirable:")."""
    mentions = [m for m in skills.mentions(text)
                if not _a_language_as_adjective(text, m, skills) and not _an_activity_as_product(text, m, skills)]
    mentions += [c for c in compound_mentions(text, skills)
                 if not any(m.start < c.end and c.start < m.end for m in mentions)]
    mentions.sort(key=lambda m: m.start)
    phrases = requirement_phrases(text)
    spans = []
    for phrase in phrases:
        inside = [m for m in mentions if phrase.start <= m.start and m.end <= phrase.end]
        if not inside and _describes_the_posting(phrase):
            continue
        if _a_joined_activity(text, phrase):
            whole = _whole_phrase_name(text, phrase, skills)
            spans.append(JobAdSpan(phrase.start, phrase.end, (whole,) if whole else ()))
            continue
        spans.append(JobAdSpan(phrase.start, phrase.end, _phrase_names(text, phrase, inside, skills)))
    for m in mentions:
        if not any(p.start <= m.start and m.end <= p.end for p in phrases):
            spans.append(JobAdSpan(m.start, m.end, (_as_spelled(text[m.start:m.end], m.name, skills),)))
    spans = _with_class_lists(text, spans, skills)
    spans += [JobAdSpan(a, b, (_item_name(text[a:b], skills),)) for a, b in coded_qualifications(text)]
    # A phrase that names nothing ("Driving licence with a maximum of 3 points": a gerund, read as
    # a duty) gives way to the item read inside it.
    items = [JobAdSpan(item.start, item.end, tuple(_item_name(n, skills) for n in item.names))
             for item in item_spans(text, [(s.start, s.end) for s in spans if s.names], skills, labelled=labelled)]
    spans = [s for s in spans if s.names or not any(s.start <= i.start and i.end <= s.end for i in items)] + items
    for phrase in coordinated(text, [(s.start, s.end) for s in spans]):
        if _a_joined_activity(text, phrase):
            whole = _whole_phrase_name(text, phrase, skills)
            spans.append(JobAdSpan(phrase.start, phrase.end, (whole,) if whole else ()))
            continue
        spans.append(JobAdSpan(phrase.start, phrase.end, _phrase_names(text, phrase, [], skills)))
    spans += [JobAdSpan(a, b, ()) for a, b in trait_spans(text) if not any(s.start < b and a < s.end for s in spans)]
    return sorted(_outermost(spans), key=lambda s: s.start)


# What an ad says of the job itself: after an -ing word that praises or describes it ("Caring
# role", "Exciting opportunity", "Rotating shifts") the phrase describes the post, not a duty;
# after a field's name ("marketing role", "nursing role") the field is read as the skill it is.
_DESCRIBING = frozenset(["exciting", "caring", "rewarding", "challenging", "growing", "expanding", "thriving",
                         "leading", "amazing", "interesting", "demanding", "fulfilling", "rotating", "outstanding",
                         "engaging", "inspiring", "booming", "existing", "following", "upcoming", "ongoing",
                         "welcoming", "supporting", "evolving", "pioneering", "changing", "varying"])
_THE_POSTING = frozenset(["role", "roles", "position", "positions", "job", "jobs", "opportunity", "opportunities",
                          "company", "companies", "environment", "organisation", "organization", "employer",
                          "provider", "workplace", "culture", "career", "package", "salary", "shift", "shifts",
                          "rota", "hours"])


def _describes_the_posting(phrase: Phrase) -> bool:
    return phrase.gerund and len(phrase.words) >= 2 and phrase.words[0].lower() in _DESCRIBING \
        and phrase.words[1].lower() in _THE_POSTING


_JOINED_BEFORE = re.compile(r"(?:\band|\bor|&|,)\s*$", re.IGNORECASE)


def _a_joined_activity(text: str, phrase: Phrase) -> bool:
    """"stock control and ordering": a lone -ing word joined to what comes before it is an
    activity of the job, a skill only where the taxonomy names it whole in that sense."""
    return phrase.gerund and len(phrase.words) == 1 and _JOINED_BEFORE.search(text, 0, phrase.start) is not None


def _an_activity_as_product(text: str, mention: SkillMention, skills: SkillExtractor) -> bool:
    """"ordering" read as ordering software: a lower-case -ing word is the activity, not a
    product the taxonomy knows by it."""
    written = text[mention.start:mention.end]
    return (written.isalpha() and written.islower() and written.endswith("ing")
            and skills.kind(mention.name) is SkillKind.TOOL)


def _with_class_lists(text: str, spans: list[JobAdSpan], skills: SkillExtractor) -> list[JobAdSpan]:
    """A list of licence classes ("Class B, C and D licences") is read whole, each class named
    in full, over whatever the other rules read in it (the bare "C" the programming language)."""
    lists = class_lists(text, lambda written: is_credential(written, skills))
    return [*(JobAdSpan(c.start, c.end, c.names) for c in lists),
            *(s for s in spans if not any(c.start < s.end and s.start < c.end for c in lists))]


def _item_name(written: str, skills: SkillExtractor) -> str:
    canonical = skills.canonical(written)
    return _as_spelled(written, canonical, skills) if canonical else written


def _outermost(spans: list[JobAdSpan]) -> list[JobAdSpan]:
    """Less the spans inside a longer one: "knife" of "knife skills" is a fragment of the skill
    as written, not a second skill."""
    return [s for s in spans if not any(o.start <= s.start and s.end <= o.end and (o.end - o.start) > (s.end - s.start)
                                        for o in spans)]


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)\b")
_PREVIOUS_WORD = re.compile(r"\b([A-Za-z]+)\W*$")
# After a language these words say the language itself is asked for ("French required").
_LANGUAGE_CONTEXT = frozenset(
    "and or nor is are was required preferred essential desirable mandatory needed necessary a an plus "
    "language languages speaker speakers speaking spoken fluency fluent proficiency proficient native level "
    "skill skills certificate certification written verbal as to at in with would will must".split())
# Before a language these words ask for it whatever follows ("speak French", "fluent French").
_SPEAKING = frozenset("speak speaks speaking fluent fluently native in and or read write".split())


def _a_language_as_adjective(text: str, mention: SkillMention, skills: SkillExtractor) -> bool:
    """"a French brasserie", "Italian cuisine": the language says what kind of place or food."""
    if skills.kind(mention.name) is not SkillKind.LANGUAGE:
        return False
    after = _NEXT_WORD.match(text, mention.end)
    before = _PREVIOUS_WORD.search(text, 0, mention.start)
    if before and before.group(1).lower() in _SPEAKING:
        return False
    return after is not None and after.group(1).lower() not in _LANGUAGE_CONTEXT


def description_skills(title: str, description: str, skills: SkillExtractor,
                       limit: int) -> tuple[list[str], list[str]]:
    """(required, nice to have) named in the job's text, in order of mention, each once."""
    required: list[str] = []
    nice: list[str] = []
    seen: set[str] = set()
    occupation = _title_noun(title)
    sentences = [(sentence, label) for line, label in lines_under_labels(work_text(description))
                 for sentence in _SENTENCE.split(line)]
    for sentence, label in [(title, None), *sentences]:
        marks = clause_marks(sentence)
        if label is not None and not any(nice for _, nice in marks):
            marks = [(len(sentence), label)]  # a line under "Desirable:" is as desirable as the label says
        for start, names in _requirements(sentence, occupation, skills, label is not None):
            target = nice if marked_nice(marks, start) else required
            keys = [_identity(name, skills) for name in names]
            if len(names) == 1 and keys[0] and keys[0] not in seen:
                seen.add(keys[0])
                target.append(names[0])
            elif len(names) > 1 and any(keys) and any_of(keys) not in seen:
                seen.add(any_of(keys))
                target.append(any_of(names))
    return required[:limit], nice[:limit]


def _requirements(sentence: str, occupation: str, skills: SkillExtractor,
                  labelled: bool = False) -> list[tuple[int, tuple[str, ...]]]:
    """What a sentence asks for, in order, each where it is written: a skill, or alternatives
    any one of which meets the requirement ("ACCA qualified (or ACA/CIMA)"); spellings of one
    skill once. Read over the whole sentence, so a clause's items keep the list around them."""
    spans = [s for s in job_ad_mentions(sentence, skills, labelled=labelled)
             if not _names_the_occupation(sentence[s.start:s.end], occupation, s, skills)]
    named = [_distinct(_kept_names(s.names, skills), skills) for s in spans]
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


def _kept_names(names: tuple[str, ...], skills: SkillExtractor) -> list[str]:
    """Less a bare letter read alone ("C" of a class list is no programming language)."""
    kept = []
    for name in names:
        canonical = skills.canonical(name)
        if not a_bare_letter(name, skills.kind(canonical) if canonical else None):
            kept.append(name)
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
    return normalise(canonical or name)


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


def employer_spelling(written: str, skills: SkillExtractor) -> str:
    """An employer's skill as they spelled it, unless the taxonomy's name is the same words
    in a fixed spelling ("postgresql" -> "PostgreSQL"), the same words and theirs was all one
    case ("FOOD SAFETY" -> "Food safety"), or a short better-known name for an abbreviation
    ("k8s" -> "Kubernetes"); never a longer product name ("NetSuite" stays, not "Oracle
    NetSuite"), and never a case they chose over the taxonomy's plain one ("Wound Care" stays,
    not ESCO's "wound care")."""
    canonical = skills.canonical(written)
    if canonical is None:
        known = _known_part(written, skills)
        return employer_spelling(known, skills) if known else written
    if normalise(canonical) == normalise(written) and _cased_on_purpose(written):
        if not _fixed_spelling(canonical):
            return written
        return _fixed_words_only(written, canonical)
    return _as_spelled(written, canonical, skills)


_NOTE = re.compile(r"^(?P<outside>[^()]*?)\s*\((?P<inside>[^()]+)\)\s*$")
# Words beside a credential's name that say no more than that it is held ("Driver CPC card").
_HOLDING_WORDS = frozenset("card licence license certificate certification ticket qualification qualified holder "
                           "full valid current registered registration".split())


def _known_part(written: str, skills: SkillExtractor) -> str | None:
    """The credential an employer's skill names that the taxonomy knows, as a résumé's
    licences list is read: the name before or inside a bracketed note ("Driver CPC (DQC)",
    "Full UK driving licence (Category C+E)"), or the one credential named with words that
    only say it is held ("Driver CPC card")."""
    note = _NOTE.match(written)
    if note:
        for part in (note.group("outside").strip(), note.group("inside").strip()):
            canonical = skills.canonical(part) if part else None
            if canonical and skills.kind(canonical) is SkillKind.CERTIFICATION:
                # only a credential's: a note on a tool or a language ("Python (Django)",
                # "Spanish (fluent)") is a second skill or a level, not another spelling
                return part
    found = skills.mentions(written, skills_context=True)
    if len(found) != 1 or skills.kind(found[0].name) is not SkillKind.CERTIFICATION:
        return None
    rest = written[:found[0].start] + " " + written[found[0].end:]
    return written[found[0].start:found[0].end] if set(tokens(rest)) <= _HOLDING_WORDS else None


def _fixed_words_only(written: str, canonical: str) -> str:
    """Word by word, the taxonomy's word where it capitalises a letter the employer's does
    not ("Iv" -> "IV", "excel" -> "Excel"), else the employer's: "IV Therapy" stays so, not
    the taxonomy's "IV therapy". Words that do not pair up one to one take the taxonomy's whole."""
    mine, theirs = written.split(), canonical.split()
    if len(mine) != len(theirs) or any(len(a) != len(b) or a.lower() != b.lower() for a, b in zip(mine, theirs)):
        return canonical
    return " ".join(t if any(a.islower() and b.isupper() for a, b in zip(w, t)) else w for w, t in zip(mine, theirs))


def _fixed_spelling(name: str) -> bool:
    """A capital after the first letter ("PostgreSQL", "HACCP", "IV cannulation"): a name
    spelled one way, unlike the taxonomy's plain phrases ("Food safety", "wound care")."""
    return any(ch.isupper() for ch in name[1:])


def _cased_on_purpose(written: str) -> bool:
    return written != written.lower() and written != written.upper()


def _as_spelled(written: str, canonical: str, skills: SkillExtractor) -> str:
    if normalise(canonical) == normalise(written):
        return canonical
    mine, theirs = set(tokens(written)), set(tokens(canonical))
    # Only a one-word abbreviation or nickname ("k8s", "golang") gives way to the better-known
    # name: a name written in full ("Amazon Web Services") is never shortened to "AWS".
    if skills.kind(canonical) is SkillKind.TOOL and len(mine) == 1 and not (mine & theirs) and len(theirs) <= 2:
        return canonical
    if skills.kind(canonical) is SkillKind.CERTIFICATION and written.isalpha() and written.islower():
        return canonical  # initials typed in lower case ("bls") shown as the credential's name
    return written


def skill_key(name: str) -> str:
    """How a job's skill is indexed for the skills filter: its own spelling, folded to the
    taxonomy's lookup key. The taxonomy is not asked here, so the index never goes stale
    when the taxonomy changes; the filter side widens to every spelling instead."""
    return normalise(name)


def skill_keys(names: list[str]) -> list[str]:
    """The index keys of a job's skills, each once, none empty; a requirement any of several
    skills meets ("ACCA or CIMA") under each of them too, and an entry that grades, holds or
    notes a skill ("HACCP Level 2", "Food hygiene (HACCP)") under the names inside it, so a
    search for one finds it."""
    every = [*names, *(part for name in names for part in alternatives(name))]
    every += [part for name in every for part in named_parts(name)]
    return sorted({key for key in map(skill_key, every) if key})


def wanted_spellings(names: list[str], skills: SkillExtractor) -> list[frozenset[str]]:
    """For each skill a search asks for, the index keys any of which satisfies it: every
    spelling the taxonomy knows for that skill, so "BLS" finds a job listing "Basic Life
    Support (BLS)" and the other way round."""
    wanted: list[frozenset[str]] = []
    for name in names:
        keys = frozenset(k for k in _every_spelling(name.strip(), skills) if k)
        if keys and keys not in wanted:
            wanted.append(keys)
    return wanted


def _every_spelling(name: str, skills: SkillExtractor) -> set[str]:
    """The spellings of the skill `name` is the name of, and of the skill the extractor reads
    the whole of `name` as: the taxonomy may hold one abbreviation twice ("HACCP" the method,
    and as written in a list the HACCP certificate), and a job lists either."""
    every = set(skills.spellings(name)) | {skill_key(name)}
    for mention in skills.mentions(name, skills_context=True):
        if mention.start == 0 and mention.end == len(name):
            every |= skills.spellings(mention.name)
    # A job's skill is indexed as written, where an ampersand is no token ("Moving & Handling" is
    # "moving handling"); the taxonomy reads it as "and": each spelling is asked for both ways.
    return every | {_without_and(key) for key in every if "and" in key.split()}


def _without_and(key: str) -> str:
    return " ".join(word for word in key.split() if word != "and")


def filter_spellings(job_filter: JobFilter) -> list[frozenset[str]]:
    """The filter's skills as index keys: the service's widened spellings, or (for a filter
    that did not pass through it) each skill's own key."""
    if job_filter.skill_spellings is not None:
        return job_filter.skill_spellings
    return [frozenset({key}) for key in skill_keys(job_filter.skills or [])]
