package org.negotiationtracker.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.negotiationtracker.article.Article;
import org.negotiationtracker.article.ArticleExtractor;
import org.negotiationtracker.article.ExtractedEvent;
import org.negotiationtracker.article.Extraction;
import org.negotiationtracker.article.Publication;
import org.negotiationtracker.article.PublicationDateMissingException;
import org.negotiationtracker.articleintake.ArticleIdentity;
import org.negotiationtracker.articleintake.ArticleIndex;
import org.negotiationtracker.domain.ArticleReceived;
import org.negotiationtracker.domain.DiplomaticEvent;
import org.negotiationtracker.domain.TopicDefinition;
import org.negotiationtracker.domain.TopicEvent;
import org.negotiationtracker.eventlog.Appended;
import org.negotiationtracker.eventlog.EventIdConflictException;
import org.negotiationtracker.eventlog.EventLog;
import org.negotiationtracker.eventlog.LoggedEvent;
import org.negotiationtracker.eventlog.PendingEvent;
import org.negotiationtracker.tracing.Tracing;

/**
 * Takes in a news article, whichever door it came in by (HTTP or the Kafka ingest topic): checks it,
 * extracts its events and appends the article and its events as one all-or-nothing batch to the stream of
 * the topic it is about. An article already in the log (same normalized text, or same URL) appends nothing
 * and answers with what was stored the first time.
 */
@ApplicationScoped
public class SubmitArticle {

    /** The metadata key by which each extracted event names the article.received event it came from. */
    public static final String ARTICLE_ID = "articleId";
    private static final int PAGE = 1000;
    private static final AttributeKey<Long> EVENTS_EXTRACTED = AttributeKey.longKey("tracker.article.events_extracted");
    private static final AttributeKey<String> TOPIC_ID = AttributeKey.stringKey("tracker.article.topic_id");

    private final EventLog log;
    private final LogWrites writes;
    private final JsonBody body;
    private final ArticleChecks checks;
    private final ArticleIndex index;
    private final ArticleExtractor extractor;
    private final ReadTopics topics;
    private final Tracer tracer;

    SubmitArticle(EventLog log, LogWrites writes, JsonBody body, ArticleChecks checks, ArticleIndex index,
                  ArticleExtractor extractor, ReadTopics topics, Tracing tracing) {
        this.log = log;
        this.writes = writes;
        this.body = body;
        this.checks = checks;
        this.index = index;
        this.extractor = extractor;
        this.topics = topics;
        this.tracer = tracing.tracer();
    }

    /**
     * @throws ProblemException when the JSON is not a valid article, or the log refuses its events
     */
    public ArticleResult submit(JsonNode json) {
        ArticleRequest request = body.bind(json, ArticleRequest.class);
        ArticleChecks.CheckedArticle article = checks.check(request);
        String articleId = ArticleIdentity.articleId(article.text());
        var earlier = index.find(articleId, article.url());
        if (earlier.isPresent()) {
            return stored(earlier.get());
        }
        List<TopicDefinition> definitions = topics.definitionsUpToHead();
        Extraction extraction = extract(article, definitions);
        ArticleResult.PublicationView publication = publication(extraction.publication());
        if (extraction.topic().isEmpty()) {
            return ArticleResult.unmatched(articleId, publication, definitions.size());
        }
        TopicDefinition topic = extraction.topic().get();
        ArticleReceived received = new ArticleReceived(articleId, topic.id(), article.title(), article.text(),
                article.publisher(), article.url(), publication.date(), publication.datedBy(),
                publication.yearInferred());
        List<PendingEvent> batch = new ArrayList<>();
        batch.add(new PendingEvent(received, null));
        for (int i = 0; i < extraction.events().size(); i++) {
            batch.add(new PendingEvent(diplomatic(extraction.events().get(i), ArticleIdentity.eventId(articleId, i + 1),
                    received), null));
        }
        List<Appended> appended;
        try {
            appended = writes.append(batch);
        } catch (AppendRefusedException e) {
            if (!(e.getCause() instanceof EventIdConflictException conflict) || conflict.index() != 0) {
                throw e;
            }
            // the same text arrived at the same time with other details (another URL): the first one stands
            return storedById(articleId);
        }
        if (appended.get(0).duplicate()) {
            return storedById(articleId);
        }
        List<ArticleResult.EventView> events = new ArrayList<>();
        for (int i = 1; i < batch.size(); i++) {
            events.add(ArticleResult.EventView.of((DiplomaticEvent) batch.get(i).event(), appended.get(i).position(),
                    appended.get(i).topicVersion()));
        }
        return new ArticleResult(articleId, false, new ArticleResult.TopicRef(topic.id(), topic.title()), null,
                publication, new ArticleResult.Placement(appended.get(0).position(), appended.get(0).topicVersion()),
                events);
    }

