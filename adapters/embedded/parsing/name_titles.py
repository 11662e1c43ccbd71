"""Forms of address and professional titles written before a name ("Dr. Amal Haddad", "Capt.
Rafael Souza", "Ing. Agr. Martín Ferreyra", "Engr. Jose Cruz", "CA Priya Iyer"): they are no
part of the name. Letters that name a credential ("CA", "CPA") are kept as the letters after a
name are, the person's credential."""
from __future__ import annotations

import re

from adapters.embedded.parsing.name_case import PARTICLES
from adapters.embedded.parsing.post_nominals import KNOWN

# Titles read with or without their dot; the shorter or ambiguous abbreviations ("Er.",
# "Lic.", "Ing.", "Sr.") only with it, as an initial or a given name may be spelled alike
# ("Ing Mei Ling"). A French "M." is also an initial ("M. Senthil Kumar"): it is a title only
# in a résumé written for France or in French (french=True).
# India's "Smt." / "Shri" / "Kum." are such titles too; Latin America's initials of a profession
# (Mexico's "C.P.", contador público; Peru's "C.D.", cirujano dentista, "Q.F.", químico
# farmacéutico, "C.P.C.", "M.V.", "L.E.") only before a name written with Spanish letters, as
# initials written alike open Indian names ("C.P. Ramesh Kumar"). Italian feminine titles carry their ending after the dot ("Dott.ssa",
# "Dr.ssa", "Sig.ra").
_TITLE = (r"(?:(?:mr|mrs|ms|miss|dr|prof|professor|doctor|capt|captain|engr|atty|herr|frau|mme|mlle|smt|"
          r"dott\.ssa|dr\.ssa|prof\.ssa|sig\.ra|sig\.na)\.?|"
          r"(?:mx|cpt|cdr|col|maj|lt|sgt|eng|er|ing|agr|arq|arch|lic|licda?|adv|hon|rev|sr|sra|srta|"
          r"dott|dottssa|mag|dipl|shri|sri|kum)\.)")
# Callings and honours people are addressed by ("Chef Kenji Tanaka", "Pastor Grace Eze", "Sir
# Alan Jones"): words of their own too, so one is a title only before a whole name ("Chef de
# Partie" is a post), never before a surname written first ("Pastor García, Ana": a surname).
_CALLING = (r"(?:chef|pastor|rabbi|coach|sister|father|sir|dame)\b|"
            r"(?:dra|fr|pr|pst|mtro|mtra|lcdo|lcda|abg|avv|geom|rag|pfr)\.")
_PROFESSION_INITIALS = re.compile(r"^(?:c\.\s?p\.(?:\s?c\.)?|c\.\s?d\.|q\.\s?f\.(?:\s?b\.)?|m\.\s?v\.(?:\s?z\.)?|l\.\s?e\.|m\.\s?c\.)"
                                  r"\s+(?=[^\W\d_]+\s.*[áéíóúñ])", re.IGNORECASE)
_BEFORE = re.compile(rf"^(?:(?:{_TITLE}|{_CALLING})\s+)+", re.IGNORECASE)
_BEFORE_IN_FRENCH = re.compile(rf"^(?:(?:{_TITLE}|{_CALLING}|M\.)\s+)+", re.IGNORECASE)
_A_CALLING = re.compile(rf"(?:{_CALLING})\s", re.IGNORECASE)
_NAME_PART = re.compile(r"^[^\W\d_]+(?:['’.-][^\W\d_]*)*$")
# Credential letters before a name, written in capitals: "CA Priya Iyer", "CPA Maria Lopez".
_LETTERS_BEFORE = re.compile(r"^([A-Z]{2,5})\s+(?=[A-Z])")
# Letters that are also given names or surnames ("MA Lin", "DO Van Minh"), or a generation.
_ALSO_NAMES = frozenset({"MA", "DO", "MS", "MD", "PA", "SR", "JR", "II", "III", "IV", "RA", "PT", "OT",
                         "RM", "BA", "BS", "MED", "PE", "NP", "RPH"})


def without_title(line: str, french: bool = False) -> tuple[str, tuple[str, ...]]:
    """(the line without the titles before its name, the credential letters among them).
    A line of one word after its titles is left as it was ("Dr. Who" is no name read)."""
    line_without_cp = _PROFESSION_INITIALS.sub("", line, count=1)
    if line_without_cp != line:
        return without_title(line_without_cp, french)[0], ()
    titles = (_BEFORE_IN_FRENCH if french else _BEFORE).match(line)
    rest = line[titles.end():] if titles else line
    if titles and not _a_name(rest, calling=bool(_A_CALLING.search(titles.group()))):
        return line, ()  # "Chef de Partie", "Dr. 2024": no name follows, so no title was read
    letters: tuple[str, ...] = ()
    m = _LETTERS_BEFORE.match(rest)
    if m and m.group(1) in KNOWN and m.group(1) not in _ALSO_NAMES:
        letters, rest = (m.group(1),), rest[m.end():]
    if rest == line or len(rest.split()) < 2:
        return line, ()
    return rest, letters


def _a_name(words: str, calling: bool) -> bool:
    """Whether `words` can be a whole name: two words or more of letters (an apostrophe, a dot
    or a hyphen inside), the first and the last capitalised; before a comma, the name and then
    its letters ("Kenji Tanaka, CEC"). After a form of address (not a calling, a word of its
    own), also a surname written first ("Smith, John") or starting with a particle ("de la Cruz")."""
    head, comma, _ = words.partition(",")
    if comma and len(head.split()) < 2:
        if calling:
            return False
        head = words.replace(",", " ")
    parts: list[str] = []
    for part in head.split():  # the name's words, up to its letters ("(PT)", "BVSc (Hons)")
        if not _NAME_PART.match(part):
            break
        parts.append(part)
    if len(parts) < 2:
        return False
    first = parts[0][0].isupper() or (not calling and parts[0].casefold() in PARTICLES)
    return first and parts[-1][0].isupper()


# What says a résumé is written in French or for a French-speaking country: the country codes
# of France, Belgium, Switzerland, Luxembourg and Monaco before a number, an address at one of
# their domains, or French words.
_FRENCH_PHONE = re.compile(r"(?:\+|\b00)(?:33|32|41|352|377)[\s.(-]|@[\w.-]+\.(?:fr|be|ch|lu|mc)\b")
_FRENCH_WORDS = re.compile(r"\b(?:et|des|du|les|aux|avec|pour|dans|chez|expérience|formation|compétences|"
                           r"langues|diplômes?|loisirs|permis|né|née)\b", re.IGNORECASE)
_ENOUGH_FRENCH_WORDS = 4


def reads_french(text: str) -> bool:
    return bool(_FRENCH_PHONE.search(text)) or len(_FRENCH_WORDS.findall(text)) >= _ENOUGH_FRENCH_WORDS
