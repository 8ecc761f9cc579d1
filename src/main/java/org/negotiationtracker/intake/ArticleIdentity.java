package org.negotiationtracker.intake;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Who an article is. Its id follows from its normalized text (Unicode NFKC, case and runs of white space
 * ignored), so the same text posted again, by any door and from any URL, has the same id, and the log
 * itself refuses to store it twice, even when two copies arrive at once. The events extracted from it
 * take ids derived from the article's, so a retry appends nothing new.
 */
final class ArticleIdentity {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private ArticleIdentity() {
    }

    static String articleId(String text) {
        String normalized = WHITE_SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return "article-" + UUID.nameUUIDFromBytes(normalized.getBytes(StandardCharsets.UTF_8));
    }

    /** The n-th (from 1) event extracted from an article. */
    static String eventId(String articleId, int n) {
        return articleId + "-" + n;
    }

    /**
     * The URL with what does not change the page it names taken out (case of scheme and host, default
     * port, fragment, a trailing slash), hashed to a fixed length for the index.
     */
    static String urlKey(String url) {
        URI uri = URI.create(url.strip());
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() == defaultPort(scheme) ? -1 : uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String normalized = scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (port == -1 ? "" : ":" + port)
                + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }
}
