package org.negotiationtracker.request;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidatorFactory;
import org.negotiationtracker.domain.PartialDate;
import org.negotiationtracker.problem.Problem;
import org.negotiationtracker.problem.ProblemException;

/**
 * Reads request bodies strictly: bounded in size, well-formed UTF-8, no repeated keys, no unknown fields, no text
 * that a database cannot store, no silent coercion of a number into a string or back, and every error reported
 * with the JSON pointer of the offending value.
 */
@ApplicationScoped
public class JsonBody {

    private static final int MAX_ERRORS_IN_DETAIL = 5;
    /** A batch of thousands of bad events must not get an answer larger than the batch. */
    private static final int MAX_ERRORS_LISTED = 100;

    private static final TraversableResolver EVERYTHING_REACHABLE = new TraversableResolver() {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }
    };

    private final ObjectMapper strict;
    /** A reader per request record, made once: {@code readerFor} looks the record's deserializer up each time. */
    private final ClassValue<ObjectReader> readers = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return strict.readerFor(type);
        }
    };
    private final Validator validator;
    private final long maxBytes;

    JsonBody(ObjectMapper mapper, ValidatorFactory validators, ApiConfig config) {
        this.strict = mapper.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // "" is not "no value": an empty string where a number, a flag or an object belongs is refused.
        strict.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        for (LogicalType scalar : List.of(LogicalType.Textual, LogicalType.Integer, LogicalType.Float,
                LogicalType.Boolean)) {
            strict.coercionConfigFor(scalar)
                    .setCoercion(CoercionInputShape.Integer, scalar == LogicalType.Integer
                            || scalar == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, scalar == LogicalType.Float ? CoercionAction.TryConvert
                            : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, scalar == LogicalType.Boolean
                            ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, scalar == LogicalType.Textual
                            ? CoercionAction.TryConvert : CoercionAction.Fail);
        }
        // With JPA on the classpath the default resolver asks it, property by property, whether a request record
        // (never an entity) is loaded, and caches each answer for the one validation: all cost, no use here.
        this.validator = validators.unwrap(HibernateValidatorFactory.class).usingContext()
                .traversableResolver(EVERYTHING_REACHABLE).enableTraversableResolverResultCache(false).getValidator();
        this.maxBytes = config.maxBodySize().asLongValue();
    }

    /**
     * The body as a JSON tree; {@code 413} over the size limit, {@code 400} when it is not JSON in UTF-8,
     * {@code 422} when a text holds what no store keeps (see {@link StorableText}).
     */
    public JsonNode parse(InputStream body) {
        return parse(readBounded(body));
    }

    /** {@link #parse(InputStream)} of a body the HTTP layer has read already. */
    public JsonNode parse(byte[] bytes) {
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw malformed("the request body is empty; expected JSON");
        }
        int malformed = WellFormedUtf8.firstMalformed(bytes);
        if (malformed >= 0) {
            throw malformed("the request body is not valid UTF-8 (at byte " + malformed + ")");
        }
        if (startsWithEncodingMark(bytes)) {
            // read as bytes, the parser would take such a start for UTF-16 or UTF-32, or skip the mark: read as
            // text (as the body was read before), neither is JSON
            throw malformed("the request body starts with a byte order mark or a NUL character; expected JSON");
        }
        try {
            JsonNode tree = strict.reader().readTree(bytes);
            if (tree == null || tree.isMissingNode()) {
                throw malformed("the request body holds no JSON value");
            }
            List<Problem.FieldError> unstorable = StorableText.mayHoldFaults(bytes) ? StorableText.faults(tree)
                    : List.of();
            if (!unstorable.isEmpty()) {
                throw invalid(unstorable);
            }
            return tree;
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            throw malformed("malformed JSON" + (where == null ? "" : " at line " + where.getLineNr() + ", column "
                    + where.getColumnNr()) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * A body bound straight from its bytes to a request record, in one pass with no tree in between, when
     * {@link #parse(byte[])} would take it and it fits {@code type}; null otherwise, and the caller then parses and
     * binds it as {@link #parse(byte[])} and {@link #bind(JsonNode, Class, String, List)} do, which say what is
     * wrong. Not validated: see {@link #validate}. A body holding an escape (a backslash and a u) goes the other way
     * too, as only an escape can spell a text {@link StorableText} refuses.
     */
    public <T> T bindDirectly(byte[] bytes, Class<T> type) {
        if (bytes.length > maxBytes || WellFormedUtf8.firstMalformed(bytes) >= 0 || startsWithEncodingMark(bytes)
                || !startsAnObject(bytes) || StorableText.mayHoldFaults(bytes)) {
            return null;
        }
        try {
            return readers.get(type).readValue(bytes);
        } catch (IOException e) {
            return null;
        }
    }

    /** Binds a whole body to a request record; {@code 422} naming every offending value when it does not fit. */
    public <T> T bind(JsonNode body, Class<T> type) {
        List<Problem.FieldError> errors = new ArrayList<>();
        T value = bind(body, type, "", errors);
        if (value == null) {
            throw invalid(errors);
        }
        return value;
    }

    /**
     * Binds one JSON value to a request record and validates it. Problems are added to {@code errors}
     * with pointers under {@code pointer}; the result is null when there were any.
     */
    public <T> T bind(JsonNode node, Class<T> type, String pointer, List<Problem.FieldError> errors) {
        if (node == null || !node.isObject()) {
            errors.add(new Problem.FieldError(pointer, "expected a JSON object, got " + describe(node)));
            return null;
        }
        T value;
        try {
            value = readers.get(type).readValue(strict.treeAsTokens(node));
        } catch (JsonMappingException e) {
            errors.add(new Problem.FieldError(pointer + pointerOf(e.getPath()), explain(e)));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return validate(value, pointer, errors);
    }

    /**
     * A bound request record checked against its constraints: itself when it meets them, else null with what is
     * wrong added to {@code errors} under {@code pointer}.
     */
    public <T> T validate(T value, String pointer, List<Problem.FieldError> errors) {
        List<Problem.FieldError> violations = validator.validate(value).stream()
                .map(v -> new Problem.FieldError(pointer + pointerOf(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::pointer))
                .toList();
        errors.addAll(violations);
        return violations.isEmpty() ? value : null;
    }

    /**
     * The {@code 422} answer for a body whose values do not fit; its detail quotes the first errors, and at most
     * {@value #MAX_ERRORS_LISTED} are listed.
     */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String summary = errors.stream().limit(MAX_ERRORS_IN_DETAIL)
                .map(e -> (e.pointer().isEmpty() ? "body" : e.pointer()) + ": " + e.detail())
                .collect(Collectors.joining("; "));
        if (errors.size() > MAX_ERRORS_LISTED) {
            summary += "; and " + (errors.size() - MAX_ERRORS_IN_DETAIL) + " more (the first " + MAX_ERRORS_LISTED
                    + " are in errors)";
        } else if (errors.size() > MAX_ERRORS_IN_DETAIL) {
            summary += "; and " + (errors.size() - MAX_ERRORS_IN_DETAIL) + " more (see errors)";
        }
        return new ProblemException(Problem.of(422, "invalid-body", "Invalid request body", summary)
                .withErrors(errors.subList(0, Math.min(errors.size(), MAX_ERRORS_LISTED))));
    }

    private byte[] readBounded(InputStream body) {
        try {
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ProblemException tooLarge() {
        return new ProblemException(Problem.of(413, "body-too-large", "Request body too large",
                "the request body exceeds the limit of " + maxBytes + " bytes (tracker.api.max-body-size); split the batch"));
    }

    private static boolean startsWithEncodingMark(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return true;
        }
        for (int i = 0; i < Math.min(4, bytes.length); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAnObject(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return b == '{';
            }
        }
        return false;
    }

    private static ProblemException malformed(String detail) {
        return new ProblemException(Problem.of(400, "malformed-json", "Malformed JSON", detail));
    }

    private static String explain(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            Collection<Object> known = unknown.getKnownPropertyIds();
            return "unknown field \"" + unknown.getPropertyName() + "\"; expected one of "
                    + known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && (invalid.getTargetType().isEnum() || invalid.getTargetType().getPackageName()
                .equals(PartialDate.class.getPackageName()))) {
            return invalid.getOriginalMessage();
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + expected(mismatch.getTargetType());
        }
        return e.getOriginalMessage();
    }

    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (type == PartialDate.class) {
            return "a date string: YYYY, YYYY-MM, YYYY-MM-DD or an ISO-8601 timestamp";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type.isEnum()) {
            return "a string";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object of string values";
        }
        return "an object";
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isNull()) {
            return "null";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            default -> node.getNodeType().name().toLowerCase();
        };
    }

    private static String pointerOf(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            pointer.append('/').append(reference.getFieldName() != null ? escape(reference.getFieldName())
                    : reference.getIndex());
        }
        return pointer.toString();
    }

    private static String pointerOf(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                pointer.append('/').append(node.getIndex() != null ? node.getIndex() : escape(String.valueOf(node.getKey())));
            }
            if (node.getName() != null && node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                pointer.append('/').append(escape(node.getName()));
            }
        }
        return pointer.toString();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
