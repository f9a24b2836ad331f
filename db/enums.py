"""The allowed values of the register's enumerated fields, stored as their `.value`."""

from __future__ import annotations

from enum import StrEnum


class OrganisationKind(StrEnum):
    ORGANISATION = "organisation"
    NETWORK = "network"


class Scope(StrEnum):
    GLOBAL = "global"
    EUROPEAN = "european"
    NORDIC = "nordic"
    BALTIC = "baltic"
    NATIONAL = "national"
    OTHER = "other"


class DepartmentKind(StrEnum):
    ADMINISTRATION = "administration"
    COMPANY = "company"
    OTHER = "other"


class MembershipStatus(StrEnum):
    ACTIVE = "active"
    UNDER_REVIEW = "under_review"
    NOTICE_GIVEN = "notice_given"
    ENDED = "ended"


class ContactRole(StrEnum):
    PRIMARY = "primary"
    DEPUTY = "deputy"
    OTHER = "other"


class Recommendation(StrEnum):
    KEEP = "keep"
    LEAVE = "leave"
    CHANGE = "change"
    UNDECIDED = "undecided"


class DecisionKind(StrEnum):
    KEEP = "keep"
    LEAVE = "leave"
    CHANGE = "change"
    POSTPONE = "postpone"


class ReviewStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class ChangeAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
