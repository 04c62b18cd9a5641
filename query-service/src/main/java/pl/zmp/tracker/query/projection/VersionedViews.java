package pl.zmp.tracker.query.projection;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * How every projection applies an event to its read model, and the rule that makes projections
 * idempotent: events of one aggregate arrive in order, so an event whose sequence number is at or
 * below the view's version was applied already and changes nothing. An aggregate's first event
 * creates its view; a later event for an aggregate without a view is an error (its first event was
 * not projected), which fails the batch rather than losing the event. The views are read and written
 * through a {@link ViewStore}: once per batch within a unit of work.
 * <p>
 * Views are either documents changed in place ({@link #changedInPlace}: the change sets fields and the
 * version is set here) or immutable records replaced whole ({@link #replacedWhole}: the change builds the
 * new record, with the event's sequence number as its version).
 */
public final class VersionedViews<V> {

    private final ViewStore<V> views;
    private final String kind;
    private final ToLongFunction<V> versionOf;
    /** Documents changed in place only: a new, empty document, and how its version is set. */
    private final Function<String, V> newView;
    private final ObjLongConsumer<V> setVersion;

    private VersionedViews(ViewStore<V> views, String kind, ToLongFunction<V> versionOf, Function<String, V> newView,
                           ObjLongConsumer<V> setVersion) {
        this.views = views;
        this.kind = kind;
        this.versionOf = versionOf;
        this.newView = newView;
        this.setVersion = setVersion;
    }

    /** Views that are documents changed in place; {@code newView} makes the empty document of an id. */
    public static <V extends VersionedView> VersionedViews<V> changedInPlace(ViewStore<V> views, String kind,
                                                                            Function<String, V> newView) {
        return new VersionedViews<>(views, kind, VersionedView::getVersion, newView, VersionedView::setVersion);
    }

    /** Views that are immutable records, replaced whole by each event; {@code versionOf} reads a record's version. */
    public static <V> VersionedViews<V> replacedWhole(ViewStore<V> views, String kind, ToLongFunction<V> versionOf) {
        return new VersionedViews<>(views, kind, versionOf, null, null);
    }

    /** Applies the aggregate's first event to a document changed in place, creating it. */
    public void create(String id, long sequence, Consumer<V> change) {
        changeInPlace(id, sequence, change, true);
    }

    /** Applies a later event to the aggregate's existing document, changed in place. */
    public void update(String id, long sequence, Consumer<V> change) {
        changeInPlace(id, sequence, change, false);
    }

    /** Applies the aggregate's first event to a record view: {@code created} is the new record. */
    public void create(String id, long sequence, Supplier<V> created) {
        Optional<V> stored = views.find(id);
        if (isApplied(stored, sequence)) {
            return;
        }
        save(id, sequence, created.get());
    }

    /** Applies a later event to the aggregate's existing record view: {@code change} builds its successor. */
    public void replace(String id, long sequence, UnaryOperator<V> change) {
        Optional<V> stored = views.find(id);
        if (isApplied(stored, sequence)) {
            return;
        }
        save(id, sequence, change.apply(stored.orElseThrow(() -> noView(id))));
    }

    private void changeInPlace(String id, long sequence, Consumer<V> change, boolean creating) {
        if (newView == null) {
            throw new IllegalStateException(kind + " views are records: create them with a Supplier, change them with replace");
        }
        Optional<V> stored = views.find(id);
        if (isApplied(stored, sequence)) {
            return;
        }
        V view = creating ? stored.orElseGet(() -> newView.apply(id)) : stored.orElseThrow(() -> noView(id));
        change.accept(view);
        setVersion.accept(view, sequence);
        views.save(id, view);
    }

    private void save(String id, long sequence, V view) {
        if (versionOf.applyAsLong(view) != sequence) {
            throw new IllegalStateException(kind + " " + id + ": a view built from event " + sequence
                    + " must have that sequence number as its version, not " + versionOf.applyAsLong(view));
        }
        views.save(id, view);
    }

    private boolean isApplied(Optional<V> stored, long sequence) {
        return stored.filter(view -> sequence <= versionOf.applyAsLong(view)).isPresent();
    }

    private IllegalStateException noView(String id) {
        return new IllegalStateException(kind + " " + id + " has no view: its first event was not projected");
    }
}
