package org.negotiationtracker.extraction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.negotiationtracker.article.Article;
import org.negotiationtracker.article.ArticleExtractor;
import org.negotiationtracker.article.ExtractedEvent;
import org.negotiationtracker.article.Publication;
import org.negotiationtracker.articles.ArticleIdentity;
import org.negotiationtracker.articles.ExtractedEvents;
import org.negotiationtracker.articles.ExtractionProgress;
import org.negotiationtracker.domain.ArticleReceived;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.domain.TopicDefinition;
import org.negotiationtracker.eventlog.AppendRejectedException;
import org.negotiationtracker.eventlog.EventIdConflictException;
import org.negotiationtracker.eventlog.EventLog;
import org.negotiationtracker.eventlog.LoggedEvent;
import org.negotiationtracker.eventlog.PendingEvent;
import org.negotiationtracker.logfollowing.Checkpoint;
import org.negotiationtracker.logfollowing.LeaderLease;
import org.negotiationtracker.logfollowing.LogFollowing;
import org.negotiationtracker.logfollowing.LogSubscription;
import org.negotiationtracker.projection.ProjectionConfig;
import org.negotiationtracker.projection.ProjectionProgress;
import org.negotiationtracker.projection.TopicQueries;

/**
 * The extractor: follows the log from its checkpoint and, for each article.received, reads the article's events
 * and appends them in one append, then moves the checkpoint past the article. The events take ids derived from
 * the article's ({@link ArticleIdentity#eventId}), so an append repeated after a crash between it and the
 * checkpoint (kill -9) is a duplicate the log answers without storing anything twice: no article is lost, none
 * doubled. One instance extracts at a time (the holder of the extractor's {@link LeaderLease}).
 *
 * <p>An article whose reading throws, or whose events the log refuses, would fail the same way on every retry:
 * it is logged, counted ({@code tracker.extractor.failures}) and passed, so that it cannot stop the articles
 * after it; re-extraction reads it again once the extractor is fixed. A failure of the log or the database is
 * retried from the checkpoint.
 */
@ApplicationScoped
public class ExtractionWorker {

    private static final Logger LOG = Logger.getLogger(ExtractionWorker.class);
    /** Any fixed number all replicas agree on; this one spells "ntextr01". */
    private static final long LEASE_KEY = 0x6e74657874723031L;
    private static final int ARTICLE_PAGE = 20;
    private static final Duration IDLE_POLL = Duration.ofMillis(500);
    private static final Duration FAILURE_PAUSE = Duration.ofSeconds(1);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final ExtractorConfig config;
    private final EventLog log;
    private final LogFollowing following;
    private final Checkpoint checkpoint;
    private final ExtractionProgress progress;
    private final ArticleExtractor extractor;
    private final ProjectionProgress projection;
    private final ProjectionConfig projectionConfig;
    private final TopicQueries topics;
    private final MeterRegistry registry;
    private LogSubscription subscription;
    private Counter extracted;
    private Counter failures;
    private volatile long position = -1;

