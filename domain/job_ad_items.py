"""A job ad's items read as a résumé's list items are. A résumé's licences list names "ADR",
"CSCS card" or "IPAF" one to an item, and the parser takes each whole item under any spelling the
taxonomy knows (its guarded initials too), else as written when it is shaped like a credential.
A job ad names the same things as a bullet ("• ADR"), an item of a list ("CSCS card, IPAF"), or
a name with the word that asks for it ("ADR would be an advantage", "Must hold a valid Category
D licence"), or a sentence that opens with a credential and says on what terms it is held ("Full
UK driving licence (Category B) with no more than 6 points."); read here the same way, where the
prose rules of the extractor, made for running text, pass them by."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from domain.action_verbs import ACTION_VERBS
from domain.credential_shape import CREDENTIAL_HEAD, INITIALS, a_level_title, credential_shaped
from domain.ports.documents import SkillExtractor
from domain.requirement_coordination import WIDENING_WORDS
from domain.requirement_marks import ends_a_labelled_list, requirement_label
from domain.skills import SkillKind, tokens

_BULLET = re.compile(r"^\s*(?:[-*•●▪■◦·➢►✓–—>]|\(?\d{1,2}[.)])\s*")
_WORD = re.compile(r"[^\s,;|]+")
# Words that ask for what follows them: "You must hold a valid ...", "Candidates will need a".
_ASKING = frozenset("must need needs hold holds holding possess possesses possessing valid current".split())
_LEAD = _ASKING | frozenset("you candidates applicants applicant should will to have has a an the your "
                            "relevant with".split())
# Words that say the item is asked for, after it: "ADR desirable", "CSCS card is essential".
_MARK = frozenset("essential desirable required preferred mandatory necessary needed advantage "
                  "advantageous plus bonus must beneficial welcome".split())
# Words between an item and its mark ("ADR would be an advantage"), and words after which the
# rest of a clause says more about the item than its name ("licence with no points").
_BEFORE_MARK = frozenset("is are would will be an a highly very also strongly considered as".split())
_ITEM_ENDS = frozenset("with for who which that to from including within".split())
# Words no name of a skill or credential holds: the item is a clause ("you'll get a fuel card").
_CLAUSE_WORDS = frozenset("i you you'll you’ll we we'll our your they their it will would can could is are "
                          "was were be been get gets receive receives provide provides offer offers".split())
# What a sentence opened by a credential says of it, with no word asking for it: "Full UK
# driving licence (Category B) with no more than 6 points", "Clean licence, held for 2 years".
_CONDITION = frozenset("with without held for of in from to no minimum min max maximum at valid clean issued "
                       "obtained within under not less fewer".split())
# Words of what an employer gives, not asks: "Licence renewal paid", "Licences for all vans provided".
_OFFERED = _CLAUSE_WORDS | frozenset("us pay pays paid provided covered funded reimbursed included offered "
                                     "renewal renewals cost costs allowance discount free".split())
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
# German, French and Spanish joins too; a word cut at its hyphen shares the next one's end ("pre- and
# post-operative", "Lohn- und Gehaltsabrechnungen"): one item
_JOINED = re.compile(r"(?<!-)\s+(?:and|or|&|und|oder|et|ou|y)\s+|\s*/\s*", re.I)
MAX_ITEM_WORDS = 6
# An item under a requirements label ("Desirable: EV charger installation") the taxonomy does
# not know is kept as written up to this many words: the label says it is asked for.
MAX_LABELLED_WORDS = 4
# Words of a sentence about an ask rather than the name of one ("Experience teaching KS2").
_PROSE_WORDS = frozenset("experience experienced knowledge understanding ability able skills skill strong good "
                         "excellent proven solid sound great demonstrable background track record".split())


@dataclass(frozen=True)
class ItemSpan:
    """Where an item is written and the names it gives, as written."""
    start: int
    end: int
    names: tuple[str, ...]


@dataclass(frozen=True)
class _Item:
    start: int
    end: int
    asked: bool  # a word before or after it asks for it
    listed: bool  # a bullet, or one of several items on its line
    noted_end: int  # the end with a bracketed note after the item ("... (C+E)")
    conditioned: bool = False  # it opens a sentence that says on what terms it is held
    labelled: bool = False  # under a label that says it is asked for ("Essential: ...")


def item_spans(text: str, taken: list[tuple[int, int]], skills: SkillExtractor,
               *, labelled: bool = False) -> list[ItemSpan]:
    """The items of `text` that no span in `taken` crosses, with the skills each names (as
    written: the caller spells them). An item the taxonomy knows whole is read whole, as a
    résumé's item is, over the shorter names inside it ("CDL-A", not its "CDL"). `labelled`:
    the text is a line of a list a label above it opened ("Requirements:" on a line alone)."""
    out: list[ItemSpan] = []
    items = list(_items(text, labelled))
    beside = any(is_credential(text[i.start:i.end], skills) for i in items)
    for item in items:
        for end in dict.fromkeys((item.noted_end, item.end)):
            whole = text[item.start:end]
            if skills.canonical(whole) is not None and _names(whole, item, skills, beside, "") \
                    and not any(_crosses((a, b), (item.start, end)) or (a <= item.start and end <= b)
                                for a, b in taken):
                out.append(ItemSpan(item.start, end, (whole,)))
                break
        else:
            # each part joined by "and" stands apart: "ECS card and a full UK driving licence";
            # beside a skill already read, only a credential or a name does ("PharmD and an
            # active licence"): a lone activity in lower case ("stock control and ordering") is
            # no item of a list
            crossed = any(a < item.end and item.start < b for a, b in taken)
            out.extend(part for part in _unknown_item(text, item, skills, beside)
                       if not any(a < part.end and part.start < b for a, b in taken)
                       and (not crossed or not text[part.start:part.end].islower()
                            or _a_credential_named(text[part.start:part.end], skills)))
    return out


def _crosses(span: tuple[int, int], item: tuple[int, int]) -> bool:
    """Overlaps the item without lying inside it."""
    return span[0] < item[1] and item[0] < span[1] and not (item[0] <= span[0] and span[1] <= item[1])


def _unknown_item(text: str, item: _Item, skills: SkillExtractor, beside: bool) -> list[ItemSpan]:
    parts = _parts(text, item)
    if not parts:
        names = _names(text[item.start:item.end], item, skills, beside, "")
        return [ItemSpan(item.start, item.end, names)] if names else []
    out = []
    for start, end, head in parts:
        names = _names(text[start:end], item, skills, beside, head)
        if names:
            out.append(ItemSpan(start, end, names))
    return out


def is_credential(written: str, skills: SkillExtractor) -> bool:
    """The taxonomy knows `written` as a licence or certificate."""
    canonical = skills.canonical(written)
    return canonical is not None and skills.kind(canonical) is SkillKind.CERTIFICATION


def _names(written: str, item: _Item, skills: SkillExtractor, beside: bool, head: str) -> tuple[str, ...]:
    """`head`: the credential's word the item shares with the others it is listed with
    ("tickets" of "CPCS or NPORS tickets")."""
    if not (item.asked or item.listed or item.conditioned) or any(w in _CLAUSE_WORDS for w in written.lower().split()):
        return ()
    if not (item.asked or item.listed):
        return (written,) if _a_credential_named(written, skills) else ()
    if skills.canonical(written) is not None or (head and skills.canonical(f"{written} {head}")):
        return (written,)
    words = written.split()
    # "clean" of "clean driving record" describes the credential; opening anything else it is a duty
    if len(words) > MAX_ITEM_WORDS or (words[0].lower() in ACTION_VERBS
                                       and not (words[0].lower() in _CONDITION and CREDENTIAL_HEAD.search(written))):
        return ()
    if INITIALS.match(written):
        # initials alone are a credential where asked for, or beside other credentials
        return (written,) if item.asked or beside or head else ()
    if item.labelled and len(words) <= MAX_LABELLED_WORDS and not any(w.lower() in _PROSE_WORDS for w in words):
        return (written,)
    named = f"{written} {head}" if head else written
    return (written,) if credential_shaped(named) and (CREDENTIAL_HEAD.search(named) or a_level_title(named)) else ()


def _a_credential_named(written: str, skills: SkillExtractor) -> bool:
    """A credential the taxonomy knows, or a licence, certificate or permit named with more than
    its word ("Full UK driving licence", not "Licences"); not a card, which is as often a perk
    ("fuel card")."""
    if is_credential(written, skills):
        return True
    head = CREDENTIAL_HEAD.search(written)
    return (head is not None and not head.group().lower().startswith("card") and len(written.split()) >= 2
            and credential_shaped(written))


def _parts(text: str, item: _Item) -> list[tuple[int, int, str]]:
    """The parts "and", "or" or a slash join ("PASMA and IPAF", "CPCS or NPORS tickets"), each
    with the credential's word they share, if any; none for an item not so joined."""
    written = text[item.start:item.end]
    joins = list(_JOINED.finditer(written))
    if not joins:
        return []
    spans, at = [], 0
    for m in joins:
        spans.append((at, m.start()))
        at = m.end()
    spans.append((at, len(written)))
    head = CREDENTIAL_HEAD.search(written)
    shared = ""
    if head and len(written[spans[-1][0]:head.start()].split()) == 1 and \
            all(len(written[a:b].split()) == 1 for a, b in spans[:-1]):
        shared = head.group()  # each part one word, the last with the head: "CPCS or NPORS tickets"
        spans[-1] = (spans[-1][0], head.start() - 1)
    out = []
    for a, b in spans:
        lead = _LEADING.match(written, a, b)
        a = lead.end() if lead else a
        if tokens(written[a:b]):
            out.append((item.start + a, item.start + b, shared))
    return out


