package com.rootmail.handler.mail;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * The {@link MailParser} on mime4j's streaming parser: it reads the mail once and keeps a
 * bounded amount of it, so memory does not grow with the size of the mail (a 40 MB mail
 * parses in a 64 MB heap). Malformed mail is parsed leniently; when a {@link MailLimits}
 * limit stops the parse, what was read so far is returned with the body marked truncated.
 *
 * <pre>{@code
 * MailParser parser = new MimeMailParser(MailLimits.DEFAULT);
 * try (InputStream raw = Files.newInputStream(Path.of("mail.eml"))) {
 *     ParsedMail mail = parser.parse(raw);
 *     System.out.println(mail.subject() + ": " + mail.body().text());
 * }
 * }</pre>
 */
public final class MimeMailParser implements MailParser {

    private final MailLimits limits;
    private final MimeConfig config;

    public MimeMailParser(MailLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.config = limits.mimeConfig();
    }

    public MimeMailParser() {
        this(MailLimits.DEFAULT);
    }

    @Override
    public ParsedMail parse(InputStream rawMail) throws IOException {
        SourceStream source = new SourceStream(rawMail);
        MailCollector collector = new MailCollector(limits);
        MimeStreamParser parser = new MimeStreamParser(config, DecodeMonitor.SILENT,
                new DefaultBodyDescriptorBuilder(null, LenientFieldParser.getParser(), DecodeMonitor.SILENT));
        parser.setContentDecoding(true);
        // An attached message is one attachment, not more body text.
        parser.setNoRecurse();
        parser.setContentHandler(collector);
        boolean stoppedEarly = false;
        try {
            parser.parse(source);
        } catch (MimeException limitReached) {
            stoppedEarly = true;
        } catch (IOException failure) {
            if (source.failed()) {
                throw failure;
            }
            // mime4j reports some of its own limits as IOExceptions; the source is fine.
            stoppedEarly = true;
        }
        TopHeaders headers = collector.headers();
        return new ParsedMail(headers.messageId(), headers.from(), headers.to(), headers.subject(),
                headers.date(), collector.readableBody(stoppedEarly), collector.attachments(),
                headers.traceHeaders());
    }

    /** Remembers whether the mail's own stream failed, as opposed to the parser. */
    private static final class SourceStream extends FilterInputStream {
        private boolean failed;

        SourceStream(InputStream in) {
            super(in);
        }

        boolean failed() {
            return failed;
        }

        @Override
        public int read() throws IOException {
            return (int) watched(() -> in.read());
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return (int) watched(() -> in.read(buffer, offset, length));
        }

        @Override
        public long skip(long count) throws IOException {
            return watched(() -> in.skip(count));
        }

        private interface Call {
            long call() throws IOException;
        }

        private long watched(Call call) throws IOException {
            try {
                return call.call();
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }
    }
}
