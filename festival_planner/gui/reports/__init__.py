"""The "Văn bản in" workspace: official documents to preview, print, and export as PDF or Word."""
