"""Sync by file exchange: deltas against what a peer holds, merged field by field."""
