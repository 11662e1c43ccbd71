"""The town of a home address written as most of Europe writes it: the street's name and number,
then the postcode before the town ("Bergmannstraße 44, 10961 Berlin")."""
from __future__ import annotations

import re

# A capital of the Latin, Greek or Cyrillic alphabet: what opens a town's name ("Leeds",
# "Αθήνα", "Москва", "Київ").
# Capitals of the Latin alphabets of central Europe and beyond too ("Łódź", "Šiauliai", "Őrség").
EXTENDED_LATIN_CAPITALS = "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
CAPITAL = f"[A-ZÀ-Ý{EXTENDED_LATIN_CAPITALS}Α-ΩА-ЯЁЄІЇЎҐ]"
# "Bergmannstraße 44, 10961 Berlin, Deutschland", "Rua Augusta 27, 1100-048 Lisboa": the street's
# name before its number and the postcode before the town, as most of Europe writes them.
_EUROPEAN_STREET = (r"(?:(?:rue|avenue|boulevard|chemin|place|via|viale|piazza|corso|calle|avenida|plaza|paseo|rua|"
                    r"travessa|largo|ulica|ul\.|al\.)\s[^\d,|]{2,40}?|[^\d,|\s]*(?:stra(?:ß|ss)e|str\.|weg|gasse|platz|allee|"
                    r"ring|damm|straat|laan|gracht|plein|vej|gade|gatan|vägen|veien|gata)(?:\s[^\d,|]{1,20}?)?)")
_STREET_NUMBER_POSTCODE_TOWN = re.compile(
    r"^(?:[^\d,|]{0,30}\s)?" + _EUROPEAN_STREET + r"\s\d{1,4}[a-zA-Z]?(?:[/-]\d{1,4})?,\s*(?:[A-Z]{1,2}-)?\d{4,5}(?:-\d{3})?\s+"
    r"(" + CAPITAL + r"[^\W\d_]+(?:[ -]" + CAPITAL + r"?[^\W\d_]+){0,2})(?:,\s*(" + CAPITAL + r"[^\W\d_]+(?:\s" + CAPITAL + r"[^\W\d_]+){0,2}))?$",
    re.IGNORECASE)
# "12 rue des Lilas, 69003 Lyon", "7 bis avenue Foch, 75116 Paris, France": the number before the
# street, as French, Belgian and Spanish addresses may write it.
_NUMBER_STREET_POSTCODE_TOWN = re.compile(
    r"^\d{1,4}[a-zA-Z]?(?:\s?(?:bis|ter))?,?\s+" + _EUROPEAN_STREET + r",\s*(?:[A-Z]{1,2}-)?\d{4,5}(?:-\d{3})?\s+"
    r"(" + CAPITAL + r"[^\W\d_]+(?:[ -]" + CAPITAL + r"?[^\W\d_]+){0,2})(?:\s+(?:cedex|c[eé]dex)(?:\s+\d{1,2})?)?"
    r"(?:,\s*(" + CAPITAL + r"[^\W\d_]+(?:\s" + CAPITAL + r"[^\W\d_]+){0,2}))?$",
    re.IGNORECASE)


def town_of_a_european_address(address: str) -> str | None:
    """The town (and country, if written) of a European home address, or None."""
    m = _STREET_NUMBER_POSTCODE_TOWN.match(address) or _NUMBER_STREET_POSTCODE_TOWN.match(address)
    if not m:
        return None
    return m.group(1) + (f", {m.group(2)}" if m.group(2) else "")
