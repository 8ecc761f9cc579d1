package org.negotiationtracker.articles;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.negotiationtracker.domain.PartialDate;
import org.negotiationtracker.problem.Problem;
import org.negotiationtracker.problem.ProblemException;
import org.negotiationtracker.request.ArticleRequest;
import org.negotiationtracker.request.JsonBody;

/**
 * What an article must be before anything is extracted from it: text within the size limit, text and not
 * binary data, at least one sentence, a real http(s) URL, a publication date that is not in the future.
 * HTML is reduced to its text here, so the checks and the extractor see what a reader would.
 */
@ApplicationScoped
class ArticleChecks {

    /** Words a run of text needs to count as a sentence rather than a label or a number. */
    private static final int SENTENCE_WORDS = 3;
    /** The earliest time zone: a publication date that is not yet today there is in the future everywhere. */
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    private final Clock clock;
    private final long maxTextBytes;

    ArticleChecks(Clock clock, ArticlesConfig config) {
        this.clock = clock;
        this.maxTextBytes = config.maxTextBytes().asLongValue();
    }

    /** An article that passed every check, as plain text. */
    record CheckedArticle(String title, String text, String publisher, String url, PartialDate publishedAt) {
    }

    /**
     * @throws ProblemException 413 for text over the limit, 422 naming every other fault
     */
    CheckedArticle check(ArticleRequest request) {
        long bytes = request.text().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxTextBytes) {
            throw new ProblemException(Problem.of(413, "article-too-large", "Article text too large",
                    "the text has " + bytes + " bytes, over the limit of " + maxTextBytes
                            + " bytes (tracker.articles.max-text-bytes)"));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String binary = firstNonText(request.text());
        String text = request.text();
        String title = blankToNull(request.title());
        if (binary != null) {
            errors.add(new Problem.FieldError("/text", "must be text, but holds " + binary
                    + "; send the article's text (UTF-8), not binary data"));
        } else {
            if (HtmlText.isHtml(text)) {
                HtmlText.Reduced reduced = HtmlText.reduce(text);
                text = reduced.text();
                title = title == null ? reduced.title() : title;
            }
            if (text.isBlank()) {
                errors.add(new Problem.FieldError("/text", "the HTML holds no text"));
            } else if (!hasSentence(text)) {
                errors.add(new Problem.FieldError("/text", "holds no sentence (expected prose: at least one "
                        + "sentence of " + SENTENCE_WORDS + " or more words)"));
            }
        }
        String url = blankToNull(request.url());
        if (url != null && !isWebUrl(url)) {
            errors.add(new Problem.FieldError("/url", "must be an absolute http or https URL such as "
                    + "https://tass.com/politics/1040000, got \"" + url + "\""));
        }
        if (request.publishedAt() != null && isFuture(request.publishedAt())) {
            errors.add(new Problem.FieldError("/publishedAt", request.publishedAt()
                    + " is in the future (today is " + LocalDate.now(clock.withZone(ZoneOffset.UTC)) + " UTC)"));
        }
        if (!errors.isEmpty()) {
            throw JsonBody.invalid(errors);
        }
        return new CheckedArticle(title, text, blankToNull(request.publisher()), url, request.publishedAt());
    }

    /** The first character that text does not hold, described, or null: controls, unpaired surrogates, U+FFFD. */
    private static String firstNonText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t';
            boolean unpaired = Character.isHighSurrogate(c)
                    ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            if (control || unpaired || c == '\uFFFD' || c == '\uFFFE' || c == '\uFFFF') {
                return String.format("the character U+%04X at offset %d", (int) c, i);
            }
        }
        return null;
    }

    private static boolean hasSentence(String text) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(text);
        for (int start = sentences.first(), end = sentences.next(); end != BreakIterator.DONE;
             start = end, end = sentences.next()) {
            if (words(text.substring(start, end)) >= SENTENCE_WORDS) {
                return true;
            }
        }
        return false;
    }

    private static int words(String sentence) {
        int words = 0;
        for (String token : sentence.split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetter)) {
                words++;
            }
        }
        return words;
    }

    private static boolean isWebUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && ("http".equalsIgnoreCase(uri.getScheme())
                    || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private boolean isFuture(PartialDate publishedAt) {
        if (publishedAt.precision() == PartialDate.Precision.INSTANT) {
            return OffsetDateTime.parse(publishedAt.toString()).toInstant().isAfter(clock.instant());
        }
        return publishedAt.firstDay().isAfter(LocalDate.now(clock.withZone(EARLIEST_ZONE)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
