"""Letters after a name ("MARIA GONZALEZ, RN", "Ana Lima, Ph.D.", "Dana Reyes, RN, BSN"):
degrees, licences and memberships written after a comma on the name line. They are cut off
whole, so that the name keeps every word and the line is never read as "Town, ST"."""
from __future__ import annotations

import re

from domain.country_names import country_code, names_a_country_or_region
from domain.place_fold import fold

# Common post-nominals, written without dots. Two-letter ones that are also US state codes
# (MD, PA, MA, MS, CA, DO) are here because after a name of two or more words they are the
# credential; "Springfield, IL" has one word before the comma and no known letters after.
KNOWN = frozenset("""
RN LPN LVN BSN MSN DNP NP APRN CRNA CNM CNA CCRN FNP PA PAC MD DO DDS DMD RDH PHARMD
RPH DPT OTR PT OT SLP CCCSLP LCSW LMSW LPC LMFT PSYD EDD PHD DPHIL MPHIL MBA MPA MPH MS MSC
MA MED MENG MFA MS BS BSC BA BCOM MCOM BENG BTECH MTECH LLB LLM JD ESQ CPA CMA CIA CFA
ACCA ACA FCA CA CFP CPP PE PENG CENG EIT PMP CSM CISSP CISA CISM SHRMCP SHRMSCP SPHR PHR
RA AIA LEED LEEDAP FACHE FRCS MRCP MBBS BDS JR SR II III IV RGN RMN RSCN RNMH RM SRN
MPHARM BPHARM MCHEM MPHYS MMATH MBCHB
MCOPTOM FCOPTOM MCSP MRPHARMS MRCVS RVN MRICS FRICS MCIPD FCIPD MCIOB MICE MIET MIMECHE FCCA
ACMA FCMA MCIPS CTA MRCGP FRCP MRCS MRCOG MCIEH MRTPI
""".split())
# US state and territory codes: after a single word they make a place ("Springfield, IL").
_STATES = frozenset("""
AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ
NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR
""".split())
_WHERE_HELD = re.compile(r"\s*\([A-Z][A-Za-z .'-]{1,30}\)\s*$")
_SHAPE = re.compile(r"^(?:[A-Z][a-z]{0,2}){1,7}$")  # "CISSP", "PhD", "MSc", "DPhil", "PEng"


def is_post_nominal(part: str) -> bool:
    """One comma-separated part after a name: known letters, or a short run of capitals
    shaped like them that is no state code."""
    where = _WHERE_HELD.search(part)
    if where:  # "CA (Singapore)", "CPA (Australia)": known letters with where they were granted
        return re.sub(r"[.\s-]", "", part[:where.start()]).upper() in KNOWN
    letters = re.sub(r"[.\s-]", "", part.strip())
    if not letters or len(letters) > 7 or not letters.isalpha():
        return False
    if letters.upper() in KNOWN:
        return True
    capitals = sum(c.isupper() for c in letters)
    return capitals >= 2 and bool(_SHAPE.match(letters)) and letters.upper() not in _STATES


def split_post_nominals(line: str) -> tuple[str, list[str]] | None:
    """(the name, its letters) when the line is a name of two or more words followed by
    comma-separated letters; None otherwise."""
    parts = [p.strip() for p in line.split(",")]
    if len(parts) < 2 or len(parts[0].split()) < 2:
        return None
    if not all(is_post_nominal(p) for p in parts[1:]):
        return None
    return parts[0], parts[1:]


# A name, then its letters listed in brackets with commas ("Grace Adebayo (B.Pharm, FPCPharm)")
_BRACKETED_LIST = re.compile(r"^(?P<name>[^\W\d_][^(),]*?)\s*\((?P<letters>[^()]*,[^()]*)\)$")
_LETTERS_WRITTEN = re.compile(r"^[A-Z][A-Za-z.]{1,11}$")


def _a_place_code(part: str) -> bool:
    """"UK", "USA", "NY": a country or a state, not letters after a name."""
    return names_a_country_or_region(part) or country_code(fold(part)) is not None or part.upper() in _STATES


def split_trailing_letters(line: str) -> tuple[str, list[str]] | None:
    """"Aoife Byrne RGN", "Liam Byrne BVSc (Hons) MRCVS", "Kavya Menon (PT)": a run of letters
    after a name of two or more words, with no comma. The run holds known letters (in capitals,
    or shaped like "MSc"), bracketed ones or "(Hons)"; letters shaped like them but unknown
    ("MRCVS") count only beside a known one, so that a surname is never cut off alone."""
    listed = _BRACKETED_LIST.match(line.strip())
    if listed and len(listed.group("name").split()) >= 2:
        letters = [p.strip() for p in listed.group("letters").split(",")]
        if all(_LETTERS_WRITTEN.match(p) and sum(c.isupper() for c in p) >= 2 for p in letters) \
                and any(is_post_nominal(p) for p in letters) and not any(_a_place_code(p) for p in letters):
            return listed.group("name"), letters  # "ADEBAYO OLUWASEUN GRACE (B.Pharm, FPCPharm)"
    words = line.split()
    if len(words) < 3 or all(w.isupper() for w in words if not w.startswith("(")):
        return None  # "JOHN PAUL MA" may be a surname in capitals
    cut = len(words)
    known = False
    while cut > 2:
        kind = _trailing_kind(words[cut - 1])
        if kind is None:
            break
        known = known or kind
        cut -= 1
    if cut == len(words) or not known:
        return None
    # (a register's number is cut off the name but is no letters: it names no credential)
    return " ".join(words[:cut]), [w for w in words[cut:] if not _REGISTRATION_NUMBER.match(w)]


# "CA(SA)", "CPA(Aust.)": letters and, in brackets with no space, where they were granted
_LETTERS_AND_WHERE = re.compile(r"^([A-Z][A-Za-z.-]{1,8})\([A-Z][A-Za-z.]{1,6}\)$")
# A register's number written after its letters: capitals and digits, a digit among the first four
_REGISTRATION_NUMBER = re.compile(r"^[A-Z]{1,3}\d{4,8}[A-Z]?$|^\d{2}[A-Z]\d{4}[A-Z]$")


def _trailing_kind(word: str) -> bool | None:
    """True for known letters or a bracketed qualifier, False for unknown letters shaped like
    them, None for a word that is no letters after a name."""
    bracketed = word.startswith("(") and word.endswith(")")
    granted = _LETTERS_AND_WHERE.match(word)
    if granted and re.sub(r"[.-]", "", granted.group(1)).upper() in KNOWN:
        return True  # "CA(SA)", "CPA(Aust)": known letters with where they were granted
    if _REGISTRATION_NUMBER.match(word):
        return False  # "HCPC RA81234", "NMC 12A3456E": a register's number, beside its letters
    letters = re.sub(r"[.\s()-]", "", word)
    if not letters.isalpha() or len(letters) > (8 if letters.upper() in KNOWN else 7):
        return None
    if bracketed and letters.casefold() in ("hons", "honours"):
        return True
    shaped = bool(_SHAPE.match(letters)) and sum(c.isupper() for c in letters) >= 2
    # Known letters as their body writes them, capitals or not ("MCOptom", "MRPharmS")
    if letters.upper() in KNOWN and (word.isupper() or shaped or sum(c.isupper() for c in letters) >= 2):
        return True
    if shaped and letters.upper() not in _STATES and not bracketed:
        return False
    return None
