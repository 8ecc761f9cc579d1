package org.negotiationtracker.dashboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.articles.InventedArticles;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An analyst reviews a submitted article in the dashboard, in two open dashboards at once (two browsers): the
 * review view shows the article with the evidence marked beside each proposed event; a decision taken in one shows
 * in the other, live: the event leaves the queue and its timeline entry is marked confirmed. A dashboard opened
 * afterwards shows the last events of the log in its feed at once.
 */
@QuarkusTest
class ReviewBrowserTest {

    private static HeadlessChromium firstChromium;
    private static HeadlessChromium secondChromium;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void startBrowsers() throws IOException {
        firstChromium = HeadlessChromium.start();
        secondChromium = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowsers() throws IOException {
        for (HeadlessChromium chromium : new HeadlessChromium[] {firstChromium, secondChromium}) {
            if (chromium != null) {
                chromium.close();
            }
        }
    }

    /** An article of its own, dated on a day no other test's article is, so nothing corroborates its events. */
    private static List<String> submitArticle() {
        InventedArticles.registerTopic();
        Random random = new Random();
        String publishedAt = String.format("%d-%02d-%02d", 1990 + random.nextInt(10), 1 + random.nextInt(12),
                1 + random.nextInt(28));
        String marker = InventedArticles.marker();
        String text = "Pakistani Foreign Minister Shah Mehmood Qureshi met Indian External Affairs Minister "
                + "Subrahmanyam Jaishankar in Islamabad on Tuesday to discuss the Kartarpur corridor. "
                + "Pakistan demanded that India lift the limits on pilgrims crossing the corridor. "
                + "Officials described the session, reference " + marker + ", as frank.";
        return InventedArticles.postAndWait(InventedArticles.article(text, "https://invented.example/desk/" + marker,
                publishedAt)).statusCode(201).extract().jsonPath().getList("events.id");
    }

    private static String item(String eventId) {
        return "#review-queue li[data-event-id='" + eventId + "']";
    }

    @Test
    void aDecisionInOneDashboardShowsInTheOther() {
        List<String> events = submitArticle();
        assertTrue(events.size() >= 2, events.toString());
        JsonPath queue = given().queryParam("topic", InventedArticles.TOPIC).get("/api/review").then()
                .statusCode(200).extract().jsonPath();
        String confirmed = events.get(0);
        String rejected = events.get(1);
        String entryOfConfirmed = queue.getString("items.find { it.eventId == '" + confirmed + "' }.entryId");
        String evidence = queue.getString("items.find { it.eventId == '" + confirmed + "' }.evidence.sentence");

        DashboardPage first = new DashboardPage(firstChromium.driver(), root);
        DashboardPage second = new DashboardPage(secondChromium.driver(), root);
        for (DashboardPage page : List.of(first, second)) {
            page.open("#topic=" + InventedArticles.TOPIC);
            page.waitFor(By.cssSelector(item(confirmed)));
            page.waitFor(By.cssSelector("#connection[data-state='live']"));
        }
        assertEquals(evidence, firstChromium.driver().findElement(By.cssSelector(item(confirmed) + " mark")).getText());
        second.waitFor(By.cssSelector("#timeline li[data-entry-id='" + entryOfConfirmed
                + "'] .badge.review[data-review='proposed']"));
        first.screenshot("review", firstChromium.driver().findElement(By.id("review")));

        first.fill("comment-" + confirmed, "checked against the wire");
        first.click(By.cssSelector(item(confirmed) + " button[data-decision='confirm']"));

        second.patiently().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(item(confirmed))));
        second.waitFor(By.cssSelector("#timeline li[data-entry-id='" + entryOfConfirmed
                + "'] .badge.review[data-review='confirmed']"));
        second.waitForTextIn(By.cssSelector("#feed li[data-type='event.confirmed']"), confirmed + " confirmed by");

        second.click(By.cssSelector(item(rejected) + " button[data-decision='reject']"));

        first.patiently().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(item(rejected))));
        first.waitForTextIn(By.cssSelector("#feed li[data-type='event.rejected']"), rejected + " rejected by");
        first.screenshot("review-decided", firstChromium.driver().findElement(By.tagName("main")));

        // a dashboard opened now shows the decisions among the last events at once, without waiting for new ones
        second.open("");
        secondChromium.driver().navigate().refresh();
        second.waitForTextIn(By.cssSelector("#feed li[data-type='event.rejected']"), rejected);
        assertEquals(false, secondChromium.driver().findElement(By.id("feed-empty")).isDisplayed());
    }

    @Test
    void aCorrectionMadeInTheFormReplacesTheEventWithAConfirmedCopy() {
        List<String> events = submitArticle();
        String corrected = events.get(0);
        DashboardPage page = new DashboardPage(firstChromium.driver(), root);
        page.open("#topic=" + InventedArticles.TOPIC);
        page.waitFor(By.cssSelector(item(corrected)));

        page.click(By.cssSelector(item(corrected) + " button[data-decision='correct']"));
        page.fill("correct-summary-" + corrected, "Qureshi and Jaishankar met on the corridor");
        page.screenshot("review-correction", firstChromium.driver().findElement(By.cssSelector(item(corrected))));
        page.click(By.cssSelector(item(corrected) + " button[data-decision='save-correction']"));

        page.patiently().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(item(corrected))));
        page.waitFor(By.cssSelector("#timeline li[data-entry-id='correction:" + corrected
                + "'] .badge.review[data-review='confirmed']"));
        page.waitForTextIn(By.cssSelector("#timeline li[data-entry-id='correction:" + corrected + "']"),
                "Qureshi and Jaishankar met on the corridor");
    }
}
