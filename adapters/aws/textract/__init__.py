"""textract adapters."""
