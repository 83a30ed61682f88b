package com.rootmail.handler.mail;

import java.io.IOException;
import java.io.InputStream;

/** Turns a raw RFC 5322 mail into a {@link ParsedMail}, reading it once as a stream. */
@FunctionalInterface
public interface MailParser {

    /**
     * @throws IOException when the stream fails; malformed mail is parsed leniently, not refused
     */
    ParsedMail parse(InputStream rawMail) throws IOException;
}
