package pl.zmp.tracker.query.infra;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The rule that makes projections idempotent: events of one aggregate arrive in order, so an event
 * whose sequence number is at or below the view's version was applied already and changes nothing.
 * The views are read and written through a {@link ViewStore}: once per batch within a unit of work.
 */
public final class VersionedViews<V extends VersionedView> {

    private final ViewStore<V> views;
    private final String kind;
    private final Function<String, V> newView;

    public VersionedViews(ViewStore<V> views, String kind, Function<String, V> newView) {
        this.views = views;
        this.kind = kind;
        this.newView = newView;
    }

    /** Applies the aggregate's first event, creating its view. */
    public void create(String id, long sequence, Consumer<V> change) {
        apply(id, sequence, change, true);
    }

    /** Applies a later event to the aggregate's existing view. */
    public void update(String id, long sequence, Consumer<V> change) {
        apply(id, sequence, change, false);
    }

    private void apply(String id, long sequence, Consumer<V> change, boolean creating) {
        Optional<V> stored = views.find(id);
        if (stored.filter(view -> sequence <= view.getVersion()).isPresent()) {
            return;
        }
        V view = creating ? stored.orElseGet(() -> newView.apply(id)) : stored.orElseThrow(() ->
                new IllegalStateException(kind + " " + id + " has no view: its first event was not projected"));
        change.accept(view);
        view.setVersion(sequence);
        views.save(id, view);
    }
}
