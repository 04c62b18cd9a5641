package pl.zmp.tracker.query.recruitment;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A call as the recruitment board shows it: for an open call the deadline (in Europe/Warsaw), the
 * time remaining and the places left; for a closed one its outcome.
 */
public record RecruitmentBoardEntry(
        String id,
        String projectId,
        @Schema(example = "Przestrzeń dla partycypacji") String projectTitle,
        int round,
        @Schema(example = "Nabór I") String title,
        ZonedDateTime deadline,
        Long secondsRemaining,
        boolean deadlinePassed,
        Integer places,
        Integer placesLeft,
        long submitted,
        long accepted,
        long rejected,
        boolean closed,
        Instant closedAt,
        List<Applicant> applicants,
        @Schema(description = "the recruitment's version: its last event applied here; send it as If-Match")
        long version) {

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    public record Applicant(String municipalityId, String name, Instant submittedAt, String status, String reason) {
    }

    static RecruitmentBoardEntry of(RecruitmentView call, String projectTitle, List<Applicant> applicants, Instant now) {
        OffsetDateTime deadline = call.getDeadline();
        boolean passed = deadline != null && !deadline.toInstant().isAfter(now);
        Long remaining = deadline == null || passed || call.isClosed() ? null
                : Duration.between(now, deadline.toInstant()).toSeconds();
        long accepted = count(call, "ACCEPTED");
        return new RecruitmentBoardEntry(call.getId(), call.getProjectId(), projectTitle, call.getRound(), call.getTitle(),
                deadline == null ? null : deadline.atZoneSameInstant(WARSAW), remaining, passed, call.getPlaces(),
                call.getPlaces() == null ? null : (int) Math.max(0, call.getPlaces() - accepted),
                call.getApplications().size(), accepted, count(call, "REJECTED"),
                call.isClosed(), call.getClosedAt(), applicants, call.getVersion());
    }

    private static long count(RecruitmentView call, String status) {
        return call.getApplications().stream().filter(application -> application.status().equals(status)).count();
    }
}
