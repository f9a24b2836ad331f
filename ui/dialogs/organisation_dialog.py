"""The editor of an organisation or network."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from app.rows import OrganisationData, OrganisationRow
from app.services import organisations
from app.store import Store
from app.vocabulary import ORGANISATION_KINDS, SCOPES, THEMES, theme_labels
from ui.dialogs.editor import EditorDialog
from ui.dialogs.fields import ChoiceCombo

THEME_SEPARATORS = re.compile(r"[,;]")


def themes_from_text(text: str) -> tuple[str, ...]:
    """'Kultur, miljö; Smart cities' -> ('culture', 'environment', 'Smart cities'): the
    common themes by key, in any language; the user's own as written."""
    keys = (THEMES.key_of(t) for t in THEME_SEPARATORS.split(text))
    return tuple(dict.fromkeys(key for key in keys if key))


class OrganisationDialog(EditorDialog):
    entity = "organisation"

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
        for widget, name in (
            (self.name, "name"), (self.acronym, "acronym"), (self.kind, "kind"),
            (self.scope, "scope"), (self.themes, "themes"), (self.website, "website"),
            (self.country, "country"), (self.description, "description"),
        ):  # fmt: skip
            widget.setObjectName(name)
        self._build_form()
        self.resize(560, 480)
        self.start()

    def _build_form(self) -> None:
        content = QWidget()
        form = QFormLayout(content)
        form.setContentsMargins(0, 0, 0, 0)
        add = self.add_field
        add(form, self.tr("&Name:"), "name", self.name, self.name.textChanged)
        add(form, self.tr("&Acronym:"), "acronym", self.acronym, self.acronym.textChanged)
        add(form, self.tr("&Kind:"), "kind", self.kind, self.kind.currentIndexChanged)
        add(form, self.tr("&Scope:"), "scope", self.scope, self.scope.currentIndexChanged)
        add(form, self.tr("&Themes:"), "themes", self.themes, self.themes.textChanged)
        add(form, self.tr("&Website:"), "website", self.website, self.website.textChanged)
        add(form, self.tr("&Country:"), "country", self.country, self.country.textChanged)
        add(
            form,
            self.tr("&Description:"),
            "description",
            self.description,
            self.description.textChanged,
        )
        self.set_content(content)

    def fetch(self, record_id: int) -> OrganisationRow:
        return organisations.get_organisation(self.store, record_id)

    def create(self, data: OrganisationData) -> OrganisationRow:
        return organisations.create_organisation(self.store, data)

    def update(
        self, record_id: int, data: OrganisationData, version: int | None
    ) -> OrganisationRow:
        return organisations.update_organisation(self.store, record_id, data, version=version)

    def fill(self, row: OrganisationRow | None) -> None:
        data = row.data() if row else OrganisationData("")
        self.name.setText(data.name)
        self.acronym.setText(data.acronym)
        self.kind.set_value(data.kind)
        self.scope.set_value(data.scope)
        self.themes.setText(", ".join(theme_labels(data.themes)))
        self.website.setText(data.website)
        self.country.setText(data.country)
        self.description.setPlainText(data.description)

    def collect(self) -> OrganisationData:
        return OrganisationData(
            name=self.name.text(),
            acronym=self.acronym.text(),
            kind=self.kind.value(),
            scope=self.scope.value(),
            themes=themes_from_text(self.themes.text()),
            website=self.website.text(),
            country=self.country.text(),
            description=self.description.toPlainText(),
        )

    def title(self, row: OrganisationRow | None) -> str:
        if row is None:
            return self.tr("New organisation or network")
        return self.tr("Organisation: {0}").format(row.name)

    def this_record(self) -> str:
        return self.tr("this organisation")

    def missing_required(self) -> list[str]:
        return [] if self.name.text().strip() else [self.tr("Name")]
