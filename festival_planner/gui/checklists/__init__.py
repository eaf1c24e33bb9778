"""The "Công việc" workspace: site checklists, the national workplan, the programme and the budget."""
