"""A meeting's own form parts: its counts and its list of participants."""