_LEADING = re.compile(r"(?:(?:a|an|the|valid|current|relevant)\s+)+", re.I)


def _items(text: str, labelled: bool) -> Iterator[_Item]:
    offset = 0
    under_label = labelled
    after_bullets = False
    for line in text.splitlines(keepends=True):
        label = requirement_label(line)
        if label and not line[label.end():].strip():
            under_label, after_bullets = True, False  # "Requirements:" alone heads the lines below it
        elif ends_a_labelled_list(line, after_bullets):
            under_label = labelled  # a blank line, another heading or a field of its own ends its list
        bullet = _BULLET.match(line)
        after_bullets = under_label and bool(bullet)
        body = bullet.end() if bullet and bullet.end() < len(line.rstrip()) else 0
        if label:
            body = label.end()
        segments = _segments(line, body)
        listed = bool(bullet) or bool(label) or under_label or _a_list(line, segments)
        asking = False  # the sentence so far asks for its items: "Must have a CSCS card, own tools and ..."
        for k, (start, end) in enumerate(segments):
            item = _trimmed(line, start, end, listed=listed, labelled=bool(label) or under_label)
            if k and line[start - 1] not in ",;":
                asking = False
            if item is not None:
                if asking and not item.asked:
                    item = _Item(item.start, item.end, True, item.listed, item.noted_end, labelled=item.labelled)
                asking = item.asked
                conditioned = False
                if (k == 0 or line[start - 1] in ".!?") and not (item.asked or item.listed):
                    headed = _to_its_head(line, item)
                    if _on_terms(line, headed):
                        item, conditioned = headed, True
                yield _Item(offset + item.start, offset + item.end, item.asked, item.listed, offset + item.noted_end,
                            conditioned, item.labelled)
        offset += len(line)


