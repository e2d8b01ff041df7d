"""The sync section and the sync folder."""
