"""Where a person lives, from an address written without a label at the top of a résumé
("Lekki Phase 1, Lagos, Nigeria" under the name; "Via dei Mille 22, 40121 Bologna (BO)";
"Townsville QLD 4810  ‖  0412 903 558"): the parts of its line are read as a home address is
(adapters.embedded.parsing.home_address), and taken only when a town of the gazetteer stands
among them, or a postcode and a country frame an unknown one ("Phuket 83150, Thailand"), so a
headline or a sentence is never read as a place."""
from __future__ import annotations

import re

from adapters.embedded.parsing.home_address import looks_like_a_street_address, place_of_an_address
from adapters.embedded.parsing.occupations import occupation_words
from domain.corroborated_town_names import a_corroborated_town_name
from domain.country_names import country_code
from domain.place_fold import fold
from domain.town_distances import a_small_town

# The cells of a contact line: glyphs and doubled marks between them, a dash between spaces, a
# wide gap or a tab (each alternative opens on its own mark, so a run of spaces is read once).
_CELLS = re.compile(r"[|•·◦▪■◆‖¦✉☎]|//|::|\s[–—-]\s|\s{3,}|\t")
# "Address:", "Địa chỉ:", "Adresse :" before the cell's value
_LABEL = re.compile(r"^([^\W\d_][^\W\d_ .'-]*(?: [^\W\d_][^\W\d_.'-]*){0,2})\s?[:：]\s*")
# Labels of a place that is not where the person lives now
_OTHER_PLACE = re.compile(r"birth|born|origin|nationality|citizen|native|naissance|nacimiento|geburt|nascita|"
                          r"nascimento|email|e-mail|phone|mobile|tel|web|linkedin", re.I)
_PARENTHESES = re.compile(r"\([^()]{0,40}\)")
_POSTCODE_BEFORE = re.compile(r"^(?:[A-Z]{1,2}-)?\d{3,6}(?:-\d{3,4})?\s+(?=[^\W\d_])")
_POSTCODE_AFTER = re.compile(r"(?<=[^\W\d_])\s+(?:\d{3,6}(?:-\d{3,4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|"
                             r"[A-Z]\d[A-Z]\s?\d[A-Z]\d)$")
# What may follow a town's name in an address and is no part of it: its state's letters
# ("Townsville QLD"), its district's number ("Dublin 11")
_AFTER_A_TOWN = re.compile(r"(?<=[^\W\d_])\s+(?:[A-Z]{2,3}|\d{1,2})$")
# "TP. Hồ Chí Minh", "Thành phố Hà Nội", "City of Cape Town": the word for a city before its name
_CITY_WORD = re.compile(r"^(?:tp\.?|thành\s+phố|city\s+of)\s+", re.I)
_ITEMS = re.compile(r",|(?<=[^\W\d_])/(?=[A-Z]{2,3}\b)")
_DATES = re.compile(r"\b(?:19|20)\d\d\s*[–—-]|\b(?:present|current|till\s+date)\b", re.I)


def town_of_an_address_line(lines: list[str], name_line: int | None, name: str | None) -> str | None:
    """The town (with its region and country, as written) of the first address among `lines`
    (the top of a résumé) other than the name's line; None when none names a town."""
    for index, line in enumerate(lines):
        if index == name_line or _DATES.search(line):
            continue
        for cell in _CELLS.split(line):
            place = place_of_an_address_cell(cell.strip(" ,;"), name)
            if place:
                return place
    return None


def place_of_an_address_cell(cell: str, name: str | None) -> str | None:
    """The town (region, country) of an address in one cell of a line, when a town of the
    gazetteer stands in it ("Apt 4, Glasnevin Court, Dublin 11" is "Dublin"), or a postcode
    and a country frame one; else None."""
    label = _LABEL.match(cell)
    if label:
        if _OTHER_PLACE.search(label.group(1)):
            return None
        cell = cell[label.end():]
    if not cell or "@" in cell or sum(c.isdigit() for c in cell) > 8 or len(cell) > 90:
        return None  # an email or a phone, or a sentence
    # ("Uberlândia/MG": a town and its state's letters parted by a slash)
    items = [i.strip() for i in _ITEMS.split(cell) if i.strip()]
    cleaned: list[str] = []
    postcode = False
    for item in items:
        item = _CITY_WORD.sub("", " ".join(_PARENTHESES.sub(" ", item).split()))
        bare = _POSTCODE_AFTER.sub("", _POSTCODE_BEFORE.sub("", item))
        postcode = postcode or bare != item
        shorter = _AFTER_A_TOWN.sub("", bare)
        cleaned.append(shorter if shorter != bare and a_corroborated_town_name(shorter) else bare)
    if not (len(items) >= 2 or postcode or label):
        return None  # a word alone in a cell: a headline's or a name's as likely as a town's
    place = place_of_an_address(", ".join(cleaned))
    if not place or (name and fold(name) in fold(place)):
        return None
    named = [p.strip() for p in place.split(",")]
    country = country_code(fold(named[-1])) is not None
    # After a street's number or name ("14 Beech Grove, Harrogate, ..."), any town of the
    # distance table's (5,000 people or more) is the town: the line is an address already.
    after_a_street = len(items) >= 2 and looks_like_a_street_address(items[0])
    towns = [p for p in (named[:-1] if country else named)
             if (a_corroborated_town_name(p) or (after_a_street and a_small_town(p))) and not occupation_words(p)]
    return place if towns or (postcode and country and len(named) >= 2) else None
