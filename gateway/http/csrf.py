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

GET_CSRF_MESSAGE = (
    "This request has been blocked as a potential Cross-Site Request Forgery (CSRF): a GET that runs an"
    " operation must carry the header `Apollo-Require-Preflight: true` (a browser cannot send it to another"
    " site without asking first), e.g. curl -H 'Apollo-Require-Preflight: true'"
    " '<server>/graphql?query={__typename}'. Or POST the operation as JSON with"
    " `content-type: application/json`. To explore the API, open /graphql in a browser (GraphiQL)."
)
NO_QUERY_MESSAGE = (
    "No GraphQL query found in the request. POST the operation as JSON ({\"query\": \"{ __typename }\"}) with"
    " `content-type: application/json`, or GET /graphql?query=... with the header"
    " `Apollo-Require-Preflight: true`. To explore the API, open /graphql in a browser (GraphiQL)."
)
# The parameters that make a GET run something.
OPERATION_PARAMETERS = ("query", "extensions", "documentId")


def names_an_operation(params: Mapping[str, object]) -> bool:
    return any(params.get(name) for name in OPERATION_PARAMETERS)


def could_be_cross_site_forgery(headers: Mapping[str, str]) -> bool:
    content_type = headers.get("content-type")
    if content_type:
        media = content_type.split(";", 1)[0].strip().lower()
        if media not in SIMPLE_CONTENT_TYPES:
            return False
    return not any(headers.get(name) for name in PREFLIGHT_HEADERS)


def is_browser_following_a_link(method: str, headers: Mapping[str, str]) -> bool:
    """A browser opening /graphql?query=...: it asks for a page and sends no header forcing a
    preflight, so its operation could not be run anyway; GraphiQL, which runs nothing until
    asked, is the useful answer. A client sending the header has its operation run."""
    return method == "GET" and "text/html" in headers.get("accept", "") and could_be_cross_site_forgery(headers)
