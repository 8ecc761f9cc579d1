package org.negotiationtracker.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Where a report of an event came from: an article or a feed. */
public record Source(String publisher, String url, PartialDate publishedAt) {

    /** Reports sharing this key come from one source, so they corroborate nothing. */
    public String key() {
        if (url != null && !url.isBlank()) {
            return "url:" + page(url);
        }
        return "publisher:" + (publisher == null ? "" : Actor.nameKey(publisher)) + "@" + publishedAt;
    }

    /**
     * The page a URL names, without what does not change it: the case of scheme and host, a default port,
     * a fragment, a trailing slash. Path and query are kept as written, since servers may tell
     * "/Politics/1" from "/politics/1". A URL that does not parse is its own page.
     */
    public static String page(String url) {
        String written = url.strip();
        try {
            URI uri = new URI(written);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return written;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int defaultPort = scheme.equals("https") ? 443 : 80;
            int port = uri.getPort() == defaultPort ? -1 : uri.getPort();
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (port == -1 ? "" : ":" + port) + path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return written;
        }
    }

    public boolean namesItsOrigin() {
        return (url != null && !url.isBlank()) || (publisher != null && !publisher.isBlank());
    }
}
