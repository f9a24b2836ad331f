"""Facts about the register: empty or not, example data or not."""

from __future__ import annotations

from app.services import register_info
from db import models as m
from tests.support.builders import small_register


def test_a_new_register_is_empty_and_not_example_data(store) -> None:
    assert register_info.is_empty(store)
    assert not register_info.is_example_data(store)


def test_a_register_with_data_is_not_empty(store) -> None:
    small_register(store)
    assert not register_info.is_empty(store)


def test_example_data_flag_is_read_from_register_info(store) -> None:
    with store.uow() as session:
        session.add(m.RegisterInfo(key=register_info.EXAMPLE_DATA_KEY, value="true"))
    assert register_info.is_example_data(store)
    with store.uow() as session:
        session.get(m.RegisterInfo, register_info.EXAMPLE_DATA_KEY).value = "false"
    assert not register_info.is_example_data(store)
