package org.negotiationtracker.tracing;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Tracing is off unless an OTLP endpoint is configured ({@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT}, or the
 * traces-only {@code QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT}): this sets {@code quarkus.otel.sdk.disabled}
 * from it, so one setting turns tracing on. Left on without a collector, the exporter would send to its
 * built-in default (localhost:4317) and log every export that fails. Its ordinal is below
 * application.properties', so {@code quarkus.otel.sdk.disabled} set anywhere (environment, -D, a test
 * profile) still decides.
 */
public class TracingSwitch implements ConfigSourceFactory {

    static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";
    private static final List<String> ENDPOINTS = List.of("quarkus.otel.exporter.otlp.endpoint",
            "quarkus.otel.exporter.otlp.traces.endpoint");
    private static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        boolean configured = ENDPOINTS.stream().map(context::getValue).anyMatch(TracingSwitch::isSet);
        return List.of(new PropertiesConfigSource(Map.of(SDK_DISABLED, Boolean.toString(!configured)),
                "tracker tracing switch", ORDINAL));
    }

    /** Set by the operator, not the exporter's own default (which the defaults' source, lowest of all, holds). */
    private static boolean isSet(ConfigValue value) {
        return value.getValue() != null && !value.getValue().isBlank()
                && value.getConfigSourceOrdinal() > Integer.MIN_VALUE;
    }
}
