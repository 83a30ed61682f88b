package com.rootmail.handler.mail;

import java.util.Objects;

/** Text meant for a human reader, and whether it was cut at a limit. */
record ReadableText(String text, boolean truncated) {
    ReadableText {
        Objects.requireNonNull(text, "text");
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
