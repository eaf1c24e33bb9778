"""Qt-free domain: typed models, enums, value rules and region definitions."""
