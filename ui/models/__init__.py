"""Qt item models: thin adapters over the rows the services return."""
