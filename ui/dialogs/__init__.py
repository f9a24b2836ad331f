"""Editor dialogs for every record of the register, and deleting with confirmation."""
