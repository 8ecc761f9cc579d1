package org.negotiationtracker.articleintake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.negotiationtracker.domain.Source;

/**
 * Who an article is. Its id follows from its normalized text (Unicode NFKC, case and runs of white space
 * ignored), so the same text posted again, by any door and from any URL, has the same id, and the log
 * itself refuses to store it twice, even when two copies arrive at once. The events extracted from it
 * take ids derived from the article's, so a retry appends nothing new.
 */
public final class ArticleIdentity {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private ArticleIdentity() {
    }

    public static String articleId(String text) {
        String normalized = WHITE_SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return "article-" + UUID.nameUUIDFromBytes(normalized.getBytes(StandardCharsets.UTF_8));
    }

    /** The n-th (from 1) event extracted from an article. */
    public static String eventId(String articleId, int n) {
        return articleId + "-" + n;
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
