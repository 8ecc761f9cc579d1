package org.negotiationtracker.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.domain.PartialDate;
import org.negotiationtracker.domain.TopicDefinition;

/** Our own invented articles (src/test/resources/articles) and the topics they belong to. */
final class Fixtures {

    static final TopicDefinition IRAN = topic("iran-nuclear-talks", List.of("Iran", "United States", "United Kingdom",
            "France", "Germany", "Russia", "China", "European Union"), List.of("JCPOA", "nuclear deal"));
    static final TopicDefinition TRADE = topic("us-china-trade", List.of("United States", "China"),
            List.of("trade war", "trade negotiations", "tariffs"));
    static final TopicDefinition GAZA = topic("israel-hamas-ceasefire", List.of("Israel", "Hamas"),
            List.of("ceasefire", "hostage deal"));
    static final TopicDefinition KURILS = topic("russia-japan-peace-treaty", List.of("Russia", "Japan"),
            List.of("peace treaty", "Southern Kurils", "Northern Territories"));
    static final List<TopicDefinition> ALL = List.of(IRAN, TRADE, GAZA, KURILS);

    private Fixtures() {
    }

    static TopicDefinition topic(String id, List<String> parties, List<String> aliases) {
        return new TopicDefinition(id, id, parties, aliases, List.of(), List.of());
    }

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/articles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Extraction extract(String name, String publishedAt) {
        String text = text(name);
        return Extractors.SHARED.extract(new Article(text.lines().findFirst().orElseThrow(), text, "Wire",
                "https://wire.example/" + name, publishedAt == null ? null : PartialDate.parse(publishedAt)), ALL);
    }

    static List<ExtractedEvent> ofType(Extraction extraction, EventType type) {
        return extraction.events().stream().filter(e -> e.type() == type).toList();
    }

    static List<String> names(ExtractedEvent event) {
        return event.actors().stream().map(org.negotiationtracker.domain.Actor::name).toList();
    }
}
