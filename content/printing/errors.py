class PrintError(Exception):
    """A document that cannot be printed, with a message for the person asking."""
