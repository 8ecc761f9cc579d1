package org.negotiationtracker.article;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.negotiationtracker.domain.Actor;
import org.negotiationtracker.domain.DiplomaticEvent;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.domain.PartialDate;
import org.negotiationtracker.domain.Source;

/**
 * One event found in an article. {@code dateExpression} is the text the date was read from ("on Saturday",
 * "last month"), null when the event took the publication date; {@code dateEnd} is set only for ranges.
 * For a {@code meeting.scheduled}, {@code occurredAt} is the publication date and {@code plannedFor} the
 * planned date. {@code background} marks history the article recalls (see {@code ArticleExtractor}): over a year
 * old, dated only by an earlier month or year, or told in the pluperfect of a day more than a week back.
 */
public record ExtractedEvent(EventType type, PartialDate occurredAt, PartialDate plannedFor,
                             List<Actor> actors, String location, String summary, String subject,
                             String dateExpression, PartialDate dateEnd, boolean background,
                             Evidence evidence) {

    public static final String EVIDENCE_SENTENCE = "evidence.sentence";
    public static final String EVIDENCE_START = "evidence.start";
    public static final String EVIDENCE_END = "evidence.end";
    /** The actor names as the text wrote them, separated by {@link #LIST_SEPARATOR}. */
    public static final String EVIDENCE_ACTORS = "evidence.actors";
    public static final String EVIDENCE_CONFIDENCE = "evidence.confidence";
    public static final String DATE_EXPRESSION = "date.expression";
    public static final String DATE_END = "date.end";
    public static final String BACKGROUND = "background";
    public static final String LIST_SEPARATOR = "; ";

    public ExtractedEvent {
        actors = List.copyOf(actors);
    }

    /** The event as the log stores it, its evidence kept in the metadata under the keys above. */
    public DiplomaticEvent toDiplomaticEvent(String eventId, String topicId, Source source) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put(EVIDENCE_SENTENCE, evidence.sentence());
        metadata.put(EVIDENCE_START, Integer.toString(evidence.start()));
        metadata.put(EVIDENCE_END, Integer.toString(evidence.end()));
        metadata.put(EVIDENCE_ACTORS, String.join(LIST_SEPARATOR, evidence.matchedActors()));
        metadata.put(EVIDENCE_CONFIDENCE, String.format(java.util.Locale.ROOT, "%.2f", evidence.confidence()));
        if (dateExpression != null) {
            metadata.put(DATE_EXPRESSION, dateExpression);
        }
        if (dateEnd != null) {
            metadata.put(DATE_END, dateEnd.toString());
        }
        metadata.put(BACKGROUND, Boolean.toString(background));
        return new DiplomaticEvent(eventId, topicId, type, occurredAt, plannedFor, actors, location, summary,
                subject, source, metadata);
    }
}
