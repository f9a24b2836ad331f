"""The parts of the membership editor: one module per tab and per table."""
