"""The editor of an organisation or network."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.rows import OrganisationData, OrganisationRow
from app.services import organisations
from app.store import Store
from app.vocabulary import ORGANISATION_KINDS, SCOPES, THEMES, theme_labels
from ui.dialogs.choice_combo import ChoiceCombo
from ui.dialogs.editor import EditorDialog, EditorWords, FormField, RecordCalls

THEME_SEPARATORS = re.compile(r"[,;]")


def themes_from_text(text: str) -> tuple[str, ...]:
    """'Kultur, miljö; Smart cities' -> ('culture', 'environment', 'Smart cities'): the
    common themes by key, in any language; the user's own as written."""
    keys = (THEMES.key_of(t) for t in THEME_SEPARATORS.split(text))
    return tuple(dict.fromkeys(key for key in keys if key))


class OrganisationDialog(EditorDialog):
    entity = "organisation"
    words = EditorWords(
        N_("OrganisationDialog", "New organisation or network"),
        N_("OrganisationDialog", "Organisation: {0}"),
        N_("OrganisationDialog", "this organisation"),
    )
    calls = RecordCalls(
        organisations.get_organisation,
        organisations.create_organisation,
        organisations.update_organisation,
    )

    def __init__(
        self, store: Store, organisation_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, organisation_id, parent)
        self.setObjectName("organisation_dialog")
        self.name = QLineEdit()
        self.acronym = QLineEdit()
        self.kind = ChoiceCombo(ORGANISATION_KINDS.choices())
        self.scope = ChoiceCombo(SCOPES.choices())
        self.themes = QLineEdit()
        self.themes.setPlaceholderText(self.tr("e.g. environment, transport, culture"))
        self.website = QLineEdit()
        self.website.setPlaceholderText("https://")
        self.country = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(90)
        self.open_form(
            [
                FormField(self.tr("&Name:"), "name", self.name),
                FormField(self.tr("&Acronym:"), "acronym", self.acronym),
                FormField(self.tr("&Kind:"), "kind", self.kind),
                FormField(self.tr("&Scope:"), "scope", self.scope),
                FormField(self.tr("&Themes:"), "themes", self.themes, bound=False),  # labels
                FormField(self.tr("&Website:"), "website", self.website),
                FormField(self.tr("&Country:"), "country", self.country),
                FormField(self.tr("&Description:"), "description", self.description),
            ],
            width=560,
            height=480,
        )

    def fill(self, row: OrganisationRow | None) -> None:
        data = row.data() if row else OrganisationData("")
        self.show_fields(data)
        self.themes.setText(", ".join(theme_labels(data.themes)))

    def collect(self) -> OrganisationData:
        return OrganisationData(**self.field_values(), themes=themes_from_text(self.themes.text()))
