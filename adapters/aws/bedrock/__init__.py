"""bedrock adapters."""
