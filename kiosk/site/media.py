"""The photos of the website: the catalogue's display copies and thumbnails, copied under
`media/` as they are, and the `<img>` markup that lets a browser pick the smaller one."""

import shutil
from pathlib import Path, PurePosixPath

from PIL import Image

from kiosk.catalog.store import Photo
from kiosk.languages import localized
from kiosk.site.markup import esc
from kiosk.site.routes import Routes

# How wide an image is drawn: a card in the grid, or a photo on a product page.
CARD_SIZES = "(min-width: 72rem) 17rem, (min-width: 32rem) 45vw, 100vw"
PHOTO_SIZES = "(min-width: 72rem) 40rem, (min-width: 48rem) 55vw, 100vw"


class Media:
    """Collects the photo files the pages use, then copies them into the site."""

    def __init__(self, media_dir: Path, routes: Routes):
        self.media_dir = media_dir
        self.routes = routes
        self.files: dict[str, Path] = {}  # site path -> the catalogue's file
        self._widths: dict[Path, int] = {}

    def _path(self, file: Path) -> str:
        try:
            relative = PurePosixPath(file.relative_to(self.media_dir).as_posix())
        except ValueError:  # outside the media folder: keep its folder and name
            relative = PurePosixPath(file.parent.name, file.name)
        path = self.routes.media(relative)
        self.files[path] = file
        return path

    def _width(self, file: Path) -> int:
        if file not in self._widths:
            with Image.open(file) as image:
                self._widths[file] = image.width
        return self._widths[file]

    def thumb(self, photo: Photo) -> str:
        """The thumbnail's link (for the enquiry page's product list)."""
        return self.routes.href(self._path(photo.thumb))

    def thumb_size(self, photo: Photo) -> tuple[int, int]:
        width = self._width(photo.thumb)
        return width, round(width * photo.height / photo.width)

    def img(
        self, photo: Photo, lang: str, fallback_alt: dict[str, str], sizes: str = CARD_SIZES
    ) -> str:
        """`<img>` with the thumbnail and the display copy to choose from, lazily loaded;
        its alt text is the photo's (else `fallback_alt`, the product's name)."""
        thumb, display = self._path(photo.thumb), self._path(photo.display)
        srcset = (
            f"{self.routes.href(thumb)} {self._width(photo.thumb)}w, "
            f"{self.routes.href(display)} {photo.width}w"
        )
        return (
            f'<img src="{esc(self.routes.href(thumb))}" srcset="{esc(srcset)}" '
            f'sizes="{sizes}" width="{photo.width}" height="{photo.height}" '
            f'alt="{esc(self.alt(photo, lang, fallback_alt))}" loading="lazy" '
            'decoding="async">'
        )

    @staticmethod
    def alt(photo: Photo, lang: str, fallback: dict[str, str]) -> str:
        """The photo's alt text in `lang` (not escaped); never empty while `fallback` has
        text."""
        return localized(photo.alt, lang) or localized(fallback, lang)

    def copy_to(self, site: Path) -> int:
        """Copy every photo used into `site`; the number of files."""
        for path, source in self.files.items():
            target = site / path
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        return len(self.files)
