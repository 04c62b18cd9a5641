package pl.zmp.tracker.query.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pl.zmp.tracker.query.exhibition.ExhibitionView;
import pl.zmp.tracker.query.store.Names;
import pl.zmp.tracker.query.recruitment.RecruitmentView;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@RestController
@Tag(name = "Calendar", description = "An iCalendar feed of exhibition showings and recruitment deadlines")
@Validated
class CalendarController {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final MongoTemplate mongo;
    private final Names names;
    private final Clock clock;

    CalendarController(MongoTemplate mongo, Names names, Clock clock) {
        this.mongo = mongo;
        this.names = names;
        this.clock = clock;
    }

    @GetMapping("/api/calendar.ics")
    @Operation(summary = "Exhibition showings and recruitment deadlines as an iCalendar feed (RFC 5545)",
            description = "Public (no sign-in), so that calendar programs can subscribe to it by URL. Each showing is an all-day event over its dates "
                    + "(a cancelled one stays, with STATUS:CANCELLED); each recruitment deadline an event at that "
                    + "moment. Events keep their UID from one fetch to the next. projectId limits the feed to one project.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the calendar",
                            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))})
    ResponseEntity<String> feed(
            @Parameter(description = "only the showings and deadlines of this project")
            @RequestParam(required = false) @Pattern(regexp = UUID, message = "must be a UUID") String projectId) {
        Query exhibitionQuery = byProject(projectId).with(Sort.by("title", "_id"));
        Query recruitmentQuery = byProject(projectId).with(Sort.by("deadline", "round", "_id"));
        List<ExhibitionView> exhibitions = mongo.find(exhibitionQuery, ExhibitionView.class);
        List<RecruitmentView> recruitments = mongo.find(recruitmentQuery, RecruitmentView.class);
        Set<String> projects = new HashSet<>();
        exhibitions.forEach(exhibition -> projects.add(exhibition.getProjectId()));
        recruitments.forEach(recruitment -> projects.add(recruitment.getProjectId()));
        Calendar calendar = CalendarFeed.of(exhibitions, recruitments, names.projects(projects), clock.instant());
        StringWriter text = new StringWriter();
        try {
            // validating: a feed that calendar programs would refuse is a failure here, not at the subscriber's
            new CalendarOutputter(true).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .cacheControl(CacheControl.noCache())
                .body(text.toString());
    }

    private static Query byProject(String projectId) {
        return projectId == null ? new Query() : Query.query(Criteria.where("projectId").is(projectId));
    }
}
