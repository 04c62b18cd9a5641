package pl.zmp.tracker.query.projection;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoOperations;
import pl.zmp.tracker.query.exhibition.ExhibitionView;
import pl.zmp.tracker.query.organisation.OrganisationView;
import pl.zmp.tracker.query.store.ReadModelCollections;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The one way every projection applies an event: documents changed in place and records replaced whole. */
class VersionedViewsTest {

    /** The documents as MongoDB would hold them, by collection and id (no unit of work: saved at once). */
    private final Map<String, Object> stored = new HashMap<>();
    private final MongoOperations mongo = mock(MongoOperations.class);
    private VersionedViews<ExhibitionView> exhibitions;
    private VersionedViews<OrganisationView> organisations;

    @BeforeEach
    void store() {
        // whichever collection serves each read model now (a rebuild elsewhere in this JVM may have swapped it)
        when(mongo.getCollectionName(ExhibitionView.class)).thenReturn(ReadModelCollections.name("exhibitions"));
        when(mongo.getCollectionName(OrganisationView.class)).thenReturn(ReadModelCollections.name("organisations"));
        when(mongo.findById(anyString(), any(), anyString())).thenAnswer(call ->
                stored.get(call.getArgument(2) + "/" + call.getArgument(0)));
        when(mongo.save(any(), anyString())).thenAnswer(call -> {
            Object view = call.getArgument(0);
            String id = view instanceof ExhibitionView exhibition ? exhibition.getId() : ((OrganisationView) view).id();
            stored.put(call.getArgument(1) + "/" + id, view);
            return view;
        });
        exhibitions = VersionedViews.changedInPlace(
                new ViewStore<>(mongo, ExhibitionView.class, "exhibitions"), "exhibition", ExhibitionView::new);
        organisations = VersionedViews.replacedWhole(
                new ViewStore<>(mongo, OrganisationView.class, "organisations"), "organisation", OrganisationView::version);
    }

    @Test
    void aDocumentChangedInPlaceTakesTheEventsSequenceAsItsVersionAndIgnoresEventsItHas() {
        exhibitions.create("e1", 0, view -> view.setTitle("Wystawa"));
        exhibitions.update("e1", 1, view -> view.setTitle("Wystawa objazdowa"));
        exhibitions.update("e1", 1, view -> view.setTitle("applied already"));
        exhibitions.create("e1", 0, view -> view.setTitle("created already"));

        ExhibitionView view = (ExhibitionView) stored.get(ReadModelCollections.name("exhibitions") + "/e1");
        assertThat(view.getTitle()).isEqualTo("Wystawa objazdowa");
        assertThat(view.getVersion()).isEqualTo(1);
    }

    @Test
    void aRecordIsReplacedWholeAndIgnoresEventsItHas() {
        organisations.create("o1", 0, () -> organisation("o1", "ZMP", 0));
        organisations.replace("o1", 1, view -> organisation(view.id(), "Związek Miast Polskich", 1));
        organisations.replace("o1", 0, view -> organisation(view.id(), "applied already", 0));
        organisations.create("o1", 0, () -> organisation("o1", "created already", 0));

        assertThat(stored.get(ReadModelCollections.name("organisations") + "/o1")).isEqualTo(organisation("o1", "Związek Miast Polskich", 1));
    }

    @Test
    void aLaterEventForAnAggregateWithoutAViewFailsInsteadOfBeingLost() {
        assertThatThrownBy(() -> exhibitions.update("e2", 3, view -> view.setTitle("x")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("exhibition e2 has no view");
        assertThatThrownBy(() -> organisations.replace("o2", 3, view -> view))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("organisation o2 has no view");
        assertThat(stored).isEmpty();
    }

    @Test
    void aRecordBuiltWithAnotherVersionThanTheEventsSequenceIsRefused() {
        assertThatThrownBy(() -> organisations.create("o3", 4, () -> organisation("o3", "ZPP", 0)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("must have that sequence number");
        assertThat(stored).isEmpty();
    }

    @Test
    void recordsCannotBeChangedInPlace() {
        assertThatThrownBy(() -> organisations.create("o4", 0, (OrganisationView view) -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("records");
        assertThat(stored).isEmpty();
    }

    private static OrganisationView organisation(String id, String name, long version) {
        return new OrganisationView(id, name, null, "ASSOCIATION", "PL", null, null, version);
    }
}
