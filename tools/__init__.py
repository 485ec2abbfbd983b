"""Developer tools of the repository, run from its root (`python -m tools.NAME`).

Not part of the product: the wheel packages only `kiosk*`, and `kiosk` imports nothing here.
"""
