package com.rootmail.handler.testing;

import com.rootmail.handler.mail.ParsedMail;
import com.rootmail.handler.mail.ParsedMail.Attachment;
import com.rootmail.handler.mail.ParsedMail.Body;
import com.rootmail.handler.mail.ParsedMail.Mailbox;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Parsed mails built in tests, for the pure steps after the parser. */
public final class Mails {

    public static final String ROOT = "root+6f1c2a9e4b7d@aws.example.test";

    private Mails() {
    }

    public static ParsedMail mail(String fromAddress, String subject, String body) {
        return mail(Optional.of(new Mailbox(fromAddress, "")), subject, body, List.of());
    }

    public static ParsedMail mail(Optional<Mailbox> from, String subject, String body, List<Attachment> attachments) {
        return new ParsedMail("id@example.test", from, List.of(ROOT), subject,
                Optional.of(Instant.parse("2026-12-04T10:00:00Z")),
                new Body(body, body.isEmpty() ? Body.Source.NONE : Body.Source.PLAIN, false),
                attachments, Map.of());
    }
}
