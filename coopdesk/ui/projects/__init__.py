"""Projects and their indicators."""
