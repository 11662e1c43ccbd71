"""The schema-level fast paths: the planned extensions runner and no middleware manager when
no extension wraps resolvers. A mixin placed before `strawberry.Schema` in the bases."""
from __future__ import annotations

from typing import Any

from resolvers.fastpath.extension_phases import PlannedExtensionsRunner


class FastPathSchema:
    def create_extensions_runner(self, execution_context: Any, extensions: Any) -> Any:
        return PlannedExtensionsRunner(execution_context=execution_context, extensions=extensions)

    def _get_middleware_manager(self, extensions: Any) -> Any:
        # No middleware at all when no extension wraps resolvers: graphql-core then calls each
        # field's resolver as it is, instead of asking an empty manager for it on every field.
        if not any(extension._implements_resolve() for extension in extensions):
            return None
        # [misc]: a mixin; the method is Strawberry's Schema's, which this class precedes.
        return super()._get_middleware_manager(extensions)  # type: ignore[misc]