    ExtractionWorker(ExtractorConfig config, EventLog log, LogFollowing following, ExtractionProgress progress,
                     ArticleExtractor extractor, ProjectionProgress projection, ProjectionConfig projectionConfig,
                     TopicQueries topics, MeterRegistry registry) {
        this.config = config;
        this.log = log;
        this.following = following;
        this.checkpoint = following.checkpoint(ExtractionProgress.CHECKPOINT);
        this.progress = progress;
        this.extractor = extractor;
        this.projection = projection;
        this.projectionConfig = projectionConfig;
        this.topics = topics;
        this.registry = registry;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.enabled()) {
            return;
        }
        Gauge.builder("tracker.extractor.position", this, worker -> worker.position)
                .description("Last log position this instance's extractor is done with (-1 before its first round)")
                .register(registry);
        extracted = Counter.builder("tracker.extractor.articles")
                .description("Articles this instance's extractor has read and appended the events of")
                .register(registry);
        failures = Counter.builder("tracker.extractor.failures")
                .description("Articles passed over because reading them failed or the log refused their events")
                .register(registry);
        subscription = following.subscribe("extracting the articles' events", "article-extractor",
                following.lease("extraction of the articles' events", LEASE_KEY), IDLE_POLL, FAILURE_PAUSE);
        subscription.start(() -> {
            // the models load here, on the extractor's thread, while the service already answers
            loadModels();
            return round();
        });
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        if (subscription != null) {
            subscription.stop(STOP_WAIT);
        }
    }

    /** Whether this instance runs the extractor ({@code tracker.extractor.enabled}). */
    public boolean enabled() {
        return config.enabled();
    }

    /** Whether the extractor's language models are loaded: until then articles wait, reads and appends do not. */
    public boolean modelsLoaded() {
        return extractor.modelsLoaded();
    }

    private void loadModels() {
        if (extractor.modelsLoaded()) {
            return;
        }
        long started = System.nanoTime();
        extractor.loadModels();
        LOG.infof("article extractor %s ready in %d ms", extractor.version(), (System.nanoTime() - started) / 1_000_000);
    }

    /** @return true when more articles are waiting at once */
    private boolean round() throws InterruptedException {
        long from = checkpoint.position().orElseThrow(
                () -> new IllegalStateException("the extractor's checkpoint is missing (migration V9 makes it)"));
        // appends commit in position order, so every article up to this head is already visible
        long head = following.head();
        List<LoggedEvent> articles = head > from
                ? following.read(from, ARTICLE_PAGE, null, List.of(EventType.ARTICLE_RECEIVED)) : List.of();
        position = from;
        long at = from;
        for (LoggedEvent logged : articles) {
            if (!subscription.thread().isRunning()) {
                return false;
            }
            if (logged.position() > head) {
                // appended after this round looked at the head: the next round takes it
                return true;
            }
            extract((ArticleReceived) logged.event(), logged.position());
            at = advance(at, logged.position());
        }
        if (articles.size() == ARTICLE_PAGE) {
            return true;
        }
        if (head > at) {
            advance(at, head);
        }
        return false;
    }

    private void extract(ArticleReceived article, long articlePosition) throws InterruptedException {
        Optional<TopicDefinition> topic = topic(article.topicId(), articlePosition);
        if (topic.isEmpty()) {
            passOver(article, "its topic " + article.topicId() + " is not registered", null);
            return;
        }
        List<ExtractedEvent> events;
        try {
            events = extractor.events(new Article(article.title(), article.text(), article.publisher(),
                    article.url(), article.publishedAt()), publication(article), topic.get());
        } catch (RuntimeException e) {
            passOver(article, "reading it failed", e);
            return;
        }
        if (events.isEmpty()) {
            extracted.increment();
            return;
        }
        List<PendingEvent> batch = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            batch.add(new PendingEvent(ExtractedEvents.of(events.get(i), ArticleIdentity.eventId(article.id(), i + 1),
                    article, extractor), null));
        }
        try {
            log.append(batch);
            extracted.increment();
        } catch (EventIdConflictException e) {
            // events under these ids are already in the log, read by an earlier version of the extractor
            // (before a crash and an upgrade): they stand, and re-extraction is what replaces them
            LOG.infof("article %s already has events from an earlier extraction (%s); keeping them", article.id(),
                    e.getMessage());
        } catch (AppendRejectedException e) {
            passOver(article, "the log refused its events", e);
        }
    }

    /** The topic as registered by the time the article arrived: the read models wait to fold that far. */
    private Optional<TopicDefinition> topic(String topicId, long articlePosition) throws InterruptedException {
        int generation = projection.reached(articlePosition, projectionConfig.readWait()).generation();
        return topics.definitions(generation).stream().filter(topic -> topic.id().equals(topicId)).findFirst();
    }

    private void passOver(ArticleReceived article, String why, Exception failure) {
        failures.increment();
        LOG.errorf(failure, "article %s (topic %s) passed over without events: %s", article.id(), article.topicId(),
                why);
    }

    private static Publication publication(ArticleReceived article) {
        return new Publication(article.publishedAt(), article.datedBy() == ArticleReceived.DatedBy.DATELINE
                ? Publication.Origin.DATELINE : Publication.Origin.PUBLISHED_AT, article.yearInferred());
    }

    /** @throws IllegalStateException when another instance moved the checkpoint meanwhile: it extracts now */
    private long advance(long from, long to) {
        if (!checkpoint.advance(from, to)) {
            throw new IllegalStateException("another instance moved the extractor's checkpoint past " + from);
        }
        position = to;
        progress.advanced();
        return to;
    }
}
