package org.negotiationtracker.articles;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Articles sent as HTML (a scraped page, a feed item), reduced to their text with a real HTML parser:
 * one paragraph per block element, markup, scripts and styles gone, entities decoded. Text that holds
 * no tag is plain text and is left as it is.
 */
public final class HtmlText {

    private static final Pattern TAG = Pattern.compile(
            "<(?:[a-zA-Z][a-zA-Z0-9-]*(?:\\s[^>]*)?/?|/[a-zA-Z][a-zA-Z0-9-]*\\s*|!--.*?--|![dD][oO][cC][tT][yY][pP][eE][^>]*)>",
            Pattern.DOTALL);
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0]+");

    /** The text of the page and, when it has one, the title of its head. */
    public record Reduced(String text, String title) {
    }

    private HtmlText() {
    }

    public static boolean isHtml(String text) {
        return TAG.matcher(text).find();
    }

    public static Reduced reduce(String html) {
        Document page = Jsoup.parse(html);
        String title = page.title().isBlank() ? null : page.title().strip();
        page.select("script, style, noscript, template, iframe, object").remove();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    // line breaks in the source are wrapping, not paragraphs: those come from the elements
                    text.append(textNode.text());
                } else if (node instanceof Element element && (element.isBlock() || element.nameIs("br"))) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    text.append('\n');
                }
            }
        }, page.body());
        return new Reduced(paragraphs(text.toString()), title);
    }

    /** One paragraph per non-empty line, white space within a line collapsed, a blank line between them. */
    private static String paragraphs(String lines) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : lines.split("\\R")) {
            String collapsed = SPACES.matcher(line).replaceAll(" ").strip();
            if (!collapsed.isEmpty()) {
                paragraphs.add(collapsed);
            }
        }
        return String.join("\n\n", paragraphs);
    }
}
