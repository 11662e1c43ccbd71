"""What a resume upload may be: its types (decided from the content), size and count limits,
and the message that tells a person how to fix a refused upload."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PLAIN_TEXT = "text/plain"
MARKDOWN = "text/markdown"
PNG = "image/png"
JPEG = "image/jpeg"

ACCEPTED_TYPES: Mapping[str, str] = MappingProxyType({
    PDF: "PDF",
    DOCX: "Word (DOCX)",
    PLAIN_TEXT: "plain text",
    MARKDOWN: "Markdown",
    PNG: "PNG scan",
    JPEG: "JPEG scan",
})


def _human_size(size: int, *, round_up: bool = False) -> str:
    """In binary units named as such (a limit of 10 * 1024 * 1024 bytes is "10 MiB"), one
    decimal at most; round_up for a size over a limit, so it never reads as the limit."""
    for unit, scale in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if size >= scale:
            if size % scale == 0:
                return f"{size // scale} {unit}"
            tenths = -(-size * 10 // scale) if round_up else round(size * 10 / scale)
            return f"{tenths / 10:g} {unit}" if tenths % 10 == 0 else f"{tenths / 10:.1f} {unit}"
    return f"{size} bytes"


@dataclass(frozen=True)
class UploadRules:
    max_bytes: int = 10 * 1024 * 1024
    max_resumes_per_candidate: int = 20
    accepted_types: Mapping[str, str] = field(default_factory=lambda: ACCEPTED_TYPES)

    def accepts(self, content_type: str | None) -> bool:
        return content_type is not None and content_type in self.accepted_types

    def limits_sentence(self) -> str:
        names = list(dict.fromkeys(self.accepted_types.values()))
        listed = ", ".join(names[:-1]) + f" or {names[-1]}" if len(names) > 1 else names[0]
        return (f"Upload a {listed} file of at most {_human_size(self.max_bytes)}; "
                f"a candidate may keep up to {self.max_resumes_per_candidate} resumes.")

    def refusal(self, problem: str) -> str:
        """The BAD_USER_INPUT message: what is wrong with this upload, then what is accepted."""
        return f"{problem.rstrip('. ')}. {self.limits_sentence()}"

    def problem_with(self, size: int, content_type: str | None) -> str | None:
        """Why an upload of this size and sniffed type is refused, or None if it is fine."""
        if size == 0:
            return self.refusal("The file is empty")
        if size > self.max_bytes:
            return self.refusal(f"The file is {_human_size(size, round_up=True)}, over the limit")
        if not self.accepts(content_type):
            return self.refusal("The file's content is not a type we can read")
        return None

    def too_many_resumes(self) -> str:
        return self.refusal(
            f"You already have {self.max_resumes_per_candidate} resumes: delete one first")
