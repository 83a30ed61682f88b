package com.rootmail.handler.mail;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * HTML to readable plain text with a real HTML parser. Only text nodes and link targets come
 * out: no markup, no script or style text, nothing the reader would not see. Links read
 * {@code label <url>}, so every URL of the mail, even one only in an {@code href}, is in the
 * text for later steps to redact.
 */
final class HtmlText {

    /** Elements whose content a reader never sees. */
    private static final Set<String> INVISIBLE = Set.of(
            "head", "script", "style", "template", "noscript", "title", "meta", "link",
            "svg", "math", "object", "embed", "iframe", "frame", "frameset", "applet",
            "audio", "video", "canvas", "map", "select", "datalist", "input");

    private static final Set<String> PARAGRAPHS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "pre", "ul", "ol",
            "dl", "hr", "address", "figure", "fieldset", "form");

    private static final Set<String> LINES = Set.of(
            "div", "tr", "li", "dt", "dd", "section", "article", "header", "footer", "nav",
            "aside", "main", "center", "caption", "figcaption", "details", "summary", "legend",
            "tbody", "thead", "tfoot", "body", "html");

    /** Link targets that are code, not places: never shown. */
    private static final Set<String> SCRIPT_SCHEMES = Set.of("javascript", "vbscript", "data");

    /** What a browser's URL parser drops from an href: a target wrapped over lines is still one URL. */
    private static final Pattern URL_LINE_BREAKS = Pattern.compile("[\\t\\n\\r]");

    private HtmlText() {}

    static ReadableText convert(String html, int maxChars) {
        TextAccumulator out = new TextAccumulator(maxChars);
        Element body = Jsoup.parse(html).body();
        NodeTraversor.filter(new Renderer(out), body);
        return new ReadableText(out.text(), out.truncated());
    }

    private static final class Renderer implements NodeFilter {
        private final TextAccumulator out;
        private final Deque<Integer> linkStarts = new ArrayDeque<>();
        private int preDepth;

        Renderer(TextAccumulator out) {
            this.out = out;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (out.truncated()) {
                return FilterResult.STOP;
            }
            if (node instanceof TextNode text) {
                if (preDepth > 0) {
                    out.appendVerbatim(text.getWholeText());
                } else {
                    out.appendFlowing(text.getWholeText());
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            if (isHidden(element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = element.normalName();
            blockGap(tag);
            switch (tag) {
                case "br" -> out.lineBreak();
                case "li" -> out.appendVerbatim("- ");
                case "td", "th" -> out.space();
                case "pre" -> preDepth++;
                case "img" -> {
                    String alt = element.attr("alt").strip();
                    if (!alt.isEmpty()) {
                        out.appendFlowing("[" + alt + "]");
                    }
                }
                case "a" -> linkStarts.push(out.length());
                default -> { }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            String tag = element.normalName();
            switch (tag) {
                case "pre" -> preDepth--;
                case "a" -> renderTarget(element, linkStarts.pop());
                case "td", "th" -> out.space();
                default -> { }
            }
            blockGap(tag);
            return FilterResult.CONTINUE;
        }

        private void renderTarget(Element link, int labelStart) {
            // Unwrapped as a browser would, so that the URL is redacted whole.
            String url = URL_LINE_BREAKS.matcher(link.attr("href")).replaceAll("").strip();
            if (url.isEmpty() || SCRIPT_SCHEMES.contains(scheme(url))) {
                return;
            }
            String label = out.since(labelStart).strip();
            if (label.equals(url) || ("mailto:" + label).equalsIgnoreCase(url)) {
                return;
            }
            out.space();
            out.appendVerbatim("<" + url + ">");
        }

        private void blockGap(String tag) {
            if (PARAGRAPHS.contains(tag)) {
                out.paragraph();
            } else if (LINES.contains(tag)) {
                out.lineBreak();
            }
        }
    }

    private static boolean isHidden(Element element) {
        if (INVISIBLE.contains(element.normalName()) || element.hasAttr("hidden")) {
            return true;
        }
        String style = compact(element.attr("style"));
        return style.contains("display:none") || style.contains("visibility:hidden")
                || style.contains("mso-hide:all");
    }

    /** The scheme of a URL as a browser reads it: case and embedded whitespace ignored. */
    private static String scheme(String url) {
        String compact = compact(url);
        int colon = compact.indexOf(':');
        return colon < 0 ? "" : compact.substring(0, colon);
    }

    private static String compact(String value) {
        StringBuilder kept = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > ' ') {
                kept.append(Character.toLowerCase(c));
            }
        }
        return kept.toString();
    }
}
