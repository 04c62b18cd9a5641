package pl.zmp.tracker.query.projection;

/** A read-model document that remembers the sequence number of the last event applied to it. */
public interface VersionedView {

    long getVersion();

    void setVersion(long version);
}
