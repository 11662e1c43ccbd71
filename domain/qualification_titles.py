"""A qualification named by its title and subject: "Diploma in Mechanical Engineering",
"Certificate III in Arboriculture", "NVQ Level 2 in Barbering", "QQI Level 5 in Healthcare
Support", "Master's in Library Science", "HND / HNC in Civil Engineering". Labelled job-ad
spans mark the title and its subject as one span; the subject read alone is a fragment of it.
A degree named loosely ("a degree in Chemistry") is not a title: its subject is read apart."""
from __future__ import annotations

import re

_LEVEL = r"(?:\s+(?:Level|level)\s+\d)"
_ROMAN = r"(?:\s+(?:I{1,3}|IV|V|[1-6]))"
_AWARD = (r"(?:(?:Level\s+\d\s+|Advanced\s+|Graduate\s+|Higher\s+|National\s+)?(?:Diploma|Certificate|Cert)" + _ROMAN + "?"
          r"|(?:NVQ|SVQ|QQI|QCF|RQF|BTEC)" + _LEVEL + r"?(?:\s+(?:Diploma|Certificate|Award))?"
          r"|(?:Bachelor|Master)(?:'s|’s)?|B\.?Sc|M\.?Sc|HNC|HND|ONC|OND)")
# Several awards joined by slashes or "or" share the subject ("HND / HNC in Civil Engineering"),
# a degree among them too ("Degree / HND in Quantity Surveying").
_AWARDS = r"(?:Degree\s*(?:/|\bor\b)\s*)?" + _AWARD + r"(?:\s*(?:/|\bor\b)\s*" + _AWARD + r")*"
# "of" names an award only in a degree's own name ("Bachelor of Science", "Master of Laws"), a
# diploma's ("Diploma of Nursing", as Australia names them) and a few certificates ("Certificate
# of Higher Education"); elsewhere a "Certificate of Sponsorship", a "Certificate of Employment"
# or a "Master of Ceremonies" is a document or a role.
_MASTERS_FIELDS = (r"(?:Science|Arts|Fine\s+Arts|Engineering|Laws|Education|Teaching|Business\s+Administration|"
                   r"Public\s+(?:Administration|Health)|Social\s+Work|Nursing|Midwifery|Pharmacy|Commerce|Accounting|"
                   r"Music|Philosophy|Technology|Information\s+Technology|Architecture|Planning|Research|Management|"
                   r"Psychology|Physiotherapy|Counselling|Medicine|Surgery)\b")
_CERTIFICATES_OF = r"Certificate\s+of\s+(?:Higher\s+Education|Professional\s+Competence)"
# Words that say how the title is asked for ("... Essential", "... Or Equivalent Experience
# Required") end the subject even when written with a capital, as a line of a list often is.
_ASKING = (r"(?i:essential|desirable|required|preferred|or|equivalent|but|not|experience|advantageous|"
           r"minimum|ideally|highly|advantage|plus|is|are|would|will|must|an|a|the)\b")
# The subject: capitalised words, with "and" or "&" inside it only where it runs to the end of
# the name ("Health and Social Care", not "Healthcare Support | and Garda vetting").
_CAP = r"(?!" + _ASKING + r")[A-Z][\w'’-]*(?![\w'’-])"
# Its first word may be one of them, as a subject's own word: "Diploma in Will Writing",
# "Certificate in The Principles of Customer Service", "Certificate in Experience Design";
# words that join or ask, never ("HNC in Or Equivalent").
_FIRST = r"(?!(?i:or|and|but|not|is|are|a|an)\b)[A-Z][\w'’-]*(?![\w'’-])"
_SUBJECT = (_FIRST + r"(?:\s+(?:of\s+|for\s+)?" + _CAP + r")*"
            r"(?:\s+(?:and|&)\s+" + _CAP + r"(?:\s+" + _CAP + r")*(?=\s*(?:[^\w\s]|$)|\s+" + _ASKING + r"))?")
_OF = (r"(?:Master(?:'s|’s)?\s+of\s+" + _MASTERS_FIELDS + r"(?:\s+in\s+" + _SUBJECT + r")?"
       r"|(?:Bachelor(?:'s|’s)?|(?:Advanced\s+|Graduate\s+)?Diploma)\s+of\s+" + _SUBJECT + r"(?:\s+in\s+" + _SUBJECT + r")?"
       + r"|" + _CERTIFICATES_OF + r"(?:\s+in\s+" + _SUBJECT + r")?)")
_TITLE = re.compile(r"\b(?:" + _OF + r"|(?:" + _AWARDS + r")\s+in\s+" + _SUBJECT + r")")


def qualification_titles(text: str) -> list[tuple[int, int]]:
    """Where `text` names a qualification by its title and subject, as (start, end) offsets."""
    return [(m.start(), m.end()) for m in _TITLE.finditer(text)]


_ONLY_ASKING = re.compile(r"(?:\s+" + _ASKING + r")+\s*")


def only_asking_words(text: str) -> bool:
    """`text` is nothing but words asking for a title ("Or Equivalent", " Essential")."""
    return _ONLY_ASKING.fullmatch(text) is not None
