"""Undoable changes of the checklists workspace: item edits, bulk status, applying a template or the
default programme, programme and budget edits, and the template editor's changes."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from festival_planner.domain.enums import ChecklistStatus
from festival_planner.gui.commands import EditCommand, ServiceCommand
from festival_planner.gui.operations import Operations
from festival_planner.services import budget, checklist_templates, checklists, programme
from festival_planner.services.checklist_templates import TemplateItemRow, TemplateItemSpec
from festival_planner.services.checklists import ChecklistItemRow

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")



class EditItemCommand(EditCommand):
    """Change an item's owner, due date, status or note; undo restores the completion date too."""

    def __init__(self, ops: Operations, before: ChecklistItemRow, changes: dict[str, Any]) -> None:
        super().__init__(ops,
        translate("commands", "Sửa công việc “%1”").replace("%1", before.title), before, changes,
                         checklists.update_item)
        if "status" in changes:
            self.old["completed_on"] = before.completed_on


class BulkStatusCommand(ServiceCommand):
    """Give many items one status (one transaction); undo puts every item back as it was."""

    def __init__(self, ops: Operations, rows: Sequence[ChecklistItemRow], status: ChecklistStatus) -> None:
        super().__init__(ops, translate("commands", "Đổi trạng thái %1 công việc").replace("%1", str(len(rows))))
        self.ids = [r.id for r in rows]
        self.status = status
        self.before: tuple[ChecklistItemRow, ...] = ()
        for row in rows:
            ops.known_versions[row.id] = row.version

    def _versions(self) -> dict[uuid.UUID, int]:
        return {i: self.ops.known_versions[i] for i in self.ids if i in self.ops.known_versions}

    def _remember(self, after: Sequence[ChecklistItemRow]) -> None:
        for row in after:
            self.ops.known_versions[row.id] = row.version

    def _do(self, session: Session) -> None:
        change = checklists.set_status(session, self.ids, self.status, expected_versions=self._versions())
        self.before = change.before
        self._remember(change.after)
        return None

    def _undo(self, session: Session) -> None:
        change = checklists.restore_items(session, self.before, expected_versions=self._versions())
        self._remember(change.after)
        return None


class ApplyTemplateCommand(ServiceCommand):
    """Apply a template to a site (``replace``: its old items are deleted first); undo deletes the new
    items and puts the old ones back."""

    def __init__(self, ops: Operations, site_id: uuid.UUID, template_name: str, replace: bool = False) -> None:
        super().__init__(ops, translate("commands", "Áp dụng mẫu “%1”").replace("%1", template_name))
        self.site_id, self.template_name, self.replace = site_id, template_name, replace
        self.created: list[ChecklistItemRow] = []
        self.old: list[ChecklistItemRow] = []

    def _do(self, session: Session) -> None:
        if self.replace:
            current = checklists.list_items(session, self.site_id)
            self.old = checklists.delete_items(session, [r.id for r in current])
        if self.created:  # redo: the same items again
            checklists.restore_deleted_items(session, self.created)
        else:
            self.created = checklists.apply_template(session, self.site_id, self.template_name)
        return None

    def _undo(self, session: Session) -> None:
        checklists.delete_items(session, [r.id for r in self.created])
        checklists.restore_deleted_items(session, self.old)
        return None


class ApplyProgrammeCommand(ServiceCommand):
    """Give a site the default programme; undo clears it."""

    def __init__(self, ops: Operations, site_id: uuid.UUID) -> None:
        super().__init__(ops, translate("commands", "Tạo chương trình mặc định"))
        self.site_id = site_id
        self.created: list[Any] = []

    def _do(self, session: Session) -> None:
        if self.created:
            programme.restore_programme(session, self.created)
        else:
            self.created = list(programme.apply_default_programme(session, self.site_id).items)
        return None

    def _undo(self, session: Session) -> None:
        self.created = programme.clear_programme(session, self.site_id)
        return None


class EditProgrammeItemCommand(EditCommand):
    """Change a programme item; a new duration moves the later items (the service recomputes them)."""

    def __init__(self, ops: Operations, before: Any, changes: dict[str, Any]) -> None:
        def update(session: Session, item_id: uuid.UUID, version: int, **values: Any) -> Any:
            changed = programme.update_programme_item(session, item_id, version, **values)
            for row in changed:  # later items moved: their new versions, for their own undo steps
                ops.known_versions[row.id] = row.version
            return changed[0]

        super().__init__(ops,
        translate("commands", "Sửa chương trình “%1”").replace("%1", before.title), before, changes, update)


class EditBudgetLineCommand(EditCommand):
    """Change a budget line's description, estimate or actual amount."""

    def __init__(self, ops: Operations, before: Any, changes: dict[str, Any]) -> None:
        super().__init__(ops, translate("commands", "Sửa khoản kinh phí “%1”").replace("%1", before.description),
                         before, changes, budget.update_budget_line)


# --- the template editor ------------------------------------------------------------------------------

def _note_versions(ops: Operations, session: Session, template_id: uuid.UUID) -> None:
    """Adding, removing and reordering renumber the other items (new versions): remember them, so an
    earlier edit's undo still passes the version check."""
    for item in checklist_templates.get_template(session, template_id).items:
        ops.known_versions[item.id] = item.version

class EditTemplateItemCommand(EditCommand):
    """Change a template item's title, category, lead time or default owner."""

    def __init__(self, ops: Operations, before: TemplateItemRow, changes: dict[str, Any]) -> None:
        super().__init__(ops, translate("commands", "Sửa mục mẫu “%1”").replace("%1", before.title), before, changes,
                         checklist_templates.update_template_item)


