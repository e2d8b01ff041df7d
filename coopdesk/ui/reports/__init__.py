"""The indicator report view."""
