"""Developer tools run from the project folder (not shipped with the program)."""
