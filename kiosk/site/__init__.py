"""The catalogue as a static multilingual website (`kiosk-admin publish-site`), no Qt.

`routes` says where each page lives (the artisan and enquiry pages where the QR codes point),
`strings` holds the site's own words, `markup` the layout and escaping, `media` the photos,
`pages` every page and `publish` writes them all to a folder.
"""
