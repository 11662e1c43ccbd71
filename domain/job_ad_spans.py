"""Where a job ad names skills: requirement phrases ("Ability to operate a forklift") each read
as one span with the taxonomy skills inside it, the taxonomy's names elsewhere, items named as
a résumé's list names them, licence class lists read whole; words that only describe the post
or use a language as an adjective name no skill."""
from __future__ import annotations

import re

from domain.action_verbs import ACTION_VERBS
from domain.card_colours import with_card_colours
from domain.compound_skills import compound_mentions
from domain.credential_initials import initials_beside
from domain.credential_shape import CREDENTIAL_WORDS, coded_qualifications
from domain.duty_nouns import duty_noun_spans
from domain.employer_spelling import as_spelled
from domain.job_ad_duty_spans import JobAdSpan, one_object_shared, outermost, with_willingness
from domain.job_ad_fillers import filler
from domain.job_ad_items import is_credential, item_spans
from domain.job_ad_posts import (
    EVERYDAY_PRODUCT_NAMES,
    anothers_post,
    describes_the_posting,
    ends_in_a_post,
    names_a_post_or_business,
    words_before_a_post,
)
from domain.job_ad_sections import given_clauses, offer_clause_end
from domain.job_ad_shared_heads import with_shared_heads
from domain.job_ad_span_edges import edge_start, team_end
from domain.language_adjectives import a_language_as_adjective
from domain.licence_classes import class_lists
from domain.matching.function_words import a_function_word
from domain.personal_qualities import QUALITY_NOUNS, trait_spans
from domain.phrase_cores import phrase_cores
from domain.ports.documents import SkillExtractor
from domain.qualification_titles import only_asking_words, qualification_titles
from domain.registered_professions import registrations
from domain.regulator_bodies import with_registered_bodies
from domain.requirement_coordination import coordinated
from domain.requirement_names import named_skill
from domain.requirement_phrases import Phrase, base_forms, requirement_phrases
from domain.skills import SkillKind, SkillMention, tokens

# A requirement phrase the taxonomy does not know is kept as written up to this many words.
MAX_PHRASE_SKILL_WORDS = 6



def _whole_phrase_name(text: str, phrase: Phrase, skills: SkillExtractor) -> str | None:
    """The taxonomy's name for the whole phrase ("operate a forklift" -> forklift operation)."""
    for n, form in enumerate([text[phrase.start:phrase.end], *base_forms(phrase)]):
        canonical = skills.canonical(form)
        # A gerund's base form is a verb, an activity: never a product's name ("Taking" is
        # not the TAK tool by its stem "Tak").
        if n > 0 and canonical and skills.kind(canonical) is SkillKind.TOOL:
            continue
        if canonical and _named_whole(form, canonical, skills):
            return canonical
    return None


def _phrase_names(text: str, phrase: Phrase, inside: list[SkillMention], skills: SkillExtractor) -> tuple[str, ...]:
    """The taxonomy's name for the whole phrase ("operate a forklift" -> forklift operation),
    else the taxonomy skills inside it, else the phrase as written when short."""
    whole = _whole_phrase_name(text, phrase, skills)
    if whole:
        return (whole,)
    if cores := phrase_cores(text, phrase):  # "Operate forklifts safely": forklift operation
        return tuple(n for c in cores for n in _phrase_names(
            text, c, [m for m in inside if c.start <= m.start and m.end <= c.end], skills))
    # "Lead payroll": the verb that opens the phrase says what to do with the skills after it.
    # Alone it stands for the phrase only as an activity ("Weld steel frames": welding), not
    # where the taxonomy knows it with an object of its own ("Lead our kitchen brigade" is not
    # "lead others", and no skill "Lead").
    verb = [m for m in inside if m.start == phrase.start and text[m.start:m.end] == phrase.words[0]
            and phrase.words[0].lower() in ACTION_VERBS]  # not a skill opening a list ("Xero or Sage")
    if len(inside) > len(verb) or any(_verb_and_object(phrase.words[0], m.name) for m in verb):
        inside = [m for m in inside if m not in verb]
    if inside:
        return tuple(as_spelled(text[m.start:m.end], m.name, skills) for m in inside)
    if len(phrase.words) <= MAX_PHRASE_SKILL_WORDS and not ends_in_a_post(phrase.words):
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


