"""Skills that running text names: each mention the taxonomy finds in it (add_mentions), and in
the prose of a work history or summary only those a sentence claims as the person's
(prose_lists_read). FoundSkills, what all the readers of a résumé's skills add to, is here too,
so that the readers of lists (skills.py) and of mentions share it without importing each other."""
from __future__ import annotations

import re

from adapters.embedded.parsing.language_levels import level_beside
from domain.ports.documents import SkillExtractor
from domain.resumes import SkillEntry
from domain.skill_display import a_bare_letter, display_name
from domain.skill_word_cues import object_of_a_duty
from domain.skills import SkillKind, SkillMention


class FoundSkills:
    """Skills in order of first mention, each once: by name, case-insensitively, and a
    credential by the taxonomy's name of it too, so one licence or certificate in two of its
    spellings ("CDL Class A", "Class A CDL"; "BLS", "Basic Life Support") is one entry, under
    the spelling met first. A credential's spellings are its own (certifications.tsv); the
    other skills' aliases also join neighbours ("project planning" under project management),
    which a person listing both means as two."""

    def __init__(self) -> None:
        self.entries: dict[str, SkillEntry] = {}
        self.named: set[str] = set()  # canonical names of the mentions found in running text
        self._by_canonical: dict[str, str] = {}  # the taxonomy's name -> its entry's key
        self._skill_spellings: dict[str, list[str]] = {}  # a skill's taxonomy name -> its entries' names

    def _a_longer_or_shorter_spelling(self, name: str, canonical: str) -> str | None:
        """The name of an entry of the same skill that holds all of `name`'s words, or whose
        words `name` holds: two spellings of one thing, not two neighbours the taxonomy's
        aliases join ("project planning" and "project management" stay two)."""
        words = set(name.casefold().split())
        spellings = self._skill_spellings.setdefault(canonical, [])
        for other in spellings:
            other_words = set(other.casefold().split())
            if words <= other_words or other_words <= words:
                return other
        spellings.append(name)
        return None

    def add(self, name: str, kind: SkillKind, level: str | None = None, canonical: str | None = None) -> None:
        """`canonical`: the taxonomy's name of the skill `name` spells, when it knows it."""
        if a_bare_letter(name, kind):
            return
        if kind is not SkillKind.CERTIFICATION:
            if canonical and (same := self._a_longer_or_shorter_spelling(name, canonical)):
                name = same  # "Digital tachograph" after "digital tachograph card": one skill
            canonical = None
        key = self._by_canonical.get(canonical, name.casefold()) if canonical else name.casefold()
        if canonical:
            self._by_canonical.setdefault(canonical, key)
        if key not in self.entries:
            self.entries[key] = SkillEntry(name=name, kind=kind, level=level)
        elif level and self.entries[key].kind is SkillKind.LANGUAGE and not self.entries[key].level:
            # A language first met in running text with no level beside it, then listed with one
            # ("LANGUAGES: English (native), Spanish (fluent)"): the listed level is its level.
            self.entries[key] = self.entries[key].model_copy(update={"level": level})


# Two things joined that one skill's name covers ("Pre-trip and post-trip inspections")
_COORDINATED = re.compile(r"\s(?:and|or|&)\s|\w/\w", re.IGNORECASE)


# Where one item of a list ends: a list's separators, a clause's, and "and", "or" between items.
_ITEM_BREAK = re.compile(r"[,;|•●❖▪■◆➢►✓\n()\[\]{}/]|:\s|\.\s|\.$|\s[-–—]\s|\s(?:and|or|&)\s", re.IGNORECASE)


def add_mentions(text: str, extractor: SkillExtractor, found: FoundSkills,
                 only: SkillKind | None = None, in_a_list: bool = False,
                 names: set[str] | None = None, prose: bool = False) -> None:
    """`prose`: the text is a work history's, a summary's or a whole résumé's, where a line
    that lists things is no skills list (a_word_of_a_longer_item)."""
    for mention in extractor.mentions(text, skills_context=in_a_list):
        kind = extractor.kind(mention.name)
        if names is not None and mention.name not in names:
            continue
        if prose and a_word_of_a_longer_item(text, mention, extractor):
            continue
        if (only is None or kind is only) and not (in_a_list and mention.name in found.named):
            # in a list, one credential named twice ("CCRN – Critical Care Registered Nurse") is one
            found.named.add(mention.name)
            written = text[mention.start:mention.end]
            if _COORDINATED.search(written) and not _COORDINATED.search(mention.name):
                written = mention.name  # "Pre-trip and post-trip inspections": the one skill it names
            level = level_beside(text, mention.start, mention.end) if kind is SkillKind.LANGUAGE else None
            found.add(display_name(written, mention.name, kind), kind, level, mention.name)


