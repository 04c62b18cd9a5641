package pl.zmp.tracker.query.calendar;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.model.ParameterList;
import pl.zmp.tracker.query.exhibition.ExhibitionView;
import pl.zmp.tracker.query.recruitment.RecruitmentView;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The calendar subscribers see (RFC 5545): each showing of an exhibition as an all-day event over its
 * dates, each recruitment deadline as an event at that moment. Identifiers are stable, so a client that
 * fetches the feed again updates its events instead of duplicating them; a cancelled showing stays in
 * the feed as CANCELLED, so subscribers see it called off. No METHOD: that would make it an iTIP
 * message (RFC 5546), which needs an ORGANIZER the feed has no address for.
 */
final class CalendarFeed {

    static final String PRODUCT = "-//Zwiazek Miast Polskich//ZMP project tracker//PL";
    static final String NAME = "ZMP: wystawy i nabory";
    static final String UID_DOMAIN = "@zmp-tracker";
    /** How often subscribers are asked to fetch again (Outlook and Apple read these; Google decides itself). */
    static final Duration REFRESH = Duration.ofHours(1);

    private CalendarFeed() {
    }

    static Calendar of(List<ExhibitionView> exhibitions, List<RecruitmentView> recruitments,
                       Map<String, String> projectTitles, Instant now) {
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(new XProperty("X-WR-CALNAME", NAME))
                .add(new XProperty("X-WR-TIMEZONE", "Europe/Warsaw"))
                .add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()))
                .add(new RefreshInterval(new ParameterList(), REFRESH));
        for (ExhibitionView exhibition : exhibitions) {
            for (ExhibitionView.Showing showing : exhibition.getShowings()) {
                calendar.add(showing(exhibition, showing, projectTitles.get(exhibition.getProjectId()), now));
            }
        }
        for (RecruitmentView recruitment : recruitments) {
            if (recruitment.getDeadline() != null) {
                calendar.add(deadline(recruitment, projectTitles.get(recruitment.getProjectId()), now));
            }
        }
        return calendar;
    }

    /** All day from the first to the last day of the showing (DTEND is exclusive: the day after). */
    private static VEvent showing(ExhibitionView exhibition, ExhibitionView.Showing showing, String projectTitle,
                                  Instant now) {
        VEvent event = new VEvent(showing.from(), showing.to().plusDays(1),
                exhibition.getTitle() + " – " + showing.venueName() + ", " + showing.city());
        event.add(new Uid("showing-" + exhibition.getId() + "-" + showing.code() + UID_DOMAIN));
        event.add(new Location(showing.venueName() + ", " + showing.city() + ", " + showing.country()));
        StringBuilder description = new StringBuilder();
        if (projectTitle != null) {
            description.append("Projekt: ").append(projectTitle);
        }
        if (showing.sideProgramme() != null && !showing.sideProgramme().isEmpty()) {
            description.append(description.isEmpty() ? "" : "\n").append("Program towarzyszący: ")
                    .append(String.join(", ", showing.sideProgramme()));
        }
        if (showing.cancelled()) {
            event.add(ImmutableStatus.VEVENT_CANCELLED);
            if (showing.cancellationReason() != null) {
                description.append(description.isEmpty() ? "" : "\n").append("Odwołana: ").append(showing.cancellationReason());
            }
        } else {
            event.add(ImmutableStatus.VEVENT_CONFIRMED);
        }
        if (!description.isEmpty()) {
            event.add(new Description(description.toString()));
        }
        return stamped(event, now);
    }

    /** The deadline is a moment: an event at it, without duration (RFC 5545 3.6.1). */
    private static VEvent deadline(RecruitmentView recruitment, String projectTitle, Instant now) {
        VEvent event = new VEvent(recruitment.getDeadline().toInstant(), "Termin naboru: " + recruitment.getTitle()
                + (projectTitle == null ? "" : " (" + projectTitle + ")"));
        event.add(new Uid("recruitment-deadline-" + recruitment.getId() + UID_DOMAIN));
        String places = recruitment.getPlaces() == null ? "" : "\nMiejsc: " + recruitment.getPlaces();
        event.add(new Description("Nabór " + recruitment.getRound() + (projectTitle == null ? "" : " w projekcie " + projectTitle)
                + places + (recruitment.isClosed() ? "\nNabór zamknięty" : "")));
        event.add(ImmutableStatus.VEVENT_CONFIRMED);
        return stamped(event, now);
    }

    /** DTSTAMP: when this copy of the feed was made. */
    private static VEvent stamped(VEvent event, Instant now) {
        event.replace(new DtStamp(now));
        return event;
    }
}
