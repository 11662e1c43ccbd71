"""Currencies are ISO 4217 codes, checked against the installed reference data's list
(adapters.reference_data gives pycountry's, so a new or withdrawn currency follows the
library, not a list of our own)."""
from __future__ import annotations

from domain.errors import BadUserInput
from domain.installed_reference_data import reference_data

# ISO 4217 reserves these for "no currency involved" and for testing: nobody is paid in them.
_RESERVED = frozenset({"XXX", "XTS"})


def iso_4217_code(sent: str | None, argument: str, field: str | None = None) -> str:
    """The code in capitals, or BadUserInput naming `argument` (as the client spelled it)."""
    code = (sent or "").strip().upper()
    if len(code) != 3 or code in _RESERVED or code not in reference_data().currency_codes():
        raise BadUserInput(
            f"`{argument}` must be a three-letter ISO 4217 currency code such as USD, EUR or GBP;"
            f" {sent!r} is not one.",
            field=field or argument,
        )
    return code
