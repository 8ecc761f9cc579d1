package org.negotiationtracker.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import org.negotiationtracker.json.DomainJsonModule;
import jakarta.inject.Singleton;

/** Registers the domain's JSON forms on the ObjectMapper that REST, storage and tests share. */
@Singleton
public class DomainJsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new DomainJsonModule());
    }
}
