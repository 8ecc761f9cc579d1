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
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.negotiationtracker.article.Article;
import org.negotiationtracker.article.ArticleExtractor;
import org.negotiationtracker.article.ExtractedEvent;
import org.negotiationtracker.article.Extraction;
import org.negotiationtracker.domain.BasisDocument;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.domain.PartialDate;
import org.negotiationtracker.domain.Source;
import org.negotiationtracker.domain.TopicDefinition;
import org.negotiationtracker.domain.TopicProjection;
import org.negotiationtracker.json.DomainJsonModule;

/**
 * Runs the extractor over an annotated corpus (a folder with gold.json) and scores it: per article and in
 * total, recall of the 'must' events, precision of the current events extracted, whether each matched date is
 * exact, how many events other than plans are dated after publication, and whether the extractor chose the
 * article's topic. A corpus with one {@code topic} and an {@code expectedState} also has every extracted event
 * folded through the topic projection and the state compared; a corpus with several {@code topics} registers them
 * all and lets the extractor choose. An article given no topic or another one than its gold {@code topicId}
 * misses all its gold events, and its current events count as wrong: they would be filed under another
 * negotiation, or not at all.
 */
public final class ExtractionEvaluation {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new DomainJsonModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).findAndRegisterModules();

    /** The corpus files' own header ("source: URL", "published: DATE", blank line), not part of the article. */
    private static final Pattern FILE_HEADER = Pattern.compile("\\A(?:source|published): [^\\n]*\\n"
            + "(?:(?:source|published): [^\\n]*\\n)*\\s*\\n");

    /** A gold event and the extracted event matched to it, if any. */
    public record Match(JsonNode gold, ExtractedEvent found) {

        String kind() {
            return gold.get("kind").asText();
        }
    }

    /** {@code chosenTopic} is the id of the topic the extractor chose, null when it chose none. */
    public record ArticleScore(String file, String goldTopic, String chosenTopic, PartialDate published,
                               List<Match> gold, List<ExtractedEvent> extracted) {

        public boolean topicRight() {
            return goldTopic.equals(chosenTopic);
        }

        public CorpusHalf half() {
            return CorpusHalf.of(goldTopic);
        }

        public long must() {
            return gold.stream().filter(m -> m.kind().equals("must")).count();
        }

        public long mustFound() {
            return gold.stream().filter(m -> m.kind().equals("must") && m.found() != null).count();
        }

        /**
         * The extracted events precision judges: all but history, whether the extractor marked it background or
         * it matched an annotated background event (recalled history is neither required nor wrong).
         */
        public List<ExtractedEvent> current() {
            return extracted.stream().filter(e -> !e.background() && !matchedAs(e, "background")).toList();
        }

        /** Current extracted events that are a must or also event. */
        public long correct() {
            return current().stream().filter(e -> matchedAs(e, "must") || matchedAs(e, "also")).count();
        }

        public long matchedGold() {
            return gold.stream().filter(m -> m.found() != null).count();
        }

        public long exactDates() {
            return gold.stream().filter(m -> m.found() != null && GoldMatching.exact(m.gold(), m.found())).count();
        }

        /** Events other than plans dated after publication: they cannot have happened yet. */
        public long afterPublication() {
            return extracted.stream().filter(e -> e.type() != EventType.MEETING_SCHEDULED
                    && e.occurredAt().firstDay().isAfter(published.lastDay())).count();
        }

        String kindOf(ExtractedEvent event) {
            return gold.stream().filter(m -> m.found() == event).map(Match::kind).findFirst().orElse(null);
        }

        private boolean matchedAs(ExtractedEvent event, String kind) {
            return kind.equals(kindOf(event));
        }
    }

    /** {@code stateDifferences} is empty, and {@code hasExpectedState} false, for a corpus without one. */
    public record Report(String corpus, List<ArticleScore> articles, boolean hasExpectedState,
                         List<String> stateDifferences) {

        /** The articles of the given half of this corpus, scored as they are here. */
        public Report half(CorpusHalf half) {
            return new Report(corpus + ", " + half.label() + " half",
                    articles.stream().filter(a -> a.half() == half).toList(), false, List.of());
        }

        /** Several corpora's articles together, as if one corpus. */
        public static Report pooled(String name, List<Report> reports) {
            return new Report(name, reports.stream().flatMap(r -> r.articles().stream()).toList(), false, List.of());
        }

        public long topicRight() {
            return articles.stream().filter(ArticleScore::topicRight).count();
        }

        /** The share of articles the extractor gave their gold topic. */
        public double topicAccuracy() {
            return articles.isEmpty() ? 1 : (double) topicRight() / articles.size();
        }

        public long must() {
            return articles.stream().mapToLong(ArticleScore::must).sum();
        }

        public long mustFound() {
            return articles.stream().mapToLong(ArticleScore::mustFound).sum();
        }

        public long current() {
            return articles.stream().mapToLong(a -> a.current().size()).sum();
        }

        public long correct() {
            return articles.stream().mapToLong(ArticleScore::correct).sum();
        }

        public long matchedGold() {
            return articles.stream().mapToLong(ArticleScore::matchedGold).sum();
        }

        public long exactDates() {
            return articles.stream().mapToLong(ArticleScore::exactDates).sum();
        }

        public long afterPublication() {
            return articles.stream().mapToLong(ArticleScore::afterPublication).sum();
        }

        public double recall() {
            return must() == 0 ? 1 : (double) mustFound() / must();
        }

        public double precision() {
            return current() == 0 ? 1 : (double) correct() / current();
        }
    }

    private ExtractionEvaluation() {
    }

    public static Report evaluate(Path corpus, ArticleExtractor extractor) {
        JsonNode gold = read(corpus.resolve("gold.json"));
        List<TopicDefinition> topics = new ArrayList<>();
        gold.path("topics").forEach(t -> topics.add(topic(t)));
        String onlyTopic = null;
        if (gold.has("topic")) {
            topics.add(topic(gold.get("topic")));
            onlyTopic = gold.get("topic").get("id").asText();
        }
        boolean hasExpectedState = gold.has("expectedState") && topics.size() == 1;
        TopicProjection projection = new TopicProjection(topics.get(0), 0, 0);
        Map<String, String> articleOfReport = new HashMap<>();
        List<ArticleScore> scores = new ArrayList<>();
        int version = 0;
        for (JsonNode annotated : gold.get("articles")) {
            String file = annotated.get("file").asText();
            String text = articleText(corpus, file);
            PartialDate published = PartialDate.parse(annotated.get("publishedAt").asText());
            String publisher = annotated.path("publisher").asText(null);
            Article article = new Article(text.lines().findFirst().orElse(""), text, publisher, null, published);
            Extraction extraction = extractor.extract(article, topics);
            String goldTopic = annotated.path("topicId").asText(onlyTopic);
            if (goldTopic == null) {
                throw new IllegalArgumentException(file + " has no topicId, and " + corpus + " has several topics");
            }
            String chosenTopic = extraction.topic().map(TopicDefinition::id).orElse(null);
            scores.add(score(file, goldTopic, chosenTopic, published, annotated.get("events"), extraction.events()));
            if (hasExpectedState) {
                Source source = new Source(publisher, "corpus:" + file, published);
                int n = 0;
                for (ExtractedEvent event : extraction.events()) {
                    String id = file + "#" + (++n);
                    articleOfReport.put(id, file);
                    projection.apply(event.toDiplomaticEvent(id, topics.get(0).id(), source), ++version, version);
                }
            }
        }
        List<String> differences = List.of();
        if (hasExpectedState) {
            JsonNode state = JSON.valueToTree(projection.state(null));
            JsonNode timeline = JSON.valueToTree(projection.timeline(null));
            differences = ExpectedStateCheck.differences(gold.get("expectedState"), state, timeline,
                    articleOfReport::get);
        }
        return new Report(corpus.getFileName().toString(), scores, hasExpectedState, differences);
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

    /**
     * One-to-one, must events first, then also and background events in the annotation's order; nothing matches
     * when the extractor chose another topic than the gold's, or none.
     */
    private static ArticleScore score(String file, String goldTopic, String chosenTopic, PartialDate published,
                                      JsonNode goldEvents, List<ExtractedEvent> extracted) {
        List<ExtractedEvent> unmatched = new ArrayList<>(goldTopic.equals(chosenTopic) ? extracted : List.of());
        List<JsonNode> ordered = new ArrayList<>();
        for (String kind : List.of("must", "also", "background")) {
            goldEvents.forEach(e -> {
                if (e.get("kind").asText().equals(kind)) {
                    ordered.add(e);
                }
            });
        }
        List<Match> matches = new ArrayList<>();
        for (JsonNode goldEvent : ordered) {
            ExtractedEvent found = unmatched.stream().filter(e -> GoldMatching.matches(goldEvent, e)).findFirst()
                    .orElse(null);
            unmatched.remove(found);
            matches.add(new Match(goldEvent, found));
        }
        return new ArticleScore(file, goldTopic, chosenTopic, published, matches, extracted);
    }

    /** An article of the corpus as the extractor reads it: without the file's own header. */
    public static String articleText(Path corpus, String file) {
        Path path = corpus.resolve(file);
        if (!Files.isReadable(path)) {
            path = corpus.resolve("articles").resolve(file);
        }
        try {
            return FILE_HEADER.matcher(Files.readString(path)).replaceFirst("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
}
