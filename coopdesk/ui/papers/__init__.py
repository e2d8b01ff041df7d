"""Printed papers: preview, saving and the paper buttons."""
