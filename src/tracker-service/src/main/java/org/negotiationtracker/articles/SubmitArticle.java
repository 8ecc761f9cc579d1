package org.negotiationtracker.articles;

import com.fasterxml.jackson.databind.JsonNode;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.negotiationtracker.app.LogWrites;
import org.negotiationtracker.app.ReadTopics;
import org.negotiationtracker.article.Article;
import org.negotiationtracker.article.ArticleExtractor;
import org.negotiationtracker.article.ArticleTriage;
import org.negotiationtracker.article.Publication;
import org.negotiationtracker.article.PublicationDateMissingException;
import org.negotiationtracker.domain.ArticleReceived;
import org.negotiationtracker.domain.DiplomaticEvent;
import org.negotiationtracker.domain.TopicDefinition;
import org.negotiationtracker.eventlog.Appended;
import org.negotiationtracker.eventlog.EventIdConflictException;
import org.negotiationtracker.eventlog.EventLog;
import org.negotiationtracker.eventlog.LoggedEvent;
import org.negotiationtracker.eventlog.PendingEvent;
import org.negotiationtracker.problem.AppendRefusedException;
import org.negotiationtracker.problem.Problem;
import org.negotiationtracker.problem.ProblemException;
import org.negotiationtracker.request.ArticleRequest;
import org.negotiationtracker.request.JsonBody;
import org.negotiationtracker.tracing.Tracing;

/**
 * Takes in a news article, whichever door it came in by (HTTP or the Kafka ingest topic): checks it, dates it and
 * finds its topic (the extractor's triage: rules and gazetteers, cheap), and appends its article.received event to
 * the stream of that topic. Its events follow from the extractor ({@link org.negotiationtracker.extraction
 * .ExtractionWorker}), which reads the log behind the appends; a caller may wait for them a while. An article
 * already in the log (same normalized text, or same URL) appends nothing and answers with what is stored.
 */
@ApplicationScoped
public class SubmitArticle {

    /** Extracted events are looked up by id this many at a time: the article's events 1 to n, then n+1 to 2n... */
    private static final int EVENT_ID_CHUNK = 50;
    private static final AttributeKey<String> TOPIC_ID = AttributeKey.stringKey("tracker.article.topic_id");

    private final EventLog log;
    private final LogWrites writes;
    private final JsonBody body;
    private final ArticleChecks checks;
    private final ArticleIndex index;
    private final ArticleExtractor extractor;
    private final ExtractionProgress extraction;
    private final ReadTopics topics;
    private final Tracer tracer;

    SubmitArticle(EventLog log, LogWrites writes, JsonBody body, ArticleChecks checks, ArticleIndex index,
                  ArticleExtractor extractor, ExtractionProgress extraction, ReadTopics topics,
                  Tracing tracing) {
        this.log = log;
        this.writes = writes;
        this.body = body;
        this.checks = checks;
        this.index = index;
        this.extractor = extractor;
        this.extraction = extraction;
        this.topics = topics;
        this.tracer = tracing.tracer();
    }

    /**
     * Appends the article, then waits at most {@code wait} for its events; the answer says whether they are in
     * ({@code extraction: done}).
     *
     * @throws ProblemException when the JSON is not a valid article, or the log refuses its event
     */
    public ArticleResult submit(JsonNode json, Duration wait) {
        ArticleRequest request = body.bind(json, ArticleRequest.class);
        ArticleChecks.CheckedArticle article = checks.check(request);
        String articleId = ArticleIdentity.articleId(article.text());
        var earlier = index.find(articleId, article.url());
        if (earlier.isPresent()) {
            return awaitEvents(earlier.get(), true, wait);
        }
        List<TopicDefinition> definitions = topics.definitionsUpToHead();
        ArticleTriage triage = triage(article, definitions);
        ArticleResult.PublicationView publication = publication(triage.publication());
        if (triage.topic().isEmpty()) {
            return ArticleResult.unmatched(articleId, publication, definitions.size());
        }
        TopicDefinition topic = triage.topic().get().topic();
        ArticleReceived received = new ArticleReceived(articleId, topic.id(), article.title(), article.text(),
                article.publisher(), article.url(), publication.date(), publication.datedBy(),
                publication.yearInferred());
        Appended appended;
        try {
            appended = writes.append(List.of(new PendingEvent(received, null))).get(0);
        } catch (AppendRefusedException e) {
            if (!(e.getCause() instanceof EventIdConflictException)) {
                throw e;
            }
            // the same text arrived at the same time with other details (another URL): the first one stands
            return awaitEvents(entry(articleId), true, wait);
        }
        if (appended.duplicate()) {
            return awaitEvents(entry(articleId), true, wait);
        }
        return awaitEvents(new ArticleIndex.Entry(articleId, topic.id(), appended.position()), false, wait);
    }

