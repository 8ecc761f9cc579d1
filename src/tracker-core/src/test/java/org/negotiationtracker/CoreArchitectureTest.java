package org.negotiationtracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The core stays plain Java on plain libraries, usable and testable without the service's framework (OpenNLP
 * is a library); only its json package knows Jackson, so the domain and the extraction do not.
 */
class CoreArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.negotiationtracker");

    /** Quarkus, Jakarta EE (and its javax ancestors), MicroProfile, SmallRye (Mutiny too), Vert.x, Hibernate. */
    private static final String[] FRAMEWORKS = {
            "io.quarkus..", "jakarta..", "javax.inject..", "javax.enterprise..", "javax.ws..", "javax.persistence..",
            "org.eclipse.microprofile..", "io.smallrye..", "io.vertx..", "org.hibernate.."};

    @Test
    void noCoreClassDependsOnAFramework() {
        ArchRule rule = noClasses().should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("tracker-core is a plain jar that the service, the evaluation and the bench all use");
        rule.check(CORE);
    }

    @Test
    void theDomainAndTheExtractionDoNotKnowJackson() {
        ArchRule rule = noClasses().that().resideInAnyPackage("org.negotiationtracker.domain..",
                        "org.negotiationtracker.article..", "org.negotiationtracker.text..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
                .because("the JSON form of domain records lives in the json package, as Jackson mixins");
        rule.check(CORE);
    }
}
