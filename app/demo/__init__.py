"""The example register: Stockholm's international memberships 2005-2008.

Built from `resources/example/stockholm.json` (real organisation names; people,
fees and assessments are fictional) in one unit of work, so a failure leaves
the database as it was. The register is marked as example data, which the
program shows so nobody mistakes its figures for real ones.
"""

from __future__ import annotations

from sqlalchemy import insert

from app.demo.clearing import clear_register, holds_register, log_register_event
from app.demo.example_file import load_example
from app.demo.writer import ExampleSummary, write_example
from app.errors import RegisterError
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.register_info import EXAMPLE_DATA_KEY
from app.store import Store
from db import models
from resources import RESOURCES_DIR

__all__ = ["EXAMPLE_DATA_KEY", "EXAMPLE_FILE", "ExampleSummary", "build_example_register"]

EXAMPLE_FILE = RESOURCES_DIR / "example" / "stockholm.json"

NOT_EMPTY = QT_TRANSLATE_NOOP(
    "app", "The database already holds a register; use --force to replace it."
)


def build_example_register(store: Store, *, force: bool = False) -> ExampleSummary:
    """Write the example register into `store`.

    A database holding a register is refused unless `force` is given; then the
    register (everything but the change log) is replaced.
    """
    data = load_example(EXAMPLE_FILE)
    with store.uow() as session:
        if holds_register(session) and not force:
            raise RegisterError(translate("app", NOT_EMPTY))
        # Also clears leftovers of an "empty" register (rates, settings), whose
        # unique keys would clash with the example's.
        deleted = clear_register(session)
        if deleted:
            log_register_event(
                session, "delete", "Register deleted to build the example register", deleted
            )
        summary = write_example(session, data)
        session.execute(insert(models.RegisterInfo).values(key=EXAMPLE_DATA_KEY, value="true"))
        log_register_event(
            session,
            "create",
            f"Example register built from {EXAMPLE_FILE.name}",
            {
                "organisations": summary.organisations,
                "departments": summary.departments,
                "people": summary.people,
                "memberships": summary.memberships,
            },
        )
    return summary
