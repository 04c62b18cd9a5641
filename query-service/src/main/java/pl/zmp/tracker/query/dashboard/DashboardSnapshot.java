package pl.zmp.tracker.query.dashboard;

import pl.zmp.tracker.query.exhibition.ExhibitionView;
import pl.zmp.tracker.query.project.ProjectView;
import pl.zmp.tracker.query.recruitment.RecruitmentView;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every panel of the dashboard for a past date: the statistics, the calls with where each stood, the
 * showings with where each stood, and the projects with their status then.
 */
public record DashboardSnapshot(
        DashboardStatistics statistics,
        List<Call> recruitments,
        List<Showing> showings,
        List<Project> projects) {

    public record Call(String id, String projectId, String projectTitle, int round, String title,
                       OffsetDateTime deadline, CallState state, Instant closedAt, Integer places, long submitted,
                       long accepted, long rejected) {
    }

    public record Showing(String exhibitionId, String exhibitionTitle, String showingCode, String venueName,
                          String city, String country, LocalDate from, LocalDate to, List<String> sideProgramme,
                          ShowingState state, String cancellationReason) {
    }

    public record Project(String id, String title, String status) {
    }

    static DashboardSnapshot of(DashboardStatistics statistics, List<ProjectView> projects,
                                List<RecruitmentView> recruitments, List<ExhibitionView> exhibitions) {
        Instant moment = statistics.computedAt();
        LocalDate day = LocalDate.ofInstant(moment, DashboardStatisticsCalculator.WARSAW);
        Map<String, String> titles = projects.stream()
                .collect(Collectors.toMap(ProjectView::getId, project -> String.valueOf(project.getTitle())));
        List<Call> calls = recruitments.stream()
                .sorted(Comparator.comparing(RecruitmentView::getTitle, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(call -> new Call(call.getId(), call.getProjectId(), titles.get(call.getProjectId()), call.getRound(),
                        call.getTitle(), call.getDeadline(), CallState.of(call, moment), call.getClosedAt(),
                        call.getPlaces(), call.getApplications().size(), count(call, "ACCEPTED"),
                        count(call, "REJECTED")))
                .toList();
        List<Showing> showings = exhibitions.stream()
                .flatMap(exhibition -> exhibition.getShowings().stream().map(showing -> new Showing(exhibition.getId(),
                        exhibition.getTitle(), showing.code(), showing.venueName(), showing.city(), showing.country(),
                        showing.from(), showing.to(), showing.sideProgramme(), ShowingState.of(showing, day),
                        showing.cancellationReason())))
                .sorted(Comparator.comparing(Showing::from).thenComparing(Showing::venueName,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        List<Project> projectList = projects.stream()
                .map(project -> new Project(project.getId(), project.getTitle(), project.getStatus()))
                .sorted(Comparator.comparing(Project::title, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new DashboardSnapshot(statistics, calls, showings, projectList);
    }

    private static long count(RecruitmentView call, String status) {
        return call.getApplications().stream().filter(application -> application.status().equals(status)).count();
    }
}
