package org.negotiationtracker.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.negotiationtracker.domain.TopicDefinition;

/** A negotiation topic to register. */
public record TopicRequest(
        @NotBlank @Size(max = MAX_ID_LENGTH)
        @Pattern(regexp = ID_PATTERN, message = "must be a lower-case slug such as russia-japan-peace-treaty")
        String id,
        @NotBlank @Size(max = 300) String title,
        @NotNull(message = "is required: the negotiating parties")
        @Size(min = 2, message = "must name at least two parties")
        List<@NotBlank @Size(max = 200) String> parties,
        List<@NotBlank @Size(max = 200) String> aliases,
        List<@NotBlank @Size(max = 300) String> disputedItems,
        List<@NotNull @Valid BasisDocumentRequest> basisDocuments) {

    public static final int MAX_ID_LENGTH = 100;
    /** {@link TopicDefinition#ID_PATTERN} as the constant a validation annotation needs. */
    static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    public static boolean isTopicId(String value) {
        return value != null && value.length() <= MAX_ID_LENGTH
                && TopicDefinition.ID_PATTERN.matcher(value).matches();
    }

    public TopicDefinition toDefinition() {
        return new TopicDefinition(id, title.strip(), parties.stream().map(String::strip).toList(),
                orEmpty(aliases).stream().map(String::strip).toList(),
                orEmpty(disputedItems).stream().map(String::strip).toList(),
                orEmpty(basisDocuments).stream().map(BasisDocumentRequest::toDocument).toList());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
