package org.negotiationtracker.dashboard;

import static io.restassured.RestAssured.get;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.auth.AuthProfile;
import org.negotiationtracker.auth.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** With authentication on, the dashboard's forms ask for a bearer token when the service wants one. */
@QuarkusTest
@TestProfile(AuthProfile.class)
class DashboardSignInBrowserTest {

    private static final By DIALOG = By.cssSelector("#token-dialog[open]");
    private static final By SEND = By.cssSelector("#token-dialog button[value='send']");
    private static final By RESULT_ERROR = By.cssSelector("#topic-form-result .error");

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
    void openPageWithoutAToken() {
        page = new DashboardPage(browser, root);
        page.open("");
        page.script("sessionStorage.clear()");
        page.open("");
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aWriteWithoutATokenAsksForOneAndGoesThroughWithAWriterToken() {
        String id = submitTopicForm();

        page.waitForTextIn(DIALOG, "this request needs a bearer token");
        page.fill("token", Tokens.withRoles("writer"));
        page.screenshot("sign-in", browser.findElement(By.tagName("body")));
        page.click(SEND);

        page.waitFor(By.cssSelector("tr[data-topic-id='" + id + "']"));
        page.waitForTextIn(By.id("topic-form-result"), "Registered");
        get("/api/topics/" + id).then().statusCode(200);
    }

    @Test
    void aRefusedTokenSaysSoAndRegistersNothing() {
        String id = submitTopicForm();

        page.waitFor(DIALOG);
        page.fill("token", Tokens.expired("writer"));
        page.click(SEND);

        page.waitForTextIn(RESULT_ERROR, "the bearer token was refused");
        get("/api/topics/" + id).then().statusCode(404);
    }

    @Test
    void aTokenWithoutTheWriterRoleSaysSoAndTheNextWriteAsksForAnother() {
        String id = submitTopicForm();
        page.waitFor(DIALOG);
        page.fill("token", Tokens.withRoles("reader"));
        page.click(SEND);
        page.waitForTextIn(RESULT_ERROR, "the token's roles do not allow POST /api/topics");
        get("/api/topics/" + id).then().statusCode(404);

        page.click(By.cssSelector("#topic-form button[type='submit']"));
        page.waitForTextIn(DIALOG, "this request needs a bearer token");
        page.fill("token", Tokens.withRoles("writer"));
        page.click(SEND);

        page.waitFor(By.cssSelector("tr[data-topic-id='" + id + "']"));
    }

    @Test
    void cancellingThePromptSaysATokenIsNeeded() {
        String id = submitTopicForm();

        page.waitFor(DIALOG);
        page.click(By.cssSelector("#token-dialog button[value='cancel']"));

        page.waitForTextIn(RESULT_ERROR, "this request needs a bearer token");
        get("/api/topics/" + id).then().statusCode(404);
    }

    private String submitTopicForm() {
        String id = "dashboard-sign-in-" + UUID.randomUUID().toString().substring(0, 8);
        page.fill("topic-id", id);
        page.fill("topic-title", "Signed-in talks");
        page.fill("topic-parties", "Russia, Japan");
        page.click(By.cssSelector("#topic-form button[type='submit']"));
        return id;
    }
}
