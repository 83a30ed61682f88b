package com.rootmail.handler.mail;

import java.io.IOException;
import java.io.InputStream;

/**
 * Parses one generated mail per argument and prints what came out, one line each. Run in
 * a JVM with a small heap by {@link MimeMailParserMemoryTest} and the benchmark: it fails
 * with an OutOfMemoryError if parsing holds on to the mail.
 *
 * <pre>{@code
 * java -Xmx64m -cp <test classpath> com.rootmail.handler.mail.LargeMailProbe attachment html
 * }</pre>
 */
public final class LargeMailProbe {

    /** Decoded attachment bytes: encoded in base64 lines the whole mail is just under 40 MB. */
    public static final long ATTACHMENT_BYTES = 29_000_000;
    /** Size of the mails that are one big part: 40 MB, as much as SES accepts. */
    public static final long MAIL_BYTES = 40_000_000;

    private LargeMailProbe() {}

    public static void main(String[] args) throws IOException {
        MailParser parser = new MimeMailParser(MailLimits.DEFAULT);
        for (String kind : args) {
            try (CountingStream mail = new CountingStream(mail(kind))) {
                ParsedMail parsed = parser.parse(mail);
                System.out.printf("%s %d MB attachments=%s source=%s chars=%d truncated=%s%n", kind,
                        Math.round(mail.count / 1e6),
                        parsed.attachments().stream().map(a -> a.filename() + ":" + a.size()).toList(),
                        parsed.body().source(), parsed.body().text().length(), parsed.body().truncated());
            }
        }
    }

    /** Counts the bytes the parser reads: the size of the mail where it reads it all. */
    private static final class CountingStream extends java.io.FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = in.read(buffer, offset, length);
            count += Math.max(read, 0);
            return read;
        }
    }

    public static InputStream mail(String kind) {
        return switch (kind) {
            case "attachment" -> GeneratedMail.withAttachment(ATTACHMENT_BYTES, 76);
            case "one-line-attachment" -> GeneratedMail.withAttachment(ATTACHMENT_BYTES, Integer.MAX_VALUE);
            case "html" -> GeneratedMail.withLargeHtml(MAIL_BYTES);
            case "long-header-line" -> GeneratedMail.longHeaderLine(MAIL_BYTES);
            default -> throw new IllegalArgumentException("unknown mail kind: " + kind);
        };
    }
}
