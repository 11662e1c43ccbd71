"""The GraphQL view: each request's context (caller, session, loaders, request id); over HTTP
media types and status codes, CSRF, API keys and trusted documents, automatic persisted
queries, rate limiting, batches and GraphiQL.

Websockets take Strawberry's path (authenticated from their `connection_init` payload, with
the subscription limit answered by code)."""
from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import orjson
from cross_web import HTTPException, StarletteRequestAdapter
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.http import GraphQLRequestData
from strawberry.http.base import BaseRequestProtocol
from strawberry.types.unset import UNSET

from domain.errors import DomainError, Unauthenticated
from gateway.auth.identity import AccountSuspended, bearer_from_params
from gateway.backend_calls import start_counting
from gateway.http import body_not_json
from gateway.http.connection_refusal import RefusalClosingWebSocketAdapter, note_refusal, refusal_for
from gateway.http.csrf import (
    CSRF_MESSAGE,
    GET_CSRF_MESSAGE,
    NO_QUERY_MESSAGE,
    could_be_cross_site_forgery,
    is_browser_following_a_link,
    names_an_operation,
)
from gateway.http.edge import Edge
from gateway.http.error_status import retry_after_headers
from gateway.http.graphiql import graphiql_page
from gateway.http.json_body import is_plain_json_post, one_operation
from gateway.http.limits import BACKEND_CALLS_HEADER
from gateway.http.media_types import is_request_error, response_media_type, shape_for
from gateway.http.multipart_map import place_files, read_fields
from gateway.http.operation_count import operation_count
from gateway.http.operation_fields import operation_name_problem
from gateway.http.operation_methods import wrong_method_refusal
from gateway.http.persisted_queries import persisted_query_hash, resolve_automatic_persisted_query
from gateway.http.query_parameters import graphql_parameters, refuse_text_that_is_not_utf8
from gateway.http.refusals import Refusal
from gateway.http.request_context import GatewayContext
from gateway.http.sub_response import SubResponse, headers_set_on
from gateway.http.trusted_documents import requested_document_id
from gateway.http.unpaired_surrogates import UnpairedSurrogate, refuse_unpaired_surrogates
from gateway.http.websockets import LimitedTransportWSHandler, SessionBoundGraphQLWSHandler
from resolvers.loaders import Loaders

if TYPE_CHECKING:
    from gateway.bootstrap import Services

API_KEY_HEADER = "x-api-key"


