"""Use cases: each opens and commits its own transaction and returns plain data."""
