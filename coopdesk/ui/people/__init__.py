"""Persons and contacts: possible duplicates and merging."""