class AddTemplateItemCommand(ServiceCommand):
    """Add an item to a template; undo removes it, redo puts it back with the same id."""

    def __init__(self, ops: Operations, template_id: uuid.UUID, spec: TemplateItemSpec) -> None:
        super().__init__(ops, translate("commands", "Thêm mục mẫu “%1”").replace("%1", spec.title))
        self.template_id, self.spec = template_id, spec
        self.position: int | None = None
        self.item_id: uuid.UUID | None = None

    def _do(self, session: Session) -> TemplateItemRow:
        row = checklist_templates.add_template_item(session, self.template_id, self.spec, position=self.position,
                                                    item_id=self.item_id)
        self.position, self.item_id = row.position, row.id
        _note_versions(self.ops, session, self.template_id)
        return None

    def _undo(self, session: Session) -> None:
        assert self.item_id is not None
        checklist_templates.remove_template_item(session, self.item_id)
        _note_versions(self.ops, session, self.template_id)
        return None


class RemoveTemplateItemCommand(ServiceCommand):
    """Remove a template item; undo puts it back at its place with its id."""

    def __init__(self, ops: Operations, row: TemplateItemRow) -> None:
        super().__init__(ops, translate("commands", "Xóa mục mẫu “%1”").replace("%1", row.title))
        self.snapshot = row

    def _do(self, session: Session) -> None:
        self.snapshot = checklist_templates.remove_template_item(session, self.snapshot.id)
        _note_versions(self.ops, session, self.snapshot.template_id)
        return None

    def _undo(self, session: Session) -> None:
        checklist_templates.add_template_item(session, self.snapshot.template_id, self.snapshot.spec(),
                                              position=self.snapshot.position, item_id=self.snapshot.id)
        _note_versions(self.ops, session, self.snapshot.template_id)
        return None


class ReorderTemplateCommand(ServiceCommand):
    """Put a template's items (or whole categories) in a new order; undo restores the old order."""

    def __init__(self, ops: Operations, template_id: uuid.UUID, old_ids: Sequence[uuid.UUID],
                 new_ids: Sequence[uuid.UUID]) -> None:
        super().__init__(ops, translate("commands", "Đổi thứ tự mẫu"))
        self.template_id, self.old_ids, self.new_ids = template_id, list(old_ids), list(new_ids)

    def _do(self, session: Session) -> None:
        checklist_templates.reorder_template_items(session, self.template_id, self.new_ids)
        _note_versions(self.ops, session, self.template_id)
        return None

    def _undo(self, session: Session) -> None:
        checklist_templates.reorder_template_items(session, self.template_id, self.old_ids)
        _note_versions(self.ops, session, self.template_id)
        return None


class ImportTemplateCommand(ServiceCommand):
    """Create a template from an .xlsx file; undo deletes it."""

    def __init__(self, ops: Operations, path: str, name: str | None = None) -> None:
        super().__init__(ops, translate("commands", "Nhập mẫu từ Excel"))
        self.path, self.name = path, name
        self.row: Any = None
        self.created: Any = None

    def _do(self, session: Session) -> Any:
        if self.created is not None:
            return checklist_templates.restore_template(session, self.created)
        self.created = checklist_templates.import_template_xlsx(session, self.path, name=self.name)
        return self.created

    def _undo(self, session: Session) -> None:
        self.created = checklist_templates.delete_template(session, self.created.id)
        return None


# --- adding and deleting rows (budget lines, commendations, gifts, programme items, checklist items and
# campaign tasks): one pair of commands over the services' add / delete / restore ------------------------

class AddRowCommand(ServiceCommand):
    """Add a row through ``add(session)``; undo deletes it, redo puts it back with the same id and place.

    ``note(session)`` runs after each step (a programme's other items are renumbered: their new versions)."""

    def __init__(self, ops: Operations, text: str, add: Callable[[Session], Any],
                 delete: Callable[[Session, uuid.UUID, int], Any], restore: Callable[[Session, Any], Any],
                 note: Callable[[Session], None] | None = None) -> None:
        super().__init__(ops, text)
        self._add, self._delete, self._restore, self._note = add, delete, restore, note
        self.added: Any = None  # the row as added (its id), kept across undo and redo
        self._deleted: Any = None

    def _do(self, session: Session) -> Any:
        row = self._restore(session, self._deleted) if self._deleted is not None else self._add(session)
        self.added = row
        self._after(session)
        return row

    def _undo(self, session: Session) -> None:
        self._deleted = self._delete(session, self.added.id, self._version(self.added.id))
        self._after(session)
        return None

    def _after(self, session: Session) -> None:
        if self._note is not None:
            self._note(session)


class DeleteRowsCommand(ServiceCommand):
    """Delete rows (as the user saw them: versions checked) in one step; undo puts them back with their
    ids, places and values."""

    def __init__(self, ops: Operations, text: str, rows: Sequence[Any],
                 delete: Callable[[Session, uuid.UUID, int], Any], restore: Callable[[Session, Any], Any],
                 note: Callable[[Session], None] | None = None) -> None:
        super().__init__(ops, text)
        self.snapshots = list(rows)
        for row in rows:
            ops.known_versions[row.id] = row.version
        self._delete, self._restore, self._note = delete, restore, note

    def _do(self, session: Session) -> None:
        self.snapshots = [self._delete(session, row.id, self._version(row.id)) for row in self.snapshots]
        if self._note is not None:
            self._note(session)
        return None

    def _undo(self, session: Session) -> None:
        for row in sorted(self.snapshots, key=lambda r: r.position):
            back = self._restore(session, row)
            self.ops.known_versions[back.id] = back.version
        if self._note is not None:
            self._note(session)
        return None
