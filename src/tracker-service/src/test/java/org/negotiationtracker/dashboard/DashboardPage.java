package org.negotiationtracker.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The dashboard in the browser, as a reader uses it: opened, filled in, waited on, photographed. */
final class DashboardPage {

    private final ChromeDriver browser;
    private final URL root;

    DashboardPage(ChromeDriver browser, URL root) {
        this.browser = browser;
        this.root = root;
    }

    void open(String fragment) {
        browser.get(root + fragment);
    }

    void fill(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void click(By locator) {
        browser.findElement(locator).click();
    }

    Object script(String script) {
        return browser.executeScript(script);
    }

    WebElement waitFor(By locator) {
        return patiently().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void waitForText(By locator, String text) {
        patiently().until(ExpectedConditions.textToBe(locator, text));
    }

    void waitForTextIn(By locator, String text) {
        patiently().until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    WebDriverWait patiently() {
        // live updates redraw parts of the page: an element found a moment ago may have been replaced
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class);
    }

    /** With {@code -Dtracker.screenshots.dir=...}, saves the view as {@code name.png} there (docs/api.md shows them). */
    void screenshot(String name, WebElement view) {
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
