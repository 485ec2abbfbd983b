"""The kiosk's own state, kept apart from the catalogue: statistics, the staff PIN, local
product overrides (DESIGN §5). No Qt."""
