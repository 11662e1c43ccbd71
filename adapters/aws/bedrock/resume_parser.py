"""Resume parsing with a model on Amazon Bedrock (implements domain.ports.documents.ResumeParser).

The Converse API is asked to call one tool whose input schema is ParsedResume's JSON
schema, which makes the model answer with structured JSON; that JSON is validated with
pydantic. Skill names are canonicalised by the skills taxonomy like every other parser's.
An answer that does not validate is retried once, then the document goes to the fallback
(rule-based) parser rather than failing."""
from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from botocore.exceptions import BotoCoreError, ClientError
from pydantic import ValidationError

from adapters.aws.clients import error_code
from domain.document_layout import LineLook
from domain.errors import TransientFailure
from domain.ports.documents import ResumeParser, SkillExtractor
from domain.resumes import ParsedResume, SkillEntry

log = logging.getLogger(__name__)

TOOL_NAME = "record_parsed_resume"
MAX_TEXT_CHARS = 60_000
SYSTEM_PROMPT = (
    "You extract structured data from resumes. Call the tool exactly once with what the resume states. "
    "Use null for anything the resume does not say; never invent facts. Dates as YYYY-MM (or YYYY). "
    "List skills as short names (e.g. 'Python', 'PostgreSQL')."
)


def tool_schema() -> dict[str, Any]:
    schema = ParsedResume.model_json_schema()
    schema["properties"].pop("sections", None)  # raw section texts come from the text, not the model
    return schema


def converse_request(model_id: str, text: str) -> dict[str, Any]:
    return {
        "modelId": model_id,
        "system": [{"text": SYSTEM_PROMPT}],
        "messages": [{"role": "user", "content": [{"text": f"<resume>\n{text[:MAX_TEXT_CHARS]}\n</resume>"}]}],
        "inferenceConfig": {"maxTokens": 4096, "temperature": 0.0},
        "toolConfig": {
            "tools": [{"toolSpec": {
                "name": TOOL_NAME, "description": "Record the fields parsed from the resume.",
                "inputSchema": {"json": tool_schema()},
            }}],
            "toolChoice": {"tool": {"name": TOOL_NAME}},
        },
    }


def tool_input(response: dict[str, Any]) -> dict[str, Any] | None:
    for block in response.get("output", {}).get("message", {}).get("content", []):
        use = block.get("toolUse")
        if use and use.get("name") == TOOL_NAME:
            return use.get("input")
    return None


class BedrockResumeParser:
    def __init__(self, bedrock_runtime: Any, model_id: str, skills: SkillExtractor, fallback: ResumeParser) -> None:
        self._bedrock = bedrock_runtime
        self._model_id = model_id
        self._skills = skills
        self._fallback = fallback

    async def parse(self, text: str, looks: Sequence[LineLook] = ()) -> ParsedResume:
        fallback = await self._fallback.parse(text, looks)
        for attempt in (1, 2):
            try:
                response = await self._bedrock.converse(**converse_request(self._model_id, text))
            except ClientError as error:
                raise TransientFailure(f"Bedrock Converse failed: {error_code(error)}") from error
            except BotoCoreError as error:
                raise TransientFailure(f"Bedrock unreachable: {error}") from error
            data = tool_input(response)
            if data is None:
                log.warning("Bedrock answer %d did not call the tool", attempt)
                continue
            try:
                parsed = ParsedResume.model_validate(data)
            except ValidationError as problem:
                log.warning("Bedrock answer %d did not validate: %s", attempt, problem)
                continue
            return self._finish(parsed, fallback)
        return fallback

    def _finish(self, parsed: ParsedResume, fallback: ParsedResume) -> ParsedResume:
        canonical: list[str] = []
        for entry in parsed.skills:
            name = self._skills.canonical(entry.name) or entry.name.strip()
            if name and name not in canonical:
                canonical.append(name)
        return parsed.model_copy(update={
            "skills": [SkillEntry(name=name) for name in canonical],
            "sections": fallback.sections,  # the model is not asked to copy text back
        })
