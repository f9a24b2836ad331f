"""The PostgreSQL server the tests use: one schema per test, dropped afterwards.

Each test gets a schema of its own in the `test` database (its search_path
set in the URL), so tests are isolated and leave nothing behind.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
URL_ENV = "MR_TEST_POSTGRES_URL"


@dataclass
class PostgresServer:
    url: str
    reason: str = ""
    schemas: list[str] = field(default_factory=list)

    @classmethod
    def connect_or_explain(cls) -> PostgresServer:
        url = os.environ.get(URL_ENV, DEFAULT_URL)
        try:
            engine = create_engine(url, connect_args={"connect_timeout": 3})
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
            engine.dispose()
        except Exception as exc:  # any failure to reach the server is a reason to skip
            first = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
            where = make_url(url).render_as_string(hide_password=True)
            return cls(url, reason=f"no server answers at {where} ({first})")
        return cls(url)

    def fresh_url(self) -> str:
        schema = f"mr_test_{uuid.uuid4().hex[:12]}"
        engine = create_engine(self.url)
        with engine.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        engine.dispose()
        self.schemas.append(schema)
        url = make_url(self.url).update_query_dict({"options": f"-csearch_path={schema}"})
        return url.render_as_string(hide_password=False)

    def drop(self) -> None:
        """Drops the test schemas, each in its own transaction: one transaction
        dropping them all would exhaust the server's lock table."""
        if not self.schemas:
            return
        engine = create_engine(self.url)
        for schema in self.schemas:
            with engine.begin() as connection:
                connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        engine.dispose()
        self.schemas.clear()
