"""QR codes for the kiosk's links (no Qt): matrices and pixel-exact images."""
