"""The gateway's roles: API processes (GraphQL over HTTP and websockets) and the worker
process (the durable queue: extraction, embedding, matching, notifications), started alone
(`talentgraph serve`, `talentgraph worker`) or together (`talentgraph run`)."""
