package org.negotiationtracker.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.negotiationtracker.api.TrackerApi.append;
import static org.negotiationtracker.api.TrackerApi.registerTopic;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.articles.InventedArticles;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The dashboard at {@code /} in a real headless Chromium: what the API is sent shows up in the open page, live.
 * With {@code -Dtracker.screenshots.dir=...} it also saves the screenshots docs/api.md shows.
 */
@QuarkusTest
class DashboardBrowserTest {

    private static HeadlessChromium chromium;
    private static ChromeDriver browser;

    @TestHTTPResource("/")
    URL root;

    private DashboardPage page;

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
    }

    @BeforeEach
    void openPage() {
        page = new DashboardPage(browser, root);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void listsTheTopicsWithLabelledControlsAndFitsAPhone() {
        String topic = topic("Kuril Islands talks");
        append(meeting(topic, "2019-01-14", "Moscow", "https://tass.example/1")).statusCode(201);

        page.open("");
        page.waitForText(By.cssSelector("tr[data-topic-id='" + topic + "'] [data-field='events']"), "1");
        assertEquals(0L, page.script("return [...document.querySelectorAll('input, textarea')]"
                + ".filter(field => field.labels.length === 0).length"), "every field has a label");

        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            assertEquals(true, page.script("return document.documentElement.scrollWidth"
                    + " <= document.documentElement.clientWidth"), "no sideways scrolling at phone width");
        } finally {
            browser.manage().window().setSize(HeadlessChromium.WINDOW);
        }
    }

    @Test
    void showsWhatIsAppendedLiveWithoutAReload() {
        page.open("");
        page.waitFor(By.cssSelector("#connection[data-state='live']"));
        page.script("window.notReloaded = true");

        String topic = topic("Live talks");
        page.patiently().until(view -> {
            view.findElement(By.cssSelector("tr[data-topic-id='" + topic + "'] a")).click();
            return true;
        });
        page.waitFor(By.cssSelector("#connection[data-state='live']"));
        append(meeting(topic, "2019-01-14", "Moscow", "https://tass.example/2")).statusCode(201);

        page.waitFor(By.cssSelector("#feed li[data-type='meeting.held']"));
        page.waitForText(By.cssSelector("tr[data-topic-id='" + topic + "'] [data-field='events']"), "1");
        page.waitForText(By.cssSelector("#timeline li[data-kind='meeting'] .badge"), "1 source");

        append(meeting(topic, "2019-01-14", "Moscow", "https://kyodo.example/3")).statusCode(201);
        page.waitForText(By.cssSelector("#timeline li[data-kind='meeting'] .badge"), "2 sources");
        assertEquals(2, browser.findElements(By.cssSelector("#timeline li[data-kind='meeting'] .sources a")).size());
        assertEquals(true, page.script("return window.notReloaded === true"), "the page was not reloaded");
        page.screenshot("topic-list", browser.findElement(By.tagName("main")));
    }

    @Test
    void theAsOfDateShowsTheStateAsItStood() {
        String topic = topic("Suspended talks");
        append(List.of(meeting(topic, "2019-01-14", "Moscow", "https://tass.example/4"),
                Map.of("topicId", topic, "type", "talks.suspended", "occurredAt", "2020-05-01",
                        "summary", "Talks suspended"),
                background(topic))).statusCode(201);

        page.open("#topic=" + topic);
        page.waitForText(By.cssSelector("#topic-state .status"), "suspended");
        assertEquals(1, browser.findElements(By.cssSelector("#timeline-chart .mark[data-kind='meeting']")).size());
        assertEquals(2, browser.findElements(By.cssSelector("#timeline-chart .mark")).size(),
                "the picture leaves out background history");
        browser.findElement(By.cssSelector("#background-history summary")).click();
        // a state message arriving meanwhile redraws the topic, the history closed again: a reader opens it again
        page.patiently().until(view -> {
            page.script("const history = document.getElementById('background-history'); if (!history.open) {"
                    + " history.querySelector('summary').click(); }");
            return ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#background .evidence"),
                    "signed a declaration in 1956").apply(view);
        });
        page.screenshot("topic", browser.findElement(By.id("topic")));

        page.script("const date = document.getElementById('as-of'); date.value = '2019-06-01';"
                + " date.dispatchEvent(new Event('change', {bubbles: true}))");
        page.waitForText(By.cssSelector("#topic-state .status"), "active");
        page.waitForText(By.id("as-of-note"), "The state as it stood on 2019-06-01");
        assertTrue(browser.getCurrentUrl().contains("asOf=2019-06-01"));
        page.screenshot("as-of", browser.findElement(By.id("topic")));
    }

    /**
     * The form answers as soon as the article is stored (202), shows it "extracting…", and shows its events once they
     * arrive on the live stream. The extractor of the test instance is quick, so what the form showed in between is
     * recorded as it happens rather than looked for afterwards.
     */
    @Test
    void theArticleFormShowsTheArticleExtractingThenWhatWasExtracted() {
        InventedArticles.registerTopic();
        page.open("");
        page.waitFor(By.cssSelector("#connection[data-state='live']"));
        page.script("window.extractionShown = [];"
                + "new MutationObserver(() => {"
                + "  const shown = document.getElementById('article-extraction');"
                + "  if (shown) { window.extractionShown.push(shown.dataset.extraction + ': ' + shown.textContent); }"
                + "}).observe(document.getElementById('article-result'), {childList: true, subtree: true});");
        page.fill("article-title", "Ministers discuss the Kartarpur corridor");
        page.fill("article-text", InventedArticles.meetingText(InventedArticles.marker()));
        page.fill("article-publisher", "Invented Wire");
        page.fill("article-url", "https://wire.example/south-asia/" + UUID.randomUUID());
        page.script("document.getElementById('article-date').value = '2021-03-05'");
        browser.findElement(By.cssSelector("#article-form button[type='submit']")).click();

        page.waitForTextIn(By.cssSelector("#extracted-events li[data-type='meeting.held'] .evidence"),
                "met Indian External Affairs");
        page.waitForTextIn(By.id("article-result"), "India-Pakistan dialogue");
        page.screenshot("article", browser.findElement(By.id("article-section")));
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) page.script("return window.extractionShown;");
        assertTrue(shown.get(0).startsWith("pending: ") && shown.get(0).endsWith("extracting…"), shown.toString());
        assertTrue(shown.get(shown.size() - 1).startsWith("done: ")
                && shown.get(shown.size() - 1).contains("extracted."), shown.toString());
    }

    @Test
    void theTopicFormRegistersATopic() {
        String id = "dashboard-form-" + UUID.randomUUID().toString().substring(0, 8);
        page.open("");
        page.fill("topic-id", id);
        page.fill("topic-title", "Form talks");
        page.fill("topic-parties", "Russia, Japan");
        browser.findElement(By.cssSelector("#topic-form button[type='submit']")).click();

        page.waitFor(By.cssSelector("tr[data-topic-id='" + id + "']"));
        page.waitForTextIn(By.id("topic-form-result"), "Registered");
    }

    private String topic(String title) {
        String id = "dashboard-" + UUID.randomUUID().toString().substring(0, 8);
        registerTopic(Map.of("id", id, "title", title + " " + id.substring(10), "parties", List.of("Russia", "Japan")))
                .statusCode(201);
        return id;
    }

    private static Map<String, Object> meeting(String topic, String date, String location, String url) {
        return Map.of("topicId", topic, "type", "meeting.held", "occurredAt", date, "location", location,
                "summary", "Foreign ministers meet", "actors", List.of(Map.of("name", "Sergey Lavrov"),
                        Map.of("name", "Taro Kono")),
                "source", Map.of("publisher", URI.create(url).getHost(), "url", url, "publishedAt", date));
    }

    private static Map<String, Object> background(String topic) {
        return Map.of("topicId", topic, "type", "document.signed", "occurredAt", "1956-10-19",
                "summary", "Joint declaration signed",
                "source", Map.of("publisher", "Invented Wire", "url", "https://wire.example/history",
                        "publishedAt", "2019-01-15"),
                "metadata", Map.of("background", "true",
                        "evidence.sentence", "The two countries signed a declaration in 1956."));
    }
}
