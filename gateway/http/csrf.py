"""CSRF defence as Apollo Server does it: a request a browser could send cross-site without a
CORS preflight (a GET, a multipart or form post, text/plain) must carry a header that forces
one. Apollo Client sends `content-type: application/json` on POSTs; uploads and GETs add
`Apollo-Require-Preflight: true`."""
from __future__ import annotations

from collections.abc import Mapping

SIMPLE_CONTENT_TYPES = frozenset({"application/x-www-form-urlencoded", "multipart/form-data", "text/plain"})
PREFLIGHT_HEADERS = ("apollo-require-preflight", "x-apollo-operation-name", "graphql-require-preflight")

CSRF_MESSAGE = (
    "This request has been blocked as a potential Cross-Site Request Forgery (CSRF). Send a "
    "`content-type` header other than application/x-www-form-urlencoded, multipart/form-data or "
    "text/plain, or a non-empty `Apollo-Require-Preflight` (or `X-Apollo-Operation-Name`) header."
)


def could_be_cross_site_forgery(headers: Mapping[str, str]) -> bool:
    content_type = headers.get("content-type")
    if content_type:
        media = content_type.split(";", 1)[0].strip().lower()
        if media not in SIMPLE_CONTENT_TYPES:
            return False
    return not any(headers.get(name) for name in PREFLIGHT_HEADERS)
