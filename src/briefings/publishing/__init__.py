"""Versioned editions: the publish gate, exclusion of drafts and embargoes, what changed, mike."""
