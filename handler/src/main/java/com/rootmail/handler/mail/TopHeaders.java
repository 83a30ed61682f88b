package com.rootmail.handler.mail;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.dom.field.AddressListField;
import org.apache.james.mime4j.dom.field.DateTimeField;
import org.apache.james.mime4j.dom.field.MailboxListField;
import org.apache.james.mime4j.dom.field.ParsedField;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.util.ByteSequence;
import org.apache.james.mime4j.util.MimeUtil;

/**
 * The header fields of the outer message that RootMail keeps, decoded. Where a field occurs
 * more than once the first one counts: SES prepends its own trace fields above whatever the
 * sender wrote, so the topmost copy is the trustworthy one.
 */
final class TopHeaders {

    static final Set<String> TRACE_FIELDS =
            Set.of("x-ses-spam-verdict", "x-ses-virus-verdict", "authentication-results");

    private static final Pattern ADDRESS_LIKE = Pattern.compile("[^\\s<>,;:\"()\\[\\]@]+@[^\\s<>,;:\"()\\[\\]@]+");
    private static final DateTimeFormatter LENIENT_RFC_1123 = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.RFC_1123_DATE_TIME)
            .toFormatter(Locale.ROOT);

    private String messageId = "";
    private Optional<ParsedMail.Mailbox> from = Optional.empty();
    private boolean fromSeen;
    private final Set<String> addressesInFrom = new LinkedHashSet<>();
    private String subject;
    private Optional<Instant> date = Optional.empty();
    private boolean dateSeen;
    private final List<String> to = new ArrayList<>();
    private final Map<String, String> trace = new LinkedHashMap<>();

    void add(Field field) {
        String name = field.getName().trim().toLowerCase(Locale.ROOT);
        switch (name) {
            case "message-id" -> {
                if (messageId.isEmpty()) {
                    messageId = messageId(body(field));
                }
            }
            case "from" -> {
                String value = body(field);
                if (!fromSeen) {
                    fromSeen = true;
                    from = firstMailbox(parse(name, value));
                }
                // Which address SES judged is unknown when a field names several: remember them all.
                addressesInFrom.addAll(addressLike(value));
            }
            case "to" -> to.addAll(addresses(parse(name, body(field))));
            case "subject" -> {
                if (subject == null) {
                    subject = decodeWords(body(field).strip());
                }
            }
            case "date" -> {
                if (!dateSeen) {
                    dateSeen = true;
                    String value = body(field);
                    date = date(parse(name, value)).or(() -> rfc1123Date(value));
                }
            }
            default -> {
                if (TRACE_FIELDS.contains(name)) {
                    trace.putIfAbsent(name, body(field).strip());
                }
            }
        }
    }

    String messageId() {
        return messageId;
    }

    Optional<ParsedMail.Mailbox> from() {
        return from.map(m -> new ParsedMail.Mailbox(m.address(), m.displayName(), addressesInFrom.stream()
                .filter(a -> !a.equalsIgnoreCase(m.address()))
                .toList()));
    }

    /** Every token shaped like an address, wherever it stands (mailbox, comment, malformed rest). */
    private static List<String> addressLike(String fieldBody) {
        List<String> found = new ArrayList<>();
        Matcher m = ADDRESS_LIKE.matcher(fieldBody);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    List<String> to() {
        return to;
    }

    String subject() {
        return subject == null ? "" : subject;
    }

    Optional<Instant> date() {
        return date;
    }

    Map<String, String> traceHeaders() {
        return trace;
    }

    /** RFC 2047 encoded words to text; a word in an unknown charset stays as written. */
    static String decodeWords(String value) {
        try {
            return DecoderUtil.decodeEncodedWords(value, DecodeMonitor.SILENT);
        } catch (RuntimeException undecodable) {
            return value;
        }
    }

    static String messageId(String value) {
        String id = value.strip();
        int open = id.indexOf('<');
        int close = id.indexOf('>', open + 1);
        if (open >= 0 && close > open) {
            return id.substring(open + 1, close).strip();
        }
        return id;
    }

    private static Optional<ParsedMail.Mailbox> firstMailbox(ParsedField field) {
        if (!(field instanceof MailboxListField list)) {
            return Optional.empty();
        }
        MailboxList mailboxes = list.getMailboxList();
        if (mailboxes == null) {
            return Optional.empty();
        }
        return mailboxes.stream().filter(TopHeaders::isPlausible).findFirst().map(TopHeaders::mailbox);
    }

    /** The lenient parser turns garbage into mailboxes like {@code <@@}: those are no sender. */
    private static boolean isPlausible(Mailbox mailbox) {
        return isAddressPart(mailbox.getLocalPart(), true) && isAddressPart(mailbox.getDomain(), false);
    }

    private static boolean isAddressPart(String part, boolean quotedSpacesAllowed) {
        if (part == null || part.isBlank()) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            boolean space = c == ' ' && quotedSpacesAllowed;
            if ((c <= ' ' && !space) || c == '<' || c == '>' || c == '@' || c == ',' || c == ';') {
                return false;
            }
        }
        return true;
    }

    private static ParsedMail.Mailbox mailbox(Mailbox mailbox) {
        // mime4j has decoded the encoded words of the display name already.
        String name = mailbox.getName() == null ? "" : mailbox.getName().strip();
        return new ParsedMail.Mailbox(mailbox.getAddress(), name);
    }

    private static List<String> addresses(ParsedField field) {
        if (!(field instanceof AddressListField list)) {
            return List.of();
        }
        AddressList addresses = list.getAddressList();
        if (addresses == null) {
            return List.of();
        }
        // A group yields its members.
        return addresses.flatten().stream().map(Mailbox::getAddress).toList();
    }

    private static Optional<Instant> date(ParsedField field) {
        if (!(field instanceof DateTimeField dateField)) {
            return Optional.empty();
        }
        Date parsed = dateField.getDate();
        return Optional.ofNullable(parsed).map(Date::toInstant);
    }

    /** The fallback for what mime4j's date parser refuses: odd case, extra spaces, no seconds. */
    static Optional<Instant> rfc1123Date(String value) {
        String compact = String.join(" ", value.strip().split("\\s+"));
        int comment = compact.indexOf(" (");
        if (comment > 0) {
            compact = compact.substring(0, comment);
        }
        try {
            return Optional.of(LENIENT_RFC_1123.parse(compact, Instant::from));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    private static ParsedField parse(String name, String body) {
        try {
            return LenientFieldParser.getParser().parse(new RawField(name, body), DecodeMonitor.SILENT);
        } catch (RuntimeException garbage) {
            return null;
        }
    }

    /**
     * The unfolded field body, decoded from the raw bytes like a text part without charset:
     * UTF-8 when valid (RFC 6532 allows it), else windows-1252, so that an 8-bit header from
     * an old mailer still reads instead of turning into replacement characters.
     */
    private static String body(Field field) {
        ByteSequence raw = field.getRaw();
        if (raw == null) {
            return field.getBody() == null ? "" : MimeUtil.unfold(field.getBody());
        }
        byte[] bytes = raw.toByteArray();
        String text = TextDecoding.decode(bytes, bytes.length, null, false);
        int colon = text.indexOf(':');
        return colon < 0 ? "" : MimeUtil.unfold(text.substring(colon + 1));
    }
}
