"""Ports of the resume pipeline: text extraction, parsing, skills, embeddings."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from domain.document_layout import LineLook
from domain.resumes import ParsedResume
from domain.skill_relations import SkillRelation
from domain.skills import SkillKind, SkillMention


class ExtractedText(Protocol):
    # Read-only: extractors answer with frozen values.
    @property
    def text(self) -> str: ...
    @property
    def pages(self) -> int: ...
    @property
    def used_ocr(self) -> bool: ...
    # Lines set apart from the body (bold, larger, a heading style), where the format says so.
    @property
    def looks(self) -> Sequence[LineLook]: ...


class TextExtractor(Protocol):
    async def extract(self, data: bytes, content_type: str) -> ExtractedText:
        """Plain text of a document. Raises domain.errors.DocumentRejected (permanent: the
        document itself is the problem, e.g. encrypted, corrupt, over the page cap) or
        domain.errors.TransientFailure (worth retrying)."""
        ...


@runtime_checkable
class StartsAhead(Protocol):
    """An extractor whose start-up (processes, their imports) can be paid before the first
    document: the worker role asks for it while it loads the model."""

    async def start(self) -> None: ...


class ResumeParser(Protocol):
    async def parse(self, text: str, looks: Sequence[LineLook] = ()) -> ParsedResume:
        """The profile in the text; looks, where known, help tell headings from entries."""
        ...


class SkillExtractor(Protocol):
    def warm_up(self) -> None:
        """Load now what the first use would load (blocking: call from a thread), so that a
        process's first request does not pay for it."""
        ...

    def canonical(self, name: str) -> str | None:
        """The canonical name of a skill given by a person (alias or canonical), or None."""
        ...

    def spellings(self, name: str) -> frozenset[str]:
        """The lookup keys (domain.skills.normalise) of every name the taxonomy knows for the
        skill a person named: its canonical name and aliases; just the name's own key when
        the taxonomy does not know it."""
        ...

    def extract(self, text: str, *, skills_context: bool = False) -> list[str]:
        """Canonical skills mentioned in free text, in order of first mention. Short
        ambiguous names (Go, R, C, Excel) count only when skills_context is True or they
        stand in a skills list."""
        ...

    def mentions(self, text: str, *, skills_context: bool = False) -> list[SkillMention]:
        """Each skill named in the text with where it is written (extract's matches)."""
        ...

    def kind(self, name: str) -> SkillKind:
        """SKILL, TOOL, CERTIFICATION or LANGUAGE for a canonical name (SKILL when unknown)."""
        ...

    def profession(self, name: str) -> str | None:
        """The regulated profession a credential licenses or registers (a nurse's for any
        jurisdiction's nursing register), None for any other skill or when not known."""
        ...

    def of_a_trade(self, name: str) -> bool:
        """Whether a canonical skill is a trade's or profession's own vocabulary (menu planning,
        payroll, triage), curated by sector, rather than a generic word or a product."""
        ...

    def an_everyday_word(self, name: str) -> bool:
        """Whether `name` is a product's one-word name that is an everyday word or a name too
        ("sage", "Mews", "Socrates"): it names the product only where the words beside it say so."""
        ...

    def related(self, a: str, b: str) -> float:
        """0..1: how closely two canonical skills are related (1 for the same skill)."""
        ...

    def covers(self, held: str, wanted: str) -> bool:
        """Whether holding the credential `held` (canonical) is holding `wanted` too, as the
        taxonomy says: a kind of it ("Reach truck licence" of "Forklift certification") or one
        that includes it; never another kind of one generic credential."""
        ...

    def covered(self, held: str) -> frozenset[str]:
        """The credentials (casefolded canonical names) holding `held` is holding too, as
        `covers` tells them one by one: two fields of one register cover that register."""
        ...

    def relation(self, a: str, b: str) -> SkillRelation | None:
        """related()'s strength with where the relation comes from, None when unrelated."""
        ...


class Embedder(Protocol):
    dimension: int

    async def embed(self, texts: Sequence[str]) -> list[list[float]]:
        """One L2-normalised vector per text; long texts are chunked and pooled."""
        ...


class ContentSniffer(Protocol):
    def __call__(self, data: bytes) -> str | None:
        """The content type decided from the bytes (magic numbers), or None if unknown."""
        ...