class GatewayGraphQL(GraphQL[GatewayContext, None]):
    graphql_transport_ws_handler_class = LimitedTransportWSHandler
    graphql_ws_handler_class = SessionBoundGraphQLWSHandler
    websocket_adapter_class = RefusalClosingWebSocketAdapter
    max_batch_operations = 10

    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket | None = None
    ) -> GatewayContext:
        services = request.app.state.services
        start_counting()
        request_id = getattr(request.state, "request_id", None) or uuid.uuid4().hex
        edge = getattr(request.app.state, "edge", None)
        context = GatewayContext(
            services=services,
            loaders=Loaders.create(services, edge.metrics.instrument_loader if edge is not None else None),
            request_id=request_id,
            client_ip=client_ip(request),
            user_agent=request.headers.get("user-agent"),
            request=request,
            response=response,
            edge=edge,
        )
        if isinstance(request, Request):
            header = request.headers.get("authorization")
            try:
                context.viewer = await services.identity.from_authorization(header)
            except DomainError as error:
                context.auth_error = error
            else:
                context.session_id = _session_of(services, header)
        return context

    async def on_ws_connect(self, context: GatewayContext) -> dict[str, object] | None:
        try:
            token = bearer_from_params(context.connection_params)
            if not token:
                return None
            context.viewer = await context.services.identity.from_token(token)
        except (Unauthenticated, AccountSuspended) as error:
            note_refusal(context.request, refusal_for(error))
            raise ConnectionRejectionError({"message": error.message, "code": error.code}) from None
        context.session_id = context.services.identity.session_id_of(token)
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        request = Request(scope, receive=receive)
        response = await self.run(request)
        await response(scope, receive, send)

    async def run(self, request: Any, context: Any = UNSET, root_value: Any = UNSET) -> Any:
        if self.is_websocket_request(request):
            return await super().run(request, context, root_value)
        edge: Edge = request.app.state.edge
        media_type = response_media_type(request.headers.get("accept"))
        try:
            return await self._serve(request, edge, media_type)
        except (Refusal, HTTPException) as problem:
            refusal = as_refusal(problem, request.method)
            edge.metrics.refusals.labels(refusal.code).inc()
            return self._json(refusal.payload(), refusal.status, media_type, refusal.headers)

    def should_render_graphql_ide(self, request: BaseRequestProtocol) -> bool:
        # Only a browser asking for a page, never a client sending a persisted query by GET.
        return (
            request.method == "GET"
            and "text/html" in request.headers.get("accept", "")
            and not names_an_operation(request.query_params)
        )

    async def get_sub_response(self, request: Request | WebSocket) -> Response:
        return SubResponse()

    async def parse_http_body(self, request: Any) -> GraphQLRequestData | list[GraphQLRequestData]:
        try:
            if is_plain_json_post(request.method, request.headers):
                data = self.parse_json(await request.get_body())
                if isinstance(data, dict):
                    return one_operation(data)
            # The body is kept once read: Strawberry's path reads it again for free.
            return await super().parse_http_body(request)
        except HTTPException as error:
            raise body_not_json.explained(error) from error.__cause__

    def parse_json(self, data: str | bytes) -> Any:
        """A JSON object, or an array of objects (a batch): the only shapes any part of a
        GraphQL request has (body, multipart `operations` and `map`, GET `variables`)."""
        try:
            parsed = super().parse_json(data)
        except ValueError as error:  # bytes that are not text, or a number too long to read
            raise HTTPException(400, "Unable to parse request body as JSON") from error
        except HTTPException as error:
            if isinstance(error.__cause__, UnpairedSurrogate):
                raise HTTPException(400, error.__cause__.message) from None
            raise
        if isinstance(parsed, dict) or (isinstance(parsed, list) and all(isinstance(item, dict) for item in parsed)):
            return parsed
        raise HTTPException(400, "Expected a JSON object (one operation) or an array of objects (a batch).")

    def decode_json(self, data: str | bytes, within: str = "") -> object:
        """JSON too deeply nested is malformed JSON, over HTTP (400) and on websockets (4400)
        alike, instead of a RecursionError no one catches. `within` names what `data` is when
        it is no whole request or message (a GET's `variables` parameter)."""
        try:
            decoded = super().decode_json(data)
        except RecursionError:
            raise json.JSONDecodeError("nested too deeply", "", 0) from None
        refuse_unpaired_surrogates(data, decoded, within)
        return decoded

    def parse_query_params(self, params: Any) -> dict[str, Any]:
        return graphql_parameters(params, self.decode_json)

    async def parse_multipart(self, request: Any) -> Any:
        try:
            form_data = await request.get_form_data()
        except (ValueError, MultiPartException, StarletteHTTPException) as problem:
            # Starlette answers a part it cannot parse (a header over its size limit) with its
            # own plain-text 400; the caller gets a GraphQL error with a code instead.
            detail = getattr(problem, "detail", None) or getattr(problem, "message", None) or "malformed"
            if any("header size" in str(reason).lower() for reason in _reasons(problem)):
                # Starlette says only "Invalid multipart data." of python-multipart's reason
                detail = ("a part's header line is over 4 KiB, most likely a file name that long;"
                          " rename the file and upload it again")
            raise HTTPException(400, f"Unable to parse the multipart body: {detail}") from None
        operations, files_map = read_fields(form_data.form, form_data.files, self.parse_json)
        return place_files(operations, files_map, form_data.files)

    def _check_batch(self, batch: list[GraphQLRequestData]) -> None:
        limit = self.max_batch_operations
        if not batch:
            raise HTTPException(400, "A batch must hold at least one operation.")
        for item in batch:
            _check_operation_shape(item)
        if len(batch) > limit:
            raise HTTPException(400, f"Too many operations in one batch: at most {limit}.")

    async def _serve(self, request: Request, edge: Edge, media_type: str) -> Response:
        adapter = self.request_adapter_class(request)
        if adapter.method not in ("GET", "POST"):
            raise Refusal(
                405, "BAD_USER_INPUT", "GraphQL is served over GET and POST only.", headers={"allow": "GET, POST"}
            )
        if self.should_render_graphql_ide(adapter):
            if edge.settings.graphiql_enabled:
                return graphiql_page()
            raise Refusal(404, "NOT_FOUND", "GraphiQL is turned off on this server.")
        if edge.settings.graphiql_enabled and is_browser_following_a_link(adapter.method, adapter.headers):
            return graphiql_page()
        if could_be_cross_site_forgery(request.headers):
            if adapter.method != "GET":
                raise Refusal(400, "BAD_USER_INPUT", CSRF_MESSAGE)
            if not names_an_operation(request.query_params):
                raise Refusal(400, "BAD_USER_INPUT", NO_QUERY_MESSAGE)
            raise Refusal(400, "BAD_USER_INPUT", GET_CSRF_MESSAGE)
        if adapter.method == "GET":
            refuse_text_that_is_not_utf8(request.query_params, request.scope["query_string"])
        body_not_json.refuse_encoded_bodies(request.headers.get("content-encoding"))
        parsed = await self.parse_http_body(adapter)
        if isinstance(parsed, list):
            self._check_batch(parsed)
        sub_response = await self.get_sub_response(request)
        context = await self.get_context(request, response=sub_response)
        try:
            return await self._answer(request, adapter, context, sub_response, parsed, edge, media_type)
        finally:
            context.release()

    async def _answer(
        self, request: Request, adapter: StarletteRequestAdapter, context: GatewayContext, sub_response: Response,
        parsed: Any, edge: Edge, media_type: str,
    ) -> Response:
        items = parsed if isinstance(parsed, list) else [parsed]
        await self._admit(request, context, edge, len(items))

        async def one(item: GraphQLRequestData) -> tuple[int, Mapping[str, object], dict[str, str]]:
            try:
                return await self._execute_one(request, adapter, context, sub_response, item, edge, media_type)
            except (Refusal, HTTPException) as problem:
                refusal = as_refusal(problem, request.method)
                edge.metrics.refusals.labels(refusal.code).inc()
                return refusal.status, refusal.payload(), refusal.headers

        if isinstance(parsed, list):
            answers = await asyncio.gather(*(one(item) for item in items))
            return self._json([body for _, body, _ in answers], 200, media_type, headers_set_on(sub_response))
        status, body, headers = await one(parsed)
        headers = {**headers_set_on(sub_response), **headers}
        return self._json(body, sub_response.status_code or status, media_type, headers)

    async def _admit(self, request: Request, context: GatewayContext, edge: Edge, operations: int) -> None:
        """Who is calling (an API key makes the caller a partner), then their request bucket."""
        api_key = request.headers.get(API_KEY_HEADER)
        if api_key is not None:
            key = await edge.api_keys.authenticate(api_key.strip()) if edge.api_keys else None
            if key is None:
                raise Refusal(
                    401, "UNAUTHENTICATED", "This API key is unknown or revoked; ask an administrator for a new one."
                )
            context.partner = key
            # A key acts for no person: an operation that needs one says so, rather than asking
            # for a bearer token the key's requests never read.
            context.viewer, context.auth_error, context.session_id = None, None, None
            context.why_no_viewer = Unauthenticated(PARTNER_IS_NO_PERSON)
            principal = f"key:{key.id}"
        elif context.viewer is not None:
            principal = f"user:{context.viewer.id}"
        else:
            principal = f"ip:{context.client_ip}"
        context.principal = principal
        await edge.rate_limiter.admit_request(principal, operations)
        if request.headers.get(BACKEND_CALLS_HEADER):
            context.report_backend_calls = True

    async def _execute_one(
        self, request: Request, adapter: StarletteRequestAdapter, context: GatewayContext, sub_response: Response,
        item: GraphQLRequestData, edge: Edge, media_type: str,
    ) -> tuple[int, Mapping[str, object], dict[str, str]]:
        name_problem = operation_name_problem(item.operation_name)
        if name_problem is not None:
            raise Refusal(400, "BAD_USER_INPUT", name_problem)
        new_persisted = None
        persisted_queries = edge.persisted_queries
        if context.partner is not None:
            document_id = requested_document_id(await self._raw_body(request), item.extensions)
            item = replace(item, query=edge.trusted_documents.resolve(item.query, document_id))
        elif (sha := persisted_query_hash(item.extensions)) is not None:
            if persisted_queries is None:
                raise Refusal(200, "PERSISTED_QUERY_NOT_SUPPORTED", "PersistedQueryNotSupported")
            persisted = await resolve_automatic_persisted_query(
                item.query, sha, persisted_queries, edge.settings.apq_max_query_bytes
            )
            item = replace(item, query=persisted.query)
            new_persisted = persisted if persisted.new else None
        if not item.operation_name and isinstance(item.query, str):
            count = operation_count(item.query, edge.settings.max_tokens)
            if count > 1:
                raise Refusal(400, "BAD_USER_INPUT",
                              f"This document holds {count} operations: name the one to run in `operationName`.")
        result = await self.execute_single(
            request=request, request_adapter=adapter, sub_response=sub_response, context=context,
            root_value=None, request_data=item,
        )
        payload = await self.process_result(request, result)
        if new_persisted is not None and persisted_queries is not None and not is_request_error(payload):
            await persisted_queries.put(new_persisted.sha256_hash, new_persisted.query)
        status, body = shape_for(media_type, payload)
        # A 429 says when to come back in the header too, unless a resolver said it already.
        told = any(name.lower() == "retry-after" for name in headers_set_on(sub_response))
        return status, body, retry_after_headers(body) if status == 429 and not told else {}

    async def _raw_body(self, request: Request) -> dict[str, Any] | None:
        if request.method == "GET":
            return dict(request.query_params)
        try:
            data = json.loads(await request.body())
        except ValueError:
            return None
        return data if isinstance(data, dict) else None

    def _json(self, body: Any, status: int, media_type: str, headers: dict[str, str] | None = None) -> Response:
        headers = {k: v for k, v in (headers or {}).items() if k.lower() not in ("content-length", "content-type")}
        # orjson, not Strawberry's json.dumps: encoding was a large share of a request's time.
        # (Websocket messages keep Strawberry's text encoding: graphql-ws wants text frames.)
        return Response(
            orjson.dumps(body, option=orjson.OPT_NON_STR_KEYS), status_code=status,
            media_type=f"{media_type}; charset=utf-8", headers=headers,
        )


