"""Skills written as what a person does: "Must be able to lift 50 lbs", "Experience
administering medications", "Ability to operate a forklift", "duties include cleaning
equipment, restocking shelves". Read without a tagger, from how English introduces a duty or
a requirement: a verb after "able to" and its kin, a gerund that opens a clause or follows
"experience", "responsible for", "include"; the words before "skills"; the thing after
"experience in". Each phrase ends where an adjunct or a new clause begins ("during service",
"to ensure", "which", "is essential"): how far it runs is phrase_extent's."""
from __future__ import annotations

import re
from dataclasses import dataclass

from domain.action_verbs import ACTION_VERBS, ANSWERING_TO, PHRASAL_VERBS, to_the_reader
from domain.manner_adverbs import HOW_OFTEN_OR_SURE, NOT_MANNER
from domain.phrase_extent import extent
from domain.requirement_words import (
    ADJECTIVE_ENDINGS,
    BOUNDARY,
    BULLETS,
    COORDINATORS,
    CUT_BY,
    DETERMINERS,
    GERUND_OPENERS,
    KNOWLEDGE,
    LINKING_PREPOSITIONS,
    NOT_GERUNDS,
    PRONOUNS,
    QUALIFIERS,
    STOPS,
    TO_CUES,
    gerund_at,
    is_word,
    takes_an_object,
)
from domain.working_alone import working_alone

TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9+#'’&.-]*[A-Za-z0-9+#]|[A-Za-z0-9]|[^\w\s]|\n")
# Words after which an action verb is a duty: "to ensure the accuracy of rates", "you will
# lead the team", "must hold a licence".
_VERB_OPENERS = frozenset("to will must should shall you also".split()) | frozenset(
    f"{pronoun}{q}ll" for pronoun in ("you", "we", "they", "i") for q in "'’")
_OF_SKILLS = frozenset("skills skill abilities ability".split())
# After "apply" these say how to apply for the post ("apply online", "applying for this role").
_APPLYING_FOR = frozenset("for now online today here please or via by in with".split())
_KNOWLEDGE_PREPS = frozenset("in of with".split())


@dataclass(frozen=True)
class Phrase:
    start: int
    end: int
    words: tuple[str, ...]  # as written
    gerund: bool  # the first word is an -ing form (for looking up the base verb)


def _opens(tokens: list[str], i: int) -> bool:
    """Whether a gerund at i stands where a duty begins."""
    if i == 0 or tokens[i - 1] in BOUNDARY:
        return True
    if tokens[i - 1].lower() in HOW_OFTEN_OR_SURE:
        return _opens(tokens, i - 1)  # "constantly improving": the duty opens after how often
    return tokens[i - 1].lower() in GERUND_OPENERS



def _manner(tokens: list[str], k: int) -> bool:
    """An adverb of manner opening a duty before its -ing word ("Proactively seeking ways")."""
    if k < 0 or not tokens[k].isalpha():
        return False
    low = tokens[k].lower()
    if not low.endswith("ly") or len(low) < 6 or low in NOT_MANNER:
        return False
    return _opens(tokens, k)


def _instruction(tokens: list[str], i: int) -> bool:
    """An action verb opening a clause: "Provide estimating reports", "• Liaise with ..."."""
    if tokens[i].lower() not in ACTION_VERBS or _the_ad_hiring(tokens, i) or to_the_reader(tokens, i):
        return False
    if tokens[i].lower() == "report" and i + 1 < len(tokens) and tokens[i + 1].lower() in ANSWERING_TO:
        return False
    if i + 1 >= len(tokens) or not is_word(tokens[i + 1]) or (
            tokens[i + 1].lower() in STOPS and not _linked_object(tokens, i + 1)):
        return False  # a lone word ("Support", "Support is ...") is a heading or a noun
    if tokens[i + 1][0].isupper() and not (tokens[i].islower() and _initials(tokens[i + 1])):
        return False  # a title or a name: "Care Assistant", "Design Engineer"; "monitor CCTV" is a duty
    if i == 0 or tokens[i - 1] in BOUNDARY:
        return True
    if tokens[i - 1].lower() in ("and", "or") and i >= 2 and is_word(tokens[i - 2]) and tokens[i].islower():
        return True  # a second duty: "work to deadlines and deliver under pressure"
    return tokens[i - 1].lower() in _VERB_OPENERS and tokens[i].islower()


def _initials(token: str) -> bool:
    """A system or an acronym in capitals ("CCTV", "BTS"), the object of a verb in lower case."""
    return len(token) >= 2 and token.isupper() and token.isalnum()


# "We are looking to recruit a …": the ad saying it hires, no duty of the post.
_HIRING_VERBS = frozenset("recruit hire appoint employ".split())
_WANTING = frozenset("looking seeking wish wishes want wants like hoping aiming keen pleased delighted".split())


def _the_ad_hiring(tokens: list[str], i: int) -> bool:
    return tokens[i].lower() in _HIRING_VERBS and i >= 2 and tokens[i - 1].lower() == "to" \
        and tokens[i - 2].lower() in _WANTING


def _linked_object(tokens: list[str], j: int) -> bool:
    """"Respond to customer queries": a preposition at j that takes the verb's object."""
    return tokens[j].lower() in LINKING_PREPOSITIONS and takes_an_object(tokens, j + 1)

