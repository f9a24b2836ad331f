"""What the matrix should show, worked out from the other services, and a register
with the cases the matrix must handle."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from app.rows import ContactData, DepartmentData, FeeData, MembershipData, PersonData
from app.services import departments, memberships, people, register
from app.store import Store
from app.valuation import Rates
from tests.support.builders import SmallRegister, small_register


@dataclass
class Expected:
    organisations: dict[int, int]  # department -> organisations it takes part in
    networks: dict[int, int]
    fees_sek: dict[int, Decimal]  # department -> fees of the memberships it is responsible for
    departments: dict[int, int]  # organisation -> departments taking part


def expected_counts(store: Store, year: int) -> Expected:
    """Per department and organisation, from the memberships view's rows; fees valued
    row by row with `app.valuation`."""
    taking_part: dict[int, set[int]] = defaultdict(set)
    by_kind: dict[tuple[int, str], set[int]] = defaultdict(set)
    with store.uow() as session:
        rates = Rates.load(session)
    fees: dict[int, Decimal] = defaultdict(Decimal)
    for row in register.memberships_for_year(store, year):
        for department_id in (row.responsible_department_id, *row.participant_ids):
            taking_part[row.organisation_id].add(department_id)
            by_kind[(department_id, row.kind)].add(row.organisation_id)
        sek = rates.to_sek(row.fee_amount, row.fee_currency, year)
        fees[row.responsible_department_id] += sek or 0
    every = {d.id for d in departments.list_departments(store)}
    return Expected(
        organisations={d: len(by_kind[(d, "organisation")]) for d in every},
        networks={d: len(by_kind[(d, "network")]) for d in every},
        fees_sek={d: fees.get(d, Decimal(0)) for d in every},
        departments={o: len(ds) for o, ds in taking_part.items()},
    )


@dataclass
class MatrixRegister:
    small: SmallRegister
    vatten: int  # a company with no membership, whose person is a contact for Eurocities
    kulturen: int  # responsible for a second Eurocities membership, with a fee in SEK
    second_eurocities: int


def matrix_register(store: Store) -> MatrixRegister:
    """The small register plus a company holding only a contact, a second membership
    of one organisation, and a department with no part in anything."""
    reg = small_register(store)
    dept = departments.create_department
    vatten = dept(store, DepartmentData("Stockholm Vatten AB", kind="company")).id
    kulturen = dept(store, DepartmentData("Kulturförvaltningen", "KF")).id
    dept(store, DepartmentData("Äldreförvaltningen", "ÄF"))
    olle = people.create_person(store, PersonData("Olle Ek", department_id=vatten)).id
    detail = memberships.get_membership(store, reg.eurocities_membership)
    data = detail.data()
    memberships.update_membership(
        store,
        reg.eurocities_membership,
        MembershipData(
            data.organisation_id, data.responsible_department_id, data.start_year,
            participant_ids=data.participant_ids,
            contacts=(*data.contacts, ContactData(olle, "other")),
            fees=data.fees,
        ),
        version=detail.version,
    )  # fmt: skip
    second = memberships.create_membership(
        store,
        MembershipData(
            reg.eurocities, kulturen, 2006, fees=(FeeData(2007, Decimal("20000"), "SEK"),)
        ),
    ).id
    return MatrixRegister(reg, vatten, kulturen, second)


def example_store(folder: Path) -> Store:
    """The example register (app.demo) in a SQLite file in `folder`."""
    from app.demo import build_example_register

    opened = Store.open(folder / "example.db", actor="tester", backup_dir=folder)
    build_example_register(opened)
    return opened
