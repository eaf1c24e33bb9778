"""The "Tiến độ" workspace: the national dashboard of readiness, overdue items and the workplan."""
