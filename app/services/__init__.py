"""The register's use cases, one module per part of the domain.

Each function takes a `Store`, opens one unit of work, and returns plain rows
from `app.rows`. Validation problems raise `ValidationError`; a record saved by
someone else meanwhile raises `ConflictError`; a record gone, `NotFoundError`.
"""
