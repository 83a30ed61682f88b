package com.rootmail.handler.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rootmail.handler.classify.Verdicts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** SES S3-action notifications built from the real sample in src/test/resources/events/. */
public final class Notifications {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Notifications() {
    }

    /** The sample, as SNS raw delivery puts it in the SQS body. */
    public static String sample() {
        return resource("/events/ses-s3-action-notification.json");
    }

    public static String resource(String path) {
        try (InputStream in = Notifications.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample with another mail: id, location and verdicts replaced. */
    public static String received(String messageId, String bucket, String key, Verdicts verdicts) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(sample());
            ((ObjectNode) root.path("mail")).put("messageId", messageId);
            ObjectNode receipt = (ObjectNode) root.path("receipt");
            ((ObjectNode) receipt.path("action")).put("bucketName", bucket).put("objectKey", key);
            verdict(receipt, "spamVerdict", verdicts.spam().name());
            verdict(receipt, "virusVerdict", verdicts.virus().name());
            verdict(receipt, "spfVerdict", verdicts.spf().name());
            verdict(receipt, "dkimVerdict", verdicts.dkim().name());
            verdict(receipt, "dmarcVerdict", verdicts.dmarc().name());
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same notification inside the SNS envelope (subscription without raw delivery). */
    public static String inSnsEnvelope(String notification) {
        ObjectNode envelope = JSON.createObjectNode()
                .put("Type", "Notification")
                .put("MessageId", "5f1e0e57-0000-4000-8000-000000000001")
                .put("TopicArn", "arn:aws:sns:eu-west-1:123456789012:rootmail-received")
                .put("Subject", "Amazon SES Email Receipt Notification")
                .put("Message", notification)
                .put("Timestamp", "2019-09-06T18:52:15.000Z")
                .put("SignatureVersion", "1");
        return envelope.toString();
    }

    private static void verdict(ObjectNode receipt, String field, String status) {
        receipt.putObject(field).put("status", status);
    }
}
