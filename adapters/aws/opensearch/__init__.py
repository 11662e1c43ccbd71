"""opensearch adapters."""
