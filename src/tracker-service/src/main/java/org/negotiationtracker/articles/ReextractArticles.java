package org.negotiationtracker.articles;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.negotiationtracker.app.LogWrites;
import org.negotiationtracker.app.ReadTopics;
import org.negotiationtracker.article.Article;
import org.negotiationtracker.article.ArticleExtractor;
import org.negotiationtracker.article.ExtractedEvent;
import org.negotiationtracker.article.Extraction;
import org.negotiationtracker.domain.ArticleReceived;
import org.negotiationtracker.domain.DiplomaticEvent;
import org.negotiationtracker.domain.EventRetracted;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.domain.ReviewDecision;
import org.negotiationtracker.domain.TopicDefinition;
import org.negotiationtracker.eventlog.Appended;
import org.negotiationtracker.eventlog.LoggedEvent;
import org.negotiationtracker.eventlog.PendingEvent;
import org.negotiationtracker.logfollowing.LogFollowing;
import org.negotiationtracker.problem.ProblemException;

/**
 * Runs the current extractor again over every article in the log and appends the difference, article by
 * article in one all-or-nothing append each: the events it extracts now that the article's standing events do
 * not already say, and a retraction of each standing event it no longer extracts. The log stays append-only,
 * and a second run appends nothing: what it would append is then already there.
 *
 * <p>An article keeps its topic, whatever the extractor would choose among today's topics: its events are
 * extracted for that topic (none when the extractor no longer finds the article about it), as of the
 * publication date stored with it (a yearless dateline is not dated again by today's clock). Events compare by
 * everything but their id and the extractor's version, evidence included, so an extraction that only finds other
 * evidence replaces the event, and a new version that reads the same leaves it. New events continue the article's
 * numbering, so they never take the id of an event retracted before. An event a reviewer decided on stays as decided:
 * never retracted, and, rejected or corrected, still standing for its claim, so the claim is not proposed again.
 *
 * <p>Topic by topic, it holds the standing events of the topic's articles in memory, not their texts.
 */
@ApplicationScoped
public class ReextractArticles {

    private static final int EVENT_PAGE = 1000;
    /** Articles are read with their texts (up to tracker.articles.max-text-bytes each). */
    private static final int ARTICLE_PAGE = 100;
    private static final List<EventType> ARTICLES = List.of(EventType.ARTICLE_RECEIVED);
    private static final List<EventType> EXTRACTED_OR_RETRACTED = Stream.concat(
            EventType.diplomaticTypes().stream(), Stream.of(EventType.EVENT_RETRACTED, EventType.EVENT_CONFIRMED,
                    EventType.EVENT_REJECTED, EventType.EVENT_CORRECTED)).toList();

    private final LogFollowing log;
    private final LogWrites writes;
    private final ArticleExtractor extractor;
    private final ReadTopics topics;

    ReextractArticles(LogFollowing log, LogWrites writes, ArticleExtractor extractor, ReadTopics topics) {
        this.log = log;
        this.writes = writes;
        this.extractor = extractor;
        this.topics = topics;
    }

    /**
     * The events an article's extraction put in the log, less those retracted since, and its last event number;
     * {@code reviewed} are those a reviewer decided on, which stay as decided: never retracted by re-extraction,
     * and, rejected or corrected, still standing for their claim, so it is not proposed again.
     */
    private static final class Standing {
        final List<DiplomaticEvent> events = new ArrayList<>();
        final Set<String> reviewed = new HashSet<>();
        int lastNumber;
    }

    /** What the run has done so far. */
    private static final class Tally {
        int examined;
        int changed;
        int added;
        int retracted;
        long reached;

        Tally(long head) {
            reached = head;
        }

        void count(List<PendingEvent> batch, List<Appended> appended) {
            int retractedNow = 0;
            int addedNow = 0;
            for (int i = 0; i < appended.size(); i++) {
                if (!appended.get(i).duplicate()) {
                    if (batch.get(i).event() instanceof EventRetracted) {
                        retractedNow++;
                    } else {
                        addedNow++;
                    }
                }
            }
            appended.forEach(event -> reached = Math.max(reached, event.position()));
            examined++;
            changed += retractedNow + addedNow > 0 ? 1 : 0;
            added += addedNow;
            retracted += retractedNow;
        }
    }