    /** A stored article's answer, after waiting at most {@code wait} for its events; empty for an unknown id. */
    public Optional<ArticleResult> find(String articleId, Duration wait) {
        if (!ArticleIdentity.isArticleId(articleId)) {
            return Optional.empty();
        }
        return index.find(articleId, null).map(entry -> awaitEvents(entry, true, wait));
    }

    private ArticleTriage triage(ArticleChecks.CheckedArticle article, List<TopicDefinition> definitions) {
        Span span = tracer.spanBuilder("article triage").startSpan();
        try (Scope ignored = span.makeCurrent()) {
            ArticleTriage triage = extractor.triage(new Article(article.title(), article.text(), article.publisher(),
                    article.url(), article.publishedAt()), definitions);
            triage.topic().ifPresent(match -> span.setAttribute(TOPIC_ID, match.topic().id()));
            return triage;
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

    private ArticleResult awaitEvents(ArticleIndex.Entry entry, boolean duplicate, Duration wait) {
        ArticleResult stored = stored(entry, duplicate);
        if (stored.extraction() == ArticleResult.Extraction.DONE || wait.isZero() || wait.isNegative()) {
            return stored;
        }
        try {
            return extraction.await(() -> withEvents(stored, entry.position()),
                    result -> result.extraction() == ArticleResult.Extraction.DONE, wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return stored;
        }
    }

    private static ArticleResult.PublicationView publication(Publication publication) {
        return new ArticleResult.PublicationView(publication.date(),
                publication.origin() == Publication.Origin.DATELINE ? ArticleReceived.DatedBy.DATELINE
                        : ArticleReceived.DatedBy.PUBLISHED_AT, publication.yearInferred());
    }

    private ArticleIndex.Entry entry(String articleId) {
        return index.find(articleId, null).orElseThrow(() -> new IllegalStateException(
                "article " + articleId + " is in the log but not in the article index"));
    }

    /**
     * The answer of an article in the log, read back from it: its event, and the events extracted from it (found by
     * their ids, which follow from the article's), done once they are in or the extractor has passed the article.
     */
    private ArticleResult stored(ArticleIndex.Entry entry, boolean duplicate) {
        List<LoggedEvent> head = log.read(entry.position() - 1, 1, entry.topicId(), List.of());
        if (head.isEmpty() || !(head.get(0).event() instanceof ArticleReceived article)
                || !article.id().equals(entry.articleId())) {
            throw new IllegalStateException("the article index points to position " + entry.position()
                    + ", which does not hold article " + entry.articleId());
        }
        String title = topics.definitionsUpToHead().stream().filter(t -> t.id().equals(article.topicId()))
                .map(TopicDefinition::title).findFirst().orElse(null);
        return withEvents(new ArticleResult(article.id(), duplicate, new ArticleResult.TopicRef(article.topicId(),
                        title), null,
                new ArticleResult.PublicationView(article.publishedAt(), article.datedBy(), article.yearInferred()),
                new ArticleResult.Placement(entry.position(), head.get(0).topicVersion()),
                ArticleResult.Extraction.PENDING, List.of()), entry.position());
    }

    private ArticleResult withEvents(ArticleResult article, long position) {
        // read before the events: an extractor past the article has appended all of them
        long extractedUpTo = extraction.position();
        List<ArticleResult.EventView> events = extractedEvents(article.articleId());
        boolean done = !events.isEmpty() || extractedUpTo >= position;
        return article.extracted(done ? ArticleResult.Extraction.DONE : ArticleResult.Extraction.PENDING, events);
    }

    /** The events with the article's event ids (1, 2, ... as the extractor and re-extraction number them). */
    private List<ArticleResult.EventView> extractedEvents(String articleId) {
        List<ArticleResult.EventView> events = new ArrayList<>();
        for (int first = 1; ; first += EVENT_ID_CHUNK) {
            List<String> ids = new ArrayList<>(EVENT_ID_CHUNK);
            for (int n = first; n < first + EVENT_ID_CHUNK; n++) {
                ids.add(ArticleIdentity.eventId(articleId, n));
            }
            Map<String, LoggedEvent> found = log.findByIds(ids);
            for (String id : ids) {
                LoggedEvent logged = found.get(id);
                if (logged != null && logged.event() instanceof DiplomaticEvent event) {
                    events.add(ArticleResult.EventView.of(event, logged.position(), logged.topicVersion()));
                }
            }
            if (found.size() < EVENT_ID_CHUNK) {
                return events;
            }
        }
    }
}
