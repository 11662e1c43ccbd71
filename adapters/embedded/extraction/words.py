"""Whether decoded characters are writing or noise. Any byte decodes to some character in a
single-byte code page, so random or encoded bytes (a corrupt download, base64, a renamed
binary) pass an encoding check; they fail this one, which asks that most of the text stand
in word-shaped tokens: letters of any script, numbers, dates, addresses and phone numbers."""
from __future__ import annotations

import re

# Enough of a document to judge it; a resume's first pages say what it is.
SAMPLE_CHARS = 20_000
MIN_WORD_SHARE = 0.5
MAX_TOKEN_CHARS = 60
# Whitespace and the punctuation of scripts written without spaces (Chinese, Japanese).
_TOKEN_BREAK = re.compile(r"[\s，。、；：！？（）「」『』【】]+")
_EDGE_MARKS = "\"'“”‘’«»()[]{}<>.,;:!?*•·-–—|\\+~%$€£&"
# Links are neither words nor noise, and in a short resume they can outweigh its words.
_LINK = re.compile(r"^(?:https?://|www\.)|^[\w.-]+\.[a-z]{2,6}/", re.I)
# Alphanumeric runs joined by the marks words, numbers, dates, e-mail addresses and links use.
_WORD_SHAPED = re.compile(r"[^\W_]+(?:[-'’.&/@:_,]{1,3}[^\W_]+)*[+#]*")


def looks_like_writing(text: str) -> bool:
    sample = text[:SAMPLE_CHARS]
    counted = in_words = 0
    for token in _TOKEN_BREAK.split(sample):
        core = token.strip(_EDGE_MARKS)
        if not core or _LINK.match(core):
            continue  # a lone bullet, dash or pipe: layout, neither word nor noise
        counted += len(core)
        if len(core) <= MAX_TOKEN_CHARS and _WORD_SHAPED.fullmatch(core):
            in_words += len(core)
    return counted > 0 and in_words >= MIN_WORD_SHARE * counted
