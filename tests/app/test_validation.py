"""Every service refuses bad input with a ValidationError naming the field."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app import rows
from app.errors import ValidationError
from app.services import departments, memberships, organisations, people, rates
from tests.support.builders import small_register


def fields(error: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {p.field for p in error.value.problems}


def test_organisation_name_must_not_be_empty(store) -> None:
    with pytest.raises(ValidationError) as error:
        organisations.create_organisation(store, rows.OrganisationData("   "))
    assert fields(error) == {"name"}
    assert "empty" in str(error.value)


def test_organisation_names_are_unique_ignoring_case_and_spaces(store) -> None:
    organisations.create_organisation(store, rows.OrganisationData("Eurocities"))
    with pytest.raises(ValidationError) as error:
        organisations.create_organisation(store, rows.OrganisationData("  EUROCITIES "))
    assert fields(error) == {"name"}
    assert "already exists" in str(error.value)


def test_organisation_kind_and_scope_must_be_known(store) -> None:
    with pytest.raises(ValidationError) as error:
        organisations.create_organisation(
            store, rows.OrganisationData("X", kind="club", scope="moon")
        )
    assert fields(error) == {"kind", "scope"}


def test_department_names_are_unique(store) -> None:
    departments.create_department(store, rows.DepartmentData("Miljöförvaltningen"))
    with pytest.raises(ValidationError) as error:
        departments.create_department(store, rows.DepartmentData("miljöförvaltningen"))
    assert fields(error) == {"name"}


def test_malformed_email_is_refused(store) -> None:
    with pytest.raises(ValidationError) as error:
        people.create_person(store, rows.PersonData("Anna Berg", email="anna.example.se"))
    assert fields(error) == {"email"}
    assert "anna.example.se" in str(error.value)


def membership(reg, **changes) -> rows.MembershipData:
    values = dict(organisation_id=reg.eurocities, responsible_department_id=reg.miljo,
                  start_year=2008)  # fmt: skip
    values.update(changes)
    return rows.MembershipData(**values)


def test_negative_fee_is_refused(store) -> None:
    reg = small_register(store)
    data = membership(reg, fees=(rows.FeeData(2008, Decimal("-5"), "EUR"),))
    with pytest.raises(ValidationError) as error:
        memberships.create_membership(store, data)
    assert fields(error) == {"fees"}
    assert "negative" in str(error.value)


def test_unknown_currency_is_refused(store) -> None:
    reg = small_register(store)
    data = membership(reg, fees=(rows.FeeData(2008, Decimal("5"), "EUX"),))
    with pytest.raises(ValidationError) as error:
        memberships.create_membership(store, data)
    assert "EUX" in str(error.value)


def test_end_year_before_start_year_is_refused(store) -> None:
    reg = small_register(store)
    with pytest.raises(ValidationError) as error:
        memberships.create_membership(store, membership(reg, end_year=2001, status="ended"))
    assert fields(error) == {"end_year"}
    assert "before the start year" in str(error.value)


def test_second_open_membership_for_same_department_is_refused(store) -> None:
    reg = small_register(store)
    data = membership(reg, responsible_department_id=reg.slk)
    with pytest.raises(ValidationError) as error:
        memberships.create_membership(store, data)
    assert fields(error) == {"organisation_id"}


def test_one_primary_contact_only(store) -> None:
    reg = small_register(store)
    contacts = (rows.ContactData(reg.anna, "primary"), rows.ContactData(reg.sara, "primary"))
    with pytest.raises(ValidationError) as error:
        memberships.create_membership(store, membership(reg, contacts=contacts))
    assert fields(error) == {"contacts"}


def test_two_fees_for_one_year_are_refused(store) -> None:
    reg = small_register(store)
    fees = (rows.FeeData(2008, Decimal(1), "SEK"), rows.FeeData(2008, Decimal(2), "SEK"))
    with pytest.raises(ValidationError) as error:
        memberships.create_membership(store, membership(reg, fees=fees))
    assert "2008" in str(error.value)


def test_several_problems_are_reported_together(store) -> None:
    reg = small_register(store)
    data = membership(reg, start_year=None, status="sleeping", notice_months=-1)
    with pytest.raises(ValidationError) as error:
        memberships.create_membership(store, data)
    assert fields(error) == {"start_year", "status", "notice_months"}


def test_exchange_rate_must_be_positive_and_known(store) -> None:
    with pytest.raises(ValidationError) as error:
        rates.set_rate(store, rows.ExchangeRateData("XYZ", 2007, Decimal("0")))
    assert fields(error) == {"currency", "rate_to_sek"}


def test_nothing_is_written_when_validation_fails(store) -> None:
    reg = small_register(store)
    before = memberships.get_membership(store, reg.eurocities_membership)
    bad = before.data()
    bad = rows.MembershipData(**{**{f: getattr(bad, f) for f in bad.__slots__}, "end_year": 1990})
    with pytest.raises(ValidationError):
        memberships.update_membership(store, reg.eurocities_membership, bad)
    assert memberships.get_membership(store, reg.eurocities_membership) == before