def _before_skills(tokens: list[str], k: int) -> list[tuple[int, int]]:
    """"Good communication and negotiation skills": the named skills before "skills" at k."""
    i = k
    while i > 0 and is_word(tokens[i - 1]) and tokens[i - 1].lower() not in QUALIFIERS \
            and tokens[i - 1].lower() not in STOPS and k - i < 5:
        i -= 1
    parts, start = [], i
    for j in range(i, k + 1):
        if j == k or tokens[j].lower() in ("and", "&"):
            before = tokens[start:j]
            joined_adjective = j < k and len(before) == 1 and before[0].lower().endswith(ADJECTIVE_ENDINGS)
            if before and not joined_adjective:
                parts.append((start, j))
                start = j + 1
            elif not before:
                start = j + 1
    return parts


def requirement_phrases(text: str) -> list[Phrase]:
    found = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
    tokens = [t for _, _, t in found]
    spans: list[tuple[int, int, bool]] = []
    taken: set[int] = set()

    def add(i: int, j: int, gerund: bool) -> None:
        if j > i and not taken & set(range(i, j)):
            spans.append((i, j, gerund))
            taken.update(range(i, j))

    for i, token in enumerate(tokens):
        low = token.lower()
        alone = working_alone(tokens, i, TO_CUES)
        if alone:
            add(i + 1, i + alone, False)  # the readiness ends with "alone": what follows is where
        elif low == "to" and i > 0 and tokens[i - 1].lower() in TO_CUES and i + 1 < len(tokens):
            verb = tokens[i + 1]
            if is_word(verb) and verb.isalpha() and verb.lower() not in STOPS | DETERMINERS:
                add(i + 1, extent(tokens, i + 1), False)
        elif low in _OF_SKILLS and i > 0:
            for a, b in _before_skills(tokens, i):
                add(a, b, False)
        elif low in KNOWLEDGE and i + 2 < len(tokens) and tokens[i + 1].lower() in _KNOWLEDGE_PREPS:
            head = i + 2
            while head < len(tokens) and (tokens[head].lower() in DETERMINERS or tokens[head].lower().endswith("ly")):
                head += 1
            if head < len(tokens) and is_word(tokens[head]) and not gerund_at(tokens, head) \
                    and tokens[head].lower() not in STOPS | NOT_GERUNDS:
                add(head, extent(tokens, head), False)
    for i in range(len(tokens)):
        if tokens[i].lower() in ("apply", "applying") and (
                i + 1 == len(tokens) or not is_word(tokens[i + 1]) or tokens[i + 1].lower() in _APPLYING_FOR):
            continue  # how to apply for the post, no duty
        if i not in taken and _instruction(tokens, i) and extent(tokens, i) > i + 1:
            add(i, extent(tokens, i), False)  # a verb with its object, never alone
        elif gerund_at(tokens, i) and (_opens(tokens, i) or _manner(tokens, i - 1)) and i not in taken:
            after = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
            if after in _OF_SKILLS or after in KNOWLEDGE:
                continue  # "influencing skills", "nursing experience": named by the other rules
            end = extent(tokens, i)
            if end == i + 1 and end < len(tokens) and tokens[end].lower() in PRONOUNS | CUT_BY:
                continue  # cut short by the word after it: "working within", "putting them in control"
            if _manner(tokens, i - 1):
                add(i - 1, end, False)  # the adverb says how the duty is done: "accurately recording"
            else:
                add(i, end, True)
    out = []
    for i, j, gerund in sorted(spans):
        i = i if gerund else _shared_verbs(tokens, i, j, taken)
        out.append(Phrase(found[i][0], found[j - 1][1], tuple(tokens[i:j]), gerund))
    return out


def _shared_verbs(tokens: list[str], i: int, j: int, taken: set[int]) -> int:
    """Where a duty begins whose verb at i shares its object with the lone verbs joined before
    it ("You'll service and repair forklifts", "test, inspect and certify installations"): the
    first of them, where the run opens a clause (after "you will", "to" or a line's start) in
    lower case; verbs with no object after them ("recruit, mentor and manage.") stay apart."""
    if all(tokens[k].lower() in COORDINATORS for k in range(i + 1, j, 2)) and (j - i) % 2:
        return i  # nothing but lone words joined: no object to share
    k = i
    while k >= 2 and tokens[k - 1].lower() in COORDINATORS and k - 2 not in taken and tokens[k - 2].isalpha() \
            and tokens[k - 2].lower() not in STOPS | DETERMINERS | PRONOUNS | COORDINATORS \
            and (tokens[k - 2].islower() or k - 2 == 0 or tokens[k - 3] in BULLETS):
        k -= 2
    if 0 < k < i and (tokens[k - 1].lower(), tokens[k].lower()) in PHRASAL_VERBS:
        k -= 1  # a verb of two words: "Set up and operate CNC mills"
    opens = k == 0 or tokens[k - 1] in BOUNDARY or tokens[k - 1].lower() in _VERB_OPENERS
    return k if k < i and opens and tokens[i].lower() in ACTION_VERBS else i


def base_forms(phrase: Phrase) -> list[str]:
    """Spellings to look the phrase up by: the gerund as a base verb ("administering
    medications" -> "administer medications"), without determiners, singular or plural."""
    words = [w for w in phrase.words if w.lower() not in DETERMINERS]
    if not words:
        return []
    heads = [words[0]]
    if phrase.gerund:
        stem = words[0][:-3]
        heads = [stem, stem + "e"] + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])
    out: list[str] = []
    for head in heads:
        rest = words[1:]
        forms = [rest]
        if rest and rest[-1].lower().endswith("s") and len(rest[-1]) > 3:
            forms.append([*rest[:-1], rest[-1][:-1]])
        elif rest:
            forms.append([*rest[:-1], rest[-1] + "s"])
        out.extend(" ".join([head, *f]) for f in forms)
    return out


