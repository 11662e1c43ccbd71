"""events adapters."""
