"""SQLAlchemy models of the register: the whole domain, with history by year.

Enumerated values are stored as short lowercase strings (portable between
SQLite and PostgreSQL, readable in a raw dump); the allowed values live in
`app.vocabulary` and are checked by the services before anything is written.
Records that people edit carry a `version` column used for optimistic locking,
so two people saving the same record never overwrite each other silently.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Money = Numeric(14, 2)
Rate = Numeric(12, 6)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def version_column() -> Mapped[int]:
    """The optimistic-locking counter of a record people edit."""
    return mapped_column(Integer, nullable=False, default=1)


class Organisation(Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), unique=True)  # casefolded name
    acronym: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[str] = mapped_column(String(20), default="organisation")
    scope: Mapped[str] = mapped_column(String(20), default="european")
    website: Mapped[str] = mapped_column(String(300), default="")
    country: Mapped[str] = mapped_column(String(80), default="")
    description: Mapped[str] = mapped_column(Text, default="")

    themes: Mapped[list[OrganisationTheme]] = relationship(
        back_populates="organisation",
        cascade="all, delete-orphan",
        order_by="OrganisationTheme.theme",
    )
    memberships: Mapped[list[Membership]] = relationship(back_populates="organisation")

    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}


class OrganisationTheme(Base):
    __tablename__ = "organisation_theme"

    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True
    )
    theme: Mapped[str] = mapped_column(String(80), primary_key=True)
    organisation: Mapped[Organisation] = relationship(back_populates="themes")


class Department(Base):
    __tablename__ = "department"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    short_name: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[str] = mapped_column(String(20), default="administration")
    coordinator_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL", use_alter=True), nullable=True
    )
    strategy_year: Mapped[int | None] = mapped_column(Integer, nullable=True)

    coordinator: Mapped[Person | None] = relationship(foreign_keys=[coordinator_id])

    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}


class Person(Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL"), nullable=True, index=True
    )
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    department: Mapped[Department | None] = relationship(foreign_keys=[department_id])

    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}


class Membership(Base):
    __tablename__ = "membership"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    responsible_department_id: Mapped[int] = mapped_column(
        ForeignKey("department.id", ondelete="RESTRICT"), index=True
    )
    start_year: Mapped[int] = mapped_column(Integer)
    end_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="active")
    notice_months: Mapped[int | None] = mapped_column(Integer, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    organisation: Mapped[Organisation] = relationship(back_populates="memberships")
    responsible_department: Mapped[Department] = relationship()
    participations: Mapped[list[Participation]] = relationship(
        back_populates="membership", cascade="all, delete-orphan"
    )
    contacts: Mapped[list[Contact]] = relationship(
        back_populates="membership", cascade="all, delete-orphan"
    )
    fees: Mapped[list[Fee]] = relationship(
        back_populates="membership", cascade="all, delete-orphan", order_by="Fee.year"
    )
    positions: Mapped[list[Position]] = relationship(
        back_populates="membership", cascade="all, delete-orphan"
    )
    assessments: Mapped[list[Assessment]] = relationship(
        back_populates="membership", cascade="all, delete-orphan", order_by="Assessment.year"
    )
    decisions: Mapped[list[Decision]] = relationship(
        back_populates="membership", cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint("end_year IS NULL OR end_year >= start_year", name="years_in_order"),
        Index("ix_membership_years", "start_year", "end_year"),
        # At most one open membership per organisation and responsible department.
        # The migrations give this partial index the same predicate on PostgreSQL;
        # naming `postgresql_where` here would import SQLAlchemy's PostgreSQL dialect
        # at every start-up (0.1-0.3 s, docs/PERFORMANCE.md).
        Index(
            "uq_membership_open",
            "organisation_id",
            "responsible_department_id",
            unique=True,
            sqlite_where=text("end_year IS NULL"),
        ),
    )
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}


class Participation(Base):
    """A department taking part in a membership besides the responsible one."""

    __tablename__ = "participation"

    membership_id: Mapped[int] = mapped_column(
        ForeignKey("membership.id", ondelete="CASCADE"), primary_key=True
    )
    department_id: Mapped[int] = mapped_column(
        ForeignKey("department.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    membership: Mapped[Membership] = relationship(back_populates="participations")
    department: Mapped[Department] = relationship()


class Contact(Base):
    __tablename__ = "contact"

    membership_id: Mapped[int] = mapped_column(
        ForeignKey("membership.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    role: Mapped[str] = mapped_column(String(20), default="primary")

    membership: Mapped[Membership] = relationship(back_populates="contacts")
    person: Mapped[Person] = relationship()

    __table_args__ = (
        # Partial on PostgreSQL too, by the migrations (see uq_membership_open).
        Index(
            "uq_contact_one_primary",
            "membership_id",
            unique=True,
            sqlite_where=text("role = 'primary'"),
        ),
    )


class Fee(Base):
    __tablename__ = "fee"

    id: Mapped[int] = mapped_column(primary_key=True)
    membership_id: Mapped[int] = mapped_column(ForeignKey("membership.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3), default="SEK")

    membership: Mapped[Membership] = relationship(back_populates="fees")

    __table_args__ = (
        UniqueConstraint("membership_id", "year", name="uq_fee_membership_year"),
        CheckConstraint("amount >= 0", name="amount_not_negative"),
        Index("ix_fee_year", "year"),
    )


class ExchangeRate(Base):
    __tablename__ = "exchange_rate"

    id: Mapped[int] = mapped_column(primary_key=True)
    currency: Mapped[str] = mapped_column(String(3))
    year: Mapped[int] = mapped_column(Integer)
    rate_to_sek: Mapped[Decimal] = mapped_column(Rate)

    __table_args__ = (
        UniqueConstraint("currency", "year", name="uq_exchange_rate_currency_year"),
        CheckConstraint("rate_to_sek > 0", name="rate_positive"),
    )
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}


class Position(Base):
    """A position of trust (förtroendepost) the city holds through a membership."""

    __tablename__ = "position"

    id: Mapped[int] = mapped_column(primary_key=True)
    membership_id: Mapped[int] = mapped_column(
        ForeignKey("membership.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(String(200), default="")
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), nullable=True
    )
    from_year: Mapped[int] = mapped_column(Integer)
    to_year: Mapped[int | None] = mapped_column(Integer, nullable=True)

    membership: Mapped[Membership] = relationship(back_populates="positions")
    person: Mapped[Person | None] = relationship()


class Assessment(Base):
    """The added value (mervärde) of a membership in one year."""

    __tablename__ = "assessment"

    id: Mapped[int] = mapped_column(primary_key=True)
    membership_id: Mapped[int] = mapped_column(ForeignKey("membership.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    added_value: Mapped[str] = mapped_column(Text, default="")
    rating: Mapped[int | None] = mapped_column(Integer, nullable=True)
    meetings_attended: Mapped[int] = mapped_column(Integer, default=0)
    working_groups: Mapped[int] = mapped_column(Integer, default=0)
    positions_held: Mapped[int] = mapped_column(Integer, default=0)
    other_costs_sek: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    recommendation: Mapped[str] = mapped_column(String(20), default="undecided")
    assessed_by: Mapped[str] = mapped_column(String(200), default="")
    assessed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)

    membership: Mapped[Membership] = relationship(back_populates="assessments")

    __table_args__ = (
        UniqueConstraint("membership_id", "year", name="uq_assessment_membership_year"),
        CheckConstraint("rating IS NULL OR rating BETWEEN 1 AND 5", name="rating_range"),
    )
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}


class Review(Base):
    """The annual review session of one year's register."""

    __tablename__ = "review"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    held_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    participants: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="open")
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    # The year's figures as they stood when the review was closed (JSON).
    frozen_figures: Mapped[str] = mapped_column(Text, default="")

    decisions: Mapped[list[Decision]] = relationship(
        back_populates="review", cascade="all, delete-orphan"
    )

    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}


class Decision(Base):
    __tablename__ = "decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"))
    membership_id: Mapped[int] = mapped_column(
        ForeignKey("membership.id", ondelete="CASCADE"), index=True
    )
    decision: Mapped[str] = mapped_column(String(20))
    rationale: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(String(200), default="")

    review: Mapped[Review] = relationship(back_populates="decisions")
    membership: Mapped[Membership] = relationship(back_populates="decisions")

    __table_args__ = (
        UniqueConstraint("review_id", "membership_id", name="uq_decision_review_membership"),
    )
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}


class ChangeLogEntry(Base):
    """Who changed what and when. Written by the session hook in `db.audit`."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    action: Mapped[str] = mapped_column(String(10))  # create / update / delete
    summary: Mapped[str] = mapped_column(String(300), default="")
    changes: Mapped[str] = mapped_column(Text, default="")  # JSON: field -> [old, new]

    __table_args__ = (Index("ix_change_log_entity", "entity", "entity_id"),)


class RegisterInfo(Base):
    """Facts about the register itself, e.g. that it holds example data."""

    __tablename__ = "register_info"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
