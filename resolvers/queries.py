from __future__ import annotations

import strawberry

from domain.jobs import JobFilter as DomainJobFilter
from resolvers.context import Info
from resolvers.corrected_cursor import cursor_correction, page_list
from resolvers.cursors import requested_page, search_list
from resolvers.ids import raw_id
from resolvers.inputs import JobFilter
from resolvers.lookahead import selects
from resolvers.node import resolve_node
from resolvers.node_permissions import node_visibility
from resolvers.types.common import Node
from resolvers.types.job import JobType
from resolvers.types.job_connection import JobConnection, job_connection
from resolvers.types.organization import OrganizationType
from resolvers.types.user import UserType


@strawberry.type
class Query:
    @strawberry.field(extensions=[node_visibility()])
    async def node(self, info: Info, id: strawberry.ID) -> Node | None:
        return await resolve_node(info, id)

    @strawberry.field
    def me(self, info: Info) -> UserType | None:
        if info.context.auth_error is not None:
            raise info.context.auth_error  # a stale token must say so, or clients never refresh
        viewer = info.context.viewer
        return UserType.from_domain(viewer) if viewer else None

    @strawberry.field
    async def job(self, info: Info, id: strawberry.ID) -> JobType | None:
        job = await info.context.loaders.job_by_id.load(raw_id(id, "Job"))
        return JobType.from_domain(job) if job else None

    @strawberry.field(
        description="Full-text and filtered job search, best first; OPEN jobs unless the filter says otherwise."
        " A `query` of only emoji, symbols or punctuation has no word to search for and is refused with"
        " BAD_USER_INPUT (field `query`); beside words they are left out."
    )
    async def search_jobs(
        self,
        info: Info,
        query: str | None = None,
        filter: JobFilter | None = None,
        first: int | None = 20,
        after: str | None = None,
    ) -> JobConnection:
        job_filter = filter.to_domain() if filter else DomainJobFilter()
        # Relevance order and newest-first order have different sort keys: their cursors differ.
        typed_list = search_list(query)
        asked_list, corrected = cursor_correction(typed_list, query, after)
        page = await info.context.services.jobs.search(
            query, job_filter, requested_page(info, asked_list, first, after), corrected=corrected)
        list_name = page_list(typed_list, query, page.corrected_query)
        loaders = info.context.loaders
        loaders.remember_jobs(page.items)
        if page.items and selects(info, "edges", "node", "organization"):
            # The same one batch the organization fields would make, made before them and
            # handed to each job, so every organization field answers at once.
            organizations = await loaders.organizations_shown(j.organization_id for j in page.items)
            shown = {key: OrganizationType.from_domain(o) for key, o in organizations.items() if o is not None}
            return job_connection(
                page, lambda job: JobType.from_domain(job, shown.get(job.organization_id)), list_name, after
            )
        return job_connection(page, JobType.from_domain, list_name, after)