def job_ad_mentions(text: str, skills: SkillExtractor, *, labelled: bool = False,
                    title: bool = False) -> list[JobAdSpan]:
    """The skills a job ad's text names: requirement phrases ("Ability to operate a
    forklift"), each one span with the taxonomy skills inside it, the taxonomy's names
    elsewhere, and items named as a résumé's list names them ("• ADR", "CSCS card, IPAF").
    `labelled`: the text is a line of a list a label above it opened ("Desirable:"); `title`:
    the text is the job's title, whose field is the job's skill ("Purchasing Manager")."""
    offered = offer_clause_end(text)
    if offered == len(text):
        return []
    mentions = [m for m in skills.mentions(text)
                if not a_language_as_adjective(text, m, skills) and not _an_activity_as_product(text, m, skills)
                and not a_function_word(text[m.start:m.end])]
    mentions += [c for c in compound_mentions(text, skills)
                 if not any(m.start < c.end and c.start < m.end for m in mentions)]
    run_by_the_post = [p for p in _products_of_a_post(text, skills)
                       if not any(m.start < p.end and p.start < m.end for m in mentions)]
    mentions += run_by_the_post
    mentions.sort(key=lambda m: m.start)
    phrases = requirement_phrases(text)
    spans = []
    for phrase in phrases:
        inside = [m for m in mentions if phrase.start <= m.start and m.end <= phrase.end
                  and not (anothers_post(text, m.start) and names_a_post_or_business(text, m.start, m.end))]
        if not inside and describes_the_posting(phrase):
            continue
        if _a_joined_activity(text, phrase):
            whole = _whole_phrase_name(text, phrase, skills)
            spans.append(JobAdSpan(phrase.start, phrase.end, (whole,) if whole else ()))
            continue
        spans.append(JobAdSpan(phrase.start, phrase.end, _phrase_names(text, phrase, inside, skills)))
    for m in mentions:
        if not any(p.start <= m.start and m.end <= p.end for p in phrases):
            spans.append(JobAdSpan(m.start, m.end, (as_spelled(text[m.start:m.end], m.name, skills),)))
    spans = _with_class_lists(text, spans, skills)
    spans += [JobAdSpan(a, b, (_item_name(text[a:b], skills),)) for a, b in coded_qualifications(text)]
    credentials = [(s.start, s.end) for s in spans
                   if any(is_credential(n, skills) for n in s.names) or CREDENTIAL_WORDS.search(text, s.start, s.end)]
    spans += [JobAdSpan(a, b, (_item_name(text[a:b], skills),))
              for a, b in initials_beside(text, credentials, [(s.start, s.end) for s in spans])]
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
    # a trait names no skill; a basic ability named by its noun ("Numeracy") keeps the taxonomy's name
    spans += [JobAdSpan(a, b, (_item_name(text[a:b], skills),) if _an_ability(text[a:b], skills) else ())
              for a, b in trait_spans(text) if not any(s.start < b and a < s.end for s in spans)]
    # a duty written as a noun of action holds the skills read inside it, and lists no more
    spans += [JobAdSpan(a, b, tuple(n for s in spans if a <= s.start and s.end <= b for n in s.names))
              for a, b in duty_noun_spans(text) if not any(s.start < a < s.end or s.start < b < s.end for s in spans)]
    if not title:
        # a credential named for the post it qualifies for ("Registered Pharmacy Technician")
        # stays, as does a product the post works with ("a Python Developer" needs Python)
        spans = [s for s in spans if not names_a_post_or_business(text, s.start, s.end)
                 or (any(is_credential(n, skills) or skills.kind(n) is SkillKind.TOOL for n in s.names)
                     or any((p.start, p.end) == (s.start, s.end) for p in run_by_the_post))
                 and not anothers_post(text, s.start)]
    titles = qualification_titles(text)
    # a span running from inside a title past it over words asking for it ("Building Services Or
    # Equivalent" of "HNC in Building Services Or Equivalent") is the title's subject
    spans = [s for s in spans if not any(a <= s.start < b < s.end and only_asking_words(text[b:s.end])
                                         for a, b in titles)]
    spans += [_a_title(text, a, b, spans, skills) for a, b in titles]
    spans = sorted(outermost(_with_registrations(text, spans, skills)), key=lambda s: s.start)
    spans = _products_apart(text, one_object_shared(text, spans), mentions, skills)
    spans = _two_words_apart(text, skills, [_without_team(text, s, skills) for s in spans])
    spans = with_willingness(text, _overlaps_joined(spans))
    spans = _without_refused_products(text, spans, skills)
    spans = outermost([_at_its_edge(text, s, spans, skills) for s in spans])
    spans = [s for s in spans if not filler(text, s.start, s.end)]
    spans = with_registered_bodies(text, spans, lambda a, b: JobAdSpan(a, b, (_item_name(text[a:b], skills),)))
    spans = with_shared_heads(text, spans, lambda s: (s.start, s.end), lambda s, n: JobAdSpan(s.start, s.end, (n,)), skills)
    spans = with_card_colours(text, spans, lambda s: (s.start, s.end), lambda s, end: JobAdSpan(s.start, end, s.names))
    given = given_clauses(text)
    # what the employer gives names no skill
    return [s for s in spans if s.start >= offered and not any(a <= s.start and s.end <= b for a, b in given)]