def _to_its_head(line: str, item: _Item) -> _Item:
    """The item up to the credential's word where a condition follows it: "Pharmacy technician
    licence | in good standing", "Enhanced disclosure certificate | issued within 3 months"."""
    words = list(_WORD.finditer(line, item.start, item.end))
    for word, after in zip(words, words[1:]):
        if CREDENTIAL_HEAD.search(line, item.start, word.end()) and after.group().lower() in _CONDITION:
            return _Item(item.start, word.end(), item.asked, item.listed, word.end())
    return item


def _on_terms(line: str, item: _Item) -> bool:
    """The rest of the sentence the item opens says on what terms it is held: a bracketed note
    or a condition ("with no more than 6 points", ", held for 2 years"), and nothing given."""
    sentence_end = _SENTENCE_END.search(line, item.end)
    rest = line[item.end:sentence_end.start() if sentence_end else len(line)]
    words = [w.strip("()[],;:–—-").lower() for w in rest.split()]
    words = [w for w in words if w]
    if not words:
        # the sentence is the credential's name and no more ("Full UK driving licence."), as
        # a list's item is; the words joined to it are read apart ("Own tools and ...")
        return bool(rest.strip() == "" and (sentence_end or item.end == len(line.rstrip())))
    if any(w in _OFFERED for w in words):
        return False
    return item.noted_end > item.end or rest.lstrip(" ,;:–—-").startswith("(") or words[0] in _CONDITION


