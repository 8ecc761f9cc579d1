package org.negotiationtracker.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The reference scenario: our structured encoding of the events annotated in the shared corpus
 * (src/test/resources/scenario), and the corpus's gold annotation, read from ../shared/corpus.
 */
public final class ReferenceScenario {

    public static final ObjectMapper JSON = new ObjectMapper();

    public final JsonNode topic;
    public final List<ObjectNode> events;
    public final JsonNode gold;
    private final Path corpus;

    private ReferenceScenario(Path corpus, JsonNode fixture, JsonNode gold) {
        this.corpus = corpus;
        this.topic = fixture.get("topic");
        this.events = new ArrayList<>();
        fixture.get("events").forEach(event -> events.add((ObjectNode) event));
        this.gold = gold;
    }

    /** Skips the calling test, saying why, when the corpus is not beside the checkout. */
    public static ReferenceScenario load() {
        Path corpus = Path.of(System.getProperty("tracker.corpus.dir", "../shared/corpus"));
        Path goldFile = corpus.resolve("gold.json");
        Assumptions.assumeTrue(Files.isReadable(goldFile),
                "reference corpus not found at " + goldFile.toAbsolutePath()
                        + "; set -Dtracker.corpus.dir to run the reference scenario");
        try (InputStream fixture = ReferenceScenario.class.getResourceAsStream(
                "/scenario/russia-japan-peace-treaty.json")) {
            return new ReferenceScenario(corpus, JSON.readTree(fixture), JSON.readTree(goldFile.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one article of the corpus, read at run time: it is never copied into the repository. */
    public String articleText(String file) {
        try {
            return Files.readString(corpus.resolve("articles").resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same events under another topic id and with other event ids, so the scenario can be replayed. */
    public List<ObjectNode> eventsFor(String topicId, String idSuffix) {
        return events.stream().map(event -> {
            ObjectNode copy = event.deepCopy();
            copy.put("topicId", topicId);
            copy.put("id", event.get("id").asText() + idSuffix);
            return copy;
        }).toList();
    }

    public ObjectNode topicAs(String topicId) {
        ObjectNode copy = topic.deepCopy();
        copy.put("id", topicId);
        return copy;
    }
}
