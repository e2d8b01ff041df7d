"""The Today section: what is due."""