def _at_its_edge(text: str, s: JobAdSpan, spans: list[JobAdSpan], skills: SkillExtractor) -> JobAdSpan:
    """The span from the words before it that belong to it, unless another span holds them."""
    start = edge_start(text, s.start, s.end, s.names, skills)
    held = any(o.start < s.start and start < o.end and not (start <= o.start) for o in spans)
    return s if held else JobAdSpan(start, s.end, s.names)


def _without_team(text: str, s: JobAdSpan, skills: SkillExtractor) -> JobAdSpan:
    end, written = team_end(text, s.start, s.end, skills), text[s.start:s.end]
    return s if end == s.end else JobAdSpan(s.start, end, tuple(text[s.start:end] if n == written else n
                                                                for n in s.names))


def _without_refused_products(text: str, spans: list[JobAdSpan], skills: SkillExtractor) -> list[JobAdSpan]:
    """"sage" of "knife skills, sage, thyme" read as an item is the herb, not the product its
    name resolves to: a product named by an everyday word counts where the extractor, reading
    the whole text (as prose or as a list), names a skill there."""
    read: list[SkillMention] | None = None

    def refused(s: JobAdSpan) -> bool:
        nonlocal read
        written = text[s.start:s.end]
        if s.names != (written,) or not skills.an_everyday_word(written):
            return False
        read = read if read is not None else [*skills.mentions(text), *skills.mentions(text, skills_context=True)]
        return not any(m.start < s.end and s.start < m.end for m in read)
    return [s for s in spans if not refused(s)]


def _products_of_a_post(text: str, skills: SkillExtractor) -> list[SkillMention]:
    """"a Salesforce Administrator": a product the taxonomy guards in prose, named in a post's
    title, is what the post works with (whose post it is, the caller judges)."""
    out = []
    for a, b in words_before_a_post(text):
        out += [SkillMention(m.index, m.name, a + m.start, a + m.end) for m in skills.mentions(text[a:b], skills_context=True)
                if skills.kind(m.name) is SkillKind.TOOL and _the_products_own_name(text[a + m.start:a + m.end], m.name)]
    return out


def _a_title(text: str, a: int, b: int, spans: list[JobAdSpan], skills: SkillExtractor) -> JobAdSpan:
    """A qualification's title: the taxonomy's name for it, else the skills read inside it (its
    subject), else the title as written."""
    canonical = skills.canonical(text[a:b])
    inside = tuple(n for s in spans if a <= s.start and s.end <= b for n in s.names)
    # the subject's skills over the award's own name read before it ("BTEC Level 3 Certificate"
    # of "BTEC Level 3 Certificate in The Principles of Customer Service"): one title, not two
    subject = tuple(n for s in spans if a < s.start and s.end <= b for n in s.names)
    inside = subject or inside
    return JobAdSpan(a, b, (as_spelled(text[a:b], canonical, skills),) if canonical else inside or (text[a:b],))


def _the_products_own_name(written: str, name: str) -> bool:
    """"Salesforce", "SAP": the product's name as it spells it, or its initials; a common word
    the taxonomy also knows as a product ("Project", "Purchasing", "Chef") names the post's field."""
    if written.casefold() in EVERYDAY_PRODUCT_NAMES:
        return False
    return written.casefold() == name.casefold() or (written.isupper() and len(written) >= 2)


