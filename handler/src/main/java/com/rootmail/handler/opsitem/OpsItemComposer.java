package com.rootmail.handler.opsitem;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.rootmail.handler.classify.Classification;
import com.rootmail.handler.classify.Rule;
import com.rootmail.handler.mail.ParsedMail;
import com.rootmail.handler.mail.ParsedMail.Attachment;
import com.rootmail.handler.opsitem.OpsItemDraft.OperationalValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a classified mail into an OpsItem draft, with every secret moved out of every
 * field. Pure: the same mail always gives the same draft.
 *
 * <pre>{@code
 * Composition c = new OpsItemComposer("RootMail", Optional.empty()).compose(mail, delivery, classification);
 * c.secrets().forEach(s -> store.put(s.parameterName(delivery.messageId()), s.value(), expiry));
 * sink.create(c.draft());
 * }</pre>
 */
public final class OpsItemComposer {

    /**
     * Secret parameters per mail at the most: a hostile mail full of "codes" must not cost a
     * parameter and a PutParameter call each. The last one holds the rest, a line each.
     */
    public static final int MAX_SECRET_PARAMETERS = 10;

    private final String source;
    private final Optional<String> notificationArn;

    /**
     * @param source          the OpsItem source, e.g. {@code RootMail}
     * @param notificationArn an SNS topic OpsCenter notifies on creation, if any
     */
    public OpsItemComposer(String source, Optional<String> notificationArn) {
        this.source = Objects.requireNonNull(source, "source");
        this.notificationArn = Objects.requireNonNull(notificationArn, "notificationArn");
    }

    /** The draft and the secrets it no longer contains. */
    public record Composition(OpsItemDraft draft, List<Secret> secrets) {
        public Composition {
            Objects.requireNonNull(draft, "draft");
            secrets = List.copyOf(secrets);
        }
    }

    /** @throws IllegalArgumentException when the rule suppresses the mail: there is nothing to compose */
    public Composition compose(ParsedMail mail, Delivery delivery, Classification classification) {
        Rule rule = classification.rule();
        if (rule.action() != Rule.Action.OPSITEM) {
            throw new IllegalArgumentException("rule " + rule.id() + " suppresses the mail; no OpsItem to compose");
        }
        SecretRedactor redactor = new SecretRedactor();
        // One line each: a line break decoded from an encoded word must not forge a line of the description.
        String subject = redactor.redact(OpsItemLimits.singleLine(mail.subject()));
        String from = redactor.redact(OpsItemLimits.singleLine(mail.from()
                .map(m -> (m.displayName().isBlank() ? m.address() : m.displayName() + " <" + m.address() + ">")
                        + (m.otherAddresses().isEmpty() ? "" : " (From also names " + String.join(", ", m.otherAddresses()) + ")"))
                .orElse("(no From)")));
        boolean keepBody = !withholdsBody(rule);
        String body = keepBody ? redactor.redact(mail.body().text()) : "";
        if (keepBody && mail.body().truncated()) {
            body += "\n[... the parser kept only the beginning; the raw mail has the rest]";
        }
        String attachments = redactor.redact(mail.attachments().stream()
                .map(OpsItemComposer::describe)
                .collect(Collectors.joining("\n")));
        // A secret found in a later field may also stand, out of context, in an earlier one.
        subject = redactor.redact(subject);
        from = redactor.redact(from);
        body = redactor.redact(body);
        List<Secret> secrets = storable(redactor.secrets());
        String secretParameters = secrets.stream().map(s -> s.parameterName(delivery.messageId()))
                .collect(Collectors.joining("\n"));
        String recipient = recipient(mail, delivery);

        String title = title(rule, subject, recipient);
        String description = description(mail, delivery, classification, from, subject, recipient,
                attachments, body, secretParameters);
        Map<String, OperationalValue> data = new LinkedHashMap<>();
        data.put(OpsItemDraft.DEDUP_KEY, searchable(json("dedupString", delivery.messageId())));
        delivery.rawMailArn().ifPresent(arn -> data.put(OpsItemDraft.RESOURCES_KEY,
                searchable("[" + json("arn", arn) + "]")));
        data.put("recipient", searchable(recipient));
        data.put("from", searchable(from));
        data.put("subject", searchable(subject));
        data.put("classification", searchable(rule.id()));
        data.put("verdicts", searchable(delivery.verdicts().summary()));
        data.put("rawMail", searchable(delivery.rawMail()));
        if (!attachments.isEmpty()) {
            data.put("attachments", plain(attachments));
        }
        if (!body.isEmpty()) {
            data.put("body", plain(body));
        }
        if (!secretParameters.isEmpty()) {
            data.put("secretParameters", searchable(secretParameters));
        }
        OpsItemDraft draft = new OpsItemDraft(title, description, source, rule.category(), rule.severity(),
                data, notificationArn);
        return new Composition(draft, secrets);
    }

