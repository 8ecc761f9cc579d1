package org.negotiationtracker.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.negotiationtracker.article.GazetteerEntry.Kind;
import org.negotiationtracker.article.Taggers.Found;
import org.negotiationtracker.article.Taggers.Tagger;
import org.negotiationtracker.evaluation.ExtractionEvaluation;

/**
 * Scores the extractor's rules and the libraries on the sub-tasks a library could take over, on both corpora:
 * how many of the annotated event dates each one finds in the article (at the annotation's precision, and
 * exactly), how many of the people annotated as actors it recognises (by surname), and how fast it reads the
 * articles. Lives in the package of the rules it compares, to call them without widening their visibility.
 */
public final class LibraryComparison {

    private static final int TIMED_ROUNDS = 3;
    private static final Set<String> COLLECTIVE_WORDS = Set.of("government", "ministry", "council", "commission",
            "agency", "group", "union", "nations", "street", "sherpas", "ambassadors", "house", "office", "department",
            "delegation", "states", "kremlin", "parliament");

    /** An annotated article: its text, publication day, event dates and actor surnames of people. */
    private record Gold(String text, LocalDate published, Set<String> dates, Set<String> people) {
    }

    private LibraryComparison() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        Gazetteer gazetteer = new Gazetteer(GazetteerFiles.bundled());
        List<Gold> articles = new ArrayList<>(read(corpus, gazetteer));
        if (Files.isReadable(corpus.resolve("more/gold.json"))) {
            articles.addAll(read(corpus.resolve("more"), gazetteer));
        }
        long dates = articles.stream().mapToLong(a -> a.dates().size()).sum();
        long people = articles.stream().mapToLong(a -> a.people().size()).sum();
        System.out.printf("%d articles, %d annotated event dates, %d annotated people%n%n", articles.size(), dates, people);
        System.out.println("| Tool | load (s) | event dates found | exact | dates proposed (an event's) | people found"
                + " | people proposed (an actor) | articles/s, one thread |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (String name : List.of("rules", "natty", "corenlp", "depparse")) {
            long loading = System.nanoTime();
            Tagger tagger = switch (name) {
                case "rules" -> Taggers.rules();
                case "natty" -> Taggers.natty();
                case "corenlp" -> Taggers.coreNlp();
                default -> Taggers.coreNlpDependencies();
            };
            double loadSeconds = (System.nanoTime() - loading) / 1e9;
            System.out.println(row(tagger, articles, loadSeconds));
        }
    }

    private static String row(Tagger tagger, List<Gold> articles, double loadSeconds) {
        long datesFound = 0;
        long datesExact = 0;
        long datesProposed = 0;
        long proposedAnEventDate = 0;
        long peopleFound = 0;
        long peopleProposed = 0;
        long proposedAnActor = 0;
        boolean readsDates = false;
        boolean readsPeople = false;
        for (Gold article : articles) {
            Found found = tagger.read(article.text(), article.published());
            if (found.dates() != null) {
                readsDates = true;
                for (String gold : article.dates()) {
                    datesFound += found.dates().stream().anyMatch(d -> d.startsWith(gold)) ? 1 : 0;
                    datesExact += found.dates().contains(gold) ? 1 : 0;
                }
                datesProposed += found.dates().size();
                proposedAnEventDate += found.dates().stream()
                        .filter(d -> article.dates().stream().anyMatch(g -> d.startsWith(g) || g.startsWith(d))).count();
            }
            if (found.surnames() != null) {
                readsPeople = true;
                peopleFound += article.people().stream().filter(found.surnames()::contains).count();
                peopleProposed += found.surnames().size();
                proposedAnActor += found.surnames().stream().filter(article.people()::contains).count();
            }
        }
        long started = System.nanoTime();
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            articles.forEach(a -> tagger.read(a.text(), a.published()));
        }
        double perSecond = TIMED_ROUNDS * articles.size() / ((System.nanoTime() - started) / 1e9);
        long dates = articles.stream().mapToLong(a -> a.dates().size()).sum();
        long people = articles.stream().mapToLong(a -> a.people().size()).sum();
        return String.format(Locale.ROOT, "| %s | %.1f | %s | %s | %s | %s | %s | %.0f |", tagger.name(), loadSeconds,
                readsDates ? share(datesFound, dates) : "–", readsDates ? share(datesExact, dates) : "–",
                readsDates ? datesProposed + " (" + proposedAnEventDate + ")" : "–",
                readsPeople ? share(peopleFound, people) : "–",
                readsPeople ? peopleProposed + " (" + proposedAnActor + ")" : "–", perSecond);
    }

    private static String share(long part, long whole) {
        return String.format(Locale.ROOT, "%d / %d (%.2f)", part, whole, whole == 0 ? 0 : (double) part / whole);
    }

    private static List<Gold> read(Path corpus, Gazetteer gazetteer) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(corpus.resolve("gold.json").toFile());
        List<Gold> articles = new ArrayList<>();
        for (JsonNode article : gold.get("articles")) {
            Set<String> dates = new LinkedHashSet<>();
            Set<String> people = new LinkedHashSet<>();
            for (JsonNode event : article.get("events")) {
                dates.add(event.get("date").asText());
                event.get("actors").forEach(actor -> {
                    if (isPerson(actor.asText(), gazetteer)) {
                        people.add(Taggers.surname(actor.asText()));
                    }
                });
            }
            String text = ExtractionEvaluation.articleText(corpus, article.get("file").asText());
            articles.add(new Gold(text, LocalDate.parse(article.get("publishedAt").asText().substring(0, 10)), dates,
                    people));
        }
        return articles;
    }

    /** An annotated actor is a person unless the gazetteer or the body rules know it as something else. */
    private static boolean isPerson(String name, Gazetteer gazetteer) {
        boolean collective = List.of(name.toLowerCase(Locale.ROOT).split("\\s+")).stream()
                .anyMatch(COLLECTIVE_WORDS::contains);
        boolean known = gazetteer.find(name).stream().anyMatch(m -> m.entry().kind() != Kind.PERSON)
                || !NamedBodies.addTo(name, List.of()).isEmpty();
        return !collective && !known;
    }
}
