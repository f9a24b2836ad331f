"""The window in Swedish calls every stored value by its Swedish word, from app/vocabulary:
the memberships table, the organisation editor, the review and the change log."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from app import vocabulary as v
from app.rows import AssessmentData
from app.services import assessments, memberships, organisations, reviews
from app.store import Store
from tests.support.builders import SmallRegister
from tests.support.dialogs import settle
from ui.dialogs.organisation_dialog import OrganisationDialog
from ui.views.changelog_view import ChangeLogView
from ui.views.review_view import ReviewView

DISPLAY = Qt.ItemDataRole.DisplayRole


def column_texts(model, header: str) -> list[str]:  # type: ignore[no-untyped-def]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index(header)
    return [model.index(row, column).data(DISPLAY) for row in range(model.rowCount())]


@pytest.mark.usefixtures("swedish")
def test_the_memberships_table_in_swedish(make_window, filled) -> None:  # type: ignore[no-untyped-def]
    window = make_window(filled[0], 2006)
    model = window.current_view().table.model
    assert set(column_texts(model, "Typ")) == {"Organisation", "Nätverk"}
    assert set(column_texts(model, "Status")) == {"Aktivt", "Avslutat"}
    assert "Styrning" in column_texts(model, "Teman")  # Eurocities' theme, "governance"
    kind_filter = next(f for f in window.current_view().spec.filters() if f.key == "kind")
    assert [text for _key, text in kind_filter.options([])] == ["Organisation", "Nätverk"]


@pytest.mark.usefixtures("swedish")
def test_the_organisation_editor_in_swedish(qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    store, reg = filled
    row = organisations.get_organisation(store, reg.eurocities)
    organisations.update_organisation(
        store, row.id, replace(row.data(), themes=("environment", "Smart cities")),
        version=row.version,
    )  # fmt: skip
    dialog = OrganisationDialog(store, reg.eurocities)
    qtbot.addWidget(dialog)
    assert sorted(dialog.themes.text().split(", ")) == ["Miljö", "Smart cities"]
    assert [dialog.kind.itemText(i) for i in range(dialog.kind.count())] == [
        "Organisation", "Nätverk"
    ]  # fmt: skip
    scopes = [dialog.scope.itemText(i) for i in range(dialog.scope.count())]
    assert scopes == list(v.SCOPES.labels("sv").values()) and "Europeisk" in scopes
    dialog.themes.setText("Kultur, miljö; Smart cities")
    assert dialog.collect().themes == ("culture", "environment", "Smart cities")


@pytest.mark.usefixtures("swedish")
def test_the_review_in_swedish(qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    store, reg = filled
    assessments.save_assessment(
        store, AssessmentData(reg.eurocities_membership, 2007, rating=4, recommendation="leave")
    )
    review = reviews.create_review(store, 2007)
    reviews.record_decision(store, review.id, reg.eurocities_membership, "postpone")
    view = ReviewView(store)
    qtbot.addWidget(view)
    view.set_year(2007)
    view.show()
    settle(qtbot, view)
    view.show_membership(reg.eurocities_membership)
    assert "Organisation" in view.detail.subtitle.text()
    assert view.detail.subtitle.text().endswith("· Aktivt")
    page = view.detail.page.toPlainText()
    assert "Rekommendation: Säg upp" in page
    assert "Huvudkontakt" in page  # Anna Berg's role
    assert view.decision.recommended.text() == "Rekommenderat: Säg upp"
    row = [i.membership_id for i in view.model.items].index(reg.eurocities_membership)
    tip = view.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Beslut: Skjut upp" in tip
    combo = view.filters.recommendation
    texts = [combo.itemText(i) for i in range(1, combo.count())]
    assert texts == [f"Rekommenderat: {w}" for w in v.RECOMMENDATIONS.labels("sv").values()] + [
        "Rekommenderat: Inte bedömt"
    ]


@pytest.mark.usefixtures("swedish")
def test_the_change_log_in_swedish(qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    store: Store = filled[0]
    reg: SmallRegister = filled[1]
    detail = memberships.get_membership(store, reg.nss_membership)
    memberships.update_membership(store, detail.id, replace(detail.data(), status="notice_given"))
    view = ChangeLogView(store)
    qtbot.addWidget(view)
    newest = view.proxy.index(0, 2).data()
    assert newest == "Ändrad"
    assert "Status: Aktivt → Uppsagt" in view.proxy.index(0, 5).data()
    actions = {view.proxy.index(r, 2).data() for r in range(view.proxy.rowCount())}
    assert actions <= set(v.CHANGE_ACTIONS.labels("sv").values()) and "Tillagd" in actions
