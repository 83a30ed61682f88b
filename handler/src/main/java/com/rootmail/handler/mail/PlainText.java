package com.rootmail.handler.mail;

/** A text/plain part as readable text: decoded, line breaks normalised to \n, cut at a limit. */
final class PlainText {

    private PlainText() {}

    static ReadableText of(PartBytes part, String charset, int maxChars) {
        String decoded = TextDecoding.decode(part.bytes(), part.length(), charset, part.truncated());
        TextAccumulator text = new TextAccumulator(maxChars);
        text.appendVerbatim(decoded);
        return new ReadableText(text.text(), text.truncated() || part.truncated());
    }
}
