"""Lines a document's pages carry that say nothing about the person: page numbers ("Page 1 of
2", "- 2 -", "2/3"), a note that references are given on request, and the placeholder text
of a photo ("[Photo: portrait]", "<image>"), and the place and date a CV is signed at its foot
("Köln, im Dezember 2026", "Fait à Lyon, le 3 mars 2026", "Leeds, 04.05.2026"). They are blanked before sections are read, so
that no skills list or job runs on into them ("Page 1 of" as a skill)."""
from __future__ import annotations

import re

_FURNITURE = re.compile(
    r"^\s*(?:"
    r"(?:page|p\.|pag\.?|p[aá]gina|seite|side|sida|strona|pagina)\s*\d{1,2}(?:\s*(?:of|/|de|von|av|z|di|van)\s*\d{1,2})?"
    r"|[-–—]\s*\d{1,2}\s*[-–—]"
    r"|(?:references?|referees?)\s*(?:[:\-–]\s*)?(?:are\s+|will\s+be\s+)?(?:available|furnished|provided|given)?\s*"
    r"(?:up)?on\s+request"
    r"|available\s+(?:up)?on\s+request"
    # a photo's placeholder: the word alone, with a word of placement, or a described photo
    # ("[Photo: portrait]"); a bracketed skill that opens with the word is content ("(Image processing)")
    r"|[\[<(]\s*(?:(?:insert|add|your|profile|recent|passport[\s-]*size[d]?)\s+)*"
    r"(?:photo(?:graph)?|picture|image|img|foto|bild)s?\s*(?:(?:here|placeholder|attached)\s*)?"
    r"(?:[:=]\s*[^\]>)]{0,80})?[\]>)]"
    # the place and date of signing: a town, then a date led by its word or written to the day
    # (no job is dated to the day; "Acme, March 2019" is left as it is)
    r"|(?:fait\s+[àa]\s+)?[A-ZÀ-Ž][\w.'-]*(?:[\s-][A-ZÀ-Ž][\w.'-]*){0,2},\s*"
    r"(?:(?:den|am|le|dnia|el|em|il)\s+\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]+\.?(?:\s+(?:de\s+)?\d{4})?"
    r"|(?:den|am|le|dnia|el|em|il)\s+\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|im\s+[^\W\d_]+\s+\d{4}"
    r"|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2}))"
    r")\s*\.?\s*$", re.IGNORECASE)


def without_page_furniture(text: str) -> str:
    """The text with each such line left empty (line numbers keep their places)."""
    return "\n".join("" if _FURNITURE.match(line) else line for line in text.split("\n"))
