"""A legacy register list of the kind the office kept by hand before the program:
"Förteckning 2007", one sheet, a merged title, a header row further down, fees
written as numbers or as text ("4 500", "6 000 €", "ingår"), kinds in any case,
several departments or contacts in one cell and a "Summa" row with a formula.

The rows are the 2007 list's (names, departments and fees; the people are made
up), so the tests can check the example register against it. The workbook is
written by the tests, never read from outside the repository.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

TITLE = (
    "Förteckning över internationella organisationer och nätverk där Stockholms stad är medlem 2007"
)
SUBTITLE = "Stadsledningskontoret, 2007-12-19 (exempel: avgifter och personer är påhittade)"
HEADER = (
    "Organisation", "Typ", "Förvaltning/bolag", "Kontaktperson", "E-post",
    "Årsavgift", "Valuta", "Förtroendepost", "Mervärde / kommentar",
)  # fmt: skip
HEADER_ROW = 4

# Organisation, kind, departments, contacts, e-mail, fee, currency, position, value.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Eurocities", "Organisation", "Stadsledningskontoret", "Anna Berg",
     "anna.berg@example.se", 15600, "EUR", "Styrelseledamot 2006–2008",
     "Påverkan på EU-nivå, erfarenhetsutbyte i sex forum"),
    ("Union of Baltic Cities (UBC)", "Organisation",
     "Stadsledningskontoret, Miljöförvaltningen", "Erik Holm; Sara Nyström",
     "erik.holm@example.se", "4 500", "EUR", None, "Miljökommissionen aktiv"),
    ("United Cities and Local Governments (UCLG)", "Organisation", "Stadsledningskontoret",
     "Anna Berg", "anna.berg@example.se", 9800, "EUR", "Styrelseledamot från 2007",
     "Röst gentemot FN"),
    ("Metropolis", "organisation", "Stadsledningskontoret", "Johan Ek", None, "6 000 €",
     None, None, None),
    ("ICLEI – Local Governments for Sustainability", "Organisation", "Miljöförvaltningen",
     "Sara Nyström", "sara.nystrom@example.se", 7250, "EUR", None, "Ålborgsåtagandena"),
    ("Energy Cities", "Organisation", "Miljöförvaltningen", "Sara Nyström",
     "sara.nystrom@example.se", 3100, "EUR", None, None),
    ("Climate Alliance", "Organisation", "Miljöförvaltningen", "Lars Åberg", None, 2400,
     "EUR", None, "Begränsa koldioxidutsläppen"),
    ("POLIS", "Organisation", "Trafikkontoret", "Maria Öst", "maria.ost@example.se", 5000,
     "EUR", None, None),
    ("Baltic Metropoles Network (BaltMet)", "Organisation",
     "Stadsledningskontoret / Stockholm Business Region AB", "Johan Ek", None, 2000, "EUR",
     None, None),
    ("Union of Capitals of the European Union", "Organisation", "Stadsledningskontoret",
     "Anna Berg", None, "ingår", None, None, "Ingen avgift"),
    ("European Cities Against Drugs (ECAD)", "Organisation", "Socialtjänstförvaltningen",
     "Karin Lund", "karin.lund@example.se", 45000, "SEK", "Ordförande",
     "Staden är grundare"),
    ("International Federation of Library Associations (IFLA)", "Organisation",
     "Kulturförvaltningen", "Per Sjö", None, 1150, "EUR", None, None),
    ("International Council on Archives (ICA)", "Organisation", "Kulturförvaltningen",
     "Per Sjö", None, 900, "EUR", None, None),
    ("International Association of Ports and Harbors (IAPH)", "Organisation",
     "Stockholms Hamn AB", "Ulf Strand", "ulf.strand@example.se", "38 000", "SEK", None,
     None),
    ("International Water Association (IWA)", "Organisation", "Stockholm Vatten AB",
     "Eva Bäck", None, 1400, "EUR", None, None),
    ("European Forum for Urban Security (Efus)", "Organisation",
     "Socialtjänstförvaltningen", "Karin Lund", None, 3500, "EUR", None, None),
    ("ICORN – International Cities of Refuge Network", "Organisation",
     "Kulturförvaltningen", "Per Sjö", None, 1500, "EUR", None, "Fristadsförfattare"),
    ("WHO Healthy Cities Network", "Organisation",
     "Socialtjänstförvaltningen, Utbildningsförvaltningen", "Karin Lund", None, 0, "SEK",
     None, None),
    ("International Association of Educating Cities (IAEC)", "Organisation",
     "Utbildningsförvaltningen", "Nils Dahl", None, 1200, "EUR", None, None),
    ("Les Rencontres", "Organisation", "Kulturförvaltningen", "Per Sjö", None, 800, "EUR",
     None, None),
    ("Nordens Större Städer", "Nätverk", "Miljöförvaltningen", "Sara Nyström", None, None,
     None, None, "Årlig gemensam redovisning av miljöindikatorer"),
    ("Sexstadsgruppen", "Nätverk", "Stockholm Vatten AB", "Eva Bäck", None, None, None,
     None, "Utbyte mellan Skandinaviens huvudstäder, Göteborg och Malmö"),
    ("Nordiska huvudstadssamarbetet", "nätverk", "Stadsledningskontoret", "Anna Berg",
     None, None, None, None, None),
    ("Stockholm Water Forum", "Nätverk", "Stockholm Vatten AB", None, None, None, None,
     None, None),
)  # fmt: skip

FILE_NAME = "forteckning_2007.xlsx"


def write_legacy_register(folder: Path) -> Path:
    """Writes the legacy list into `folder` and returns its path."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Förteckning 2007"
    bold = Font(bold=True)
    sheet["A1"] = TITLE
    sheet["A1"].font = bold
    sheet.merge_cells("A1:I1")
    sheet["A2"] = SUBTITLE
    for column, heading in enumerate(HEADER, start=1):
        sheet.cell(HEADER_ROW, column, heading).font = bold
    for offset, row in enumerate(ROWS, start=1):
        for column, value in enumerate(row, start=1):
            if value is not None:
                sheet.cell(HEADER_ROW + offset, column, value)
    last = HEADER_ROW + len(ROWS)
    sheet.cell(last + 2, 1, "Summa")
    sheet.cell(last + 2, 6, f"=SUM(F{HEADER_ROW + 1}:F{last})")
    path = folder / FILE_NAME
    workbook.save(path)
    return path
