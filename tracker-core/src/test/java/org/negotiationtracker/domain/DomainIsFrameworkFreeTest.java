package org.negotiationtracker.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The domain core, the fold and the article extraction rules, must stay plain Java, usable and testable without
 * any framework (the extraction uses OpenNLP, a library, not a framework).
 */
class DomainIsFrameworkFreeTest {

    /** Surefire runs tests from the Maven project root. */
    private static final Path DOMAIN_SOURCES = Path.of("src", "main", "java", "org", "negotiationtracker", "domain");
    private static final Path ARTICLE_SOURCES = Path.of("src", "main", "java", "org", "negotiationtracker", "article");

    private static final Pattern FRAMEWORK_REFERENCE = Pattern.compile(
            "(?m)^\\s*import\\s+(?:static\\s+)?((?:jakarta|javax|io\\.quarkus|org\\.hibernate|com\\.fasterxml"
                    + "|io\\.smallrye|org\\.eclipse\\.microprofile|io\\.vertx)\\.[\\w.*]+)"
                    + "|@((?:jakarta|javax|io\\.quarkus|org\\.hibernate|com\\.fasterxml|io\\.smallrye"
                    + "|org\\.eclipse\\.microprofile|io\\.vertx)\\.[\\w.]+)");

    @Test
    void noDomainSourceImportsAFramework() throws IOException {
        assertFrameworkFree(DOMAIN_SOURCES, "TopicProjection.java");
    }

    @Test
    void noArticleExtractionSourceImportsAFramework() throws IOException {
        assertFrameworkFree(ARTICLE_SOURCES, "ArticleExtractor.java");
    }

    private static void assertFrameworkFree(Path folder, String knownFile) throws IOException {
        assertTrue(Files.isDirectory(folder), folder.toAbsolutePath() + " not found");
        List<Path> sources;
        try (Stream<Path> files = Files.walk(folder)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        // Guards against scanning an empty or wrong directory and passing vacuously.
        assertTrue(sources.stream().anyMatch(f -> f.endsWith(knownFile)), sources.toString());

        List<String> offences = new ArrayList<>();
        for (Path source : sources) {
            Matcher matcher = FRAMEWORK_REFERENCE.matcher(Files.readString(source));
            while (matcher.find()) {
                String reference = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                offences.add(source.getFileName() + ": " + reference);
            }
        }

        assertEquals(List.of(), offences);
    }

    @Test
    void theGuardRecognisesFrameworkImports() {
        // Keeps the pattern honest: a guard that matches nothing would pass forever.
        assertTrue(FRAMEWORK_REFERENCE.matcher("import jakarta.inject.Inject;").find());
        assertTrue(FRAMEWORK_REFERENCE.matcher("import static io.quarkus.runtime.LaunchMode.DEVELOPMENT;").find());
        assertTrue(FRAMEWORK_REFERENCE.matcher("  import com.fasterxml.jackson.annotation.*;").find());
        assertTrue(FRAMEWORK_REFERENCE.matcher("import org.eclipse.microprofile.config.Config;").find());
        assertTrue(FRAMEWORK_REFERENCE.matcher("@javax.annotation.Nullable String name").find());
        assertTrue(!FRAMEWORK_REFERENCE.matcher("import java.util.List;").find());
        assertTrue(!FRAMEWORK_REFERENCE.matcher("import org.negotiationtracker.domain.Actor;").find());
    }
}
