"""One module per external system; no other code starts a process."""
