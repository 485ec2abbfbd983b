"""ODOP Expo kiosk: Uttar Pradesh's One District One Product crafts on a touchscreen."""
