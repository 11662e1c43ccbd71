"""The language a text is written in, read from its function words: the short words every
sentence of a language has ("the", "und", "les", "del") and which name no skill, so a
résumé's English skill list among German sentences stays German. Pure and cheap: a few
dozen words per language, counted once per document.

Only a language's own words count: a word of two lists ("de", "la", "en") or one that is
an ordinary word of a language whose list lacks it ("a", "as", "die", "van", "per") tells
nothing, for English borrows kitchens' terms ("chef de partie", "a la carte"), names
("Van der Berg", "Casa del Sol") and places. None when too few own words are found or no
language leads clearly: an unknown language, not a guess.

A résumé is often written without sentences ("Enfermera - Valencia", "Valoración de pacientes,
administración de medicación, curas"): too few function words to tell, or one English "of" in
a degree's name against two German ones. Such a text is read from its function words and the
letters and word endings only one of these languages writes (Spanish "-ción", "ñ";
Portuguese "ã", "-ção"; German "ß", "ä", "-ung"; French "è", "œ"; Polish "ł", "ą"), by the same
rule of a clear lead, and only when its few function words lean to no other language: a letter
shared by two of them ("é", "ê", "ç", "ó") tells nothing, nor does an English line naming a
town in Germany among English words."""
from __future__ import annotations

import re

_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("present currently the and of for with in on at to from an by is are was were this that our your you we "
                    "will have has be as or who which their years experience a it its they them he she his her been had would "
                    "should could can must not but if into through across within including while where when what there these "
                    "those such also about after before more most other each both very well seeking seeks looking "
                    "responsible ensure ensuring using duties".split()),
    "de": frozenset("heute seit bis sowie suchen suche sucht der die das und mit für von den dem des ein eine einer einem einen im zu "
                    "zum zur auf bei als oder sind ist wir sie ihre unsere unser nach aus auch jahre jahren erfahrung du dich "
                    "dein deine deinen hast bist werden wird über nicht sich kenntnisse sehr".split()),
    "fr": frozenset("aujourd hui depuis recherche recherchons le la les et des du de pour avec dans une un en au aux sur est sont "
                    "nous vous votre notre par ou ans expérience chez ces cette être avez êtes travail équipe".split()),
    "es": frozenset("actualidad actualmente busca buscamos el la los las y del de para con en una un por es son nuestro nuestra "
                    "su sus al o años experiencia también nuestros puesto trabajo ofrece ofrecemos se".split()),
    "it": frozenset("oggi attualmente cerca cerchiamo il lo la gli le e del della dei di per con in una un da nel nella è sono "
                    "nostro nostra anni esperienza anche che non alla delle degli lavoro presso siamo".split()),
    "pt": frozenset("presente atualmente procura procuramos o a os as e do da dos das de para com em uma um por no na é são "
                    "nosso nossa anos experiência não também pelo pela nas seu sua ao aos oferecemos".split()),
    "pl": frozenset("obecnie zatrudni szukamy i w z na do dla oraz od po przez jest są się nie lub lat doświadczenie "
                    "doświadczeniem pracy pracę praca jako który która oferujemy".split()),
    "nl": frozenset("heden zoeken de het een en van voor met in op bij als zijn is wij jouw onze ervaring jaar jaren ook naar "
                    "wordt worden uit heeft hebt hebben niet maar deze dit je werkt".split()),
}

# Ordinary words of languages whose lists lack them: English "a", "as", "die", "van", "per",
# "do", "no", "so", "me", "met", "also", Polish "to", "on", "we", French "on", "a", Latin "et".
_SHARED_ELSEWHERE = frozenset("a as die van per do no on to we i so me met et o e son presente se".split())

# Each language's own words: in no other list and not an ordinary word elsewhere.
_OWN: dict[str, frozenset[str]] = {
    language: frozenset(w for w in words if w not in _SHARED_ELSEWHERE
                        and not any(w in other for lang, other in _FUNCTION_WORDS.items() if lang != language))
    for language, words in _FUNCTION_WORDS.items()
}
_LANGUAGE_OF = {w: language for language, words in _OWN.items() for w in words}
# Polish "i" (and) is written in lower case, the English pronoun "I" never is.
_AS_WRITTEN = {"i": "pl"}

# At least this many own words of the leading language, and more than this many times the next's.
_FEWEST = 2
_LEAD = 2

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Addresses are no sentence: "mail.com" is not Portuguese "com".
_ADDRESS = re.compile(r"\S+@\S+|\bhttps?://\S+|\bwww\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co|io|de|fr|es|it|pt|pl|nl|uk)\b\S*",
                      re.IGNORECASE)


# Letters and endings of one language's words only (a word counts once, for its first mark).
_MARKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("de", re.compile(r"[ßäöü]|\w{3,}(?:ung|ungen|keit|heit|schaft)$")),
    ("es", re.compile(r"[ñ]|\w{2,}(?:ción|ciones)$")),
    ("pt", re.compile(r"[ãõ]|\w{2,}(?:ção|ções)$")),
    ("fr", re.compile(r"[èëîûùœ]")),
    ("it", re.compile(r"\w{3,}(?:zione|zioni)$")),
    ("pl", re.compile(r"[ąęłńśźżć]")),
    ("nl", re.compile(r"\w{2,}(?:heid|lijk|lijke)$")),
)


def _marks(words: list[str]) -> dict[str, int]:
    counts = dict.fromkeys(_FUNCTION_WORDS, 0)
    for word in words:
        folded = word.casefold()
        language = next((lang for lang, mark in _MARKS if mark.search(folded)), None)
        if language is not None:
            counts[language] += 1
    return counts


def _leader(counts: dict[str, int]) -> str | None:
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    (first, n), (_, m) = ranked[0], ranked[1]
    return first if n >= _FEWEST and n > _LEAD * m else None


def text_language(text: str | None) -> str | None:
    """An ISO 639-1 code ("en", "de") or None when the text does not tell."""
    if not text:
        return None
    counts = dict.fromkeys(_FUNCTION_WORDS, 0)
    words = _WORD.findall(_ADDRESS.sub(" ", text))
    for word in words:
        language = _AS_WRITTEN.get(word) or _LANGUAGE_OF.get(word.casefold())
        if language is not None:
            counts[language] += 1
    leader = _leader(counts)
    if leader is not None:
        return leader
    # Too few function words to tell (a résumé of lists), or no clear lead: its letters as
    # well, unless its function words lean to another language.
    marks = _marks(words)
    marked = _leader({language: n + marks[language] for language, n in counts.items()})
    if marked is None or any(n > counts[marked] for n in counts.values()):
        return None
    return marked
