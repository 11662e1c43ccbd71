"""The reference tables (domain.ports.reference_data) both backends read places and currencies by."""
