"""The rule-based résumé parser for a process that may never parse one (an API process: the
worker parses). Importing the parser compiles its date patterns, which read "present", month
names and "to" in some twenty languages: ~0.5 s of a process's start, measured, for nothing
where no résumé is parsed. Here the parser is built when the first résumé is parsed, on a
thread, so the event loop does not wait for it either."""
from __future__ import annotations

import asyncio
from collections.abc import Sequence

from domain.document_layout import LineLook
from domain.ports.documents import ResumeParser, SkillExtractor
from domain.resumes import ParsedResume


class ParserOnFirstUse:
    def __init__(self, skills: SkillExtractor) -> None:
        self._skills = skills
        self._parser: ResumeParser | None = None
        self._building: asyncio.Lock | None = None

    async def parse(self, text: str, looks: Sequence[LineLook] = ()) -> ParsedResume:
        if self._parser is None:
            self._building = self._building or asyncio.Lock()
            async with self._building:
                if self._parser is None:
                    self._parser = await asyncio.to_thread(_build, self._skills)
        return await self._parser.parse(text, looks)


def rule_based_parser(skills: SkillExtractor, *, now: bool) -> ResumeParser:
    """Built now (`now`: a process that parses résumés, the worker), or when first used."""
    return _build(skills) if now else ParserOnFirstUse(skills)


def _build(skills: SkillExtractor) -> ResumeParser:
    from adapters.embedded.parsing.parser import RuleBasedResumeParser

    return RuleBasedResumeParser(skills)