    private Extraction extract(ArticleChecks.CheckedArticle article, List<TopicDefinition> definitions) {
        Span span = tracer.spanBuilder("article extraction").startSpan();
        try (Scope ignored = span.makeCurrent()) {
            Extraction extraction = extractor.extract(new Article(article.title(), article.text(), article.publisher(),
                    article.url(), article.publishedAt()), definitions);
            span.setAttribute(EVENTS_EXTRACTED, (long) extraction.events().size());
            extraction.topic().ifPresent(topic -> span.setAttribute(TOPIC_ID, topic.id()));
            return extraction;
        } catch (PublicationDateMissingException e) {
            throw new ProblemException(Problem.of(422, "publication-date-missing", "Publication date missing",
                    "publishedAt is missing and the text has no dateline (such as \"MOSCOW, January 16. /TASS/\") "
                            + "to date the article by; send publishedAt (YYYY-MM-DD)")
                    .withErrors(List.of(new Problem.FieldError("/publishedAt",
                            "is required when the text has no dateline"))));
        } finally {
            span.end();
        }
    }

    /** An extracted event as the log keeps it: of the article's topic, from the article, naming the article. */
    static DiplomaticEvent diplomatic(ExtractedEvent extracted, String eventId, ArticleReceived article) {
        DiplomaticEvent event = extracted.toDiplomaticEvent(eventId, article.topicId(), article.source());
        Map<String, String> metadata = new HashMap<>(event.metadata());
        metadata.put(ARTICLE_ID, article.id());
        return new DiplomaticEvent(event.id(), event.topicId(), event.type(), event.occurredAt(), event.plannedFor(),
                event.actors(), event.location(), event.summary(), event.subject(), event.source(), metadata);
    }

    private static ArticleResult.PublicationView publication(Publication publication) {
        return new ArticleResult.PublicationView(publication.date(),
                publication.origin() == Publication.Origin.DATELINE ? ArticleReceived.DatedBy.DATELINE
                        : ArticleReceived.DatedBy.PUBLISHED_AT, publication.yearInferred());
    }

    private ArticleResult storedById(String articleId) {
        return stored(index.find(articleId, null).orElseThrow(() -> new IllegalStateException(
                "article " + articleId + " is in the log but not in the article index")));
    }

    /** The answer of an article already in the log, read back from it: its event and the events appended with it. */
    private ArticleResult stored(ArticleIndex.Entry entry) {
        List<LoggedEvent> head = log.read(entry.position() - 1, 1, entry.topicId(), List.of());
        if (head.isEmpty() || !(head.get(0).event() instanceof ArticleReceived article)
                || !article.id().equals(entry.articleId())) {
            throw new IllegalStateException("the article index points to position " + entry.position()
                    + ", which does not hold article " + entry.articleId());
        }
        // the article's events were appended in one batch with it, so they follow it in its topic's stream
        List<ArticleResult.EventView> events = new ArrayList<>();
        long after = entry.position();
        reading:
        while (true) {
            List<LoggedEvent> page = log.read(after, PAGE, entry.topicId(), List.of());
            for (LoggedEvent logged : page) {
                if (!isFrom(logged.event(), article.id())) {
                    break reading;
                }
                events.add(ArticleResult.EventView.of((DiplomaticEvent) logged.event(), logged.position(),
                        logged.topicVersion()));
            }
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).position();
        }
        String title = topics.definitionsUpToHead().stream().filter(t -> t.id().equals(article.topicId()))
                .map(TopicDefinition::title).findFirst().orElse(null);
        return new ArticleResult(article.id(), true, new ArticleResult.TopicRef(article.topicId(), title), null,
                new ArticleResult.PublicationView(article.publishedAt(), article.datedBy(), article.yearInferred()),
                new ArticleResult.Placement(entry.position(), head.get(0).topicVersion()), events);
    }

    private static boolean isFrom(TopicEvent event, String articleId) {
        return event instanceof DiplomaticEvent diplomatic && articleId.equals(diplomatic.metadata().get(ARTICLE_ID));
    }
}
