"""notify adapters."""
