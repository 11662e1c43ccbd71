"""Function words of the European languages résumés and ads are written in besides English.

Word rarity (lexical.TermRarity) comes from an English reference corpus, where a French,
Spanish, Portuguese, German, Italian, Dutch or Polish article or preposition never occurs: it
would weigh as much as the rarest tool name, and two texts in one language would look alike
for sharing "de", "em" and "und" whatever their trades. They say nothing of the work.
Words that are English words or abbreviations too ("die", "no", "do", "per", "we", "van",
"met", "il", "ce", "a", "in", "so") are left to the corpus, which weighs them as it finds them."""
from __future__ import annotations

FUNCTION_WORDS = frozenset("""
de del della dei degli delle di du des la le les el los las lo un une uno una unos unas
et y ou o ao aos à às em com para pela pelo pelos pelas por dos das da um uma nos numa
en dans sur pour avec au aux qui que est sont nous vous ils elles sa ses leur leurs cette
con sus muy como pero entre desde hasta sobre también más
und oder mit für von zu zum zur im bei auf ein eine einer eines einem einen der dem den
ist sind wir sie ihr ihre nicht auch als nach über unter durch sowie
gli nel nella nei è sono anche
het een voor zijn ook
w z oraz się jest dla od przy jako lub ze
""".split())


def a_function_word(written: str) -> bool:
    """`written` is one of these words as prose writes it, in lower case: the Portuguese "com"
    (with) is no COM software, the Spanish "con" no conference tool; in capitals it may be."""
    return written.islower() and written in FUNCTION_WORDS
