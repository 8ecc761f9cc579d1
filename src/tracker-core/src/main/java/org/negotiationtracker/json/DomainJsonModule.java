package org.negotiationtracker.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Arrays;
import java.util.Locale;
import org.negotiationtracker.domain.ArticleReceived;
import org.negotiationtracker.domain.EventConfirmed;
import org.negotiationtracker.domain.EventCorrected;
import org.negotiationtracker.domain.EventRejected;
import org.negotiationtracker.domain.EventRetracted;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.domain.PartialDate;
import org.negotiationtracker.domain.TimelineEntry;
import org.negotiationtracker.domain.TopicRegistered;

/** How the domain's value types look in JSON: dates as the text the source gave, types by their dotted names. */
public final class DomainJsonModule extends SimpleModule {

    public DomainJsonModule() {
        super("negotiation-tracker-domain");
        setMixInAnnotation(TopicRegistered.class, TopicRegisteredMixin.class);
        setMixInAnnotation(ArticleReceived.class, ArticleReceivedMixin.class);
        setMixInAnnotation(EventRetracted.class, EventRetractedMixin.class);
        setMixInAnnotation(EventConfirmed.class, EventConfirmedMixin.class);
        setMixInAnnotation(EventRejected.class, EventRejectedMixin.class);
        setMixInAnnotation(EventCorrected.class, EventCorrectedMixin.class);
        setMixInAnnotation(TimelineEntry.class, TimelineEntryMixin.class);
        addSerializer(PartialDate.class, new ToStringSerializer<>());
        // when a decision was taken, as ISO-8601 text, without the date-time module of a framework
        addSerializer(Instant.class, new ToStringSerializer<>());
        addDeserializer(Instant.class, new JsonDeserializer<>() {
            @Override
            public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = stringValue(p, ctxt, Instant.class);
                try {
                    return Instant.parse(text);
                } catch (DateTimeParseException e) {
                    throw InvalidFormatException.from(p, e.getMessage(), text, Instant.class);
                }
            }
        });
        addSerializer(EventType.class, new JsonSerializer<>() {
            @Override
            public void serialize(EventType type, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(type.wireName());
            }
        });
        addDeserializer(PartialDate.class, new JsonDeserializer<>() {
            @Override
            public PartialDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = stringValue(p, ctxt, PartialDate.class);
                try {
                    return PartialDate.parse(text);
                } catch (IllegalArgumentException e) {
                    throw InvalidFormatException.from(p, e.getMessage(), text, PartialDate.class);
                }
            }
        });
        addDeserializer(EventType.class, new JsonDeserializer<>() {
            @Override
            public EventType deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = stringValue(p, ctxt, EventType.class);
                return EventType.fromWireName(text).orElseThrow(() -> InvalidFormatException.from(p,
                        "unknown event type \"" + text + "\": expected one of "
                                + String.join(", ", EventType.wireNames(EventType.diplomaticTypes())),
                        text, EventType.class));
            }
        });
        addDatedBy();
    }

    private void addDatedBy() {
        addSerializer(ArticleReceived.DatedBy.class, new JsonSerializer<>() {
            @Override
            public void serialize(ArticleReceived.DatedBy datedBy, JsonGenerator gen, SerializerProvider provider)
                    throws IOException {
                gen.writeString(wireName(datedBy));
            }
        });
        addDeserializer(ArticleReceived.DatedBy.class, new JsonDeserializer<>() {
            @Override
            public ArticleReceived.DatedBy deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = stringValue(p, ctxt, ArticleReceived.DatedBy.class);
                return Arrays.stream(ArticleReceived.DatedBy.values()).filter(d -> wireName(d).equals(text))
                        .findFirst().orElseThrow(() -> InvalidFormatException.from(p,
                                "unknown datedBy \"" + text + "\"", text, ArticleReceived.DatedBy.class));
            }
        });
    }

    /** {@code publishedAt} or {@code dateline}: the field or the part of the text the date came from. */
    public static String wireName(ArticleReceived.DatedBy datedBy) {
        return datedBy == ArticleReceived.DatedBy.PUBLISHED_AT ? "publishedAt"
                : datedBy.name().toLowerCase(Locale.ROOT);
    }

    private static String stringValue(JsonParser p, DeserializationContext ctxt, Class<?> type) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (String) ctxt.handleUnexpectedToken(type, p);
        }
        return p.getText();
    }

    private static final class ToStringSerializer<T> extends JsonSerializer<T> {
        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }
}