def _a_list(line: str, segments: list[tuple[int, int]]) -> bool:
    """Three or more short stretches: "CSCS card, IPAF, PASMA"."""
    short = sum(1 for a, b in segments if len(line[a:b].split()) <= 4)
    return len(segments) >= 3 and short >= 0.75 * len(segments)


def _segments(line: str, start: int) -> list[tuple[int, int]]:
    """Stretches between commas, semicolons, pipes and sentence ends, outside brackets."""
    out, depth, at = [], 0, start
    for k in range(start, len(line)):
        ch = line[k]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        end_of_sentence = ch in ".!?:" and (k + 1 == len(line) or line[k + 1].isspace())
        if depth == 0 and (ch in ",;|\n" or end_of_sentence):
            out.append((at, k))
            at = k + 1
    out.append((at, len(line)))
    return [(a, b) for a, b in out if line[a:b].strip()]


def _trimmed(line: str, start: int, end: int, *, listed: bool, labelled: bool = False) -> _Item | None:
    """The segment less the words that ask for it, the mark after it and any note on it."""
    words = [(m.start(), m.end(), m.group().strip("()").lower()) for m in _WORD.finditer(line, start, end)]
    asked = False
    first = 0
    while first < len(words) and words[first][2] in _LEAD:
        asked = asked or words[first][2] in _ASKING
        first += 1
    # a mark's word right after "in" or "of" begins a subject ("Diploma in Plus Size Fashion")
    last = next((k for k in range(first, len(words)) if words[k][2] in _MARK
                 and not (k > first and words[k - 1][2] in ("in", "of"))), len(words))
    if last - first > 2 and words[last - 2][2] == "or" and words[last - 1][2].strip(".") in WIDENING_WORDS:
        last -= 2
    if last < len(words):
        asked = True
        while last > first and words[last - 1][2] in _BEFORE_MARK:
            last -= 1
    while last - first > 1 and words[last - 1][2] in ("in", "of"):
        last -= 1  # a title's name never ends in its preposition ("Level 3 Diploma in")
    noted = last
    for k in range(first + 1, last):
        if words[k][2] in _ITEM_ENDS or line[words[k][0]] in "([":
            # "licence with no points", "PCV licence (Category D)": a note on the item, which
            # may yet be a part of its name ("HGV licence Class 1 (C+E)")
            closing = next((j for j in range(k, last) if line[words[j][1] - 1] in ")]"), None)
            noted = closing + 1 if line[words[k][0]] in "([" and closing is not None else k
            last = k
            break
    if last <= first:
        return None
    a, b, c = words[first][0], _end(line, words[first][0], words[last - 1][1]), words[noted - 1][1]
    if not tokens(line[a:b]):
        return None
    return _Item(a, b, asked, listed, c, labelled=labelled)


def _end(line: str, a: int, b: int) -> int:
    while b > a and line[b - 1] in "([-–—:.":
        b -= 1
    return b
