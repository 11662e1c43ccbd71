"""Skill extraction against a taxonomy: finding its names in a text, and how related two are.

Pure logic. The taxonomy data is handed in (adapters/embedded/skills/taxonomy.py loads the shipped
file); matching is a dictionary lookup of token n-grams, so its cost grows with the text, not with
the number of skills in the taxonomy. The words names are looked up by live in
domain/skill_words.py and the taxonomy's shape in domain/skill_taxonomy.py; both are re-exported
here, where their many readers have always imported them from."""
from __future__ import annotations

import re

from domain.bracketed_qualifiers import qualifiers_joined
from domain.everyday_product_words import never_the_product, the_product_in_a_list
from domain.initials_of_a_name import begins_a_name
from domain.listed_skills import listed_beside
from domain.skill_kinds import SkillKind as SkillKind
from domain.skill_relations import PROFESSION_GROUP, RelationSource, SkillRelation, relation_between
from domain.skill_taxonomy import SkillMention as SkillMention
from domain.skill_taxonomy import SkillTaxonomy as SkillTaxonomy
from domain.skill_word_cues import (
    AFTER_A_NOUN,
    BEFORE_A_NOUN,
    credential_asked,
    is_acronym,
    licence_beside,
    looks_like_a_list,
    object_of_a_deed,
    typed_acronym,
)
from domain.skill_words import MATCH_TOKEN, PHRASE_BREAK, WORD_TOKEN
from domain.skill_words import alias_key as alias_key
from domain.skill_words import folded as folded
from domain.skill_words import normalise as normalise
from domain.skill_words import tokens as tokens

# Words before a product's short name that modify nothing: the name is the product's, not the
# head of another compound.
_NO_MODIFIER = frozenset(("and", "or", "of", "in", "with", "using"))
# A word glued after one or two letters and a dot is the tail of an abbreviation ("B.Com",
# "M.Sc", "B.Tech" are degrees), never a product of its own.
_ABBREVIATION_HEAD = re.compile(r"(?<![A-Za-z0-9.])[A-Za-z]{1,2}\.$")


# Texts whose mentions are kept (_mentions): a few documents' sentences and lines.
_MEMO_TEXTS = 1024

# Addresses whose parts are no skills ("name@example.com" is not COM).
_ADDRESS = re.compile(r"\S+@\S+|https?://\S+|www\.\S+", re.I)
# Words that say a capitalised name beside them is a product ("document in Epic", "Swift
# code", "Excel macros"), and the prepositions that introduce a tool ("using Go").
_PRODUCT_CUES = frozenset(
    "software system systems ehr emr platform app apps application applications tool tools "
    "programming language languages code coding scripting documentation charting database "
    "databases spreadsheet spreadsheets macros pivot vlookup suite framework frameworks library "
    "sdk api apis ide ios android developer development crm erp sql".split())
_TOOL_PREPOSITIONS = frozenset("in using with via on into through of".split())
# Words that say the word before them is a skill ("communication skills", "welding experience").
_SKILL_NOUNS = frozenset("skills skill abilities ability experience knowledge expertise proficiency".split())
# A bracketed part of a name ("Basic Life Support (BLS)").
_BRACKETED = re.compile(r"\([^)]*\)")
# A vendor name worth adding: Office's products are named by ordinary words ("Word",
# "Access", "Excel"), which their full name makes unambiguous.
DISAMBIGUATING_VENDORS = frozenset({"microsoft"})
# Letters in brackets inside one word ("IR(ME)R"): the word goes on, no phrase ends there.
_GLUED_BRACKETS = re.compile(r"(?<=[^\W\d_])\(([^\W\d_]{1,3})\)(?=[^\W\d_])")


