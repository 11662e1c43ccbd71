"""Which new passwords are refused, as NIST SP 800-63B asks of a verifier: besides the length
(`validation.check_password`), one that is commonly used or found in breaches, one made of the
account's own email address or name (or the service's), and one that is only a repetition or
a sequence. No composition rules: "correct horse battery staple" is fine, "Password123!" is not.

The list of common passwords is data the gateway loads once and hands in (the domain reads no
file); every check is a set lookup or a pass over the password."""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Set

from domain.errors import BadUserInput
from domain.validation import check_password

_WHAT_TO_DO = "choose another, such as three or four unrelated words"
# Words of this service that are as guessable as the account's own name.
_SERVICE_WORDS = ("talentgraph", "talent graph")


def comparable(text: str) -> str:
    """How passwords are compared with the list and with each other: compatibility forms
    folded (NFKC: a full-width "ｐａｓｓｗｏｒｄ" is "password"), case folded."""
    return unicodedata.normalize("NFKC", text).casefold()


class PasswordPolicy:
    """`common`: the common and breached passwords, each already `comparable`."""

    def __init__(self, common: Set[str] = frozenset()) -> None:
        self._common = common

    def check(self, password: str, field: str = "password", personal: Iterable[str] = ()) -> None:
        """BadUserInput on `field`, saying what to do, for a password the policy refuses;
        `personal`: the account's email address and name (those it will have, at sign-up)."""
        check_password(password, field)
        folded = comparable(password)
        squeezed = "".join(folded.split())
        if folded in self._common or squeezed in self._common or _without_trailing_digits(squeezed) in self._common:
            raise BadUserInput(
                f"This password is one of the most commonly used, which attackers try first; {_WHAT_TO_DO}.",
                field=field,
            )
        if _is_personal(folded, personal):
            raise BadUserInput(
                f"The password must not be your email address or name, or the service's; {_WHAT_TO_DO}.",
                field=field,
            )
        if _is_trivial(squeezed):
            raise BadUserInput(
                "The password is only a repetition or a sequence (like aaaa, abcabc or 12345), which is"
                f" easy to guess; {_WHAT_TO_DO}.",
                field=field,
            )


def _letters_and_digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def _without_trailing_digits(text: str) -> str:
    """"monkey2024!" as "monkey": a number or mark at the end adds little to a known word. A
    stem under four characters is kept whole ("a839201746" is no common "a")."""
    stem = text.rstrip("0123456789!?.")
    return stem if len(stem) >= 4 else text


def _is_personal(folded: str, personal: Iterable[str]) -> bool:
    """The password is, apart from spaces, punctuation and a number at its end, the email
    address, its part before the @, the name, or the service's name."""
    core = _letters_and_digits(folded)
    words: set[str] = set()
    for value in [*personal, *_SERVICE_WORDS]:
        value = comparable(value or "")
        words.update({_letters_and_digits(value), _letters_and_digits(value.split("@", 1)[0])})
    words.discard("")
    return core in words or _without_trailing_digits(core) in words


def _is_trivial(text: str) -> bool:
    """One unit of at most four characters repeated ("aaaa", "abcabc", "1212"), or at most
    two runs of equal or consecutive characters ("12345678", "abcdef123", "9876543210")."""
    for unit in range(1, 5):
        if len(text) >= 2 * unit and text == text[:unit] * (len(text) // unit) + text[:len(text) % unit]:
            return True
    runs, step = 1, None
    for before, after in zip(text, text[1:]):
        gap = ord(after) - ord(before)
        if step is None and gap in (-1, 0, 1):
            step = gap
        elif gap != step:
            runs, step = runs + 1, None
    return runs <= 2
