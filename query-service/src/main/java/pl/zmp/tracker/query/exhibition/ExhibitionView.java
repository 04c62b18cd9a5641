package pl.zmp.tracker.query.exhibition;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import pl.zmp.tracker.query.projection.VersionedView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An exhibition with its showings (cancelled ones kept, marked); {@code version}: last applied event. */
@Document("#{T(pl.zmp.tracker.query.store.ReadModelCollections).name('exhibitions')}")
public class ExhibitionView implements VersionedView {

    @Id
    private String id;
    private String projectId;
    private String title;
    private List<Showing> showings = new ArrayList<>();
    private long version = -1;

    public record Showing(String code, String venueName, String city, String country, LocalDate from, LocalDate to,
                          List<String> sideProgramme, boolean cancelled, String cancellationReason) {
    }

    protected ExhibitionView() {
    }

    public ExhibitionView(String id) {
        this.id = id;
    }

    public String getId() { return id; }
    public String getProjectId() { return projectId; }
    public void setProjectId(String projectId) { this.projectId = projectId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public List<Showing> getShowings() { return showings; }
    @Override
    public long getVersion() { return version; }
    @Override
    public void setVersion(long version) { this.version = version; }
}
