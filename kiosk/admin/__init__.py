"""The staff command line, `kiosk-admin`: a thin layer over the catalogue library."""
