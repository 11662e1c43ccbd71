"""The schema extensions that defend the gateway: depth, alias and token limits (Strawberry's
own), parser and validation caches, and GatewayRules (the request bucket for each websocket
operation, static cost with its maximum, no introspection for partners, and the backend-call
report an admin may ask for). The strict bucket on sign-in, sign-up and password resets is
taken where those fields run (sensitive_fields.py)."""
from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from functools import partial
from typing import Any

from graphql import ExecutionResult as GraphQLExecutionResult
from graphql import GraphQLError, OperationDefinitionNode, OperationType, validate
from graphql.validation import ASTValidationRule, NoSchemaIntrospectionCustomRule
from strawberry.extensions import (
    AddValidationRules,
    MaxTokensLimiter,
    ParserCache,
    SchemaExtension,
)

from domain.errors import BadUserInput, Forbidden
from domain.users import Role
from gateway.backend_calls import current_counts
from gateway.config import Settings
from gateway.http.cost import CostEstimates
from gateway.http.limit_messages import aliases_rule, depth_rule
from gateway.http.request_context import GatewayContext
from gateway.http.validation_by_document import ValidationCacheByDocument
from gateway.http.websocket_budget import admit_websocket_operation, is_websocket
from resolvers.core_schema import graphql_core_schema

BACKEND_CALLS_HEADER = "x-talentgraph-backend-calls"


def defence_extensions(settings: Settings) -> list[Callable[[], SchemaExtension]]:
    """Factories (a fresh extension per request); the rule classes are built once so the
    validation cache recognises them from one request to the next."""
    rules: list[type[ASTValidationRule]] = [
        depth_rule(settings.max_query_depth), aliases_rule(settings.max_aliases),
    ]
    return [
        partial(MaxTokensLimiter, settings.max_tokens),
        partial(ParserCache, maxsize=1024),
        partial(AddValidationRules, rules),
        partial(ValidationCacheByDocument, 1024, {}),
        partial(GatewayRules, settings.max_cost, CostEstimates()),
    ]


def _refused(error: Exception) -> GraphQLExecutionResult:
    return GraphQLExecutionResult(data=None, errors=[GraphQLError(str(error), original_error=error)])


class GatewayRules(SchemaExtension):
    def __init__(self, max_cost: int, costs: CostEstimates | None = None) -> None:
        self.max_cost = max_cost
        self.costs = costs or CostEstimates(maxsize=1)
        self.cost: int | None = None
        self.operation: OperationDefinitionNode | None = None

    async def on_execute(self) -> AsyncIterator[None]:
        context = self.execution_context
        await admit_websocket_operation(context.context)
        refusal = await self._refusal()
        if refusal is not None:
            if self.operation is not None and self.operation.operation is OperationType.SUBSCRIPTION:
                # Strawberry subscribes whatever result is set; an error raised here it answers.
                raise refusal
            context.result = _refused(refusal)
        yield

    async def _refusal(self) -> Exception | None:
        context = self.execution_context
        request = context.context
        document = context.graphql_document
        if document is None:
            return None
        schema = graphql_core_schema(context.schema)
        partner = getattr(request, "partner", None)
        if partner is not None and validate(schema, document, [NoSchemaIntrospectionCustomRule]):
            return Forbidden("Introspection is not available to partner API keys.")
        try:
            estimate = self.costs.estimate(
                schema, context.query, document, context.operation_name, context.variables
            )
        except (GraphQLError, TypeError, ValueError):
            return None  # bad variables: execution reports them properly
        if estimate is None:
            return None
        operation, cost = estimate
        self.operation, self.cost = operation, cost
        if cost > self.max_cost:
            return BadUserInput(
                f"This operation's estimated cost is {cost}, over the maximum of {self.max_cost}: "
                "ask for fewer items (smaller `first`) or fewer nested lists.",
                cost=cost, maximumCost=self.max_cost,
            )
        return self._over_the_batch_total(request, cost)

    def _over_the_batch_total(self, request: object, cost: int) -> Exception | None:
        """The operations of one HTTP request (a batch shares its context) share one maximum:
        each admitted operation's cost is added to the request's total. (A websocket's context
        lasts as long as the connection, so there each operation stands alone; its operations
        take from the request bucket instead.)"""
        if not isinstance(request, GatewayContext) or is_websocket(request):
            return None
        spent = request.batch_cost
        if spent + cost > self.max_cost:
            return BadUserInput(
                f"This batch's estimated cost is {spent + cost} with this operation ({cost}), over the"
                f" maximum of {self.max_cost} for a whole request: send fewer operations per batch or ask for fewer"
                " items (smaller `first`).",
                cost=cost, batchCost=spent + cost, maximumCost=self.max_cost,
            )
        request.batch_cost = spent + cost
        return None

    def get_results(self) -> dict[str, Any]:
        results: dict[str, Any] = {}
        if self.cost is not None:
            results["cost"] = {"estimated": self.cost, "maximum": self.max_cost}
        request = self.execution_context.context
        viewer = getattr(request, "viewer", None)
        wants_report = getattr(request, "report_backend_calls", False)
        if wants_report and viewer is not None and viewer.role is Role.ADMIN:
            results["backendCalls"] = dict(sorted(current_counts().items()))
        return results


__all__ = ["defence_extensions", "GatewayRules", "BACKEND_CALLS_HEADER"]
