package org.negotiationtracker.articles;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.regex.Pattern;
import org.negotiationtracker.domain.Source;
import org.negotiationtracker.text.TextKey;

/**
 * Who an article is. Its id follows from its normalized text ({@link TextKey#document}: Unicode NFKC, case and
 * runs of white space ignored), so the same text posted again, by any door and from any URL, has the same id,
 * and the log itself refuses to store it twice, even when two copies arrive at once. The events extracted from
 * it take ids derived from the article's, so a retry appends nothing new.
 */
public final class ArticleIdentity {

    private static final Pattern ARTICLE_ID = Pattern.compile(
            "article-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private ArticleIdentity() {
    }

    public static String articleId(String text) {
        return "article-" + UUID.nameUUIDFromBytes(TextKey.document(text).getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the text has the form of an article id (it may still name no article). */
    public static boolean isArticleId(String text) {
        return text != null && ARTICLE_ID.matcher(text).matches();
    }

    /** The n-th (from 1) event extracted from an article. */
    public static String eventId(String articleId, int n) {
        return articleId + "-" + n;
    }

    /** Which event of the article an event id names (the n of {@link #eventId}); empty for any other id. */
    public static OptionalInt eventNumber(String articleId, String eventId) {
        String prefix = articleId + "-";
        if (!eventId.startsWith(prefix) || eventId.length() == prefix.length()
                || eventId.length() - prefix.length() > 9) {
            return OptionalInt.empty();
        }
        String digits = eventId.substring(prefix.length());
        return digits.chars().allMatch(c -> c >= '0' && c <= '9') && digits.charAt(0) != '0'
                ? OptionalInt.of(Integer.parseInt(digits)) : OptionalInt.empty();
    }

    /** The page the URL names ({@link Source#page}), hashed to a fixed length for the index. */
    static String urlKey(String url) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Source.page(url).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
