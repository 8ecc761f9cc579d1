package org.negotiationtracker.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.negotiationtracker.article.Article;
import org.negotiationtracker.article.ArticleExtractor;
import org.negotiationtracker.article.ExtractedEvent;
import org.negotiationtracker.article.Extraction;
import org.negotiationtracker.domain.Actor;
import org.negotiationtracker.domain.BasisDocument;
import org.negotiationtracker.domain.DiplomaticEvent;
import org.negotiationtracker.domain.PartialDate;
import org.negotiationtracker.domain.Source;
import org.negotiationtracker.domain.TopicDefinition;
import org.negotiationtracker.domain.TopicProjection;
import org.negotiationtracker.json.DomainJsonModule;

/**
 * Runs the extractor over the reference corpus and scores it against gold.json: per article, precision of
 * everything extracted (a match to any annotated event, must or background), recall of the 'must' events,
 * whether each matched date is exact, and whether folding every extracted event through the topic projection
 * gives the expected state.
 */
public final class ExtractionEvaluation {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new DomainJsonModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).findAndRegisterModules();

    /** A gold event and the extracted event matched to it, if any. */
    public record Match(JsonNode gold, ExtractedEvent found) {
    }

    public record ArticleScore(String file, List<Match> gold, List<ExtractedEvent> extracted,
                               List<ExtractedEvent> unmatched) {

        public long must() {
            return gold.stream().filter(m -> m.gold().get("kind").asText().equals("must")).count();
        }

        public long mustFound() {
            return gold.stream().filter(m -> m.gold().get("kind").asText().equals("must") && m.found() != null).count();
        }

        public long matched() {
            return extracted.size() - unmatched.size();
        }

        public long exactDates() {
            return gold.stream().filter(m -> m.found() != null && exact(m)).count();
        }
    }

    public record Report(List<ArticleScore> articles, List<String> stateDifferences, JsonNode state) {

        public long must() {
            return articles.stream().mapToLong(ArticleScore::must).sum();
        }

        public long mustFound() {
            return articles.stream().mapToLong(ArticleScore::mustFound).sum();
        }

        public long extracted() {
            return articles.stream().mapToLong(a -> a.extracted().size()).sum();
        }

        public long matched() {
            return articles.stream().mapToLong(ArticleScore::matched).sum();
        }

        public long exactDates() {
            return articles.stream().mapToLong(ArticleScore::exactDates).sum();
        }

        public double recall() {
            return must() == 0 ? 1 : (double) mustFound() / must();
        }

        public double precision() {
            return extracted() == 0 ? 1 : (double) matched() / extracted();
        }

        public long matchedGold() {
            return articles.stream().flatMap(a -> a.gold().stream()).filter(m -> m.found() != null).count();
        }
    }

    private ExtractionEvaluation() {
    }

    public static Report evaluate(Path corpus, ArticleExtractor extractor) {
        JsonNode gold = read(corpus.resolve("gold.json"));
        TopicDefinition topic = topic(gold.get("topic"));
        TopicProjection projection = new TopicProjection(topic, 0, 0);
        Map<String, String> articleOfReport = new HashMap<>();
        List<ArticleScore> scores = new ArrayList<>();
        int version = 0;
        for (JsonNode annotated : gold.get("articles")) {
            String file = annotated.get("file").asText();
            String text = readText(corpus.resolve("articles").resolve(file));
            PartialDate published = PartialDate.parse(annotated.get("publishedAt").asText());
            String publisher = annotated.path("publisher").asText(null);
            Article article = new Article(text.lines().findFirst().orElse(""), text, publisher, null, published);
            Extraction extraction = extractor.extract(article, List.of(topic));
            scores.add(score(file, annotated.get("events"), extraction.events()));
            Source source = new Source(publisher, "corpus:" + file, published);
            int n = 0;
            for (ExtractedEvent event : extraction.events()) {
                String id = file + "#" + (++n);
                articleOfReport.put(id, file);
                projection.apply(event.toDiplomaticEvent(id, topic.id(), source), ++version, version);
            }
        }
        JsonNode state = JSON.valueToTree(projection.state(null));
        JsonNode timeline = JSON.valueToTree(projection.timeline(null));
        List<String> differences = ExpectedStateCheck.differences(gold.get("expectedState"), state, timeline,
                articleOfReport::get);
        return new Report(scores, differences, state);
    }

    /** The topic as the corpus describes it, in the shape POST /api/topics takes. */
    static TopicDefinition topic(JsonNode topic) {
        List<BasisDocument> basis = new ArrayList<>();
        JsonNode document = topic.path("basisDocument");
        if (!document.isMissingNode()) {
            basis.add(new BasisDocument(document.get("name").asText(), PartialDate.parse(document.get("signed").asText()),
                    document.hasNonNull("ratified") ? PartialDate.parse(document.get("ratified").asText()) : null));
        }
        return new TopicDefinition(topic.get("id").asText(), topic.get("title").asText(), texts(topic.get("parties")),
                texts(topic.get("aliases")), texts(topic.path("disputedTerritory")), basis);
    }

    private static ArticleScore score(String file, JsonNode goldEvents, List<ExtractedEvent> extracted) {
        List<ExtractedEvent> unmatched = new ArrayList<>(extracted);
        List<Match> matches = new ArrayList<>();
        List<JsonNode> ordered = new ArrayList<>();
        goldEvents.forEach(e -> {
            if (e.get("kind").asText().equals("must")) {
                ordered.add(0, e);
            } else {
                ordered.add(e);
            }
        });
        for (JsonNode goldEvent : ordered) {
            ExtractedEvent found = unmatched.stream().filter(e -> matches(goldEvent, e)).findFirst().orElse(null);
            unmatched.remove(found);
            matches.add(new Match(goldEvent, found));
        }
        return new ArticleScore(file, matches, extracted, unmatched);
    }

    /** Same type, the same date at the gold's precision, and a common actor (when the gold names any). */
    static boolean matches(JsonNode gold, ExtractedEvent event) {
        if (!gold.get("type").asText().equals(event.type().wireName())) {
            return false;
        }
        String goldDate = gold.get("date").asText();
        String date = eventDate(event).toString();
        if (date.length() < goldDate.length() || !date.startsWith(goldDate)) {
            return false;
        }
        Set<String> goldActors = new HashSet<>();
        gold.get("actors").forEach(a -> goldActors.add(new Actor(a.asText(), null, null).key()));
        return goldActors.isEmpty() || event.actors().stream().anyMatch(a -> goldActors.contains(a.key()));
    }

    static boolean exact(Match match) {
        return eventDate(match.found()).toString().equals(match.gold().get("date").asText());
    }

    static PartialDate eventDate(ExtractedEvent event) {
        return event.plannedFor() != null ? event.plannedFor() : event.occurredAt();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
