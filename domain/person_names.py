"""A person's name as it is typed on a plain keyboard, for finding people by name.

Accents come off by decomposition (é is e and a mark), but some letters are letters of their
own that nothing decomposes: Polish ł, Danish ø, Croatian đ, Maltese ħ, æ and œ. Typed
without them ("Lukasz Dabrowski" for "Łukasz Dąbrowski") they must still be found, so they
are spelled out here as people spell them on a plain keyboard."""
from __future__ import annotations

from domain.place_names import fold_name

# Lower case only: fold_name has case-folded already (and spelled ß as ss).
_OWN_LETTERS = str.maketrans({
    "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŧ": "t", "ı": "i", "ŀ": "l", "ƚ": "l", "ƀ": "b",
    "ɨ": "i", "ʉ": "u", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d", "ĸ": "k",
})


def fold_person_name(name: str) -> str:
    """Lower case, no accents, letters of their own spelled plainly, punctuation as spaces."""
    return fold_name(name).translate(_OWN_LETTERS)
