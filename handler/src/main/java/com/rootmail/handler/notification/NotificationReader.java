package com.rootmail.handler.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rootmail.handler.classify.Verdict;
import com.rootmail.handler.classify.Verdicts;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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

    private final ObjectMapper json = new ObjectMapper();

    /**
     * @throws MalformedNotificationException with a reason fit for the log, never with the body itself
     */
    public SesNotification read(String body) throws MalformedNotificationException {
        JsonNode root = parse(body, "message body");
        if ("Notification".equals(root.path("Type").asText()) && root.path("Message").isTextual()) {
            root = parse(root.get("Message").asText(), "SNS Message");
        }
        String type = root.path("notificationType").asText();
        if (!"Received".equals(type)) {
            throw new MalformedNotificationException("notificationType is '" + type + "', expected 'Received'");
        }
        JsonNode mail = root.path("mail");
        JsonNode receipt = root.path("receipt");
        JsonNode action = receipt.path("action");
        if (!"S3".equals(action.path("type").asText())) {
            throw new MalformedNotificationException("receipt.action.type is '" + action.path("type").asText()
                    + "', expected 'S3'");
        }
        try {
            return new SesNotification(
                    text(mail, "messageId"),
                    Instant.parse(text(receipt.has("timestamp") ? receipt : mail, "timestamp")),
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

    private JsonNode parse(String text, String what) throws MalformedNotificationException {
        if (text == null || text.isBlank()) {
            throw new MalformedNotificationException(what + " is empty");
        }
        try {
            JsonNode node = json.readTree(text);
            if (!node.isObject()) {
                throw new MalformedNotificationException(what + " is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new MalformedNotificationException(what + " is not JSON: " + e.getOriginalMessage());
        }
    }

    private static String text(JsonNode parent, String field) {
        JsonNode node = parent.path(field);
        if (!node.isTextual() || node.asText().isEmpty()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return node.asText();
    }

    private static List<String> recipients(JsonNode receipt) {
        List<String> recipients = new ArrayList<>();
        receipt.path("recipients").forEach(r -> recipients.add(r.asText()));
        return recipients;
    }

    /** A verdict SES left out or named unknown counts as GRAY: it can only withhold trust. */
    private static Verdict verdict(JsonNode receipt, String field) {
        String status = receipt.path(field).path("status").asText("");
        try {
            return status.isEmpty() ? Verdict.GRAY : Verdict.parse(status);
        } catch (IllegalArgumentException e) {
            return Verdict.GRAY;
        }
    }
}
