"""Amazon DocumentDB (or any MongoDB) through motor: the analytics and audit store."""