def _reasons(problem: BaseException) -> list[BaseException]:
    """The exception and those it was raised from or during, innermost last."""
    chain: list[BaseException] = []
    current: BaseException | None = problem
    while current is not None and current not in chain and len(chain) < 10:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def client_ip(connection: Request | WebSocket) -> str | None:
    return connection.client.host if connection.client else None


def _session_of(services: Services, authorization: str | None) -> str | None:
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    session_id: str | None = services.identity.session_id_of(token.strip())
    return session_id


def as_refusal(problem: Refusal | HTTPException, method: str | None = None) -> Refusal:
    if isinstance(problem, Refusal):
        return problem
    wrong_method = wrong_method_refusal(problem, method)
    if wrong_method is not None:
        return wrong_method
    if problem.reason == "Unsupported content type":
        return Refusal(problem.status_code, "BAD_USER_INPUT", _UNSUPPORTED_CONTENT_TYPE)
    if problem.reason == _NO_QUERY:
        return Refusal(problem.status_code, "BAD_USER_INPUT", _NO_QUERY_SAY_WHAT)
    return Refusal(problem.status_code, "BAD_USER_INPUT", problem.reason)


PARTNER_IS_NO_PERSON = (
    f"An API key acts for a partner, not for a signed-in person, and this operation needs one: run it without"
    f" `{API_KEY_HEADER}`, signed in with `Authorization: Bearer <token>` (beside a key that header is not read)."
)

# Strawberry says only "Unsupported content type"; the caller needs to know what to send instead.
_UNSUPPORTED_CONTENT_TYPE = ("Unsupported content type: send the operation as JSON with `content-type:"
                             " application/json`, or as multipart/form-data to upload a file.")


# Strawberry's words for a request with neither a query nor a stored one to run.
_NO_QUERY = "No GraphQL query found in the request"
_NO_QUERY_SAY_WHAT = (f"{_NO_QUERY}: send the GraphQL document in `query`, or the SHA-256 of one sent before in"
                      " `extensions.persistedQuery` ({\"version\": 1, \"sha256Hash\": ...}).")


def _check_operation_shape(item: GraphQLRequestData) -> None:
    """What Strawberry checks for a single operation, for each operation of a batch."""
    if not isinstance(item.query, (str, type(None))):
        raise HTTPException(400, "Each operation's `query` must be a string or null, if provided.")
    for key in ("variables", "extensions"):
        if not isinstance(getattr(item, key), (dict, type(None))):
            raise HTTPException(400, f"Each operation's `{key}` must be an object or null, if provided.")
