"""Accounts security: sign-in lockout, sessions, passwords and the audit trail."""
