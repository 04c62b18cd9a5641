package pl.zmp.tracker.query.recruitment;

import org.springframework.data.annotation.Id;
import org.springframework.data.convert.ValueConverter;
import org.springframework.data.mongodb.core.mapping.Document;
import pl.zmp.tracker.query.projection.VersionedView;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** One call for participants with its applications; {@code version} as in every view: last applied event. */
@Document("#{T(pl.zmp.tracker.query.store.ReadModelCollections).name('recruitments')}")
public class RecruitmentView implements VersionedView {

    @Id
    private String id;
    private String projectId;
    private int round;
    private String title;
    @ValueConverter(OffsetDateTimeValue.class)
    private OffsetDateTime deadline;
    private Integer places;
    private boolean closed;
    private Instant closedAt;
    private List<Application> applications = new ArrayList<>();
    private long version = -1;

    /** {@code status}: SUBMITTED, ACCEPTED or REJECTED. */
    public record Application(String municipalityId, Instant submittedAt, String status, String reason) {
    }

    protected RecruitmentView() {
    }

    public RecruitmentView(String id) {
        this.id = id;
    }

    public String getId() { return id; }
    public String getProjectId() { return projectId; }
    public void setProjectId(String projectId) { this.projectId = projectId; }
    public int getRound() { return round; }
    public void setRound(int round) { this.round = round; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public OffsetDateTime getDeadline() { return deadline; }
    public void setDeadline(OffsetDateTime deadline) { this.deadline = deadline; }
    public Integer getPlaces() { return places; }
    public void setPlaces(Integer places) { this.places = places; }
    public boolean isClosed() { return closed; }
    public void setClosed(boolean closed) { this.closed = closed; }
    public Instant getClosedAt() { return closedAt; }
    public void setClosedAt(Instant closedAt) { this.closedAt = closedAt; }
    public List<Application> getApplications() { return applications; }
    @Override
    public long getVersion() { return version; }
    @Override
    public void setVersion(long version) { this.version = version; }
}
