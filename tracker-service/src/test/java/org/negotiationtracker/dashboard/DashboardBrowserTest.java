package org.negotiationtracker.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.negotiationtracker.api.TrackerApi.append;
import static org.negotiationtracker.api.TrackerApi.registerTopic;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.articleintake.InventedArticles;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard at {@code /} in a real headless Chromium: what the API is sent shows up in the open page, live.
 * With {@code -Dtracker.screenshots.dir=...} it also saves the screenshots the README shows.
 */
@QuarkusTest
class DashboardBrowserTest {

    private static HeadlessChromium chromium;
    private static ChromeDriver browser;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
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

        open("");
        waitForText(By.cssSelector("tr[data-topic-id='" + topic + "'] [data-field='events']"), "1");
        assertEquals(0L, script("return [...document.querySelectorAll('input, textarea')]"
                + ".filter(field => field.labels.length === 0).length"), "every field has a label");

        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            assertEquals(true, script("return document.documentElement.scrollWidth"
                    + " <= document.documentElement.clientWidth"), "no sideways scrolling at phone width");
        } finally {
            browser.manage().window().setSize(HeadlessChromium.WINDOW);
        }
    }

    @Test
    void showsWhatIsAppendedLiveWithoutAReload() {
        open("");
        waitFor(By.cssSelector("#connection[data-state='live']"));
        script("window.notReloaded = true");

        String topic = topic("Live talks");
        patiently().until(page -> {
            page.findElement(By.cssSelector("tr[data-topic-id='" + topic + "'] a")).click();
            return true;
        });
        waitFor(By.cssSelector("#connection[data-state='live']"));
        append(meeting(topic, "2019-01-14", "Moscow", "https://tass.example/2")).statusCode(201);

        waitFor(By.cssSelector("#feed li[data-type='meeting.held']"));
        waitForText(By.cssSelector("tr[data-topic-id='" + topic + "'] [data-field='events']"), "1");
        waitForText(By.cssSelector("#timeline li[data-kind='meeting'] .badge"), "1 source");

        append(meeting(topic, "2019-01-14", "Moscow", "https://kyodo.example/3")).statusCode(201);
        waitForText(By.cssSelector("#timeline li[data-kind='meeting'] .badge"), "2 sources");
        assertEquals(2, browser.findElements(By.cssSelector("#timeline li[data-kind='meeting'] .sources a")).size());
        assertEquals(true, script("return window.notReloaded === true"), "the page was not reloaded");
        screenshot("topic-list", browser.findElement(By.tagName("main")));
    }

    @Test
    void theAsOfDateShowsTheStateAsItStood() {
        String topic = topic("Suspended talks");
        append(List.of(meeting(topic, "2019-01-14", "Moscow", "https://tass.example/4"),
                Map.of("topicId", topic, "type", "talks.suspended", "occurredAt", "2020-05-01",
                        "summary", "Talks suspended"),
                background(topic))).statusCode(201);

        open("#topic=" + topic);
        waitForText(By.cssSelector("#topic-state .status"), "suspended");
        assertEquals(1, browser.findElements(By.cssSelector("#timeline-chart .mark[data-kind='meeting']")).size());
        assertEquals(2, browser.findElements(By.cssSelector("#timeline-chart .mark")).size(),
                "the picture leaves out background history");
        browser.findElement(By.cssSelector("#background-history summary")).click();
        // a state message arriving meanwhile redraws the topic, the history closed again: a reader opens it again
        patiently().until(page -> {
            script("const history = document.getElementById('background-history'); if (!history.open) {"
                    + " history.querySelector('summary').click(); }");
            return ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#background .evidence"),
                    "signed a declaration in 1956").apply(page);
        });
        screenshot("topic", browser.findElement(By.id("topic")));

        script("const date = document.getElementById('as-of'); date.value = '2019-06-01';"
                + " date.dispatchEvent(new Event('change', {bubbles: true}))");
        waitForText(By.cssSelector("#topic-state .status"), "active");
        waitForText(By.id("as-of-note"), "The state as it stood on 2019-06-01");
        assertTrue(browser.getCurrentUrl().contains("asOf=2019-06-01"));
        screenshot("as-of", browser.findElement(By.id("topic")));
    }

    @Test
    void theArticleFormShowsWhatWasExtracted() {
        InventedArticles.registerTopic();
        open("");
        fill("article-title", "Ministers discuss the Kartarpur corridor");
        fill("article-text", InventedArticles.meetingText(InventedArticles.marker()));
        fill("article-publisher", "Invented Wire");
        fill("article-url", "https://wire.example/south-asia/" + UUID.randomUUID());
        script("document.getElementById('article-date').value = '2021-03-05'");
        browser.findElement(By.cssSelector("#article-form button[type='submit']")).click();

        patiently().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#extracted-events li[data-type='meeting.held'] .evidence"), "met Indian External Affairs"));
        patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.id("article-result"),
                "India-Pakistan dialogue"));
        screenshot("article", browser.findElement(By.id("article-section")));
    }

    @Test
    void theTopicFormRegistersATopic() {
        String id = "dashboard-form-" + UUID.randomUUID().toString().substring(0, 8);
        open("");
        fill("topic-id", id);
        fill("topic-title", "Form talks");
        fill("topic-parties", "Russia, Japan");
        browser.findElement(By.cssSelector("#topic-form button[type='submit']")).click();

        waitFor(By.cssSelector("tr[data-topic-id='" + id + "']"));
        patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.id("topic-form-result"), "Registered"));
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

    private void open(String fragment) {
        browser.get(root + fragment);
    }

    private void fill(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static Object script(String script) {
        return browser.executeScript(script);
    }

    private static WebElement waitFor(By locator) {
        return patiently().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private static void waitForText(By locator, String text) {
        patiently().until(ExpectedConditions.textToBe(locator, text));
    }

    private static WebDriverWait patiently() {
        // live updates redraw parts of the page: an element found a moment ago may have been replaced
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class);
    }

    private static void screenshot(String name, WebElement view) {
        String folder = System.getProperty("tracker.screenshots.dir", "");
        if (folder.isBlank()) {
            return;
        }
        // Chromium captures an element only as far as the window reaches
        long pageHeight = (Long) script("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(HeadlessChromium.WINDOW.width, (int) pageHeight + 100));
        try {
            Path file = Path.of(folder).resolve(name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, view.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.manage().window().setSize(HeadlessChromium.WINDOW);
        }
    }
}
