package org.negotiationtracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.ConfigMappingInterface.Property;
import io.smallrye.config.ConfigMappings;
import io.smallrye.config.ConfigMappings.ConfigClass;
import io.smallrye.config.common.utils.StringUtil;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.request.ApiConfig;

/**
 * The Configuration table of docs/operations.md against the {@code tracker.*} {@code @ConfigMapping} interfaces, found in the
 * compiled classes: a property added to a mapping without a row, a row left behind by a removed property, or a
 * default changed in one place only fails here.
 */
class ConfigurationTableTest {

    /** Where the configuration table lives; the README links to it. */
    private static final String CONFIGURATION_PAGE = "docs/operations.md";

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    @Test
    void everyMappedPropertyHasARowWithItsVariableAndDefault() throws Exception {
        Map<String, Row> table = readmeTable();
        Map<String, Property> mapped = mappedProperties();
        assertFalse(mapped.isEmpty(), "no tracker.* @ConfigMapping found");

        List<String> faults = new ArrayList<>();
        mapped.forEach((name, property) -> {
            Row row = table.get(name);
            if (row == null) {
                faults.add(name + ": no row");
                return;
            }
            String variable = StringUtil.replaceNonAlphanumericByUnderscores(name).toUpperCase(Locale.ROOT);
            if (!row.variable().equals(variable)) {
                faults.add(name + ": variable " + row.variable() + ", expected " + variable);
            }
            boolean documented = property.hasDefaultValue()
                    ? row.defaultValue().equals("`" + property.getDefaultValue() + "`")
                    : row.defaultValue().startsWith("empty");
            if (!documented) {
                faults.add(name + ": default " + row.defaultValue() + ", expected "
                        + (property.hasDefaultValue() ? property.getDefaultValue() : "empty"));
            }
        });
        assertEquals(List.of(), faults);
    }

    @Test
    void everyTrackerPropertyTheTableNamesExists() throws Exception {
        Map<String, Property> mapped = mappedProperties();
        Properties applicationProperties = new Properties();
        try (InputStream in = ApiConfig.class.getResourceAsStream("/application.properties")) {
            applicationProperties.load(in);
        }

        List<String> unknown = new ArrayList<>();
        for (String line : readmeTableLines()) {
            Matcher code = CODE.matcher(line);
            while (code.find()) {
                String name = code.group(1);
                if (name.startsWith("tracker.") && !mapped.containsKey(name)
                        && !applicationProperties.containsKey(name)) {
                    unknown.add(name);
                }
            }
        }
        assertEquals(List.of(), unknown, "tracker.* properties in docs/operations.md that no mapping or application.properties has");
    }

    /** Every property of every {@code tracker.*} mapping among the compiled classes, with its full name. */
    private static Map<String, Property> mappedProperties() throws IOException, URISyntaxException {
        Path classes = Path.of(ApiConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        File[] classFiles;
        try (Stream<Path> files = Files.walk(classes)) {
            classFiles = files.filter(file -> file.toString().endsWith(".class")).map(Path::toFile)
                    .toArray(File[]::new);
        }
        Map<String, Property> properties = new TreeMap<>();
        for (AnnotationInstance mapping : Index.of(classFiles).getAnnotations(DotName.createSimple(ConfigMapping.class))) {
            String prefix = mapping.value("prefix").asString();
            if (prefix.startsWith("tracker.")) {
                ConfigClass configClass = ConfigClass.configClass(load(mapping.target().asClass().name().toString()),
                        prefix);
                // a list is named with an index ("dirs[*]"), and is also set as one comma-separated value
                ConfigMappings.getProperties(configClass).forEach((name, property) ->
                        properties.put(name.replace("[*]", ""), property));
            }
        }
        return properties;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ConfigurationTableTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each property a row names (first column), with the variable at the same place in the second column. */
    private static Map<String, Row> readmeTable() {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : readmeTableLines()) {
            String[] cells = line.substring(1).split("\\|");
            List<String> names = codeIn(cells[0]);
            List<String> variables = codeIn(cells[1]);
            for (int i = 0; i < names.size(); i++) {
                rows.put(names.get(i), new Row(i < variables.size() ? variables.get(i) : "", cells[2].strip()));
            }
        }
        return rows;
    }

    private static List<String> readmeTableLines() {
        List<String> lines;
        try {
            lines = Files.readAllLines(RepositoryFiles.resolve(CONFIGURATION_PAGE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int section = lines.indexOf("## Configuration");
        return lines.stream().skip(section + 1).takeWhile(line -> !line.startsWith("#"))
                .filter(line -> line.startsWith("| `")).toList();
    }

    private static List<String> codeIn(String cell) {
        return CODE.matcher(cell).results().map(match -> match.group(1)).toList();
    }

    private record Row(String variable, String defaultValue) {
    }
}
