"""The admin's reports (Reports menu): materials, review decisions, translation
status. Their reads are in ``content.selectors.reports``."""
