package com.rootmail.handler.mail;

/**
 * Builds readable text from pieces with whitespace requests that coalesce: a word, a space,
 * a line break or a blank line. Stops at a character limit and remembers that it did.
 */
final class TextAccumulator {

    private enum Gap { NONE, SPACE, LINE, PARAGRAPH }

    private final int maxChars;
    private final StringBuilder text = new StringBuilder();
    private Gap pending = Gap.NONE;
    private boolean truncated;

    TextAccumulator(int maxChars) {
        this.maxChars = maxChars;
    }

    /** Appends text whose whitespace runs collapse to single spaces (HTML text flow). */
    void appendFlowing(String words) {
        int start = -1;
        for (int i = 0; i <= words.length(); i++) {
            boolean space = i == words.length() || isCollapsible(words.charAt(i));
            if (space && start >= 0) {
                appendVerbatim(words.substring(start, i));
                start = -1;
            }
            if (space && i < words.length()) {
                space();
            } else if (!space && start < 0) {
                start = i;
            }
        }
    }

    /** Appends text as it is, after any pending gap; line breaks are normalised to \n. */
    void appendVerbatim(String chunk) {
        if (chunk.isEmpty() || truncated) {
            return;
        }
        flushGap();
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (c == '\r') {
                if (i + 1 < chunk.length() && chunk.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (!add(c)) {
                return;
            }
        }
    }

    void space() {
        request(Gap.SPACE);
    }

    void lineBreak() {
        request(Gap.LINE);
    }

    void paragraph() {
        request(Gap.PARAGRAPH);
    }

    int length() {
        return text.length();
    }

    /** The text appended since {@code position}, for comparing a link's label with its URL. */
    String since(int position) {
        return text.substring(Math.min(position, text.length()));
    }

    boolean truncated() {
        return truncated;
    }

    String text() {
        return text.toString();
    }

    private void request(Gap gap) {
        // Leading gaps are dropped; a larger gap wins over a smaller one.
        if (text.length() > 0 && gap.compareTo(pending) > 0) {
            pending = gap;
        }
    }

    private void flushGap() {
        Gap gap = pending;
        pending = Gap.NONE;
        switch (gap) {
            case SPACE -> {
                char last = text.charAt(text.length() - 1);
                if (last != ' ' && last != '\n') {
                    add(' ');
                }
            }
            case LINE -> newlines(1);
            case PARAGRAPH -> newlines(2);
            case NONE -> { }
        }
    }

    private void newlines(int wanted) {
        while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
        int present = 0;
        for (int i = text.length() - 1; i >= 0 && text.charAt(i) == '\n' && present < wanted; i--) {
            present++;
        }
        for (int i = present; i < wanted; i++) {
            add('\n');
        }
    }

    private boolean add(char c) {
        if (text.length() >= maxChars) {
            truncated = true;
            return false;
        }
        text.append(c);
        return true;
    }

    private static boolean isCollapsible(char c) {
        // HTML collapses ASCII whitespace only; a no-break space is content.
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
