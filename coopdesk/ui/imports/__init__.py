"""File › Import from spreadsheet…: the assistant that brings rows in."""
