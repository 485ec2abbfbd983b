"""Kiosk settings, each declared once: name, type, default, limits and what it does."""

from dataclasses import dataclass

from sqlite_utils import Database


@dataclass(frozen=True)
class Setting:
    name: str
    default: int | str
    description: str
    minimum: int | None = None
    maximum: int | None = None

    def parse(self, raw: str) -> int | str:
        """The value of `raw` for this setting; ValueError names what is wrong."""
        if isinstance(self.default, str):
            if not raw.strip() and self.default:
                raise ValueError(f"{self.name} must not be empty")
            return raw.strip()
        try:
            value = int(raw)
        except ValueError:
            raise ValueError(f"{self.name} must be a whole number, not {raw!r}") from None
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be at least {self.minimum}")
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f"{self.name} must be at most {self.maximum}")
        return value


SETTINGS = {
    s.name: s
    for s in (
        Setting("kiosk_id", "kiosk-01", "This kiosk's name, carried in QR links as {kiosk_id}."),
        Setting(
            "idle_timeout_s",
            90,
            "Seconds without a touch before the 'Are you still there?' countdown starts.",
            minimum=10,
            maximum=3600,
        ),
        Setting(
            "idle_countdown_s",
            10,
            "Seconds the 'Are you still there?' countdown lasts "
            "before the kiosk returns to the attract loop.",
            minimum=3,
            maximum=60,
        ),
        Setting(
            "attract_slide_s",
            7,
            "Seconds each featured product stays on the attract loop.",
            minimum=3,
            maximum=60,
        ),
        Setting(
            "inbox_dir",
            "",
            "A folder the kiosk watches for catalogue bundles (a USB "
            "stick, a Syncthing folder); relative to the catalogue's folder; empty for "
            "none.",
        ),
    )
}


def read_settings(db: Database) -> dict[str, int | str]:
    """Every declared setting: the catalogue's value where it has a valid one, else the default."""
    stored = {row["key"]: row["value"] for row in db["settings"].rows}
    values: dict[str, int | str] = {}
    for name, setting in SETTINGS.items():
        try:
            values[name] = setting.parse(stored[name]) if name in stored else setting.default
        except ValueError:
            values[name] = setting.default
    return values
