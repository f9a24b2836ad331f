"""Small registers built through the services, for tests that need some data."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.rows import (
    ContactData,
    DepartmentData,
    ExchangeRateData,
    FeeData,
    MembershipData,
    OrganisationData,
    PersonData,
)
from app.services import departments, memberships, organisations, people, rates
from app.store import Store


@dataclass
class SmallRegister:
    eurocities: int
    ubc: int
    nss: int
    slk: int
    miljo: int
    anna: int
    sara: int
    eurocities_membership: int
    ubc_membership: int
    nss_membership: int


def small_register(store: Store) -> SmallRegister:
    """Three memberships: Eurocities (EUR), UBC (EUR, ended 2006), a network."""
    for year, rate in ((2005, "9.28"), (2006, "9.25"), (2007, "9.25")):
        rates.set_rate(store, ExchangeRateData("EUR", year, Decimal(rate)))
    org = organisations.create_organisation
    eurocities = org(store, OrganisationData("Eurocities", "EC", themes=("governance",))).id
    ubc = org(store, OrganisationData("Union of Baltic Cities", "UBC", scope="baltic")).id
    nss = org(store, OrganisationData("Nordens Större Städer", kind="network", scope="nordic")).id
    slk = departments.create_department(store, DepartmentData("Stadsledningskontoret", "SLK")).id
    miljo = departments.create_department(store, DepartmentData("Miljöförvaltningen", "MF")).id
    anna = people.create_person(store, PersonData("Anna Berg", email="anna@example.se")).id
    sara = people.create_person(store, PersonData("Sara Nyström", department_id=miljo)).id
    ec = memberships.create_membership(
        store,
        MembershipData(
            eurocities, slk, 2000,
            participant_ids=(miljo,),
            contacts=(ContactData(anna, "primary"), ContactData(sara, "deputy")),
            fees=tuple(FeeData(y, Decimal("15000"), "EUR") for y in (2005, 2006, 2007)),
        ),
    ).id  # fmt: skip
    ub = memberships.create_membership(
        store,
        MembershipData(
            ubc, miljo, 2003, 2006, status="ended",
            fees=(FeeData(2005, Decimal("4500"), "EUR"), FeeData(2006, Decimal("4500"), "EUR")),
        ),
    ).id  # fmt: skip
    ns = memberships.create_membership(
        store, MembershipData(nss, miljo, 2004, contacts=(ContactData(sara, "primary"),))
    ).id
    return SmallRegister(eurocities, ubc, nss, slk, miljo, anna, sara, ec, ub, ns)
