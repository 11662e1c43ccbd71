"""The connection of jobs (a search's and an organization's), with what a search read its
words as when it corrected their spelling."""
from __future__ import annotations

from collections.abc import Callable

import strawberry

from domain.jobs import Job
from domain.pagination import Page
from resolvers.types.common import Connection, connection_from_page
from resolvers.types.job import JobType


@strawberry.type(name="JobConnection")
class JobConnection(Connection[JobType]):
    corrected_query: str | None = strawberry.field(
        default=None,
        description="`searchJobs` only: the query as searched when words of `query` are in no job and were read as"
        " the nearest words jobs hold (one letter off from 4 letters, two from 8; exact words are never changed),"
        " as in \"Showing results for\"; or, when no open job holds every word of a query of plain words, the query"
        " with the fewest of its words left out that lists jobs (later words left out first: \"pastry chef lisbon\""
        " may be searched as \"pastry lisbon\"). Null when the query was searched as typed, and on other lists.",
    )


def job_connection(
    page: Page[Job], convert: Callable[[Job], JobType], list_name: str, after: str | None
) -> JobConnection:
    plain = connection_from_page(page, convert, list_name, after)
    return JobConnection(edges=plain.edges, page_info=plain.page_info, total_count=plain.total_count,
                         total_count_is_estimate=plain.total_count_is_estimate, corrected_query=page.corrected_query)
