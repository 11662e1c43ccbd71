"""A name written in capitals ("JANE O'NEIL-SMITH", "MARÍA JOSÉ GARCÍA LÓPEZ") in the case
people read it in: each part capitalised, the particles inside a name lower-case ("Pieter van
der Berg", "Ana Paula da Silva"), and the Gaelic and Norman prefixes kept ("McKay", "O'Neil",
"D'Arcy"). nameparser's capitalize() was weighed: it makes "MacHado" of Machado and "MacEdo" of
Macedo, names far more common in résumés than the Scottish ones it means."""
from __future__ import annotations

import re
import unicodedata

# Scottish and Irish surnames written Mac with a capital after it; any other "Mac..." name
# ("Machado", "Macías", "Mackay") is capitalised once, which is also a way each is written.
_MAC_NAMES = frozenset(
    "donald kenzie leod lean intyre millan gregor dougall kinnon pherson arthur allister farlane innes "
    "lachlan aulay neil bride cormack gillivray ewan iver naughton quarrie lennan crae callum guire "
    "dermott mahon manus carthy kenna laren namara sween tavish kinlay alpine askill bean caskill "
    "dowell fadyen fie gill ginley glashan gowan grath ilroy intosh kechnie kie kinley lure nab nair "
    "nally nee phail pherson queen rae ritchie taggart vicar".split())
# Lower-case particles inside a name ("Ana Paula de Souza", "Pieter van der Berg").
PARTICLES = frozenset("da de do dos das di del della degli van von der den ter ten te le la du bin binti bint ibn al el "
                       "y e dela delos los las zu af av ap abu ben".split())  # "Juan dela Cruz" (Philippines)
# Vietnamese, Chinese and Korean family names (as written without their marks): in a name
# of such one-syllable parts, "Van", "Thi", "Le", "De" or "Do" are given or family names, never
# particles ("Nguyen Van An", "Le Van An", "Li De Hua").
_EAST_ASIAN_FAMILY_NAMES = frozenset(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh lam mai trinh doan "
    "luong ta cao quach ha thai chau la kieu ton luu vuong tong ong giang lai tang thach mac khuc "
    "li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie "
    "song tang han feng deng peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren "
    "shen yao jin fan fu zhong tan wen lee wong chan cheung lau ng tse kim park choi jung jeong kang cho "
    "yoon jang lim oh seo shin kwon hwang ahn jeon hong".split())
_ONE_SYLLABLE = re.compile(r"[^aeiouy]*[aeiouy]+[^aeiouy]*")
# One-letter particles ("Ortega y Gasset", "Silva e Souza") join two family names; after a
# given name alone they are an initial ("John E Smith").
_JOINING = frozenset({"y", "e"})
_ROMAN = re.compile(r"^(?:i{1,3}|iv|v|vi{1,3}|ix|x)$", re.IGNORECASE)


def _part(word: str) -> str:
    lower = word.lower()
    if _ROMAN.match(word) and len(word) > 1:
        return word.upper()  # "Henry Ford III"
    elided = re.match(r"^([^\W\d_])(['’])([^\W\d_].*)$", lower)
    if elided:  # O'Neil, D'Arcy
        return elided.group(1).upper() + elided.group(2) + _part(elided.group(3))
    if lower.startswith("mc") and len(lower) > 3:
        return "Mc" + lower[2:3].upper() + lower[3:]
    if lower.startswith("mac") and lower[3:] in _MAC_NAMES:
        return "Mac" + lower[3:4].upper() + lower[4:]
    return re.sub(r"[^\W\d_]", lambda m: m.group().upper(), lower, count=1)  # '"Bob"', "(Andy)"


def readable_case(name: str) -> str:
    """The name as written unless it is all capitals; then in the case it is read in."""
    if not any(ch.isalpha() for ch in name) or name != name.upper() or \
            not any(len(re.sub(r"\W", "", w)) > 1 for w in name.split()):
        return name
    words = name.split()
    out = []
    east_asian = _reads_east_asian(words)
    for index, word in enumerate(words):
        bare = word.strip(",").lower()
        if 0 < index < len(words) - 1 and bare in PARTICLES and not words[index - 1].endswith(",") \
                and not east_asian and (bare not in _JOINING or index >= 2):
            out.append(word.lower())  # "van der", "da", "de los"; never after a comma ("VAN DER BERG, PIETER")
            continue
        out.append("-".join(_part(piece) for piece in word.split("-")))
    return " ".join(out)


def _reads_east_asian(words: list[str]) -> bool:
    """A name of one-syllable parts opening or closing with a Vietnamese, Chinese or Korean
    family name ("NGUYEN VAN AN", "LE VAN AN", "AN VAN NGUYEN"): its parts are all names."""
    bare = ["".join(ch for ch in unicodedata.normalize("NFKD", w.strip(",").lower()) if ch.isalpha())
            for w in words]
    return len(bare) >= 2 and (bare[0] in _EAST_ASIAN_FAMILY_NAMES or bare[-1] in _EAST_ASIAN_FAMILY_NAMES) \
        and all(_ONE_SYLLABLE.fullmatch(w) for w in bare if w)
