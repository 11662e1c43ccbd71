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

# The extensions a file of each accepted type may be named with, the usual one first: a name
# with another ("cv.exe" holding a PDF) is shown and downloaded with the usual one added.
EXTENSIONS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    PDF: ("pdf",),
    DOCX: ("docx",),
    PLAIN_TEXT: ("txt", "text", "asc", "md", "markdown"),
    MARKDOWN: ("md", "markdown", "txt", "text"),
    PNG: ("png",),
    JPEG: ("jpg", "jpeg", "jpe", "jfif"),
})

# Not a registered type: an OOXML file encrypted with a password, held in an OLE2 container.
ENCRYPTED_OFFICE = "application/x-tika-ooxml-protected"
# Not a registered type either: text with nothing but spaces and line breaks in it (a file saved
# before its text was pasted in), whose owner must not read that text is a type we cannot read.
BLANK_TEXT = "text/x-talentgraph-blank"
_AS_DOCUMENT = "save it as PDF or Word (.docx) and upload that file"
_AS_IMAGE = "save or export it as PDF, PNG or JPEG and upload that file"
# Kinds people often have a resume in that cannot be read, told apart from their bytes so the
# refusal names what the file is and how to get a readable one (an old Word file is "Word" to
# its owner: "not a type we can read" alone leaves them puzzled).
REFUSED_TYPES: Mapping[str, tuple[str, str]] = MappingProxyType({
    ENCRYPTED_OFFICE: ("a password-protected Word or Office document",
                       "open it, remove the password, " + _AS_DOCUMENT),
    BLANK_TEXT: ("a text file with nothing written in it",
                 "check that it is the file you meant, saved after the resume's text was put in it"),
    "application/msword": ("an old Word or Office 97-2003 document (.doc)", "open it in Word, " + _AS_DOCUMENT),
    "application/rtf": ("an RTF document", _AS_DOCUMENT),
    "application/vnd.oasis.opendocument.text": ("an OpenDocument text (.odt)", _AS_DOCUMENT),
    "image/tiff": ("a TIFF image", _AS_IMAGE),
    "image/gif": ("a GIF image", _AS_IMAGE),
    "image/webp": ("a WebP image", _AS_IMAGE),
    "image/heic": ("a HEIC photo", _AS_IMAGE),
    "image/bmp": ("a BMP image", _AS_IMAGE),
})


def human_size(size: int, *, round_up: bool = False) -> str:
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
        return (f"Upload a {listed} file of at most {human_size(self.max_bytes)}; "
                f"a candidate may keep up to {self.max_resumes_per_candidate} resumes.")

    def refusal(self, problem: str) -> str:
        """The BAD_USER_INPUT message: what is wrong with this upload, then what is accepted."""
        return f"{problem.rstrip('. ')}. {self.limits_sentence()}"

    def problem_with(self, size: int, content_type: str | None, *, size_known: bool = True) -> str | None:
        """Why an upload of this size and sniffed type is refused, or None if it is fine.
        size_known False: the file was read only up to just past the limit, so its whole size
        is not known and no figure is given (a cut-off size would read as the file's)."""
        if size == 0:
            return self.refusal("The file is empty")
        if size > self.max_bytes:
            if not size_known:
                return self.refusal(f"The file is larger than the {human_size(self.max_bytes)} limit")
            return self.refusal(f"The file is {human_size(size, round_up=True)}, over the limit")
        refused = REFUSED_TYPES.get(content_type) if content_type is not None else None
        if refused is not None:
            what, advice = refused
            return self.refusal(f"The file is {what}, which we cannot read: {advice}")
        if not self.accepts(content_type):
            return self.refusal("The file's content is not a type we can read")
        return None

    def request_too_large(self, max_request_bytes: int) -> str:
        """The refusal of a whole request over the server's body limit (above the file limit,
        so it is nearly always a resume too large): said in the file limit's terms."""
        return self.refusal(
            f"The request is larger than the {human_size(max_request_bytes)} this server accepts and was"
            f" not read; a resume sent in it must be smaller")

    def too_many_resumes(self) -> str:
        return self.refusal(
            f"You already have {self.max_resumes_per_candidate} resumes: delete one first")
