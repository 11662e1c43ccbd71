"""Trusted documents for partners: the operations they may run, by id, from a manifest in
the apollo-persisted-query-manifest format
({"format": "apollo-persisted-query-manifest", "version": 1, "operations": [{id, name, type, body}]})."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gateway.http.persisted_queries import json_kind, persisted_query_request
from gateway.http.refusals import Refusal

MANIFEST_FORMAT = "apollo-persisted-query-manifest"

NOT_IN_LIST = (
    "Partners may only run the operations in the published manifest, by id: send "
    "`extensions.persistedQuery.sha256Hash` (or `documentId`) with one of its ids and no query text."
)
NONE_PUBLISHED = (
    "This gateway publishes no operations for partners (no trusted-documents manifest is configured),"
    " so an API key can run none yet: ask TalentGraph's operators to publish the manifest."
)


# A hex digest names one operation in any case (clients print hashes either way); an id the
# manifest made up is a name, and matched exactly.
_HEX_DIGEST = re.compile(r"[0-9a-fA-F]{32,128}")


def _id_key(operation_id: str) -> str:
    return operation_id.lower() if _HEX_DIGEST.fullmatch(operation_id) else operation_id


@dataclass(frozen=True)
class TrustedOperation:
    id: str
    name: str
    type: str
    body: str


class TrustedDocuments:
    def __init__(self, operations: dict[str, TrustedOperation]) -> None:
        self.operations = operations

    @classmethod
    def empty(cls) -> TrustedDocuments:
        return cls({})

    @classmethod
    def load(cls, path: Path) -> TrustedDocuments:
        try:
            manifest = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise ValueError(f"cannot read the trusted documents manifest {path}: {error}") from error
        if not isinstance(manifest, dict):
            raise ValueError(f"{path} must hold a JSON object (an {MANIFEST_FORMAT} file), not {json_kind(manifest)}")
        if manifest.get("format") != MANIFEST_FORMAT or manifest.get("version") != 1:
            raise ValueError(f"{path} is not an {MANIFEST_FORMAT} version 1 file")
        entries = manifest.get("operations", [])
        if not isinstance(entries, list):
            raise ValueError(f"{path}: `operations` must be a list of {{id, name, type, body}},"
                             f" not {json_kind(entries)}")
        operations: dict[str, TrustedOperation] = {}
        index_of: dict[str, int] = {}
        for index, entry in enumerate(entries):
            operation = _operation(entry)
            if operation is None:
                raise ValueError(f"{path}: operations[{index}] must be an object with a non-empty `id` and `body`")
            key = _id_key(operation.id)
            if key in operations:
                # Hex digests name one operation in any case, so these two would overwrite each other.
                raise ValueError(f"{path}: operations[{index}] has the id {operation.id!r}, which names the same"
                                 f" operation as operations[{index_of[key]}] ({operations[key].id!r}; a hex digest"
                                 " names one operation in any case): keep one of them")
            operations[key] = operation
            index_of[key] = index
        return cls(operations)

    def resolve(self, query: str | None, document_id: str | None) -> str:
        """The manifest's body for the id a partner sent; anything else is refused."""
        if not self.operations:
            raise Refusal(400, "PERSISTED_QUERY_NOT_IN_LIST", NONE_PUBLISHED)
        if document_id is None:
            raise Refusal(400, "PERSISTED_QUERY_NOT_IN_LIST", NOT_IN_LIST)
        operation = self.operations.get(_id_key(document_id))
        if operation is None or (query is not None and query != operation.body):
            raise Refusal(400, "PERSISTED_QUERY_NOT_IN_LIST", NOT_IN_LIST, documentId=document_id)
        return operation.body


def _operation(entry: Any) -> TrustedOperation | None:
    if not isinstance(entry, dict):
        return None
    operation_id, body = entry.get("id"), entry.get("body")
    if operation_id is None or not str(operation_id) or not isinstance(body, str) or not body.strip():
        return None
    return TrustedOperation(id=str(operation_id), name=str(entry.get("name") or ""),
                            type=str(entry.get("type") or "query"), body=body)


def requested_document_id(data: dict[str, Any] | None, extensions: dict[str, Any] | None) -> str | None:
    """`documentId` (GraphQL over HTTP persisted documents) or Apollo's persistedQuery hash; a
    malformed one of either is refused naming it, as on the automatic persisted query path."""
    document_id = (data or {}).get("documentId")
    if document_id is not None:
        if not isinstance(document_id, str):
            raise Refusal(400, "BAD_USER_INPUT", "`documentId` must be a string (an operation id of the manifest),"
                                                 f" not {json_kind(document_id)}.")
        return document_id.removeprefix("sha256:")
    persisted = persisted_query_request(extensions)
    if persisted is None:
        return None
    sha = persisted.get("sha256Hash")
    if not isinstance(sha, str):
        raise Refusal(400, "BAD_USER_INPUT", "`extensions.persistedQuery.sha256Hash` must be a string: the id of an"
                                             f" operation of the manifest (not {json_kind(sha)}).")
    return sha
