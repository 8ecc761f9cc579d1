package org.negotiationtracker.review;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.negotiationtracker.app.ReadTopics;
import org.negotiationtracker.logfollowing.LogFollowing;
import org.negotiationtracker.problem.ProblemException;
import org.negotiationtracker.article.ExtractedEvent;
import org.negotiationtracker.domain.ArticleReceived;
import org.negotiationtracker.domain.DiplomaticEvent;
import org.negotiationtracker.domain.Review;
import org.negotiationtracker.domain.ReviewPolicy;
import org.negotiationtracker.domain.ReviewQueue;
import org.negotiationtracker.domain.TimelineEntry;
import org.negotiationtracker.domain.TopicProjection;
import org.negotiationtracker.eventlog.EventLog;
import org.negotiationtracker.eventlog.LoggedEvent;
import org.negotiationtracker.articles.ExtractedEvents;
import org.negotiationtracker.projection.ReviewConfig;

/**
 * The review queue of a topic, folded from the log itself rather than the read models, so a decision just answered
 * is never shown as pending. It reads the whole topic, articles included, on every call: its cost grows with the
 * topic.
 */
@ApplicationScoped
public class ReviewQueries {

    private static final int PAGE = 200;

    private final EventLog log;
    private final LogFollowing following;
    private final ReviewPolicy policy;

    ReviewQueries(EventLog log, LogFollowing following, ReviewConfig review) {
        this.log = log;
        this.following = following;
        this.policy = review.policy();
    }

    /** @throws ProblemException 404 for a topic the log does not hold */
    public ReviewQueuePage queue(String topicId) {
        if (!log.hasTopic(topicId)) {
            throw ReadTopics.topicNotFound(topicId);
        }
        long head = following.head();
        TopicProjection projection = null;
        Map<String, ArticleReceived> articles = new LinkedHashMap<>();
        long position = 0;
        for (LoggedEvent logged : following.readUpTo(head, topicId, List.of(), PAGE)) {
            if (logged.event() instanceof ArticleReceived article) {
                articles.put(article.id(), article);
            }
            projection = TopicProjection.fold(policy, projection, logged.event(), logged.topicVersion(),
                    logged.position());
            position = logged.position();
        }
        Map<String, String> entryByReport = new LinkedHashMap<>();
        for (TimelineEntry entry : projection.timeline(null)) {
            entry.reportIds().forEach(reportId -> entryByReport.put(reportId, entry.id()));
        }
        List<ReviewItem> items = new ArrayList<>();
        Map<String, ReviewQueuePage.Article> cited = new LinkedHashMap<>();
        for (DiplomaticEvent report : ReviewQueue.of(projection)) {
            items.add(item(report, entryByReport.get(report.id())));
            ArticleReceived article = articles.get(report.metadata().get(ExtractedEvents.ARTICLE_ID));
            if (article != null) {
                cited.putIfAbsent(article.id(), new ReviewQueuePage.Article(article.title(), article.publisher(),
                        article.url(), article.publishedAt(), article.text()));
            }
        }
        return new ReviewQueuePage(topicId, position, items, cited);
    }

    private static ReviewItem item(DiplomaticEvent report, String entryId) {
        Map<String, String> metadata = report.metadata();
        ReviewItem.Evidence evidence = metadata.containsKey(ExtractedEvent.EVIDENCE_SENTENCE)
                ? new ReviewItem.Evidence(metadata.get(ExtractedEvent.EVIDENCE_SENTENCE),
                        offset(metadata.get(ExtractedEvent.EVIDENCE_START)),
                        offset(metadata.get(ExtractedEvent.EVIDENCE_END)))
                : null;
        return new ReviewItem(report.id(), entryId, report.type(), report.occurredAt(), report.plannedFor(),
                report.actors(), report.location(), report.summary(), report.subject(), report.source(),
                Review.confidence(report).isPresent() ? Review.confidence(report).getAsDouble() : null, evidence,
                metadata.get(ExtractedEvents.ARTICLE_ID), metadata.get(Review.EXTRACTOR));
    }

    private static Integer offset(String value) {
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