def _a_named_skill(text: str, part: tuple[int, int], mentions: list[SkillMention]) -> bool:
    """"bank reconciliation": a few words ending in a skill the taxonomy names."""
    return any(part[0] <= m.start and m.end == part[1] for m in mentions) and len(text[part[0]:part[1]].split()) <= 3


def _overlaps_joined(spans: list[JobAdSpan]) -> list[JobAdSpan]:
    """Two spans sharing words ("loading and unloading" the taxonomy's, "unloading pallets" a
    duty) are one span, as a labelled line marks each word in one span at most."""
    out: list[JobAdSpan] = []
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and s.start < out[-1].end:
            last = out[-1]
            names = (*last.names, *(n for n in s.names if n not in last.names))
            out[-1] = JobAdSpan(last.start, max(last.end, s.end), names)
        else:
            out.append(s)
    return out


_JOINED = re.compile(r"\s+(?:and|&|or)\s+")
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w.+#-]*)(?:\s+[A-Z0-9][\w.+#-]*)*")


def _products_apart(text: str, spans: list[JobAdSpan], mentions: list[SkillMention],
                    skills: SkillExtractor) -> list[JobAdSpan]:
    """"Trimble and AutoCAD Civil 3D": a span that is products joined by "and" or "or" (a
    product the taxonomy names whole beside one, or a name in capitals it does not know) is an
    item each, as a list of products is labelled."""
    out = []
    for s in spans:
        joins = list(_JOINED.finditer(text, s.start, s.end))
        # "Xero and Sage and Microsoft Office": each join parts two more products
        bounds = [s.start, *(x for j in joins for x in (j.start(), j.end())), s.end]
        parts = list(zip(bounds[::2], bounds[1::2])) if joins else []
        products = [next((m for m in mentions if (m.start, m.end) == part
                          and skills.kind(m.name) is SkillKind.TOOL), None) for part in parts]
        if not any(products) or not all(p or _CAPITALISED_RUN.fullmatch(text, *part) or _a_named_skill(text, part, mentions)
                                        for p, part in zip(products, parts)):
            out.append(s)
            continue
        out += [JobAdSpan(a, b, (as_spelled(text[a:b], p.name, skills) if p else text[a:b],))
                for p, (a, b) in zip(products, parts)]
    return out


# Two single words joined by "and" ("friendly and patient", "ordering and invoicing") are two
# items, as labelled spans mark them; a fixed pair the taxonomy names whole stays one.
_TWO_WORDS = re.compile(r"([A-Za-z][\w-]*)\s+(?:and|&)\s+([A-Za-z][\w-]*)")


def _two_words_apart(text: str, skills: SkillExtractor, spans: list[JobAdSpan]) -> list[JobAdSpan]:
    out = []
    for s in spans:
        pair = _TWO_WORDS.fullmatch(text, s.start, s.end)
        if pair is None or skills.canonical(pair.group(0)):
            out.append(s)
            continue
        # the skills named stay with the first word, so the job lists what it listed before
        out += [JobAdSpan(pair.start(1), pair.end(1), s.names), JobAdSpan(pair.start(2), pair.end(2), ())]
    return out


def _with_registrations(text: str, spans: list[JobAdSpan], skills: SkillExtractor) -> list[JobAdSpan]:
    """"registered pharmacists with the GPhC" asks for the profession's registration
    (domain.registered_professions): it replaces what other rules read inside the phrase, and a
    longer span holding it loses the regulator's name read alone."""
    found = registrations(text, skills)
    if not found:
        return spans
    out = [JobAdSpan(r.start, r.end, (r.name,)) for r in found]
    for s in spans:
        over = [r for r in found if r.start < s.end and s.start < r.end]
        if not over:
            out.append(s)
        elif not all(r.start <= s.start and s.end <= r.end for r in over):
            taken = {c for r in over for c in (r.name, r.regulator) if c}
            held = tuple(r.name for r in over if s.start <= r.start and r.end <= s.end)  # kept past outermost
            out.append(JobAdSpan(s.start, s.end, (*held, *(n for n in s.names if skills.canonical(n) not in taken))))
    return out


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


def _an_ability(written: str, skills: SkillExtractor) -> bool:
    return written.lower() in QUALITY_NOUNS and skills.canonical(written) is not None


def _item_name(written: str, skills: SkillExtractor) -> str:
    canonical = skills.canonical(written)
    return as_spelled(written, canonical, skills) if canonical else written