def a_word_of_a_longer_item(text: str, mention: SkillMention, extractor: SkillExtractor) -> bool:
    """A one-word name the taxonomy counts only in a list, and that stands for its skill by
    association rather than naming it ("observations" for vital signs, "oxygen" for basic
    chemicals, "hoists" for manual handling), written in prose as a word of a longer item: the
    label of a line ("Recording observations: blood pressure, pulse"), a noun's modifier
    ("oxygen saturation"), a duty's object ("administered oxygen as prescribed"). Listed alone
    between a list's separators ("observations, personal care") it is the skill; a word that is
    the skill's own name ("ran weekly payroll", "forklift") is the skill anywhere it counted."""
    written = text[mention.start:mention.end]
    if len(written.split()) != 1 or written.isupper() or extractor.kind(mention.name) is not SkillKind.SKILL \
            or _names_its_skill(written, mention.name) \
            or extractor.mentions(written):  # (a name that prose names too is no list-only word)
        return False
    start = max((b.end() for b in _ITEM_BREAK.finditer(text, 0, mention.start)), default=0)
    after = _ITEM_BREAK.search(text, mention.end)
    item = text[start:after.start() if after else len(text)].strip(" \t-*•·>–—")
    return item.casefold() != written.casefold()


_STEM = 5  # "audits" and "auditing", "budget" and "budgeting" share theirs


def _names_its_skill(word: str, canonical: str) -> bool:
    stems = {w[:_STEM] for w in re.findall(r"[^\W\d_]+", canonical.casefold())}
    return word.casefold()[:_STEM] in stems


# A sentence or bullet of prose: a list of skills in it is written between these.
_SENTENCE = re.compile(r"\.\s|\n|;")
MIN_LISTED_IN_PROSE = 3
# A job's duties labelled as such ("Job Profile: GST returns, TDS returns, bank reconciliation"):
# the list after the label is the work done, so two of a trade's words in it are enough.
_DUTIES_LABEL = re.compile(r"^[\s•*-]*(?:job\s+profile|(?:key\s+|main\s+)?(?:responsibilities|duties|tasks)|"
                           r"roles?\s+(?:and|&)\s+responsibilities|job\s+description|atividades|atribui[cç][oõ]es|"
                           r"funciones|tareas|t[äa]tigkeiten|aufgaben|missions?|obowi[aą]zki|zadania|taken)\s*:", re.I)
_LIST_SEPARATORS = re.compile(r",|\band\b|&")
# Words that say a credential named in a sentence of prose is the person's own.
_HOLDING = re.compile(r"\b(?:hold|holds|holder|holding|held|qualified|certified|registered|licensed|licen[cs]e|"
                      r"card|certificate|certification|passed|obtained|achieved|awarded|gained|current|valid)\b",
                      re.IGNORECASE)


def prose_lists_read(text: str, extractor: SkillExtractor, found: FoundSkills, held: bool = False) -> None:
    """Beside a skills section, the prose of the work history and summary adds the credentials
    it names, the skills of a sentence that lists several of a trade's own words ("menu
    planning, stock control and ordering, HACCP") and a trade's word that is the object of what
    the person did ("ran weekly payroll"); a skill named in passing there, or a generic word
    ("design", "data"), is a word of the story, not a claim. `held`: the schooling, where a
    credential named is one earned ("Diplôme d'État d'aide-soignant, 2018")."""
    start = 0
    for brk in [*_SENTENCE.finditer(text), None]:
        end = brk.start() if brk else len(text)
        sentence = text[start:end]
        mentions = extractor.mentions(sentence)
        credentials = {m.name for m in mentions if extractor.kind(m.name) is SkillKind.CERTIFICATION}
        of_the_trade = {m.name for m in mentions if extractor.of_a_trade(m.name)}
        as_a_list = len(of_the_trade | credentials) >= 2 and len(_LIST_SEPARATORS.findall(sentence)) >= 2
        if as_a_list:
            # A sentence listing a trade's words is a list: its initials count too ("..., HACCP").
            mentions = extractor.mentions(sentence, skills_context=True)
            credentials = {m.name for m in mentions if extractor.kind(m.name) is SkillKind.CERTIFICATION}
            of_the_trade |= {m.name for m in mentions if extractor.of_a_trade(m.name) or m.name in credentials}
        if len(of_the_trade | credentials) < MIN_LISTED_IN_PROSE and not (as_a_list and _DUTIES_LABEL.match(sentence)):
            of_the_trade = {m.name for m in mentions if m.name in of_the_trade
                            and object_of_a_duty(re.findall(r"[A-Za-z]+", sentence[:m.start])[-2:])}
            if not held and not _HOLDING.search(sentence):
                credentials = set()  # "Booked CSCS and IPAF courses for the site team": not theirs
        add_mentions(sentence, extractor, found, in_a_list=as_a_list, names=credentials | of_the_trade, prose=True)
        start = brk.end() if brk else end
