"""sqs adapters."""
