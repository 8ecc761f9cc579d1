package org.negotiationtracker.articles;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.negotiationtracker.article.ExtractedEvent;
import org.negotiationtracker.domain.Actor;
import org.negotiationtracker.domain.ArticleReceived;
import org.negotiationtracker.domain.DiplomaticEvent;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.domain.PartialDate;

/**
 * The answer to an article: the topic it was assigned to (null when none, with a {@code message}), how it
 * was dated, where its article.received event sits in the log, whether the extractor has read it yet
 * ({@code extraction}), and each event extracted from it with its log position. A repost ({@code duplicate}) gets
 * the stored answer: the same topic, events and positions.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleResult(String articleId, boolean duplicate, TopicRef topic, String message,
                            PublicationView publication, Placement article, Extraction extraction,
                            List<EventView> events) {

    /** Whether the article's events are in the log: {@code pending} until the extractor has read it. */
    public enum Extraction {
        @JsonProperty("pending")
        PENDING,
        @JsonProperty("done")
        DONE
    }

    public record TopicRef(String id, String title) {
    }

    public record PublicationView(PartialDate date, ArticleReceived.DatedBy datedBy, boolean yearInferred) {
    }

    public record Placement(long position, int topicVersion) {
    }

    /** An extracted event as stored, with what the extractor saw: the date's precision and expression, the evidence. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventView(String id, long position, int topicVersion, EventType type, PartialDate occurredAt,
                            String precision, PartialDate plannedFor, String dateExpression, PartialDate dateEnd,
                            List<Actor> actors, String location, String summary, String subject, boolean background,
                            Double confidence, EvidenceView evidence) {

        static EventView of(DiplomaticEvent event, long position, int topicVersion) {
            Map<String, String> metadata = event.metadata();
            PartialDate dated = event.plannedOrOccurred();
            return new EventView(event.id(), position, topicVersion, event.type(), event.occurredAt(),
                    dated.precision().name().toLowerCase(Locale.ROOT), event.plannedFor(),
                    metadata.get(ExtractedEvent.DATE_EXPRESSION), date(metadata.get(ExtractedEvent.DATE_END)),
                    event.actors(), event.location(), event.summary(), event.subject(),
                    Boolean.parseBoolean(metadata.get(ExtractedEvent.BACKGROUND)),
                    number(metadata.get(ExtractedEvent.EVIDENCE_CONFIDENCE)), EvidenceView.of(metadata));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EvidenceView(String sentence, Integer start, Integer end, List<String> matchedActors) {

        static EvidenceView of(Map<String, String> metadata) {
            String actors = metadata.get(ExtractedEvent.EVIDENCE_ACTORS);
            return new EvidenceView(metadata.get(ExtractedEvent.EVIDENCE_SENTENCE),
                    integer(metadata.get(ExtractedEvent.EVIDENCE_START)),
                    integer(metadata.get(ExtractedEvent.EVIDENCE_END)),
                    actors == null || actors.isEmpty() ? List.of()
                            : Arrays.asList(actors.split(ExtractedEvent.LIST_SEPARATOR)));
        }
    }

    ArticleResult extracted(Extraction state, List<EventView> extractedEvents) {
        return new ArticleResult(articleId, duplicate, topic, message, publication, article, state, extractedEvents);
    }

    static ArticleResult unmatched(String articleId, PublicationView publication, int topicCount) {
        return new ArticleResult(articleId, false, null, "the article matches none of the " + topicCount
                + " registered topics, so nothing was appended; register its topic (POST /api/topics) and post "
                + "the article again", publication, null, null, List.of());
    }

    private static PartialDate date(String text) {
        return text == null ? null : PartialDate.parse(text);
    }

    private static Integer integer(String text) {
        return text == null ? null : Integer.valueOf(text);
    }

    private static Double number(String text) {
        return text == null ? null : Double.valueOf(text);
    }
}
