"""Unicode's script and confusable tables (domain.ports.look_alikes), from confusable_homoglyphs."""
