"""Products named by an everyday word or a name: "Sage" the accounts package and the herb,
"Mews" the hotel system and a street ("14 Stable Mews"), "Destiny" the library system and a
charity's name, "Socrates" the medical secretaries' software and the philosopher. A list of
short items reads every strict alias as a skill, yet "Herbs: sage, thyme, rosemary" names no
product: such a word counts in a list only beside a word of software or of the product's own
field ("Sage, Xero, VAT returns"), its version ("Sage 50"), or another product ("Mews, Sage,
Excel"); never on an address line, and never in lower case among herbs and food."""
from __future__ import annotations

import re

# Words saying the list is of software, whatever the product's field.
_SOFTWARE = frozenset(
    "software system systems pms platform package packages application applications app database "
    "crm erp ehr emr accounts accounting payroll bookkeeping".split())
# Herbs and cooking: "sage" among them is the herb ("sage & onion", "sage, thyme").
_HERBS_AND_FOOD = frozenset(
    "herb herbs thyme rosemary basil parsley oregano mint tarragon dill chives coriander bay "
    "garlic onion onions stuffing stuffings seasoning seasonings spice spices butter sauce sauces "
    "roast roasting pork chicken lamb cooking knife pastry food foods hygiene kitchen".split())
# An address: a postcode, a flat or unit's number, or a house number before a street's name.
_ADDRESS = re.compile(
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"
    r"|\b(?:Flat|Apartment|Apt|Unit|Suite)\s+\d"
    r"|\b\d+[A-Za-z]?,?\s+(?:[A-Z][\w'’-]*\s+){0,3}"
    r"(?:Mews|Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Court|Drive|Way|Place|Square|Terrace|Crescent|"
    r"Gardens|Row|Yard|Walk|Hill|Grove|Park)\b")
_VERSION = re.compile(r"(?:line\s+)?\d+\b|x3\b", re.I)


def an_address_line(line: str) -> bool:
    """The line gives an address ("Flat 3, The Mews, Chester", "14 Stable Mews, Leeds LS1 4AB")."""
    return _ADDRESS.search(line) is not None


def never_the_product(word: str, line: str, line_words: frozenset[str]) -> bool:
    """`word` (as written) names no product on this line whatever else it says: an address,
    or a herb among herbs and food ("sage & onion")."""
    return an_address_line(line) or (word.islower() and bool(line_words & _HERBS_AND_FOOD))


def the_product_in_a_list(line_words: frozenset[str], field_words: frozenset[str], after: str,
                          another_product: bool) -> bool:
    """A list names the product, not the word: a word of software or of the product's field
    is on the line, its version follows ("Sage 50", "Sage Line 50"), or the line names
    another product (or is the product's name alone, a list's item of its own)."""
    return bool(line_words & (_SOFTWARE | field_words)) or _VERSION.match(after) is not None or another_product
