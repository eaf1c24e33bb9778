"""Every field a merge can list has words for people in both languages (a conflict names its field)."""

from __future__ import annotations

import pytest

from festival_planner.domain import messages
from festival_planner.services.kit_merge import WHOLE_ROW, entity_label, field_label
from festival_planner.services.kits import BOOKKEEPING, SITE_TABLES, table


@pytest.mark.parametrize("language", messages.LANGUAGES)
def test_every_kit_table_and_column_has_a_label(language: str) -> None:
    catalogue = messages.catalogues()[language]
    for entity in SITE_TABLES:
        assert f"kit_entity.{entity}" in catalogue
        for column in table(entity).c:
            if column.name not in BOOKKEEPING:
                assert f"kit_field.{column.name}" in catalogue, (entity, column.name)
    assert f"kit_field.{WHOLE_ROW}" in catalogue
    assert field_label("note", "vi") == "Ghi chú" and field_label("note", "en") == "Note"
    assert entity_label("checklist_item", "en") == "Checklist item"
