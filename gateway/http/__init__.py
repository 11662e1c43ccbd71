"""The gateway's HTTP edge for real clients: GraphQL-over-HTTP media types, persisted queries,
trusted documents, limits, rate limiting, CSRF, GraphiQL and observability."""
