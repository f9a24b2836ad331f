"""The light lists the editors' pickers read."""

from __future__ import annotations

from app.services import pickers
from tests.support.builders import small_register


def test_names_for_pickers(store) -> None:
    reg = small_register(store)
    organisations = {n.id: (n.name, n.short) for n in pickers.organisation_names(store)}
    assert organisations[reg.ubc] == ("Union of Baltic Cities", "UBC")
    departments = {n.id: (n.name, n.short) for n in pickers.department_names(store)}
    assert departments[reg.miljo] == ("Miljöförvaltningen", "MF")
    people = {p.id: p for p in pickers.people_for_pickers(store)}
    assert (people[reg.sara].department, people[reg.sara].active) == ("Miljöförvaltningen", True)
    assert (people[reg.anna].department, people[reg.anna].email) == ("", "anna@example.se")
