package org.negotiationtracker.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void aPageIsReducedToItsParagraphsWithoutMarkupOrScripts() {
        String page = """
                <!DOCTYPE html><html><head><title>Ferry talks resume</title>
                <style>p { color: red }</style><script>track("visit");</script></head>
                <body><nav><a href="/">Home</a></nav>
                <h1>Ferry talks resume</h1>
                <p>PORTSMOUTH, March 3. The harbour authority said
                   on Tuesday that the <b>ferry line</b> will reopen &amp; expand.</p>
                <p>Officials from both towns<br>will meet again in April.</p>
                </body></html>""";

        HtmlText.Reduced reduced = HtmlText.reduce(page);

        assertEquals("Ferry talks resume", reduced.title());
        assertEquals("""
                Home

                Ferry talks resume

                PORTSMOUTH, March 3. The harbour authority said on Tuesday that the ferry line will reopen & expand.

                Officials from both towns

                will meet again in April.""", reduced.text());
    }

    @Test
    void htmlIsRecognisedByItsTagsAndPlainTextIsNot() {
        assertTrue(HtmlText.isHtml("<p>The ministers met.</p>"));
        assertTrue(HtmlText.isHtml("Intro<br/>The ministers met."));
        assertTrue(HtmlText.isHtml("<div class=\"story\">The ministers met.</div>"));
        assertFalse(HtmlText.isHtml("Turnout was < 40% and the margin > 3 points, the ministers said."));
        assertFalse(HtmlText.isHtml("The ministers met in Moscow."));
    }
}
