"""Data files shipped with the program: icons, translations, example register."""

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent
