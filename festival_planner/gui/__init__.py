"""The Qt Widgets layer: main window, workspaces, dialogs, item models and the undo stack.

Everything here calls the services; nothing here builds a query or holds a Session.
"""
