package org.negotiationtracker.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test fixture: diplomatic reports on the Russia–Japan peace treaty topic, one short line each.
 * Every report gets its own source unless a test says otherwise, so corroboration is never accidental.
 */
final class Events {

    static final String TOPIC = "russia-japan-peace-treaty";

    static final String LAVROV = "Sergey Lavrov";
    static final String KONO = "Taro Kono";
    static final String PUTIN = "Vladimir Putin";
    static final String ABE = "Shinzo Abe";
    static final String ZAKHAROVA = "Maria Zakharova";

    /** Who acts for whom; anyone else is reported without a country, as sloppy sources do. */
    private static final Map<String, String> COUNTRIES = Map.of(
            LAVROV, "Russia", PUTIN, "Russia", ZAKHAROVA, "Russia", KONO, "Japan", ABE, "Japan");

    private static final AtomicInteger NEXT_ID = new AtomicInteger();

    private Events() {
    }

    static TopicDefinition topic() {
        return new TopicDefinition(TOPIC, "Russia-Japan peace treaty", List.of("Russia", "Japan"),
                List.of("Northern Territories", "Southern Kurils"), List.of("Iturup", "Kunashir", "Shikotan", "Habomai"),
                List.of(new BasisDocument("Soviet-Japanese Joint Declaration", PartialDate.parse("1956-10-19"),
                        PartialDate.parse("1956-12-08"))));
    }

    static Report held(String date, String location, String... actors) {
        return new Report(EventType.MEETING_HELD, date, actors).at(location);
    }

    /** A plan happens when it is announced; the day it is planned for is a date of its own. */
    static Report scheduled(String announcedOn, String plannedFor, String location, String... actors) {
        return new Report(EventType.MEETING_SCHEDULED, announcedOn, actors).plannedFor(plannedFor).at(location);
    }

    static Report cancelled(String announcedOn, String plannedFor, String... actors) {
        return new Report(EventType.MEETING_CANCELLED, announcedOn, actors).plannedFor(plannedFor);
    }

    static Report demand(String date, String subject, String... actors) {
        return new Report(EventType.DEMAND_MADE, date, actors).about(subject);
    }

    static Report agreement(String date, String subject, String... actors) {
        return new Report(EventType.AGREEMENT_REACHED, date, actors).about(subject);
    }

    static Report signed(String date, String subject, String... actors) {
        return new Report(EventType.DOCUMENT_SIGNED, date, actors).about(subject);
    }

    static Report statement(String date, String... actors) {
        return new Report(EventType.STATEMENT_ISSUED, date, actors);
    }

    static Report suspended(String date, String... actors) {
        return new Report(EventType.TALKS_SUSPENDED, date, actors);
    }

    static Report resumed(String date, String... actors) {
        return new Report(EventType.TALKS_RESUMED, date, actors);
    }

    /** Folds the reports in the order given, as if read from the log one after another. */
    static TopicProjection project(Report... reports) {
        return project(List.of(reports).stream().map(Report::build).toList());
    }

    static TopicProjection project(List<DiplomaticEvent> events) {
        TopicProjection projection = new TopicProjection(topic(), 0, 0);
        int version = 1;
        for (DiplomaticEvent event : events) {
            projection.apply(event, version, 100L + version);
            version++;
        }
        return projection;
    }

    static TopicState state(Report... reports) {
        return project(reports).state(null);
    }

    static PartialDate date(String text) {
        return PartialDate.parse(text);
    }

    /** One report of an event, built lazily so a test can say only what matters to it. */
    static final class Report {
        private final EventType type;
        private final String occurredAt;
        private final List<Actor> actors = new ArrayList<>();
        private String id = String.format("r%06d", NEXT_ID.incrementAndGet());
        private String topicId = TOPIC;
        private String plannedFor;
        private String location;
        private String summary;
        private String subject;
        private Source source;
        private boolean sourceGiven;
        private final Map<String, String> metadata = new java.util.HashMap<>();

        private Report(EventType type, String occurredAt, String... names) {
            this.type = type;
            this.occurredAt = occurredAt;
            for (String name : names) {
                actors.add(new Actor(name, COUNTRIES.get(name), null));
            }
        }

        Report id(String id) {
            this.id = id;
            return this;
        }

        Report topic(String topicId) {
            this.topicId = topicId;
            return this;
        }

        Report plannedFor(String date) {
            this.plannedFor = date;
            return this;
        }

        Report at(String location) {
            this.location = location;
            return this;
        }

        Report saying(String summary) {
            this.summary = summary;
            return this;
        }

        Report about(String subject) {
            this.subject = subject;
            return this;
        }

        Report with(Actor actor) {
            actors.add(actor);
            return this;
        }

        Report from(String publisher, String url) {
            return from(publisher, url, occurredAt);
        }

        Report from(String publisher, String url, String publishedAt) {
            this.source = new Source(publisher, url, publishedAt == null ? null : PartialDate.parse(publishedAt));
            this.sourceGiven = true;
            return this;
        }

        /** As the extraction worker appends it: naming its extractor, with its confidence. */
        Report extracted(double confidence) {
            metadata.put(Review.EXTRACTOR, "negotiation-tracker/16");
            metadata.put(Review.CONFIDENCE, String.format(java.util.Locale.ROOT, "%.2f", confidence));
            return this;
        }

        DiplomaticEvent build() {
            Source reportSource = sourceGiven ? source
                    : new Source("Example Wire", "https://wire.example/" + id, PartialDate.parse(occurredAt));
            return new DiplomaticEvent(id, topicId, type, PartialDate.parse(occurredAt),
                    plannedFor == null ? null : PartialDate.parse(plannedFor), actors, location, summary, subject,
                    reportSource, metadata);
        }
    }
}
