package com.rootmail.handler.notification;

import com.rootmail.handler.classify.Verdict;
import com.rootmail.handler.classify.Verdicts;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reads the body of one SQS message: an SES notification as SNS delivers it with raw
 * delivery, or wrapped in the SNS envelope ({@code {"Type":"Notification","Message":"..."}}).
 *
 * <pre>{@code
 * SesNotification n = new NotificationReader().read(sqsMessage.getBody());
 * }</pre>
 */
public final class NotificationReader {

    /**
     * @throws MalformedNotificationException with a reason fit for the log, never with the body itself
     */
    public SesNotification read(String body) throws MalformedNotificationException {
        JsonTree root = parse(body, "message body");
        if ("Notification".equals(root.path("Type").text()) && root.path("Message").isText()) {
            root = parse(root.path("Message").text(), "SNS Message");
        }
        String type = root.path("notificationType").text();
        if (!"Received".equals(type)) {
            throw new MalformedNotificationException("notificationType is '" + type + "', expected 'Received'");
        }
        JsonTree mail = root.path("mail");
        JsonTree receipt = root.path("receipt");
        JsonTree action = receipt.path("action");
        if (!"S3".equals(action.path("type").text())) {
            throw new MalformedNotificationException("receipt.action.type is '" + action.path("type").text()
                    + "', expected 'S3'");
        }
        try {
            return new SesNotification(
                    text(mail, "messageId"),
                    Instant.parse(text(receipt.path("timestamp").isText() ? receipt : mail, "timestamp")),
                    recipients(receipt),
                    new Verdicts(verdict(receipt, "spamVerdict"), verdict(receipt, "virusVerdict"),
                            verdict(receipt, "spfVerdict"), verdict(receipt, "dkimVerdict"),
                            verdict(receipt, "dmarcVerdict")),
                    text(action, "bucketName"),
                    text(action, "objectKey"));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new MalformedNotificationException("invalid notification: " + e.getMessage(), e);
        }
    }

    private static JsonTree parse(String text, String what) throws MalformedNotificationException {
        if (text == null || text.isBlank()) {
            throw new MalformedNotificationException(what + " is empty");
        }
        JsonTree tree;
        try {
            tree = JsonTree.parse(text);
        } catch (IOException e) {
            throw new MalformedNotificationException(what + " is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!tree.isObject()) {
            throw new MalformedNotificationException(what + " is not a JSON object");
        }
        return tree;
    }

    private static String text(JsonTree parent, String field) {
        String text = parent.path(field).text();
        if (text.isEmpty()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return text;
    }

    private static List<String> recipients(JsonTree receipt) {
        return receipt.path("recipients").elements().stream().map(JsonTree::text).filter(r -> !r.isEmpty()).toList();
    }

    private static Verdict verdict(JsonTree receipt, String field) {
        return Verdict.parseOrGray(receipt.path(field).path("status").text());
    }
}
