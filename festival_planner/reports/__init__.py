"""Printable documents (later issues)."""
