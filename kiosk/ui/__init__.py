"""The Qt layer: models, controllers and providers that the QML screens bind to."""
