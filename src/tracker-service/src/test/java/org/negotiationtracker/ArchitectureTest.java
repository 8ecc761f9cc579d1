package org.negotiationtracker;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.smallrye.config.ConfigMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.app.AppendEvents;

/**
 * Which package of the service may use which, as docs/architecture.md draws it: the adapters (HTTP in api, SSE in
 * stream, Kafka in kafka) call the application (the use cases in app and articles, the extractor, and logfollowing,
 * the door for whatever follows the log), which alone drives the log (eventlog) and the read models (projection).
 * Requests are parsed in request and failures end as a problem. tracker-core's packages (domain, article, json,
 * text) are open to every one.
 */
class ArchitectureTest {

    private static final String ROOT = "org.negotiationtracker.";

    /**
     * For every package of the service, the other packages whose classes it may use. What it does not name, it
     * does not touch.
     */
    private static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            // the adapters: HTTP, SSE, Kafka, and a command-line client of the HTTP API
            Map.entry("api", Set.of("app", "articles", "request", "problem")),
            Map.entry("stream", Set.of("app", "logfollowing", "request", "cache")),
            Map.entry("kafka", Set.of("app", "articles", "logfollowing", "request", "problem", "lifecycle", "tracing")),
            Map.entry("cli", Set.of()),
            // the application: use cases, the articles' intake and extraction, following the log
            Map.entry("app", Set.of("eventlog", "projection", "request", "problem", "jdbc", "tracing")),
            Map.entry("articles", Set.of("app", "logfollowing", "eventlog", "request", "problem", "jdbc", "tracing")),
            Map.entry("extraction", Set.of("articles", "logfollowing", "eventlog", "projection", "lifecycle")),
            Map.entry("review", Set.of("app", "articles", "auth", "logfollowing", "eventlog", "projection", "request",
                    "problem")),
            Map.entry("logfollowing", Set.of("eventlog", "jdbc", "lifecycle")),
            Map.entry("request", Set.of("problem")),
            Map.entry("problem", Set.of("eventlog")),
            // the log and the read models
            Map.entry("eventlog", Set.of("cache", "jdbc", "lifecycle", "tracing")),
            Map.entry("projection", Set.of("eventlog", "logfollowing", "cache", "jdbc", "lifecycle")),
            // beside them all
            Map.entry("health", Set.of("eventlog", "projection", "articles", "extraction", "lifecycle")),
            Map.entry("auth", Set.of()),
            Map.entry("cache", Set.of()),
            Map.entry("jdbc", Set.of()),
            Map.entry("lifecycle", Set.of()),
            Map.entry("tracing", Set.of()));

    /**
     * Packages whose values alone a package may see besides: their records (an event as logged, a topic's summary,
     * a rebuild's report), which a use case hands back for an adapter to show, and their configuration mappings
     * (the live feed caches as many topics as the projector does). No service, store, listener or exception.
     */
    private static final Map<String, Set<String>> MAY_SEE_VALUES_OF = Map.of(
            "api", Set.of("eventlog", "projection", "extraction"),
            "stream", Set.of("eventlog", "projection"),
            "kafka", Set.of("eventlog"));

    private static final DescribedPredicate<JavaClass> VALUE =
            assignableTo(Record.class).or(annotatedWith(ConfigMapping.class));

    /** The service's own classes, not its tests and not tracker-core's classes in the same package root. */
    private static final JavaClasses SERVICE = new ClassFileImporter()
            .importUrl(AppendEvents.class.getProtectionDomain().getCodeSource().getLocation());

    @Test
    void everyPackageHasItsPlaceInTheTable() {
        Set<String> packages = SERVICE.stream().map(JavaClass::getPackageName)
                .filter(name -> name.startsWith(ROOT))
                .map(name -> name.substring(ROOT.length()).split("\\.")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(packages, new TreeSet<>(MAY_USE.keySet()));
    }

    @Test
    void packagesUseOnlyThePackagesTheyMay() {
        List<ArchRule> rules = new ArrayList<>();
        MAY_USE.forEach((name, uses) -> {
            Set<String> values = MAY_SEE_VALUES_OF.getOrDefault(name, Set.of());
            String[] forbidden = MAY_USE.keySet().stream()
                    .filter(other -> !other.equals(name) && !uses.contains(other) && !values.contains(other))
                    .map(ArchitectureTest::packageOf).toArray(String[]::new);
            if (forbidden.length > 0) {
                rules.add(noClasses().that().resideInAPackage(packageOf(name))
                        .should().dependOnClassesThat().resideInAnyPackage(forbidden));
            }
            if (!values.isEmpty()) {
                rules.add(noClasses().that().resideInAPackage(packageOf(name))
                        .should().dependOnClassesThat(resideInAnyPackage(
                                values.stream().map(ArchitectureTest::packageOf).toArray(String[]::new))
                                .and(DescribedPredicate.not(VALUE))));
            }
        });
        assertAll(rules.stream().map(rule -> () -> rule.check(SERVICE)));
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.negotiationtracker.(*)..").should().beFreeOfCycles().check(SERVICE);
    }

    private static String packageOf(String name) {
        return ROOT + name + "..";
    }
}
