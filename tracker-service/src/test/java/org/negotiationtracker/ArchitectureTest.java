package org.negotiationtracker;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.smallrye.config.ConfigMapping;
import jakarta.ws.rs.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.app.AppendEvents;

/**
 * One direction through the service: the adapters (HTTP in api, SSE in stream, Kafka in kafka) call the
 * application layer (app), which alone drives the log, the read models and the article machinery.
 */
class ArchitectureTest {

    private static final String API = "org.negotiationtracker.api..";
    private static final String STREAM = "org.negotiationtracker.stream..";
    private static final String KAFKA = "org.negotiationtracker.kafka..";
    private static final String APP = "org.negotiationtracker.app..";
    private static final String EVENTLOG = "org.negotiationtracker.eventlog..";
    private static final String PROJECTION = "org.negotiationtracker.projection..";
    private static final String ARTICLE_INTAKE = "org.negotiationtracker.articleintake..";
    private static final List<String> ADAPTERS = List.of(API, STREAM, KAFKA);

    /** The service's own classes, not its tests and not tracker-core's classes in the same package root. */
    private static final JavaClasses SERVICE = new ClassFileImporter()
            .importUrl(AppendEvents.class.getProtectionDomain().getCodeSource().getLocation());

    @Test
    void adaptersDoNotDependOnEachOther() {
        for (String adapter : ADAPTERS) {
            noClasses().that().resideInAPackage(adapter)
                    .should().dependOnClassesThat().resideInAnyPackage(
                            ADAPTERS.stream().filter(other -> !other.equals(adapter)).toArray(String[]::new))
                    .check(SERVICE);
        }
    }

    /**
     * No adapter touches a service, store, listener or exception of the read models or the article machinery:
     * only records (values a use case hands back, such as TopicSummary) may pass through them, and a
     * configuration mapping may be shared (the live feed caches as many topics as the projector does).
     */
    @Test
    void adaptersReachReadModelsAndArticlesOnlyThroughApp() {
        noClasses().that().resideInAnyPackage(ADAPTERS.toArray(String[]::new))
                .should().dependOnClassesThat(resideInAnyPackage(PROJECTION, ARTICLE_INTAKE)
                        .and(not(assignableTo(Record.class))).and(not(annotatedWith(ConfigMapping.class))))
                .check(SERVICE);
    }

    /**
     * The doors themselves (every class of api, the SSE resources, the Kafka ingest) reach the log only
     * through app, seeing its records (Appended, LoggedEvent) at most. What stays of eventlog in stream and
     * kafka is the log's own outbound plumbing, which tails it by position: the SSE fan-out and the Kafka relay.
     */
    @Test
    void entryPointsReachTheLogOnlyThroughApp() {
        noClasses().that().resideInAPackage(API)
                .or().areAnnotatedWith(Path.class)
                .or().haveSimpleNameStartingWith("Ingest")
                .should().dependOnClassesThat(resideInAnyPackage(EVENTLOG).and(not(assignableTo(Record.class))))
                .check(SERVICE);
    }

    @Test
    void appDependsOnNoAdapter() {
        noClasses().that().resideInAPackage(APP)
                .should().dependOnClassesThat().resideInAnyPackage(API, STREAM, KAFKA,
                        "org.negotiationtracker.health..")
                .check(SERVICE);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.negotiationtracker.(*)..").should().beFreeOfCycles().check(SERVICE);
    }
}
