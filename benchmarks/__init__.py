"""Speed figures of the kiosk (DESIGN §7), measured on the bundled catalogue."""