    /** @throws ProblemException when the log refuses an article's append; the articles before it are done */
    public ReextractionReport reextract() {
        // articles that arrive meanwhile are extracted by the current extractor already
        long head = log.head();
        Tally tally = new Tally(head);
        for (TopicDefinition topic : topics.definitionsUpToHead()) {
            Map<String, Standing> standing = standingEvents(topic.id(), head);
            for (LoggedEvent logged : log.readUpTo(head, topic.id(), ARTICLES, ARTICLE_PAGE)) {
                ArticleReceived article = (ArticleReceived) logged.event();
                List<PendingEvent> batch = difference(article, topic,
                        standing.getOrDefault(article.id(), new Standing()));
                tally.count(batch, batch.isEmpty() ? List.of() : writes.append(batch));
            }
        }
        return new ReextractionReport(tally.examined, tally.changed, tally.added, tally.retracted, tally.reached);
    }

    /** The retractions, then the new events, that bring the article's standing events to its extraction now. */
    private List<PendingEvent> difference(ArticleReceived article, TopicDefinition topic, Standing standing) {
        Extraction extraction = extractor.extract(new Article(article.title(), article.text(), article.publisher(),
                article.url(), article.publishedAt()), List.of(topic));
        List<DiplomaticEvent> unmatched = new ArrayList<>(standing.events);
        List<DiplomaticEvent> extractedNow = new ArrayList<>();
        for (ExtractedEvent extracted : extraction.events()) {
            DiplomaticEvent event = ExtractedEvents.of(extracted, "", article, extractor);
            if (!removeSameEvent(unmatched, event)) {
                extractedNow.add(event);
            }
        }
        List<PendingEvent> batch = new ArrayList<>();
        for (DiplomaticEvent gone : unmatched) {
            if (standing.reviewed.contains(gone.id())) {
                continue;
            }
            batch.add(new PendingEvent(EventRetracted.of(topic.id(), gone.id(), EventRetracted.RE_EXTRACTION), null));
        }
        int number = standing.lastNumber;
        for (DiplomaticEvent event : extractedNow) {
            batch.add(new PendingEvent(event.withId(ArticleIdentity.eventId(article.id(), ++number)), null));
        }
        return batch;
    }

    /** Takes out of {@code events} one that says what {@code event} says, if there is one. */
    private static boolean removeSameEvent(List<DiplomaticEvent> events, DiplomaticEvent event) {
        for (Iterator<DiplomaticEvent> each = events.iterator(); each.hasNext(); ) {
            if (ExtractedEvents.sameClaim(each.next(), event)) {
                each.remove();
                return true;
            }
        }
        return false;
    }

    /**
     * The standing events of each article of the topic, by article id, as far as {@code head}: the events that
     * name the article and carry one of its event ids, less those retracted.
     */
    private Map<String, Standing> standingEvents(String topicId, long head) {
        Map<String, Standing> byArticle = new HashMap<>();
        Set<String> retractedIds = new HashSet<>();
        Set<String> reviewedIds = new HashSet<>();
        for (LoggedEvent logged : log.readUpTo(head, topicId, EXTRACTED_OR_RETRACTED, EVENT_PAGE)) {
            if (logged.event() instanceof EventRetracted retraction) {
                retractedIds.add(retraction.retractedEventId());
            } else if (logged.event() instanceof ReviewDecision decision) {
                reviewedIds.add(decision.decidedEventId());
            } else if (logged.event() instanceof DiplomaticEvent event
                    && event.metadata().get(ExtractedEvents.ARTICLE_ID) != null) {
                String articleId = event.metadata().get(ExtractedEvents.ARTICLE_ID);
                ArticleIdentity.eventNumber(articleId, event.id()).ifPresent(number -> {
                    Standing standing = byArticle.computeIfAbsent(articleId, id -> new Standing());
                    standing.events.add(event);
                    standing.lastNumber = Math.max(standing.lastNumber, number);
                });
            }
        }
        byArticle.values().forEach(standing -> {
            standing.events.removeIf(e -> retractedIds.contains(e.id()));
            standing.events.forEach(e -> {
                if (reviewedIds.contains(e.id())) {
                    standing.reviewed.add(e.id());
                }
            });
        });
        return byArticle;
    }
}
