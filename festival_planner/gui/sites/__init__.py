"""The Sites workspace ("Điểm tổ chức"): view, table model, dialog, commands, workspace."""
