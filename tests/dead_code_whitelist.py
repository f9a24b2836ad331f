"""Names the dead-code check (tests/test_dead_code.py) must not report.

Each is used, but by something vulture cannot see: Qt calls the overrides, Alembic
reads a migration's module variables, openpyxl reads the attributes it is given,
HTMLParser calls its handlers, pytest reads `pytestmark` and runs autouse
fixtures, the benchmark harness finds its probes by decorator, and a few
attributes only hold a reference so that Qt does not delete the object. Add a
name here only with the reason in the comment beside it.
"""

# ruff: noqa: B018, F821
# Qt virtual methods, called by Qt itself.
_.paintEvent
_.contextMenuEvent
_.createEditor
_.setEditorData
_.setModelData
_.sortColumn
_.mapFromSource
_.sibling
_.hasChildren
_.paintSection

# Alembic reads these module variables and functions of each migration.
down_revision
branch_labels
depends_on
downgrade

# openpyxl attributes set for Excel to read.
_.lastModifiedBy
_.print_title_cols
_.paperSize
_.fitToHeight

# html.parser.HTMLParser calls its handlers by name.
_.handle_starttag
_.handle_endtag
_.handle_data
_._in_heading

# pytest reads these.
pytestmark
swedish_locale

# tests/benchmarks: the harness finds each probe by its @probe decorator.
memberships_query
memberships_floor
matrix_query
matrix_floor
memberships_view
matrix_view
sheet_shapes
reimport
export_floor

# Held only so that Python keeps the object alive while Qt runs it.
_._task
_._keep
