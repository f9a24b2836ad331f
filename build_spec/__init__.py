"""The Windows bundle: PyInstaller spec, its contents, the build script and the icon."""
