"""Pure computation over plain values (no Session, no Qt): distances, remoteness, site selection."""