class TaxonomySkillExtractor:
    """Implements domain.ports.documents.SkillExtractor over a SkillTaxonomy."""

    # The taxonomy, and the texts read with it last (_mentions).
    _memo_state: tuple[SkillTaxonomy, dict[tuple[str, bool], tuple[SkillMention, ...]]] | None = None

    def __init__(self, taxonomy: SkillTaxonomy) -> None:
        self.taxonomy = taxonomy

    def warm_up(self) -> None:
        """Nothing to load: the taxonomy was given whole."""

    def canonical(self, name: str) -> str | None:
        tax = self.taxonomy
        i = tax.index.get(name.strip().casefold())
        if i is None:
            hit = tax.aliases.get(alias_key(name))
            i = hit[0] if hit else None
        return tax.names[i] if i is not None else None

    def spellings(self, name: str) -> frozenset[str]:
        canonical = self.canonical(name)
        if canonical is None:
            return frozenset({normalise(name)})
        return self.taxonomy.spellings_of(self.taxonomy.index[canonical.casefold()])

    def covers(self, held: str, wanted: str) -> bool:
        return wanted.casefold() in self.taxonomy.covers.get(held.casefold(), ())

    def covered(self, held: str) -> frozenset[str]:
        return frozenset(self.taxonomy.covers.get(held.casefold(), ()))

    def kind(self, name: str) -> SkillKind:
        """The kind of a canonical skill; a name the taxonomy lacks is a SKILL."""
        tax = self.taxonomy
        i = tax.index.get(name.strip().casefold())
        return tax.kinds[i] if i is not None and i < len(tax.kinds) else SkillKind.SKILL

    def an_everyday_word(self, name: str) -> bool:
        return alias_key(name) in self.taxonomy.everyday_products

    def profession(self, name: str) -> str | None:
        i = self.taxonomy.index.get(name.strip().casefold())
        if i is None or i >= len(self.taxonomy.kinds) or self.taxonomy.kinds[i] is not SkillKind.CERTIFICATION:
            return None
        return next((g.removeprefix(PROFESSION_GROUP) for g in sorted(self.taxonomy.groups[i])
                     if g.startswith(PROFESSION_GROUP)), None)

    def of_a_trade(self, name: str) -> bool:
        i = self.taxonomy.index.get(name.strip().casefold())
        return i is not None and i < len(self.taxonomy.kinds) and self._a_trade_term(i)

    def extract(self, text: str, *, skills_context: bool = False) -> list[str]:
        found: dict[int, None] = {}
        for mention in self.mentions(text, skills_context=skills_context):
            found.setdefault(mention.index, None)
        return [self.taxonomy.names[i] for i in found]

    def mentions(self, text: str, *, skills_context: bool = False) -> list[SkillMention]:
        """Every taxonomy skill named in the text, with where it is written."""
        found = self._mentions(text, skills_context)
        if skills_context:
            return found
        return sorted([*found, *listed_beside(text, found, lambda t: self._mentions(t, True))],
                      key=lambda m: m.start)

    def _mentions(self, text: str, skills_context: bool) -> list[SkillMention]:
        """_read_mentions, once per text and reading: a résumé's sentence is read in turn as
        prose, as a list and again to add what it names, each time to the same result (a
        function of the text, the reading and the taxonomy alone)."""
        tax, state = self.taxonomy, self._memo_state
        if state is None or state[0] is not tax:
            state = self._memo_state = (tax, {})  # one assignment: a thread sees both or neither
        memo, key = state[1], (text, skills_context)
        found = memo.get(key)
        if found is None:
            if len(memo) >= _MEMO_TEXTS:
                memo.clear()
            found = memo[key] = tuple(self._read_mentions(text, skills_context))
        return list(found)

    def _read_mentions(self, text: str, skills_context: bool) -> list[SkillMention]:
        out: list[SkillMention] = []
        offset = 0
        text = _ADDRESS.sub(lambda m: " " * len(m.group()), text)
        text = _GLUED_BRACKETS.sub(lambda m: f" {m.group(1)} ", text)
        text, closed = qualifiers_joined(text, lambda phrase: alias_key(phrase) in self.taxonomy.aliases)
        for line in text.splitlines(keepends=True):
            in_list = skills_context or looks_like_a_list(line)
            start, sentence_start, listing = 0, True, False
            whole = (line, frozenset(tokens(line)))
            for brk in [*PHRASE_BREAK.finditer(line), None]:
                end = brk.start() if brk else len(line)
                found = list(MATCH_TOKEN.finditer(line, start, end))
                written = ["and" if m.group() == "&" else m.group().lstrip(".") for m in found]
                matches = self._match([folded(t) for t in written], in_list, written, sentence_start, listing, whole)
                # A segment that ends in a skill, then a comma: the next may go on listing them
                listing = brk is not None and brk.group().strip() in (",", ";", "&") and bool(matches) \
                    and max(first + length for _, first, length in matches) == len(written)
                for i, first, length in matches:
                    begins = found[first].start()
                    if _ABBREVIATION_HEAD.search(line[max(0, begins - 4):begins]):
                        continue
                    end = offset + found[first + length - 1].end()
                    out.append(SkillMention(i, self.taxonomy.names[i], offset + found[first].start(),
                                            end + (end in closed)))
                if brk is not None:
                    start = brk.end()
                    sentence_start = brk.group().strip() in (".", ":", "") or "\n" in brk.group()
            offset += len(line)
        return out

    @property
    def neighbours(self) -> dict[int, dict[int, float]]:
        """Each skill's nearest skills by name embedding (an adapter may read them lazily)."""
        return self.taxonomy.neighbours

    def related(self, a: str, b: str) -> float:
        found = self.relation(a, b)
        return found.strength if found is not None else 0.0

    def relation(self, a: str, b: str) -> SkillRelation | None:
        tax = self.taxonomy
        ia, ib = tax.index.get(a.casefold()), tax.index.get(b.casefold())
        if ia is None or ib is None:
            same = normalise(a) == normalise(b) and normalise(a)
            return SkillRelation(1.0, RelationSource.EXACT) if same else None
        return relation_between(ia, ib, tax.groups, self.neighbours, kinds=tax.kinds, occupations=tax.occupations)

    def _match(
        self, toks: list[str], strict_ok: bool, written: list[str] | None = None, sentence_start: bool = False,
        listing: bool = False, line: tuple[str, frozenset[str]] = ("", frozenset()),
    ) -> list[tuple[int, int, int]]:
        """(skill index, first token, token count) of each match, longest first. `listing`:
        the text before ended in a skill and a comma ("in carpentry, drywall and roofing")."""
        tax, i, n = self.taxonomy, 0, len(toks)
        out: list[tuple[int, int, int]] = []
        while i < n:
            longest = tax.longest_from.get(toks[i], 0)
            step = 1
            for length in range(min(longest, n - i), 0, -1):
                key = " ".join(toks[i:i + length])
                hit = tax.aliases.get(key)
                if hit and key in tax.cue_aliases and not licence_beside(toks, i, length):
                    continue
                if hit and hit[1] and length == 1 and self._head_of_another_compound(hit[0], toks, i):
                    continue
                if hit and hit[1] and length == 1 and self._a_names_first_word(hit[0], written, i):
                    continue
                if hit and length == 1 and key in tax.everyday_products \
                        and not self._the_everyday_product(key, line, strict_ok, written, i, sentence_start):
                    continue
                if hit and hit[1] and length == 1 and n > 1 and len(toks[i]) == 2 and written is not None \
                        and not written[i].isupper() and self._kind(hit[0]) is SkillKind.CERTIFICATION:
                    continue  # "EN" among words is in capitals; "en" there is a word ("Rijbewijzen en certificaten")
                listed = (i == 0 and listing) or (i > 1 and toks[i - 1] in ("and", "or") and bool(out)
                                                   and out[-1][1] + out[-1][2] == i - 1)
                if hit and (strict_ok or not hit[1] or self._named_in_prose(hit[0], written, i, length, sentence_start)
                            or (listed and self._a_trade_term_as_named(hit[0], written, i, length))):
                    out.append((hit[0], i, length))
                    step = length
                    break
            i += step
        return out

    def _the_everyday_product(self, key: str, whole: tuple[str, frozenset[str]], strict_ok: bool,
                              written: list[str] | None, i: int, sentence_start: bool) -> bool:
        """"Sage" is the product on this line, not the herb (domain/everyday_product_words.py)."""
        line, words = whole
        word = written[i] if written is not None else key
        if never_the_product(word, line, words):
            return False
        after = written[i + 1] if written is not None and i + 1 < len(written) else ""
        return self._named_in_prose(self.taxonomy.aliases[key][0], written, i, 1, sentence_start) or strict_ok \
            and the_product_in_a_list(words, self.taxonomy.everyday_products[key], after, self._another_product(line)
                                  or words <= {key})

    def _another_product(self, line: str) -> bool:
        """The line names a product not named by an everyday word ("Mews, Sage, Excel"); a
        word that is a product only as its name spells it ("Excel", not "excel" nor "Kant" for KANT) counts so written."""
        tax = self.taxonomy
        for w in WORD_TOKEN.findall(line):
            hit = tax.aliases.get(folded(w))
            if hit and folded(w) not in tax.everyday_products and self._kind(hit[0]) is SkillKind.TOOL \
                    and (not hit[1] or w in tax.names[hit[0]].split()):
                return True
        return False

    def _a_names_first_word(self, index: int, written: list[str] | None, i: int) -> bool:
        """Initials written as a word ("San", not "SAN") before a capitalised word begin a
        place's or a firm's name ("San Diego", "San Miguel Corporation"), even in a list of skills."""
        if written is None or i + 1 >= len(written):
            return False
        word, following = written[i], written[i + 1]
        return word.upper() in self.taxonomy.names[index].split() and begins_a_name(
            word, following, following.lower() in self.taxonomy.longest_from)

    def _head_of_another_compound(self, index: int, toks: list[str], i: int) -> bool:
        """A skill's bare head word ("engineering" for packaging engineering) written after
        another word names a different compound ("menu engineering", "software engineering")."""
        name = tokens(_BRACKETED.sub("", self.taxonomy.names[index]))
        if len(name) < 2 or name[-1] != toks[i] or i == 0:
            return False
        kinds = self.taxonomy.kinds
        if toks[i - 1] in _NO_MODIFIER and index < len(kinds) and kinds[index] is SkillKind.TOOL:
            return False  # a product's short name after "and" or "of" ("Sage 50 and Excel"), no compound
        return toks[i - 1] != name[-2]

    def _kind(self, index: int) -> SkillKind:
        kinds = self.taxonomy.kinds
        return kinds[index] if index < len(kinds) else SkillKind.SKILL

    def _a_trade_term(self, index: int) -> bool:
        """A skill of a trade or profession's own vocabulary (curated by sector: triage,
        phlebotomy, welding), not a product that shares an ordinary word."""
        return any(g.startswith("occupation-") for g in self.taxonomy.groups[index]) \
            and self.taxonomy.kinds[index] is SkillKind.SKILL

    def _a_trade_word(self, word: str, index: int) -> bool:
        """The skill's own name as written: another of its names may be a word with everyday
        senses ("drafting" for technical drawing, "observations" for vital signs)."""
        return word.lower() == self.taxonomy.names[index].lower()

    def _a_trade_term_as_named(self, index: int, written: list[str] | None, i: int, length: int) -> bool:
        """A trade's own word written as its name, where it goes on a list of skills in prose
        ("welding and rigging", "carpentry, drywall and roofing"): as telling as "in welding"."""
        if written is None or length != 1:
            return False
        after = written[i + 1].lower() if i + 1 < len(written) else ""
        return self._a_trade_word(written[i], index) and self._a_trade_term(index) \
            and after in AFTER_A_NOUN

    def _named_in_prose(
        self, index: int, written: list[str] | None, i: int, length: int, sentence_start: bool
    ) -> bool:
        """In running text a guarded name counts only when written exactly as the product
        is spelled ("Kotlin", "Go", "Excel") and not where any word is capitalised (a
        sentence's first word); single letters (R, C) never do."""
        if written is None:
            return False
        name = self.taxonomy.names[index]
        phrase = " ".join(written[i:i + length])
        if len(phrase) < 2:
            return False
        after = written[i + length] if i + length < len(written) else ""
        before = written[i - 1].lower() if i > 0 else ""
        if after.lower() in _SKILL_NOUNS and (len(phrase) > 3 or is_acronym(phrase)):
            return True  # "negotiation skills", "HACCP knowledge"
        kinds = self.taxonomy.kinds

        def kind_of(k: int) -> SkillKind:
            return kinds[k] if k < len(kinds) else SkillKind.SKILL

        if is_acronym(phrase) and index < len(kinds) and kinds[index] is SkillKind.CERTIFICATION \
                and not all(is_acronym(w) or not w.isalpha() for w in written):
            return True  # "RN", "BLS", "CDL" in capitals amid ordinary words
        if is_acronym(phrase) and length == 1 and phrase in name.split() and not after[:1].isupper() \
                and not all(is_acronym(w) or not w.isalpha() for w in written):
            # "SAN" in capitals as the product's own name spells it; "San Diego" is a place, and
            # so is "SAN Fernando" or "SAN FERNANDO, Pampanga": a capitalised word follows.
            return True
        if kind_of(index) is SkillKind.CERTIFICATION and typed_acronym(phrase) \
                and credential_asked([w.lower() for w in written], i, length):
            return True  # "current bls and acls required": initials typed in lower case
        if length == 1 and self._a_trade_word(phrase, index) and self._a_trade_term(index) \
                and (before in BEFORE_A_NOUN or after.lower() == "of") and after.lower() in AFTER_A_NOUN:
            return True  # "confident in triage", "Triage of walk-in patients"
        if length == 1 and self._a_trade_word(phrase, index) and self._a_trade_term(index) \
                and after.lower() in AFTER_A_NOUN and object_of_a_deed(written[max(0, i - 2):i]):
            return True  # "ran weekly payroll for 40 staff", "processed payroll"
        if not phrase[0].isupper():
            return False
        # Never the first word of a longer proper name ("Swift Transportation").
        cue_after = after.lower() in _PRODUCT_CUES
        if after[:1].isupper() and not cue_after:
            return False
        spelled_out = len(phrase) > 3 or (len(phrase) == 3 and is_acronym(phrase))
        # Nor a tool as the last word of one: "Sous Chef", "Head Chef" and "Mary Jenkins" are a job
        # and a person, not the tools (a vendor's name before its product is no such name; a
        # language after its level, "Conversational French", is the language).
        after_a_name = kind_of(index) is SkillKind.TOOL and i > 0 and written[i - 1][:1].isupper() \
            and not is_acronym(written[i - 1]) and written[i - 1].lower() not in DISAMBIGUATING_VENDORS
        if phrase == name and spelled_out and not (i == 0 and sentence_start) and not after_a_name:
            return True  # "Kotlin", "PostgreSQL" as the product spells itself
        # A product that is also a word ("Epic", "Swift", "Excel"): only where the words beside
        # it say so.
        near = {w.lower() for w in written[max(0, i - 3):i + length + 3]}
        return cue_after or bool(near & _PRODUCT_CUES) or (before in _TOOL_PREPOSITIONS and i > 0)
