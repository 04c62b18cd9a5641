package pl.zmp.tracker.query.audit;

/** An event as read from the store: its audit view and the metadata and payload exactly as stored. */
record StoredEvent(AuditEvent event, String metadataText, String payloadText) {
}
