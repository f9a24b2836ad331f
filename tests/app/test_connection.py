"""The connection setting: file or server, the password in the credential store only."""

from __future__ import annotations

import psycopg
import pytest
from keyring.backends import fail, null
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from app.connection import (
    FILE,
    SERVER,
    ConnectionChoice,
    CredentialStoreError,
    ServerAddress,
    check_address,
    credential_store_works,
    explain_failure,
    forget_password,
    read_password,
    save_password,
    try_connection,
    with_saved_password,
)
from app.errors import (
    DatabaseError,
    MissingDatabaseError,
    PasswordRefusedError,
    ServerUnreachableError,
    UnknownServerError,
    ValidationError,
)
from db.errors import from_driver
from tests.support.keyrings import MemoryKeyring, using_keyring

ADDRESS = ServerAddress("db.stad.example", "register", "anna", 5433)


def test_a_saved_password_is_read_back_and_forgotten() -> None:
    with using_keyring(MemoryKeyring()) as store:
        assert credential_store_works()
        save_password(ADDRESS, "hemligt ord")
        assert read_password(ADDRESS) == "hemligt ord"
        assert store.passwords == {("Membership Register", "anna@db.stad.example:5433/register"):
                                   "hemligt ord"}  # fmt: skip
        forget_password(ADDRESS)
        assert read_password(ADDRESS) is None
        forget_password(ADDRESS)  # forgetting twice is no error


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_without_a_credential_store_saving_says_so(backend) -> None:
    with using_keyring(backend):
        assert not credential_store_works()
        with pytest.raises(CredentialStoreError, match="no credential store"):
            save_password(ADDRESS, "secret")
        assert read_password(ADDRESS) is None


def test_settings_hold_everything_but_the_password() -> None:
    choice = ConnectionChoice(SERVER, "", ADDRESS)
    values = choice.to_settings()
    assert values == {"kind": "server", "file": "", "host": "db.stad.example", "port": "5433",
                      "database": "register", "user": "anna"}  # fmt: skip
    assert ConnectionChoice.from_settings(values) == choice
    assert ConnectionChoice.from_settings({}) == ConnectionChoice(FILE)
    assert ConnectionChoice.from_settings({"kind": "server", "host": "h", "port": "x"}).server == (
        ServerAddress("h", "register", "", 5432)
    )


def test_the_url_carries_the_password_but_never_shows_it() -> None:
    url = ADDRESS.url("p@ss word")
    assert url.drivername == "postgresql+psycopg"
    assert (url.host, url.port, url.database, url.username) == (
        "db.stad.example", 5433, "register", "anna",
    )  # fmt: skip
    assert "p@ss" not in url.render_as_string(hide_password=True)
    assert make_url(url.render_as_string(hide_password=False)).password == "p@ss word"


def test_a_command_line_url_without_password_gets_the_saved_one() -> None:
    with using_keyring(MemoryKeyring()):
        save_password(ADDRESS, "s3cret")
        given = make_url("postgresql+psycopg://anna@db.stad.example:5433/register")
        assert with_saved_password(given).password == "s3cret"
        explicit = make_url("postgresql+psycopg://anna:other@db.stad.example:5433/register")
        assert with_saved_password(explicit).password == "other"


def test_an_incomplete_address_names_each_missing_part() -> None:
    with pytest.raises(ValidationError) as caught:
        check_address(ServerAddress(" ", "", "anna", 0))
    assert {p.field for p in caught.value.problems} == {"host", "database", "port"}


@pytest.mark.postgres
def test_connecting_to_the_real_server(postgres_server) -> None:
    url = make_url(postgres_server.url)
    address = ServerAddress(url.host, url.database, url.username, url.port or 5432)
    message = try_connection(address, url.password)
    assert message.startswith("Connected to PostgreSQL 1")


@pytest.mark.postgres
def test_a_wrong_database_or_port_is_explained(postgres_server) -> None:
    url = make_url(postgres_server.url)
    address = ServerAddress(url.host, "no_such_register", url.username, url.port or 5432)
    with pytest.raises(MissingDatabaseError, match="has no database named no_such_register"):
        try_connection(address, url.password)
    closed = ServerAddress("127.0.0.1", "test", "postgres", 9)  # nothing listens on port 9
    answers = r"No database server answers at 127\.0\.0\.1, port 9"
    with pytest.raises(ServerUnreachableError, match=answers):
        try_connection(closed, None)


@pytest.mark.parametrize(
    ("detail", "kind", "expected"),
    [
        ('FATAL:  password authentication failed for user "anna"', PasswordRefusedError,
         "refused user anna"),
        ('could not translate host name "db" to address', UnknownServerError,
         "no server named db.stad.example"),
        ("connection timeout expired", ServerUnreachableError, "No database server answers"),
        ('FATAL:  database "register" does not exist', MissingDatabaseError,
         "no database named register"),
        ("SSL SYSCALL error: EOF detected", DatabaseError,
         "Cannot connect to the server: SSL SYSCALL"),
    ],
)  # fmt: skip
def test_failures_in_plain_words(detail: str, kind: type, expected: str) -> None:
    """libpq's words become a type once (`db.errors`); the dialog's sentence follows the type."""
    failure = from_driver(OperationalError("connect", {}, psycopg.OperationalError(detail)), "x")
    assert type(failure) is kind
    told = explain_failure(failure, ADDRESS)
    assert type(told) is kind and expected in str(told)
