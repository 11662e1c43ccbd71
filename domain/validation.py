"""Input rules shared by the services; each failure names what to change."""
from __future__ import annotations

import re
import unicodedata

from email_validator import EmailNotValidError, validate_email

from domain.errors import BadUserInput

MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 256


def _invisible(ch: str) -> bool:
    """Spaces, and format characters that show nothing (zero-width space, joiners, direction
    and byte-order marks), which addresses copied from web pages and chats carry along."""
    return ch.isspace() or unicodedata.category(ch) == "Cf"


def normalise_email(raw: str, field: str = "email") -> str:
    """The address as stored; a refusal names `field`, the argument the caller was sent it in."""
    candidate = raw or ""
    start, end = 0, len(candidate)
    while start < end and _invisible(candidate[start]):
        start += 1
    while end > start and _invisible(candidate[end - 1]):
        end -= 1
    candidate = candidate[start:end]
    hidden = next(((i, ch) for i, ch in enumerate(candidate) if unicodedata.category(ch) == "Cf"), None)
    if hidden is not None:
        # Shown back, the address would look right: say where the character no one can see is.
        position, ch = hidden
        raise BadUserInput(
            f"The email address holds an invisible character (U+{ord(ch):04X} {unicodedata.name(ch, 'a format mark')})"
            f" at position {position}, after “{candidate[:position][-30:]}”: type the address again rather than"
            " pasting it.",
            field=field,
        )
    try:
        # Syntax only: no DNS look-up, and reserved test domains (example.test) are fine.
        checked = validate_email(candidate, check_deliverability=False, test_environment=True)
        return checked.normalized.lower()
    except EmailNotValidError:
        raise BadUserInput(
            f"'{candidate[:80]}' is not a valid email address; use the form name@example.com.",
            field=field,
        ) from None


def shows_something(text: str) -> bool:
    """False for text of separators, control and format characters alone (spaces, zero-width
    spaces and joiners, direction marks), or of combining marks with no letter to sit on (they
    show nothing of their own, or cling to whatever text comes before): it shows nothing,
    however long it is."""
    return any(unicodedata.category(ch)[0] not in "ZCM" for ch in text)


def with_words(text: str, field: str, example: str) -> str:
    """`text` when it holds a letter or digit; emoji, symbols and punctuation alone can be neither
    searched for nor matched to a place, so they are refused."""
    if not any(ch.isalnum() for ch in text):
        raise BadUserInput(
            f"`{field}` must have letters or digits, such as {example}; {text[:40]!r} has none (emoji and symbols"
            " are welcome beside words).", field=field)
    return text


def check_password(password: str, field: str = "password") -> None:
    """`field`: the argument the password came in, so a form marks the right box."""
    if password and not shows_something(password):
        raise BadUserInput(
            "The password must hold letters, digits or symbols, not only spaces or invisible characters.",
            field=field,
        )
    if len(password) < MIN_PASSWORD_LENGTH:
        raise BadUserInput(
            f"The password must be at least {MIN_PASSWORD_LENGTH} characters long.", field=field
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise BadUserInput(
            f"The password may be at most {MAX_PASSWORD_LENGTH} characters long.", field=field
        )


# Joiners that scripts need inside a word: ZWNJ and ZWJ (Persian "می‌خواهم", Indic half-forms,
# emoji sequences such as 👩‍⚕️). Kept only between two visible characters; at a word's edge, next
# to a space or doubled they do nothing but hide, and go like every other format character.
_WORD_JOINERS = frozenset("\u200c\u200d")
# Control (Cc), format (Cf: zero-width space, BOM, word joiner, soft hyphen, direction marks and
# isolates, tag characters) and lone surrogates (Cs, which no store can encode).
_INVISIBLE = frozenset(("Cc", "Cf", "Cs"))


def clean_line(value: str) -> str:
    """A single line as people mean it: format and control characters removed (word joiners
    kept inside a word), every run of whitespace one space, no space at either end, NFC (so
    "Zoë" typed with a combining diaeresis is the same name as the precomposed one)."""
    kept = [" " if ch.isspace() else ch for ch in value
            if ch.isspace() or ch in _WORD_JOINERS or unicodedata.category(ch) not in _INVISIBLE]
    shown = [ch for i, ch in enumerate(kept) if ch not in _WORD_JOINERS or (
        0 < i < len(kept) - 1 and _visible(kept[i - 1]) and _visible(kept[i + 1]))]
    return unicodedata.normalize("NFC", " ".join("".join(shown).split()))


def _visible(ch: str) -> bool:
    return not ch.isspace() and ch not in _WORD_JOINERS


def required_line(value: str | None, field: str, max_length: int) -> str:
    """`required_text` for a single line (a name, a title, a place), cleaned by `clean_line`."""
    return required_text(clean_line(value or ""), field, max_length)


def optional_line(value: str | None, field: str, max_length: int) -> str | None:
    return None if value is None else optional_text(clean_line(value), field, max_length)


def required_text(value: str | None, field: str, max_length: int) -> str:
    text = (value or "").strip()
    if not shows_something(text):
        raise BadUserInput(
            f"`{field}` must not be empty: spaces and invisible characters alone do not count.", field=field
        )
    if len(text) > max_length:
        raise BadUserInput(f"`{field}` may be at most {max_length} characters long.", field=field)
    return text


def optional_text(value: str | None, field: str, max_length: int) -> str | None:
    if value is None:
        return None
    text = value.strip()
    if len(text) > max_length:
        raise BadUserInput(f"`{field}` may be at most {max_length} characters long.", field=field)
    return text if shows_something(text) else None


_HEADER_BREAKS = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]+")


def header_safe(text: str) -> str:
    """`text` as one line fit for an email header (a subject, a display name): every run of
    control characters, line breaks included, becomes one space. Inputs refuse them already;
    this keeps a stored or derived value from ever adding a header (`\\r\\nBcc: ...`)."""
    return _HEADER_BREAKS.sub(" ", text).strip()
