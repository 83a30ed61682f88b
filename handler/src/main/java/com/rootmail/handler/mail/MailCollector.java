package com.rootmail.handler.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.message.MaximalBodyDescriptor;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;

/**
 * Listens to mime4j's parse events and keeps only what {@link ParsedMail} needs: the outer
 * message's headers, the first plain and the first HTML text part (each cut at its limit),
 * and an outline of every attachment. Attachment bytes are counted and dropped.
 */
final class MailCollector extends AbstractContentHandler {

    private final MailLimits limits;
    private final TopHeaders headers = new TopHeaders();
    private final List<ParsedMail.Attachment> attachments = new ArrayList<>();
    private boolean inOuterHeader;
    private boolean outerHeaderDone;
    private ReadableText plain;
    private PartBytes html;
    private String htmlCharset;

    MailCollector(MailLimits limits) {
        this.limits = limits;
    }

    @Override
    public void startHeader() {
        inOuterHeader = !outerHeaderDone;
    }

    @Override
    public void field(Field field) {
        if (inOuterHeader) {
            headers.add(field);
        }
    }

    @Override
    public void endHeader() {
        inOuterHeader = false;
        outerHeaderDone = true;
    }

    @Override
    public void body(BodyDescriptor descriptor, InputStream content) throws IOException {
        Part part = Part.of((MaximalBodyDescriptor) descriptor);
        if (part.isAttachment()) {
            attachments.add(new ParsedMail.Attachment(part.filename(), part.mimeType(),
                    content.transferTo(OutputStream.nullOutputStream())));
        } else if (part.mimeType().equals("text/plain") && !hasReadablePlain()) {
            PartBytes bytes = PartBytes.read(content, limits.maxPlainBytes());
            plain = PlainText.of(bytes, part.charset(), limits.maxTextChars());
        } else if (part.mimeType().equals("text/html") && html == null && !hasReadablePlain()) {
            html = PartBytes.read(content, limits.maxHtmlBytes());
            htmlCharset = part.charset();
        }
        // Other inline text parts (a later text/plain, text/calendar, ...) are neither the
        // body nor attachments.
    }

    TopHeaders headers() {
        return headers;
    }

    List<ParsedMail.Attachment> attachments() {
        return attachments;
    }

    /** The readable body: the plain part when it has text, else the HTML part as text. */
    ParsedMail.Body readableBody(boolean stoppedEarly) {
        if (hasReadablePlain()) {
            return new ParsedMail.Body(plain.text(), ParsedMail.Body.Source.PLAIN,
                    plain.truncated() || stoppedEarly);
        }
        if (html != null) {
            String markup = TextDecoding.decode(html.bytes(), html.length(), htmlCharset, html.truncated());
            ReadableText text = HtmlText.convert(markup, limits.maxTextChars());
            if (!text.isBlank()) {
                return new ParsedMail.Body(text.text(), ParsedMail.Body.Source.HTML,
                        text.truncated() || html.truncated() || stoppedEarly);
            }
        }
        return new ParsedMail.Body("", ParsedMail.Body.Source.NONE, stoppedEarly);
    }

    private boolean hasReadablePlain() {
        return plain != null && !plain.isBlank();
    }

    /** What the parser needs to know about one leaf part. */
    private record Part(String mimeType, String charset, String filename, boolean isAttachment) {

        static Part of(MaximalBodyDescriptor descriptor) {
            String mimeType = lower(descriptor.getMimeType());
            boolean declaredAttachment = "attachment".equals(lower(descriptor.getContentDispositionType()));
            boolean text = mimeType.startsWith("text/");
            return new Part(mimeType, descriptor.getCharset(), filename(descriptor),
                    declaredAttachment || !text);
        }

        private static String filename(MaximalBodyDescriptor descriptor) {
            // mime4j decodes RFC 2231 and encoded words in the disposition's filename itself.
            String name = descriptor.getContentDispositionFilename();
            if (name != null && !name.isBlank()) {
                return name.strip();
            }
            // Older mailers name attachments only in Content-Type, often with encoded words.
            String typeName = descriptor.getContentTypeParameters().get("name");
            return typeName == null ? "" : TopHeaders.decodeWords(typeName.strip());
        }

        private static String lower(String value) {
            return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        }
    }
}
