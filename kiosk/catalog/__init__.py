"""The catalogue: its sources, its database and its photos (no Qt)."""
