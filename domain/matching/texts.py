"""What gets embedded for a job and for a resume: one text each, built the same way for every
item so that similarities are comparable."""
from __future__ import annotations

import re
from collections.abc import Sequence

_SPACE = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")
# About 64 word pieces (MiniLM splits an English word into ~1.3 pieces): one short model
# window. The model's cost grows with the length it reads, and the first lines of an ad say
# what the job is; the rest of the description still counts through the lexical half of the
# score (domain/matching/lexical.py), which reads the whole job_text.
EMBEDDED_JOB_WORDS = 48
# About 160 word pieces, one model window: a resume's vector is made from its start, as a job's
# is from its first lines. A resume opens with who the person is (headline, summary, latest
# roles); its whole text, often two or more windows of 256, still counts through the lexical
# half of the score. On the dev sets the start ranks no worse than the whole text, for about a
# third of the model's time; at 64 words two relevant pairs fell under the match floor
# (docs/matching.md, "A resume's vector").
EMBEDDED_RESUME_WORDS = 128


def job_text(title: str, description: str, required_skills: Sequence[str] = (),
             nice_to_have_skills: Sequence[str] = ()) -> str:
    """Title first (the model reads 256 word pieces per window, and the title says the most),
    then the description and both skill lists by name."""
    parts = [f"{title.strip()}.", description.strip()]
    if required_skills:
        parts.append(f"Required: {', '.join(required_skills)}.")
    if nice_to_have_skills:
        parts.append(f"Nice to have: {', '.join(nice_to_have_skills)}.")
    return _SPACE.sub(" ", " ".join(p for p in parts if p)).strip()


def job_embedding_text(title: str, description: str, required_skills: Sequence[str] = (),
                       words: int = EMBEDDED_JOB_WORDS) -> str:
    """The job as its vector is made from: the title, the required skills, then the
    description's first whole sentences while they fit in `words` words (at least the start of
    the first one). Short, so a job is one small model window however long its ad."""
    head = f"{title.strip()}."
    if required_skills:
        head += f" Required: {', '.join(required_skills)}."
    head = _SPACE.sub(" ", head).strip()
    room = words - len(head.split())
    kept: list[str] = []
    for sentence in _SENTENCE_END.split(_SPACE.sub(" ", description).strip()):
        length = len(sentence.split())
        if length == 0:
            continue
        if length > room:
            if not kept and room > 0:  # a first sentence longer than the room: its start
                kept.append(" ".join(sentence.split()[:room]))
            break
        kept.append(sentence)
        room -= length
    return " ".join([head, *kept]).strip()


def resume_text(text: str) -> str:
    """The whole resume as written, whitespace collapsed: the embedder windows long texts,
    so nothing past the first page is lost."""
    return _SPACE.sub(" ", text).strip()


def resume_embedding_text(text: str, words: int = EMBEDDED_RESUME_WORDS) -> str:
    """The resume as its vector is made from: its first `words` words as written, whitespace
    collapsed. Short, so a resume is one small model window however long it is."""
    return " ".join(text.split()[:words])