    static List<Secret> storable(List<Secret> found) {
        if (found.size() <= MAX_SECRET_PARAMETERS) {
            return found;
        }
        List<Secret> kept = new ArrayList<>(found.subList(0, MAX_SECRET_PARAMETERS - 1));
        kept.add(new Secret("more-secrets", found.subList(MAX_SECRET_PARAMETERS - 1, found.size()).stream()
                .map(s -> s.name() + ": " + s.value())
                .collect(Collectors.joining("\n"))));
        return kept;
    }

    private static String recipient(ParsedMail mail, Delivery delivery) {
        List<String> to = delivery.recipients().isEmpty() ? mail.to() : delivery.recipients();
        return to.isEmpty() ? "(no recipient)" : OpsItemLimits.singleLine(String.join(", ", to));
    }

    /**
     * The table's title, the subject (cut first, so the recipient stays visible) and the
     * recipient; both are single lines already.
     */
    private static String title(Rule rule, String subject, String recipient) {
        String head = rule.title() + ": ";
        String tail = " (to " + recipient + ")";
        String what = subject.isBlank() ? "(no subject)" : subject;
        int room = Math.max(OpsItemLimits.TITLE_MAX - head.length() - tail.length(), 64);
        return OpsItemLimits.truncate(head + OpsItemLimits.truncate(what, room) + tail, OpsItemLimits.TITLE_MAX);
    }

    private static String description(ParsedMail mail, Delivery delivery, Classification classification,
                                      String from, String subject, String recipient, String attachments,
                                      String body, String secretParameters) {
        StringBuilder d = new StringBuilder();
        d.append("From: ").append(from).append(" (").append(senderNote(classification)).append(")\n");
        d.append("To: ").append(recipient).append('\n');
        d.append("Subject: ").append(subject.isBlank() ? "(no subject)" : subject).append('\n');
        mail.date().ifPresent(date -> d.append("Sent: ").append(date).append('\n'));
        delivery.receivedAt().ifPresent(at -> d.append("Received: ").append(at).append('\n'));
        d.append("Classification: ").append(classification.id()).append('\n');
        d.append("SES verdicts: ").append(delivery.verdicts().summary()).append('\n');
        d.append("Raw mail: ").append(delivery.rawMail()).append('\n');
        if (!secretParameters.isEmpty()) {
            d.append("Secrets moved to short-lived SecureString parameters: ")
                    .append(secretParameters.replace('\n', ' ')).append('\n');
        }
        if (!attachments.isEmpty()) {
            d.append("Attachments: ").append(attachments.replace('\n', ';')).append('\n');
        }
        if (!body.isEmpty()) {
            d.append('\n').append(body);
        } else if (withholdsBody(classification.rule())) {
            d.append("\nThe body is withheld: SES found a virus. Inspect the raw mail with care.");
        }
        return OpsItemLimits.truncate(OpsItemLimits.printable(d.toString()).strip(), OpsItemLimits.DESCRIPTION_MAX);
    }

    /** A mail SES found a virus in keeps no body text at all, whichever row matched it: only its outline. */
    private static boolean withholdsBody(Rule rule) {
        return rule.when() == Rule.Condition.VIRUS;
    }

    private static String senderNote(Classification classification) {
        if (classification.trusted()) {
            return "authenticated AWS sender";
        }
        return classification.sender().claimsAws()
                ? "claims to be AWS but SES did not authenticate it"
                : "not an AWS sender";
    }

    private static String describe(Attachment a) {
        return a.filename() + " (" + a.contentType() + ", " + a.size() + " bytes)";
    }

    /** {@code {"field":"value"}}, escaped. */
    private static String json(String field, String value) {
        JsonStringEncoder encoder = JsonStringEncoder.getInstance();
        return "{\"" + new String(encoder.quoteAsString(field)) + "\":\"" + new String(encoder.quoteAsString(value)) + "\"}";
    }

    private static OperationalValue searchable(String value) {
        return new OperationalValue(fit(value), true);
    }

    private static OperationalValue plain(String value) {
        return new OperationalValue(fit(value), false);
    }

    private static String fit(String value) {
        return OpsItemLimits.truncateUtf8(OpsItemLimits.printable(value), OpsItemLimits.OPERATIONAL_VALUE_MAX_BYTES);
    }
}
