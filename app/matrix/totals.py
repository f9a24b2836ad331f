"""The matrix's totals: what each row and column counts, and the figures of all shown."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.i18n import QT_TRANSLATE_NOOP as N_


@dataclass(frozen=True, slots=True)
class Total:
    key: str
    label: str  # marked for translation in the "app" context
    money: bool = False


ORGANISATIONS = Total("organisations", N_("app", "Organisations"))
NETWORKS = Total("networks", N_("app", "Networks"))
FEES = Total("fees_sek", N_("app", "Fees (SEK)"), money=True)
DEPARTMENTS = Total("departments", N_("app", "Departments taking part"))
DEPARTMENT_TOTALS = (ORGANISATIONS, NETWORKS, FEES)
ORGANISATION_TOTALS = (DEPARTMENTS,)


@dataclass(frozen=True, slots=True)
class MatrixSummary:
    departments: int  # departments shown that take part in something shown
    organisations: int
    networks: int
    fees_sek: Decimal
