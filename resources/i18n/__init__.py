"""Qt Linguist translations: the .ts sources and the compiled .qm files (package data)."""
